// Issue 12 §2: every code page of a translating family has a hand-written Chinese title. Oracles: the
// pinned primary-source tables (every code they list must have a title, and a title for a code they
// do not list is rejected by scripts/errors-data.mjs), the schema for missing titles, and the
// typography rules of the notes (no [n] placeholders, no half-width spaces between Chinese text).
import { describe, expect, test } from 'vitest';
import { bestOf } from './timing';
import { FAMILY_LIST, type FamilyDescriptor, familyOf } from '~/lib/errors/families';
import { titleOf, translatedLabel, type PageEntry } from '~/lib/errors/page';
import { errorEntrySchema, missingTitles, TITLE_LOCALES } from '~/lib/errors/schema';
import { loadEntries, tsv } from '../fixtures/errors/load';

const entries = [...loadEntries().values()];
const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef';
const HAS_CJK = new RegExp(`[${CJK}]`, 'u');
const SPACE_IN_CHINESE = new RegExp(`[${CJK}“”] +[${CJK}“”]`, 'u');

describe('Chinese code-page titles', () => {
	test('every code of the pinned msi table has a Chinese title', () => {
		const titled = new Set(
			entries.filter((e) => e.family === 'msi' && e.title?.['zh-CN']).map((e) => e.code),
		);
		const rows = tsv('msi-error-messages.tsv');
		expect(rows.length).toBeGreaterThan(500);
		for (const r of rows) expect(titled.has(Number(r.code)), `msi/${r.code}`).toBe(true);
	});

	test('every title is Chinese, one line, without [n] placeholders or spaces between Chinese text', () => {
		let n = 0;
		for (const e of entries) {
			for (const l of TITLE_LOCALES) {
				const t = e.title?.[l];
				if (!familyOf(e.family).translatedTitles && t === undefined) continue;
				const id = `${e.family}/${e.code}`;
				expect(t, id).toBeTruthy();
				expect(t, id).toMatch(HAS_CJK);
				expect(t, id).not.toMatch(/[[\]\n]/);
				expect(SPACE_IN_CHINESE.exec(t ?? '')?.[0], id).toBeUndefined();
				n++;
			}
		}
		// Every code of a translating family, once per title locale (others may not carry titles yet).
		const translating = entries.filter((e) => familyOf(e.family).translatedTitles);
		expect(translating.length).toBeGreaterThan(700);
		expect(n).toBe(translating.length * TITLE_LOCALES.length);
	});

	test('the schema rejects a translating family code without its Chinese title', () => {
		const e = {
			family: 'msi',
			code: 2503,
			official: [{ text: 'x', source: familyOf('msi').source.url }],
		};
		const bad = errorEntrySchema.safeParse(e);
		expect(bad.success).toBe(false);
		expect(JSON.stringify(bad.error?.issues)).toContain('zh-CN title');
		expect(errorEntrySchema.safeParse({ ...e, title: { 'zh-CN': '标题' } }).success).toBe(true);
		expect(errorEntrySchema.safeParse({ ...e, title: { 'zh-CN': '文件 [2]' } }).success).toBe(
			false,
		);
	});

	test('a family added without titles needs none and shows its English label in every language', () => {
		// A descriptor as another engineer might add it: no translatedTitles.
		const later: FamilyDescriptor = {
			id: 'later',
			display: 'decimal',
			range: [0, 1],
			forms: ['decimal'],
			titleFrom: 'official',
			source: { title: 'x', url: 'https://learn.microsoft.com/x', license: 'cc-by' },
			links: [],
		};
		expect(missingTitles(later, undefined)).toEqual([]);
		expect(missingTitles(familyOf('msi'), undefined)).toEqual(['zh-CN']);
		const e: PageEntry = {
			family: 'msi',
			code: 1,
			names: [],
			official: [{ text: 'Cannot open [2].' }],
		};
		expect(translatedLabel(e, 'zh-CN', later)).toBeUndefined();
		expect(titleOf(e, 'zh-CN', later).params?.label).toBe('Cannot open …');
		// The families that landed without titles (winget, windows-update, stg) do this on their pages:
		// every code's zh-CN title is its English one.
		const later2 = FAMILY_LIST.filter((f) => !('translatedTitles' in f));
		expect(later2.length).toBeGreaterThan(0);
		for (const f of later2)
			for (const x of entries.filter((y) => y.family === f.id)) {
				const p: PageEntry = { ...x, names: x.names.map((n) => n.name) };
				expect(x.title, `${f.id}/${x.code}`).toBeUndefined();
				expect(titleOf(p, 'zh-CN'), `${f.id}/${x.code}`).toEqual(titleOf(p, 'en'));
			}
	});

	test('placeholder removal is linear on a long run of brackets', () => {
		const e: PageEntry = {
			family: 'msi',
			code: 1,
			names: [],
			official: [{ text: `${'[1'.repeat(50_000)}]` }],
		};
		expect(bestOf(() => titleOf(e))).toBeLessThan(200);
	});
});
