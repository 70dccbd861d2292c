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
type Row = Record<string, string>;
const hexCode = (hex: string | undefined) => Number.parseInt(hex ?? '', 16);
const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef';
const HAS_CJK = new RegExp(`[${CJK}]`, 'u');
const SPACE_IN_CHINESE = new RegExp(`[${CJK}“”] +[${CJK}“”]`, 'u');

describe('Chinese code-page titles', () => {
	// Each family's pinned table, and how a row names its code in the data (winget's table also lists
	// two installed-status results without the failure bit, 0x0A15xxxx, which are not in the family).
	test.each([
		['msi', 'msi-error-messages.tsv', 500, (r: Row) => Number(r.code)],
		['winget', 'winget-return-codes.tsv', 190, (r: Row) => hexCode(r.hex)],
		['windows-update', 'wua-error-codes.tsv', 80, (r: Row) => hexCode(r.hex)],
		['windows-update', 'wu-error-reference.tsv', 240, (r: Row) => hexCode(r.hex)],
		['stg', 'stg-error-codes.tsv', 45, (r: Row) => hexCode(r.hex)],
		['msi-event', 'msi-events.tsv', 35, (r: Row) => Number(r.event_id)],
		['com', 'com-error-codes-1.tsv', 185, (r: Row) => hexCode(r.hex)],
		['internet', 'winhttp-errors.tsv', 40, (r: Row) => Number(r.code)],
		['internet', 'wininet-errors.tsv', 90, (r: Row) => Number(r.code)],
		['systemd-exit', 'systemd-exit-codes.tsv', 60, (r: Row) => Number(r.code)],
		['signal', 'signal-numbers.tsv', 30, (r: Row) => Number(r.number)],
		// The codes msiexec returns are msiexec entries (titled in msiexec.yaml), not win32 ones.
		['win32', 'win32-system-errors.tsv', 2600, (r: Row) => Number(r.code)],
	] as const)(
		'every code of the pinned %s table has a Chinese title',
		(family, file, min, code) => {
			const titled = new Set(
				entries.filter((e) => e.family === family && e.title?.['zh-CN']).map((e) => e.code),
			);
			const msiexec = new Set(tsv('msiexec-exit-codes.tsv').map((r) => r.code));
			const rows = tsv(file).filter(
				(r) =>
					// winget's installed-status rows and the component list's WU_S_* rows are no entries.
					(!['winget', 'windows-update'].includes(family) || r.hex?.startsWith('0x8')) &&
					(family !== 'com' || /^0x800[04]/.test(r.hex ?? '')) &&
					(family !== 'win32' || !msiexec.has(r.code)),
			);
			expect(rows.length).toBeGreaterThan(min);
			for (const r of rows) expect(titled.has(code(r)), `${family}/${r.hex ?? r.code}`).toBe(true);
		},
	);

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
		// winget, Windows Update and STG landed without titles and showed their English label on the
		// zh-CN pages; now every family translates, and those pages' titles differ from the English ones.
		expect(FAMILY_LIST.filter((f) => !('translatedTitles' in f))).toEqual([]);
		for (const f of [
			'winget',
			'windows-update',
			'stg',
			'com',
			'internet',
			'systemd-exit',
			'signal',
		])
			for (const x of entries.filter((y) => y.family === f)) {
				const p: PageEntry = { ...x, names: x.names.map((n) => n.name) };
				expect(titleOf(p, 'zh-CN'), `${f}/${x.code}`).not.toEqual(titleOf(p, 'en'));
				expect(titleOf(p, 'zh-CN').params?.label, `${f}/${x.code}`).toBe(x.title?.['zh-CN']);
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
