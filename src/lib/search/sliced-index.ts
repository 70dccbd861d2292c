// The lookup index the answer card runs a query over: only the slices the query needs
// (src/lib/errors/slices.ts decides which), each fetched once and kept, several at a time. The
// answer itself is lookup's, the same as over the whole index (tests/unit/answer-slices.test.ts).
// Fetching is passed in, so this stays pure of the DOM and is tested with a fake.
import { FAMILIES, type Family } from '../errors/families';
import type { CodeIndex } from '../errors/lookup';
import { fromLookupIndex, lookupSlicePath, type IndexedCode } from '../errors/lookup-index';
import {
	familiesOfNames,
	fromLookupNames,
	LOOKUP_NAMES_PATH,
	needsOf,
	type NameIndex,
} from '../errors/slices';
import { answerIndex } from './answer';

/** A site path's JSON document; rejects (or resolves null) when it cannot be had. */
export type FetchJson = (path: string) => Promise<unknown>;

/**
 * A function from a query to the index its answer needs, or null when a slice it needs could not
 * be fetched (the card then shows nothing; Pagefind's results still come). Never throws.
 */
export function slicedIndex(fetchJson: FetchJson) {
	const cache = new Map<string, Promise<unknown>>();
	// Kept once it arrives; a failed fetch is forgotten, so the next keystroke tries again.
	const once = <T>(path: string, read: (doc: unknown) => T | null): Promise<T | null> => {
		let p = cache.get(path) as Promise<T | null> | undefined;
		if (!p) {
			p = fetchJson(path)
				.then((doc) => (doc === null ? null : read(doc)))
				.catch(() => null);
			cache.set(path, p);
			void p.then((v) => v === null && cache.delete(path));
		}
		return p;
	};
	const slice = (f: Family) => once(lookupSlicePath(f), fromLookupIndex);
	const names = () => once<NameIndex>(LOOKUP_NAMES_PATH, fromLookupNames);
	const built = new Map<string, CodeIndex<IndexedCode>>();

	return async (query: string): Promise<CodeIndex<IndexedCode> | null> => {
		const needs = needsOf(query);
		// The number slices start now, alongside the name index; a name's slice waits for the index.
		const first = needs.families.map(slice);
		const byName = needs.words.length ? await names() : undefined;
		if (byName === null) return null;
		const families = new Set(needs.families);
		const more = byName ? familiesOfNames(needs.words, byName).filter((f) => !families.has(f)) : [];
		const loaded = await Promise.all([...first, ...more.map(slice)]);
		if (loaded.some((rows) => rows === null)) return null;
		for (const f of more) families.add(f);
		// One index per set of families (in display order, as buildIndex sorts them anyway).
		const key = FAMILIES.filter((f) => families.has(f)).join();
		let index = built.get(key);
		if (!index) {
			index = answerIndex(loaded.flatMap((rows) => rows ?? []));
			built.set(key, index);
		}
		return index;
	};
}
