// Which parts of the lookup index a query needs, so the search dialog's answer card fetches a few
// small documents however many codes the site has. The one place that says "family F can hold form X".
//   - Chunks: each family's rows, in code order, cut every CHUNK_ROWS rows and before every gap wider
//     than CHUNK_GAP (boundaries follow from the data, at build time). A chunk is known by its range [lowest code, highest code]; the manifest
//     (every chunk's range, about 200 bytes gzip in the page) lets a number pick the chunks whose range
//     can hold it — with lookup's wrappings: 0x8007xxxx into a Win32 family, MsiInstaller event IDs,
//     a shell's exit status 128 + N into the signals — without a fetch. A number between two chunks' ranges fetches nothing.
//     A family whose texts programs print (the signals' "Segmentation fault") is fetched whole for a
//     query that may hold one where lookup reads it (mayHoldPrinted).
//   - Name shards: symbolic names have no shape that tells their family, so a name finds its chunks
//     through a name index cut into shards by a hash of the upper-cased name (lookup compares names
//     upper-cased). Names with an underscore (CERT_E_EXPIRED) and plain words (journald's "err",
//     WSAEACCES) are hashed into separate shard sets: a query's ordinary words ("Error", "failed")
//     fetch only a plain-word shard, never one of the much larger set of underscore names.
// Property (tests/unit/answer-slices.test.ts): the answer over the chosen chunks equals the answer
// over the whole index, for every form of every real code, for random input, and with a synthetic
// family of thousands of codes.
import type { CodeRef } from './codes';
import { FAMILY_LIST, isFamily, unwrapsOf, type Family, type FamilyDescriptor } from './families';
import {
	cuedFamilies,
	DIGIT,
	exitOffsets,
	logReadings,
	lookupText,
	NEGATED,
	NUMBER,
	readNumber,
	returnValueAt,
	shownNumbers,
	WORD,
} from './lookup';

/** Rows per chunk: 32 Chinese rows (titles, some one-line meanings) are about 2 KB gzip. */
export const CHUNK_ROWS = 32;
/** The widest gap between two codes of one chunk. */
export const CHUNK_GAP = 64;
/** Names per shard (on average; the hash spreads them unevenly): about 1 KB gzip. */
export const SHARD_NAMES = 128;
export const LOOKUP_MANIFEST_VERSION = 1;
export const NAME_SHARD_VERSION = 1;

/** A chunk's site path, in a language's copy of the index (add the locale with href()). */
export const lookupChunkPath = (family: Family, index: number) =>
	`/api/errors/lookup/${family}/${index}.json`;
/** A name shard's site path: names are the same in every language, so there is one copy. */
export const nameShardPath = (shard: string) => `/api/errors/lookup/names/${shard}.json`;

type Kind = 'u' | 'p';
/** What the client knows before any fetch (carried by the page, src/components/overrides/Search.astro). */
export interface LookupManifest {
	v: typeof LOOKUP_MANIFEST_VERSION;
	/** Per family, each chunk's [lowest code, highest code], in code order. */
	chunks: Partial<Record<Family, [number, number][]>>;
	/** How many shards the names with an underscore (u) and the plain-word names (p) are cut into. */
	shards: Record<Kind, number>;
}

export interface ChunkRef {
	family: Family;
	index: number;
}
export const chunkKey = (c: ChunkRef) => `${c.family}/${c.index}`;

/** Each family's rows in code order, cut every `rows` rows. */
export function chunksOf<T extends Pick<CodeRef, 'family' | 'code'>>(
	entries: readonly T[],
	rows = CHUNK_ROWS,
): Map<Family, T[][]> {
	const out = new Map<Family, T[][]>();
	for (const f of FAMILY_LIST) {
		const mine = entries.filter((e) => e.family === f.id).sort((a, b) => a.code - b.code);
		const chunks: T[][] = [];
		// A chunk also ends before a gap wider than CHUNK_GAP, so its range stays tight: a number in
		// the gap (2503 between Win32's 2404 and 3000) fetches nothing.
		let cur: T[] = [];
		for (const e of mine) {
			const last = cur[cur.length - 1];
			if (cur.length === rows || (last && e.code - last.code > CHUNK_GAP)) {
				chunks.push(cur);
				cur = [];
			}
			cur.push(e);
		}
		if (cur.length) chunks.push(cur);
		if (chunks.length) out.set(f.id, chunks);
	}
	return out;
}

const kindOf = (upper: string): Kind => (upper.includes('_') ? 'u' : 'p');

/** FNV-1a over the UTF-16 units: tiny, stable, spreads similar names (ERROR_…) evenly. */
function hash(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

/** The shard an upper-cased word would be in if it were a name. */
export const shardOf = (upper: string, m: LookupManifest): string => {
	const kind = kindOf(upper);
	return `${kind}${hash(upper) % m.shards[kind]}`;
};

export function manifestOf(
	entries: readonly CodeRef[],
	rows = CHUNK_ROWS,
	namesPerShard = SHARD_NAMES,
): LookupManifest {
	const chunks: LookupManifest['chunks'] = {};
	for (const [f, list] of chunksOf(entries, rows))
		chunks[f] = list.map((c) => [c[0]?.code ?? 0, c[c.length - 1]?.code ?? 0]);
	const names = new Set(entries.flatMap((e) => e.names.map((n) => n.toUpperCase())));
	const count = (k: Kind) => [...names].filter((n) => kindOf(n) === k).length;
	const shards = (k: Kind) => Math.max(1, Math.ceil(count(k) / namesPerShard));
	return { v: LOOKUP_MANIFEST_VERSION, chunks, shards: { u: shards('u'), p: shards('p') } };
}

/** Every shard id of a manifest (each is served, an empty one too, so no name query meets a 404). */
export const shardIds = (m: LookupManifest): string[] =>
	(['u', 'p'] as const).flatMap((k) => Array.from({ length: m.shards[k] }, (_, i) => `${k}${i}`));

// The manifest as the page carries it, in an attribute of every page: a short string, not JSON (whose
// quotation marks an attribute escapes six bytes each). "1/4/1/msi:ul.5k.1.9e/…": the version, the
// u and p shard counts, then per family its chunks as base-36 steps — the first chunk's lowest code,
// its span (highest − lowest), the gap to the next chunk's lowest code, its span, and so on.
const STEP = /^[0-9a-z]+$/;

export function encodeManifest(m: LookupManifest): string {
	const families = Object.entries(m.chunks).map(([family, ranges]) => {
		let last = 0;
		const steps = ranges.flatMap(([lo, hi]) => {
			const step = [lo - last, hi - lo];
			last = hi;
			return step.map((n) => n.toString(36));
		});
		return `${family}:${steps.join('.')}`;
	});
	return [m.v, m.shards.u, m.shards.p, ...families].join('/');
}

/** The manifest read from the page; another version or a malformed one is null, never a throw. */
export function decodeManifest(text: string): LookupManifest | null {
	const [v, u, p, ...families] = text.split('/');
	const count = (x: string | undefined) => (x && STEP.test(x) ? Number(x) : NaN);
	if (Number(v) !== LOOKUP_MANIFEST_VERSION || !(count(u) >= 1) || !(count(p) >= 1)) return null;
	const chunks: LookupManifest['chunks'] = {};
	for (const part of families) {
		const [family = '', body = ''] = part.split(':');
		const steps = body.split('.');
		if (!isFamily(family) || steps.length % 2 || !steps.every((x) => STEP.test(x))) return null;
		const ranges: [number, number][] = [];
		let last = 0;
		for (let i = 0; i < steps.length; i += 2) {
			const lo = last + Number.parseInt(steps[i] ?? '', 36);
			last = lo + Number.parseInt(steps[i + 1] ?? '', 36);
			if (!Number.isSafeInteger(last)) return null;
			ranges.push([lo, last]);
		}
		chunks[family] = ranges;
	}
	return { v: LOOKUP_MANIFEST_VERSION, chunks, shards: { u: count(u), p: count(p) } };
}

/** A name shard as served: per family, upper-cased name → the chunk (or chunks) holding it. */
export interface NameShardDoc {
	version: typeof NAME_SHARD_VERSION;
	names: Partial<Record<Family, Record<string, number | number[]>>>;
}

/** Every shard's document, keyed by shard id (all ids of the manifest, empty ones included). */
export function toNameShards(
	entries: readonly CodeRef[],
	m: LookupManifest,
	rows = CHUNK_ROWS,
): Map<string, NameShardDoc> {
	const docs = new Map<string, NameShardDoc>(
		shardIds(m).map((id) => [id, { version: NAME_SHARD_VERSION, names: {} }]),
	);
	for (const [family, chunks] of chunksOf(entries, rows)) {
		chunks.forEach((chunk, index) => {
			for (const e of chunk) {
				for (const n of e.names) {
					const upper = n.toUpperCase();
					const doc = docs.get(shardOf(upper, m));
					if (!doc) continue;
					const byName = (doc.names[family] ??= {});
					const had = byName[upper];
					const list = had === undefined ? [] : Array.isArray(had) ? had : [had];
					if (!list.includes(index)) list.push(index);
					byName[upper] = list.length === 1 ? index : list;
				}
			}
		});
	}
	return docs;
}

/** Upper-case name → the chunks that hold a code of that name. */
export type NameIndex = ReadonlyMap<string, readonly ChunkRef[]>;

/** A fetched shard; another version or a malformed one yields null, never a throw. */
export function fromNameShard(doc: unknown): NameIndex | null {
	const d = doc as Partial<NameShardDoc> | null;
	if (!d || d.version !== NAME_SHARD_VERSION || typeof d.names !== 'object' || !d.names)
		return null;
	const index = new Map<string, ChunkRef[]>();
	for (const [family, names] of Object.entries(d.names)) {
		if (!isFamily(family) || typeof names !== 'object' || !names || Array.isArray(names))
			return null;
		for (const [name, at] of Object.entries(names as Record<string, unknown>)) {
			const list: unknown[] = Array.isArray(at) ? at : [at];
			if (!list.every((i) => Number.isSafeInteger(i))) return null;
			const refs = index.get(name) ?? [];
			for (const i of list as number[]) refs.push({ family, index: i });
			index.set(name, refs);
		}
	}
	return index;
}

const inRange = (range: readonly [number, number], code: number) =>
	code >= range[0] && code <= range[1];

/**
 * Whether family `f` (or the part of it in `range`, a chunk) can hold what lookup reads from the
 * 32-bit value `value`: the value itself as a code, the code inside one of the family's wrappings
 * (unwrapsOf: HRESULT_FROM_WIN32, HRESULT_FROM_NT, HRESULT_FROM_SETUPAPI), or the message number of
 * an event ID (offset < value < 2 × offset) — the readings of
 * lookup's matchNumber but one: a shell's exit status (137 is 128 + 9), which holds only with the
 * query's exit words, is read by needsOf.
 */
export function canHold(
	f: FamilyDescriptor,
	value: number,
	range: readonly [number, number] = f.range,
): boolean {
	if (inRange(range, value)) return true;
	for (const unwrap of unwrapsOf(f)) {
		const code = unwrap.read(value);
		if (code !== undefined && inRange(range, code)) return true;
	}
	const offset = f.eventOffset;
	return (
		offset !== undefined && value > offset && value < offset * 2 && inRange(range, value - offset)
	);
}

// The tail of a 0x number ("x800B0101" in "0x800B0101") is a word to lookup's WORD pattern, but no
// symbolic name has that shape (the test checks every name), so it needs no name shard.
const HEX_TAIL = /^x[0-9a-f]+$/i;

// Where lookup reads a printed text (lookup.ts printedIn), told without the texts: before "(core
// dumped)", after "signal: " or "zsh: ", after a process ID or a job number, or as a line of words (the whole
// query, a lone "Killed"): a line with a run of two letters, at most one digit ("User defined signal
// 1") and no underscore ("Error 2503", "0x3EA", CERT_E_EXPIRED and a log line's "Action ended
// 14:07:55: InstallFinalize. Return value 3." are not); anywhere, macOS's form, a word and a number of
// one or two digits after ": " or a space ("Segmentation fault: 11", "Bus error 10", "User defined
// signal 1: 30"; also "Return value 3", "Error 5"). Never fewer chunks than lookup reads (the
// property in tests/unit/answer-slices.test.ts). No nested repeat: linear.
const PRINTED_CUE =
	/core dumped|核心已转储|signal: |zsh: |\d[ \t]+\p{L}|\][ \t]*[+-]?[ \t]+\p{L}|\p{L}{2}(?:[ \t]?:[ \t]?|[ \t])\d{1,2}(?!\d)|signal \d/iu;
const TWO_LETTERS = /\p{L}\p{L}/u;
const CODE_LIKE = /_|\d[^\d]*\d/;
const mayHoldPrinted = (text: string) =>
	PRINTED_CUE.test(text) ||
	text.split(/[\n\r]/).some((line) => TWO_LETTERS.test(line) && !CODE_LIKE.test(line));

export interface SliceNeeds {
	/** Chunks a number of the query can be in (known from the manifest, without fetching anything). */
	chunks: ChunkRef[];
	/** Upper-cased words that may be symbolic names: their chunks come from the name shards. */
	words: string[];
	/** The name shards those words would be in. */
	shards: string[];
}

/** What a query needs, read as lookup reads it: numbers decide by range, words need a name shard. */
export function needsOf(query: string, m: LookupManifest): SliceNeeds {
	const text = lookupText(query);
	const values = new Set<number>();
	// "exitcode: -9": signal 9, where the words name an exit status. "errno: -13": error number 13
	// (Node.js's), where the family is cued (more chunks than lookup reads, which wants "errno" right
	// before the number: never fewer).
	const negated = new Set<number>();
	const negatedAny = new Set<number>();
	const named = shownNumbers(text);
	for (const match of text.matchAll(NUMBER)) {
		// "203/EXEC": the name's chunk, found through its shard, holds all the answer needs.
		if (named.has(match.index)) continue;
		const body = match[2] ?? '';
		if (DIGIT.test(body)) for (const v of readNumber(match[1] ?? '', body)) values.add(v);
		if (match[1] && NEGATED.test(body)) negated.add(Number(body));
		if (match[1] && DIGIT.test(body)) negatedAny.add(Number(body));
		// "Return value 3" stands for msiexec's 1603 (more chunks than lookup reads: never fewer).
		if (!match[1] && returnValueAt(text, match.index, body) >= 0)
			for (const { code } of logReadings(Number(body))) values.add(code);
	}
	const chunks: ChunkRef[] = [];
	const lower = text.toLowerCase();
	const cued = cuedFamilies(text);
	const exits = exitOffsets(text);
	for (const f of FAMILY_LIST) {
		// A family read only with its cue needs no chunk for a number without it (names still find it),
		// but one for an exit status that stands for its code ("exit code 137", 128 + 9; "-9").
		const direct = !('cuedOnly' in f) || cued.has(f.id);
		const offset = exits.get(f.id);
		const list = m.chunks[f.id] ?? [];
		// A family whose texts programs print ("Segmentation fault"): all its rows where the query may
		// hold one, as the manifest carries no texts (the family is small: one chunk).
		// Or only where the query holds the words they follow (OpenSSL's after Python's "certificate
		// verify failed: ").
		const printedHere =
			'printedAfter' in f
				? f.printedAfter.some((w) => lower.includes(w.toLowerCase()))
				: 'printedTexts' in f && mayHoldPrinted(text);
		if (printedHere) {
			list.forEach((_, index) => chunks.push({ family: f.id, index }));
			continue;
		}
		if (!direct && offset === undefined) continue;
		list.forEach((range, index) => {
			if (
				(offset !== undefined && [...negated].some((n) => inRange(range, n))) ||
				(direct && 'negatedAfterErrno' in f && [...negatedAny].some((n) => inRange(range, n)))
			) {
				chunks.push({ family: f.id, index });
				return;
			}
			for (const v of values) {
				if (
					(direct && canHold(f, v, range)) ||
					(offset !== undefined && inRange(range, v - offset))
				) {
					chunks.push({ family: f.id, index });
					return;
				}
			}
		});
	}
	const words = [
		...new Set(
			(text.match(WORD) ?? []).filter((w) => !HEX_TAIL.test(w)).map((w) => w.toUpperCase()),
		),
	];
	return { chunks, words, shards: [...new Set(words.map((w) => shardOf(w, m)))] };
}

/** The chunks of the words that are names (suggestions need none: the answer card shows none). */
export function chunksOfNames(words: readonly string[], names: NameIndex): ChunkRef[] {
	const seen = new Map<string, ChunkRef>();
	for (const w of words) for (const c of names.get(w) ?? []) seen.set(chunkKey(c), c);
	return [...seen.values()];
}
