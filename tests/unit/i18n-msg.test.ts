import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	activeLocales,
	builtLocales,
	dataLocaleParams,
	LOCALES,
	localeParams,
	localeOfLang,
	localeOfSlug,
	LOCALE_INFO,
	starlightLocales,
} from '../../src/i18n/locales';
import { format, keysOf, msg, pick } from '../../src/i18n/msg';
import { accent, pseudo } from '../../src/i18n/pseudo';
import { href, localePrefix, splitPath } from '../../src/lib/urls';

describe('messages', () => {
	const cat = { a: 'Failed in {action} with {code}.', b: 'error {n}', c: 'no params' };
	test('fills placeholders, nested messages included; a missing key shows itself', () => {
		expect(format(cat, msg('a', { action: 'X', code: msg('b', { n: 5 }) }))).toBe(
			'Failed in X with error 5.',
		);
		expect(format(cat, 'c')).toBe('no params');
		expect(format(cat, 'zz')).toBe('⟦zz⟧');
		expect(format(cat, msg('a', { action: 'X' }))).toBe('Failed in X with {code}.');
		expect(keysOf(msg('a', { code: msg('b') }))).toEqual(['a', 'b']);
		expect(Object.keys(pick(cat, ['a', 'c']))).toEqual(['a', 'c']);
	});
	test('a parameter is inserted as is, never re-read as a template', () => {
		fc.assert(
			fc.property(fc.string(), (s) => {
				expect(format({ k: '<{v}>' }, msg('k', { v: s }))).toBe(`<${s}>`);
			}),
		);
	});
	test('placeholder filling is linear on hostile templates', () => {
		const long = '{'.repeat(50_000) + 'a'.repeat(50_000);
		expect(format({ k: long }, msg('k', { a: 1 }))).toBe(long);
	});
});

describe('pseudo-locale', () => {
	test('no ASCII letter survives outside placeholders; placeholders survive intact', () => {
		fc.assert(
			fc.property(fc.string(), fc.constantFrom('n', 'code', 'action'), (s, name) => {
				const clean = s.replace(/[{}]/g, '');
				const out = pseudo(`${clean} {${name}} ${clean}`);
				expect(out).toContain(`{${name}}`);
				expect(out.replace(`{${name}}`, '')).not.toMatch(/[A-Za-z]/);
			}),
		);
		expect(accent('Search')).toBe('Šéåŕçĥ');
		expect(pseudo('Search').length).toBeGreaterThan('Search'.length * 1.3);
	});
});

describe('locales and URLs', () => {
	test('the table, Starlight config and slugs agree', () => {
		expect(activeLocales(false)).toEqual(['en', 'zh-CN']);
		expect(activeLocales(true)).toEqual([...LOCALES]);
		// A pseudo build serves every locale in Starlight's picker but renders only the pseudo-locale's pages.
		expect(builtLocales(false)).toEqual(['en', 'zh-CN']);
		expect(builtLocales(true)).toEqual(['en-XA']);
		expect(starlightLocales(false)).toEqual({
			root: { label: 'English', lang: 'en' },
			'zh-cn': { label: '简体中文', lang: 'zh-CN' },
		});
		for (const l of LOCALES) {
			expect(localeOfSlug(LOCALE_INFO[l].slug || undefined)).toBe(l);
			expect(localeOfLang(l.toLowerCase())).toBe(l);
		}
	});
	test('data documents are built at the root in every build, the pseudo one too', () => {
		const locales = () => dataLocaleParams().map((p) => [p.params.locale, p.props.locale]);
		expect(locales()).toEqual(localeParams().map((p) => [p.params.locale, p.props.locale]));
		expect(locales()).toEqual([
			[undefined, 'en'],
			['zh-cn', 'zh-CN'],
		]);
		const before = process.env.IFG_PSEUDO;
		process.env.IFG_PSEUDO = '1';
		try {
			// The pages: en-XA only; the data: the root copy the search dialog fetches, and en-XA's.
			expect(localeParams().map((p) => p.props.locale)).toEqual(['en-XA']);
			expect(locales()).toEqual([
				[undefined, 'en'],
				['en-xa', 'en-XA'],
			]);
		} finally {
			if (before === undefined) delete process.env.IFG_PSEUDO;
			else process.env.IFG_PSEUDO = before;
		}
	});
	test('href and splitPath are inverse for every locale and path', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...LOCALES),
				fc.array(fc.stringMatching(/^[a-z0-9-]{1,8}$/), { maxLength: 4 }),
				(l, segs) => {
					const path = `/${segs.map((s) => `${s}/`).join('')}`;
					expect(href(l, path)).toBe(`${localePrefix(l)}${path}`);
					const back = splitPath(href(l, path));
					// A first segment that equals another locale's slug is that locale's page: skip such paths.
					if (!LOCALES.some((o) => LOCALE_INFO[o].slug && segs[0] === LOCALE_INFO[o].slug))
						expect(back).toEqual({ locale: l, path });
				},
			),
		);
	});
});

describe('joined lists', () => {
	test('a list of 100,000 items formats without overflowing the stack, in order', async () => {
		const { joinMsgs } = await import('../../src/lib/generators/common');
		const items = Array.from({ length: 100_000 }, (_, i) => String(i));
		const out = format({ 'gen.common.join.comma': '{a}, {b}' }, joinMsgs(items, 'comma') as never);
		expect(out).toBe(items.join(', '));
	});
});
