import { describe, expect, test } from 'vitest';
import { descriptionOf, pathOf, searchTerms, titleOf, type PageEntry } from '~/lib/errors/page';
import { loadEntries } from '../fixtures/errors/load';

const all = [...loadEntries().values()].map((e) => ({ ...e, names: e.names.map((n) => n.name) }));
const get = (family: string, code: number) => all.find((e) => e.family === family && e.code === code) as PageEntry;

describe('code page text', () => {
	test.each([
		['msi', 2503, 'en', '2503 — Called RunScript when not marked in progress'],
		['msiexec', 1603, 'en', '1603 — ERROR_INSTALL_FAILURE'],
		['hresult', 0x800b0101, 'zh', '0x800B0101 — CERT_E_EXPIRED'],
		['journald', 3, 'en', '3 — err'],
		['msi', 2805, 'zh', '2805 — Windows Installer 消息'],
	] as const)('%s %i (%s) is titled %j', (family, code, lang, title) => {
		expect(titleOf(get(family, code), lang)).toBe(title);
	});

	test('titles stay short and unique per family; descriptions fit a meta tag', () => {
		const seen = new Set<string>();
		for (const e of all) {
			const title = titleOf(e, 'en');
			expect(title.length, title).toBeLessThanOrEqual(85);
			seen.add(`${e.family} ${title}`);
			expect(descriptionOf(e, 'zh').length).toBeLessThanOrEqual(160);
		}
		expect(seen.size).toBe(all.length);
	});

	test('paths follow the site convention; search terms carry every form', () => {
		expect(pathOf(get('hresult', 0x800b0101), 'zh')).toBe('/zh-cn/errors/hresult/0x800B0101/');
		expect(pathOf(get('signtool', 1), 'en')).toBe('/errors/signtool/1/');
		expect(searchTerms(get('hresult', 0x800b0101))).toBe(
			'0x800B0101 2148204801 -2146762495 CERT_E_EXPIRED',
		);
	});
});
