// The one-line meaning the search dialog's answer card shows under a code (issue 12 §1): the first
// sentence of our hand-written summary, in the page's language. Sentences end at a full stop, question
// or exclamation mark followed by a space (or the end), or at a Chinese 。！？ — never inside brackets
// or quotation marks ("Note: 1: 1402 … 3: 2" (2 = not found) …), and never after an abbreviation
// ("e.g. 5"). One pass over the text, no regular expression over it.
import type { Locale } from '../../i18n/locales';
import { type Prose, proseFor } from './prose';

const OPEN = new Set(['(', '（', '“', '「']);
const CLOSE = new Set([')', '）', '”', '」']);
const WIDE_END = new Set(['。', '！', '？']);
const NARROW_END = new Set(['.', '!', '?']);
// Words a full stop follows without ending the sentence (lower-cased, without their last dot).
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'vs', 'etc', 'cf']);

/** The word just before position `end` (letters, digits and inner dots). */
function wordBefore(text: string, end: number): string {
	let start = end;
	while (start > 0 && /[\w.]/.test(text[start - 1] ?? '')) start--;
	return text.slice(start, end).toLowerCase();
}

export function firstSentence(text: string): string {
	const s = text.trim();
	let depth = 0;
	let straightQuote = false;
	for (let i = 0; i < s.length; i++) {
		const c = s[i] ?? '';
		if (OPEN.has(c)) depth++;
		else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
		else if (c === '"') straightQuote = !straightQuote;
		if (depth > 0 || straightQuote) continue;
		if (WIDE_END.has(c)) return s.slice(0, i + 1);
		if (NARROW_END.has(c) && (i + 1 === s.length || /\s/.test(s[i + 1] ?? ''))) {
			if (c === '.' && ABBREVIATIONS.has(wordBefore(s, i))) continue;
			return s.slice(0, i + 1);
		}
	}
	return s;
}

/** A code's one-line meaning in a language: the first sentence of its summary, if it has one. */
export const meaningOf = (summary: Prose | undefined, locale: Locale): string | undefined =>
	summary ? firstSentence(proseFor(summary, locale)) || undefined : undefined;
