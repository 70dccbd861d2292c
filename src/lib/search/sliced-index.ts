// The lookup index the answer card runs a query over: only the chunks the query needs
// (src/lib/errors/slices.ts decides which, from the page's manifest and the name shards), each
// fetched once and kept, several at a time. The answer itself is lookup's, the same as over the whole
// index (tests/unit/answer-slices.test.ts). Fetching is passed in, so this stays pure of the DOM and
// is tested with a fake.
import type { CodeIndex } from '../errors/lookup';
import { fromLookupIndex, type IndexedCode } from '../errors/lookup-index';
import {
	chunkKey,
	chunksOfNames,
	fromNameShard,
	lookupChunkPath,
	nameShardPath,
	needsOf,
	type ChunkRef,
	type LookupManifest,
	type NameIndex,
} from '../errors/slices';
import { answerIndex } from './answer';

/**
 * A site path's JSON document; rejects (or resolves null) when it cannot be had. `localized`: the
 * document exists in each language (chunks carry the language's titles); otherwise one copy (names).
 */
export type FetchJson = (path: string, localized: boolean) => Promise<unknown>;

/**
 * A function from a query to the index its answer needs, or null when a document it needs could
 * not be fetched (the card then shows nothing; Pagefind's results still come). Never throws.
 */
export function slicedIndex(fetchJson: FetchJson, manifest: LookupManifest) {
	const cache = new Map<string, Promise<unknown>>();
	// Kept once it arrives; a failed fetch is forgotten, so the next keystroke tries again.
	const once = <T>(
		path: string,
		localized: boolean,
		read: (doc: unknown) => T | null,
	): Promise<T | null> => {
		let p = cache.get(path) as Promise<T | null> | undefined;
		if (!p) {
			p = fetchJson(path, localized)
				.then((doc) => (doc === null ? null : read(doc)))
				.catch(() => null);
			cache.set(path, p);
			void p.then((v) => v === null && cache.delete(path));
		}
		return p;
	};
	const chunk = (c: ChunkRef) => once(lookupChunkPath(c.family, c.index), true, fromLookupIndex);
	const shard = (id: string) => once<NameIndex>(nameShardPath(id), false, fromNameShard);
	const built = new Map<string, CodeIndex<IndexedCode>>();

	return async (query: string): Promise<CodeIndex<IndexedCode> | null> => {
		const needs = needsOf(query, manifest);
		// The number chunks start now, alongside the name shards; a name's chunk waits for its shard.
		const first = needs.chunks.map(chunk);
		const shards = await Promise.all(needs.shards.map(shard));
		if (shards.some((s) => s === null)) return null;
		const keys = new Set(needs.chunks.map(chunkKey));
		const more = shards
			.flatMap((s) => chunksOfNames(needs.words, s as NameIndex))
			.filter((c) => !keys.has(chunkKey(c)) && keys.add(chunkKey(c)));
		const loaded = await Promise.all([...first, ...more.map(chunk)]);
		if (loaded.some((rows) => rows === null)) return null;
		// One index per set of chunks (buildIndex sorts the rows, so the order they came in is moot).
		const key = [...keys].sort().join();
		let index = built.get(key);
		if (!index) {
			index = answerIndex(loaded.flatMap((rows) => rows ?? []));
			built.set(key, index);
		}
		return index;
	};
}
