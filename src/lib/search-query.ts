// `?q=` on any page opens the search dialog with that query (what /opensearch.xml points browsers to).

/** Longer input is cut: Pagefind queries are words, and the URL is untrusted. */
export const MAX_QUERY_LENGTH = 200;

/** The query to search for, or null when the URL carries none (or only spaces). */
export function searchQueryOf(search: string): string | null {
	const q = new URLSearchParams(search).get('q');
	const text = q?.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim() ?? '';
	return text === '' ? null : text;
}
