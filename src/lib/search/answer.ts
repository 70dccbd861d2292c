// The answer a query gets before any text search: what lookup.ts reads from it (a bare code, or a
// code inside a pasted message or log line), as items for the search dialog's answer card and the
// /errors/ page's status. Pure: codes are data, every word around them is a catalog key.
import { hexId, slugOf } from '../errors/codes';
import type { Extend } from '../errors/extend';
import { buildIndex, lookup, type CodeIndex, type LookupResult } from '../errors/lookup';
import type { IndexedCode } from '../errors/lookup-index';
import { codePath } from '../errors/page';

export interface AnswerItem {
	id: string;
	entry: IndexedCode;
	/** Site path of the code's page (add locale and base with href()). */
	path: string;
	/**
	 * How the typed token unwraps to this entry, each step a form of the code: ['-2147024891',
	 * '0x80070005'], ['0x80070643', '1603']; one step when the token is the code as the page writes it.
	 */
	chain: string[];
	/** Windows Setup's extend code after the result code ("0xC1900101 - 0x4000D"): phase, operation. */
	extend?: Extend;
}

export type Answer =
	| { kind: 'blank' }
	/** Text that holds no code (a phrase, Chinese words, junk): the text search answers it. */
	| { kind: 'none' }
	| { kind: 'found'; items: AnswerItem[] };

/** Most answers a card shows: a pasted log can name many codes, the first few are the ones that count. */
export const MAX_ITEMS = 6;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function chainOf(m: { token: string; value: number; via: string; entry: IndexedCode }): string[] {
	const steps = [m.token];
	const add = (s: string) => {
		if (!same(steps[steps.length - 1] ?? '', s)) steps.push(s);
	};
	// A wrapped or re-written number shows the form in between (signed decimal → hex HRESULT).
	if (m.via.startsWith('hresult-from-')) add(hexId(m.value));
	// A shell's exit status shows its sum ("137 → 128 + 9"), whose last term is the code.
	if (m.via === 'exit-status') add(`${m.value - m.entry.code} + ${slugOf(m.entry)}`);
	else if (m.via !== 'name') add(slugOf(m.entry));
	return steps;
}

export const answerIndex = (rows: readonly IndexedCode[]) => buildIndex(rows);

/** The answer to a query from lookup's result (so a page that already ran lookup does not run it twice). */
export function answerFrom(result: LookupResult<IndexedCode>, query: string): Answer {
	// Lookup calls punctuation-only input ("?!", "。。") empty; typed, it is still not a code.
	if (result.kind === 'empty') return query.trim() ? { kind: 'none' } : { kind: 'blank' };
	if (result.kind === 'unknown') return { kind: 'none' };
	const items = result.matches.slice(0, MAX_ITEMS).map((m) => ({
		id: m.id,
		entry: m.entry,
		path: codePath(m.entry),
		chain: chainOf(m),
		...(m.extend && { extend: m.extend }),
	}));
	return { kind: 'found', items };
}

export const answerOf = (index: CodeIndex<IndexedCode>, query: string): Answer =>
	answerFrom(lookup(index, query), query);

/** Characters of free text a URL keeps (`?q=`): a pasted log must not end up in the address bar. */
export const MAX_URL_QUERY = 100;

/** What goes into `?q=` for a query: the code lookup read (the token as typed), else its first words. */
export function urlQueryOf(query: string, result: LookupResult<IndexedCode>): string {
	if (result.kind === 'found' && result.matches[0]) return result.matches[0].token;
	// Cut before collapsing: a pasted log may be megabytes, and only its start can reach the URL.
	const start = query.slice(0, MAX_URL_QUERY * 10).replace(/[\uD800-\uDBFF]$/, '');
	return [...start.replace(/\s+/g, ' ').trim()].slice(0, MAX_URL_QUERY).join('').trim();
}
