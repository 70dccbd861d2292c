// Filtering, ranking and paging of a code table (no DOM). The table rows are the lookup index's
// (lookup-index.ts), so the family tables and the lookup page filter the same data the command-line
// tool and search answers read; the server renders page 1 with pageOf, the browser every other state.
import type { Family } from './families';
import { buildIndex, haystack, lookup, type CodeIndex, type LookupResult } from './lookup';
import type { IndexedCode } from './lookup-index';

/** Rows per page: one screen of a phone's scrolling, and a page of HTML well under 50 KB gzipped. */
export const PAGE_SIZE = 100;

export interface Table<T extends IndexedCode = IndexedCode> {
	index: CodeIndex<T>;
	/** Searchable text of index.entries[i] (forms, names, message, title, extra words), lower case, computed once. */
	hay: readonly string[];
}

/**
 * Prepares rows for filtering. `extra` adds words a row is found by besides its forms and official
 * text: the page passes the family's title in the page's language, so a family's name filters too.
 */
export function prepareTable<T extends IndexedCode>(
	rows: readonly T[],
	extra: (row: T) => readonly string[] = () => [],
): Table<T> {
	const index = buildIndex(rows);
	// A row's translated title (a Chinese table's) filters as well as its official English text.
	const hay = index.entries.map((e) =>
		haystack(e, [e.text, ...(e.title === undefined ? [] : [e.title]), ...extra(e)]).normalize(
			'NFKC',
		),
	);
	return { index, hay };
}

export interface Filtered<T extends IndexedCode> {
	/** Ranked: what lookup reads from the query (number in any form, name, wrapping) first, in lookup's
	 * order; then rows whose text holds every word of the query, in table order. */
	rows: T[];
	result: LookupResult<T>;
}

// Splits the query into words: one negated class with one quantifier, so linear in the input.
export const SEPARATORS = /[^\p{L}\p{N}_]+/u;

/** The rows a query keeps, ranked; `family` narrows to one family (undefined: all). */
export function filterTable<T extends IndexedCode>(
	table: Table<T>,
	query: string,
	family?: Family,
): Filtered<T> {
	const inFamily = (e: T) => family === undefined || e.family === family;
	const result = lookup(table.index, query);
	// Blank keeps every row; punctuation-only input ("?!", "——") is a query that matched nothing.
	if (result.kind === 'empty')
		return { rows: query.trim() ? [] : table.index.entries.filter(inFamily), result };
	const found = result.kind === 'found' ? result.matches.map((m) => m.entry).filter(inFamily) : [];
	const seen = new Set<T>(found);
	// lookup reads at most 500 characters; so do the words.
	const terms = query
		.slice(0, 500)
		.normalize('NFKC')
		.toLowerCase()
		.split(SEPARATORS)
		.filter(Boolean);
	const rest = table.index.entries.filter(
		(e, i) => !seen.has(e) && inFamily(e) && terms.every((w) => table.hay[i]?.includes(w)),
	);
	return { rows: [...found, ...rest], result };
}

export interface Page<T> {
	rows: T[];
	/** 1-based, clamped to 1…pages. */
	page: number;
	pages: number;
	/** 1-based positions of the first and last row shown (0 and 0 when there are none). */
	from: number;
	to: number;
	total: number;
}

export const pageCount = (total: number, size = PAGE_SIZE) => Math.max(1, Math.ceil(total / size));

/** One page of rows; a page number out of range (or not a number) shows the nearest page. */
export function pageOf<T>(rows: readonly T[], page: number, size = PAGE_SIZE): Page<T> {
	const pages = pageCount(rows.length, size);
	const p = Number.isFinite(page) ? Math.min(Math.max(1, Math.trunc(page)), pages) : 1;
	const start = (p - 1) * size;
	const slice = rows.slice(start, start + size);
	return {
		rows: slice,
		page: p,
		pages,
		from: slice.length ? start + 1 : 0,
		to: start + slice.length,
		total: rows.length,
	};
}

/** A page number from a URL parameter (?page=3); anything else is page 1. */
export const pageParam = (value: string | null): number =>
	value !== null && /^\d{1,6}$/.test(value) ? Number(value) : 1;
