// The lookup index: every code's family, number, names and first official text in one compact JSON
// document, emitted at build time (/api/errors/lookup.json). The lookup page and the family tables
// read it instead of scraping their own table; search answers and the command-line tool can share it.
// A language with hand-written code titles has its own copy (/zh-cn/api/errors/lookup.json), whose
// rows also carry the title: the tables show and filter it next to the official English text.
import type { CodeRef } from './codes';
import { isFamily, type Family } from './families';

export const LOOKUP_INDEX_PATH = '/api/errors/lookup.json';
export const LOOKUP_INDEX_VERSION = 1;
/** One family's rows as a document of the same shape: a family table ships only its own codes. */
export const lookupSlicePath = (family: Family) => `/api/errors/lookup/${family}.json`;

/** One code as the lookup needs it: the identifying fields plus the official text the filter searches. */
export interface IndexedCode extends CodeRef {
	text: string;
	/** The code's title in the document's language, when it is a translation (src/lib/errors/page.ts). */
	title?: string;
	/**
	 * The first sentence of our note, in the document's language (src/lib/errors/meaning.ts): only the
	 * answer card's chunks carry it (src/lib/errors/slices.ts); the tables do not show it.
	 */
	meaning?: string;
}

// The title is null in a row that has a meaning or phrases and no translated title (English); the
// meaning is null in a row that has phrases and no meaning.
type Row = [
	family: Family,
	code: number,
	names: string[],
	text: string,
	title?: string | null,
	meaning?: string | null,
	phrases?: string[],
];
export interface LookupIndexDoc {
	version: typeof LOOKUP_INDEX_VERSION;
	codes: Row[];
}

export const toLookupIndex = (entries: readonly IndexedCode[]): LookupIndexDoc => ({
	version: LOOKUP_INDEX_VERSION,
	codes: entries.map((e): Row => {
		const row: Row = [e.family, e.code, [...e.names], e.text];
		if (e.phrases?.length) row.push(e.title ?? null, e.meaning ?? null, [...e.phrases]);
		else if (e.meaning !== undefined) row.push(e.title ?? null, e.meaning);
		else if (e.title !== undefined) row.push(e.title);
		return row;
	}),
});

const isRow = (r: unknown): r is Row =>
	Array.isArray(r) &&
	(r.length === 4 ||
		(r.length === 5 && typeof r[4] === 'string') ||
		(r.length === 6 && (r[4] === null || typeof r[4] === 'string') && typeof r[5] === 'string') ||
		(r.length === 7 &&
			(r[4] === null || typeof r[4] === 'string') &&
			(r[5] === null || typeof r[5] === 'string') &&
			Array.isArray(r[6]) &&
			r[6].every((p) => typeof p === 'string'))) &&
	typeof r[0] === 'string' &&
	isFamily(r[0]) &&
	Number.isSafeInteger(r[1]) &&
	Array.isArray(r[2]) &&
	r[2].every((n) => typeof n === 'string') &&
	typeof r[3] === 'string';

/** The codes of a fetched index; a document of another version or a malformed row yields nothing, never a throw. */
export function fromLookupIndex(doc: unknown): IndexedCode[] {
	const d = doc as Partial<LookupIndexDoc> | null;
	if (!d || d.version !== LOOKUP_INDEX_VERSION || !Array.isArray(d.codes)) return [];
	return d.codes.filter(isRow).map(([family, code, names, text, title, meaning, phrases]) => ({
		family,
		code,
		names,
		text,
		...(title === undefined || title === null ? {} : { title }),
		...(meaning === undefined || meaning === null ? {} : { meaning }),
		...(phrases === undefined ? {} : { phrases }),
	}));
}
