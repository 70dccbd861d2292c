// Which slices of the lookup index (/api/errors/lookup/<family>.json) a query needs, so the search
// dialog's answer card fetches only the families a code in the query can belong to. The one place
// that says "family F can hold form X": it reads the query as lookup.ts does (same tokens, same
// numbers) and asks each family descriptor's range, including the wrappings lookup unwraps
// (0x8007xxxx into a Win32 family, MsiInstaller event IDs). Symbolic names have no shape that tells
// their family, so they go through a small build-time name index (name → families).
// Property (tests/unit/answer-slices.test.ts): the answer over the chosen slices equals the answer
// over the whole index, for every form of every real code and for random input.
import type { CodeRef } from './codes';
import { FAMILY_LIST, isFamily, type Family, type FamilyDescriptor } from './families';
import { DIGIT, lookupText, NUMBER, readNumber, WORD } from './lookup';

export const LOOKUP_NAMES_PATH = '/api/errors/lookup-names.json';
export const LOOKUP_NAMES_VERSION = 1;

/** The name index as served: each family's symbolic names (grouped by family, it packs smallest). */
export interface LookupNamesDoc {
	version: typeof LOOKUP_NAMES_VERSION;
	families: Partial<Record<Family, string[]>>;
}

/** Upper-case name → the families that have a code of that name (lookup compares names upper-cased). */
export type NameIndex = ReadonlyMap<string, readonly Family[]>;

export function toLookupNames(entries: readonly CodeRef[]): LookupNamesDoc {
	const families: Partial<Record<Family, string[]>> = {};
	for (const e of entries) if (e.names.length) (families[e.family] ??= []).push(...e.names);
	return { version: LOOKUP_NAMES_VERSION, families };
}

/** The index of a fetched document; another version or a malformed one yields null, never a throw. */
export function fromLookupNames(doc: unknown): NameIndex | null {
	const d = doc as Partial<LookupNamesDoc> | null;
	if (!d || d.version !== LOOKUP_NAMES_VERSION || typeof d.families !== 'object' || !d.families)
		return null;
	const index = new Map<string, Family[]>();
	for (const [family, names] of Object.entries(d.families)) {
		if (!isFamily(family) || !Array.isArray(names)) return null;
		for (const n of names as unknown[]) {
			if (typeof n !== 'string') return null;
			const key = n.toUpperCase();
			const list = index.get(key) ?? [];
			if (!list.includes(family)) list.push(family);
			index.set(key, list);
		}
	}
	return index;
}

const inRange = (f: FamilyDescriptor, code: number) => code >= f.range[0] && code <= f.range[1];

/**
 * Whether family `f` can hold what lookup reads from the 32-bit value `value`: the value itself as a
 * code, the Win32 code inside HRESULT_FROM_WIN32 (0x8007xxxx), or the message number of an event ID
 * (offset < value < 2 × offset) — the same three readings as lookup's matchNumber.
 */
export function canHold(f: FamilyDescriptor, value: number): boolean {
	if (inRange(f, value)) return true;
	if (f.win32 && value >>> 16 === 0x8007 && inRange(f, value & 0xffff)) return true;
	const offset = f.eventOffset;
	return offset !== undefined && value > offset && value < offset * 2 && inRange(f, value - offset);
}

// The tail of a 0x number ("x800B0101" in "0x800B0101") is a word to lookup's WORD pattern, but no
// symbolic name has that shape (the test checks every name), so it needs no name index.
const HEX_TAIL = /^x[0-9a-f]+$/i;

export interface SliceNeeds {
	/** Families a number of the query can be in (known without fetching anything). */
	families: Family[];
	/** Upper-cased words that may be symbolic names: their families come from the name index. */
	words: string[];
}

/** What a query needs, read as lookup reads it: numbers decide by range, words need the name index. */
export function needsOf(query: string): SliceNeeds {
	const text = lookupText(query);
	const values = new Set<number>();
	for (const m of text.matchAll(NUMBER)) {
		const body = m[2] ?? '';
		if (DIGIT.test(body)) for (const v of readNumber(m[1] ?? '', body)) values.add(v);
	}
	const families = FAMILY_LIST.filter((f) => [...values].some((v) => canHold(f, v))).map(
		(f) => f.id,
	);
	const words = (text.match(WORD) ?? [])
		.filter((w) => !HEX_TAIL.test(w))
		.map((w) => w.toUpperCase());
	return { families, words: [...new Set(words)] };
}

/** The families of the words that are names (suggestions need none: the answer card shows none). */
export const familiesOfNames = (words: readonly string[], names: NameIndex): Family[] => [
	...new Set(words.flatMap((w) => names.get(w) ?? [])),
];
