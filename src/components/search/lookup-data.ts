// Build-time data of the search dialog's answer card (src/lib/errors/slices.ts): the manifest the
// page carries, each chunk's rows in a language (with the one-line meaning), and the name shards.
import { allEntries, indexedOf, refOf, type Entry } from '~/components/errors/data';
import type { Locale } from '~/i18n/locales';
import type { Family } from '~/lib/errors/families';
import type { IndexedCode } from '~/lib/errors/lookup-index';
import { meaningOf } from '~/lib/errors/meaning';
import { chunksOf, manifestOf, toNameShards, type LookupManifest } from '~/lib/errors/slices';

/** A row of a language's chunk: the lookup index's row plus the first sentence of our summary. */
export const chunkRowOf = (e: Entry, locale: Locale): IndexedCode => {
	const meaning = meaningOf(e.summary, locale);
	return { ...indexedOf(e, locale), ...(meaning === undefined ? {} : { meaning }) };
};

// Every page's search dialog carries it: computed once per build.
let manifest: Promise<LookupManifest> | undefined;
export const lookupManifest = () =>
	(manifest ??= allEntries().then((entries) => manifestOf(entries.map(refOf))));

/** The entries of every chunk, by family (their order is the manifest's). */
export const entryChunks = async (): Promise<Map<Family, Entry[][]>> =>
	chunksOf(await allEntries());

export const nameShards = async () => {
	const refs = (await allEntries()).map(refOf);
	return toNameShards(refs, manifestOf(refs));
};
