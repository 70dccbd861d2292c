// The answer card's one-line meaning (src/lib/errors/meaning.ts): the first sentence of each note, in
// each language. Oracle: the notes themselves — the sentence is where the text starts, ends at a
// sentence's end (or is the whole note), and every note's is checked; the tricky cases by hand.
import { describe, expect, test } from 'vitest';
import { firstSentence, meaningOf } from '~/lib/errors/meaning';
import { bestOf } from './timing';
import { loadEntries } from '../fixtures/errors/load';

describe('first sentence', () => {
	test.each([
		['One. Two.', 'One.'],
		['Ends here', 'Ends here'],
		// Not inside brackets or quotation marks, not after an abbreviation, not inside a word (.msi).
		['Use a log (see "Note: 1. 2" below). Then fix.', 'Use a log (see "Note: 1. 2" below).'],
		['Codes, e.g. 5 or 32, differ. Next.', 'Codes, e.g. 5 or 32, differ.'],
		['The .msi file is fine. Next.', 'The .msi file is fine.'],
		['第一句（含。括号）。第二句。', '第一句（含。括号）。'],
		['提示“确认权限。”后失败。其他。', '提示“确认权限。”后失败。'],
		['Why? Because.', 'Why?'],
		['  padded.  ', 'padded.'],
	])('%j', (text, expected) => {
		expect(firstSentence(text)).toBe(expected);
	});

	test('every note, in both languages: a start of the note that ends a sentence', () => {
		let n = 0;
		for (const e of loadEntries().values()) {
			if (!e.summary) continue;
			for (const locale of ['en', 'zh-CN'] as const) {
				const text = e.summary[locale] ?? '';
				const s = meaningOf(e.summary, locale) ?? '';
				expect(text.trim().startsWith(s), `${e.family}/${e.code} ${locale}`).toBe(true);
				expect(
					s === text.trim() || /[.!?。！？]$/.test(s),
					`${e.family}/${e.code} ${locale}: ${s}`,
				).toBe(true);
				// One line: a sentence, not the whole note of several.
				expect(s.length, `${e.family}/${e.code} ${locale}`).toBeLessThanOrEqual(260);
				n++;
			}
		}
		expect(n).toBeGreaterThan(100);
		expect(meaningOf(undefined, 'en')).toBeUndefined();
	});

	test('linear time on the worst case', () => {
		for (const input of ['a.'.repeat(100_000), '('.repeat(100_000), 'e.g. '.repeat(50_000)]) {
			expect(
				bestOf(() => firstSentence(input)),
				input.slice(0, 10),
			).toBeLessThan(100);
		}
	});
});
