import { beforeAll, describe, expect, test } from 'vitest';
import { readCatalog } from '~/i18n/loader';
import { pseudo } from '~/i18n/pseudo';
import { LOCALES, type Locale } from '~/i18n/locales';
import { type Catalog, format, type Msg } from '~/i18n/msg';
import {
	codePath,
	codeSearchMeta,
	descriptionOf,
	hexForms,
	searchTerms,
	titleOf,
	clip,
	type PageEntry,
} from '~/lib/errors/page';
import { familyOf } from '~/lib/errors/families';
import { proseFor } from '~/lib/errors/prose';
import { href } from '~/lib/urls';
import { loadEntries } from '../fixtures/errors/load';

const all = [...loadEntries().values()].map((e) => ({ ...e, names: e.names.map((n) => n.name) }));
const get = (family: string, code: number) =>
	all.find((e) => e.family === family && e.code === code) as PageEntry;

// The real catalogs, as the build loads them (the pseudo-locale generated from English, as the loader does).
const catalogs = new Map<Locale, Catalog>();
beforeAll(async () => {
	const en = await readCatalog('en');
	for (const l of LOCALES) {
		catalogs.set(
			l,
			l === 'en-XA'
				? Object.fromEntries(Object.entries(en).map(([k, v]) => [k, pseudo(v)]))
				: await readCatalog(l),
		);
	}
});
const text = (locale: Locale) => (m: Msg) => format(catalogs.get(locale) ?? {}, m);

describe('code page text', () => {
	test.each([
		['msi', 2503, 'en', '2503 — Called RunScript when not marked in progress'],
		['msiexec', 1603, 'en', '1603 — ERROR_INSTALL_FAILURE'],
		['hresult', 0x800b0101, 'zh-CN', '0x800B0101 — 所需证书不在有效期内（证书已过期或尚未生效）'],
		['journald', 3, 'en', '3 — err'],
		['msi', 2805, 'en', '2805 — Windows Installer messages'],
		// Issue 12 §2: the Chinese page's title is our translation; placeholders never show as [2].
		['msi', 2503, 'zh-CN', '2503 — 未标记为正在进行时调用了 RunScript'],
		['msi', 1305, 'en', '1305 — Error reading from File: …; System error code: …'],
		['msi', 1305, 'zh-CN', '1305 — 读取文件时出错'],
		['msiexec', 1603, 'zh-CN', '1603 — 安装过程中发生严重错误'],
		['hresult', 0x800b0101, 'en', '0x800B0101 — CERT_E_EXPIRED'],
		['hresult', 0x800b0109, 'zh-CN', '0x800B0109 — 证书链已处理，但终止于不受信任的根证书'],
		['systemctl', 3, 'zh-CN', '3 — 程序未运行'],
		// The issue 12 §3 families: English shows winget's official text and the WU_E_/STG_E_ names of
		// the pinned tables; Chinese their hand-written titles (src/content/errors/titles/zh-CN/).
		['winget', 0x8a150006, 'en', '0x8A150006 — Running ShellExecute failed'],
		['winget', 0x8a150006, 'zh-CN', '0x8A150006 — 运行 ShellExecute 失败'],
		['windows-update', 0x80240022, 'en', '0x80240022 — WU_E_ALL_UPDATES_FAILED'],
		['windows-update', 0x80240022, 'zh-CN', '0x80240022 — 所有更新的操作均失败'],
		['stg', 0x80030002, 'en', '0x80030002 — STG_E_FILENOTFOUND'],
		['stg', 0x80030002, 'zh-CN', '0x80030002 — 找不到文件'],
	] as const)('%s %i (%s) is titled %j', (family, code, locale, title) => {
		expect(text(locale)(titleOf(get(family, code), locale))).toBe(title);
	});

	test.each([
		// A placeholder's full stop goes ("Product: …. Version: …." read as four dots each time).
		[
			'Product: … Version: … Language: … Installation completed with status: … Manufacturer: …',
			'Product: … Version: … Language: … Installation completed with…',
		],
		[
			'There is a problem with this Windows Installer package. A program run as part of the setup did not finish as expected.',
			'There is a problem with this Windows Installer package. A program…',
		],
		// A comma, colon or bracket left at the cut goes with it.
		[
			'Could not open the file to read the data needed by the installer, because it was locked',
			'Could not open the file to read the data needed by the installer…',
		],
		// No space in the second half (Chinese): cut at the limit.
		[
			'这是一段很长的中文文本没有空格'.repeat(6),
			`${'这是一段很长的中文文本没有空格'.repeat(6).slice(0, 69)}…`,
		],
		['short', 'short'],
	])('clip(%j) is %j', (s, want) => {
		expect(clip(s)).toBe(want);
		expect(clip(s).length).toBeLessThanOrEqual(70);
	});

	test('a long English title is cut between two words of the official text, never inside one', () => {
		let cut = 0;
		for (const e of all) {
			const title = text('en')(titleOf(e));
			// (A title that is a symbolic name has no spaces: it is cut at the limit.)
			if (familyOf(e.family).titleFrom !== 'official' || !title.endsWith('…')) continue;
			const last = /([A-Za-z0-9_'-]+)…$/.exec(title)?.[1];
			if (!last) continue;
			cut++;
			const word = new RegExp(
				`(?<![A-Za-z0-9_'-])${last.replace(/[-']/g, '\\$&')}(?![A-Za-z0-9_'-])`,
			);
			expect(e.official[0]?.text, title).toMatch(word);
		}
		expect(cut).toBeGreaterThan(100);
	});

	test('titles stay short and unique per family; descriptions fit a meta tag in every language', () => {
		const seen = new Set<string>();
		for (const e of all) {
			const title = text('en')(titleOf(e));
			expect(title.length, title).toBeLessThanOrEqual(85);
			seen.add(`${e.family} ${title}`);
			for (const l of LOCALES) expect(descriptionOf(e, l, text(l)).length).toBeLessThanOrEqual(160);
		}
		expect(seen.size).toBe(all.length);
	});

	test('the pseudo-locale shows pseudo-localised text and no Chinese, with official text left as quoted', () => {
		const e = get('msi', 2503);
		const d = descriptionOf(e, 'en-XA', text('en-XA'));
		// The template, the family title and the note are each pseudo-localised, hence the nested brackets.
		expect(d).toMatch(/^\[\[Ŵîñđöŵš Îñšţåļļéŕ ɱéššåĝéš/);
		expect(d).not.toMatch(/[\u4e00-\u9fff]/);
		expect(text('en-XA')(titleOf(get('msi', 2805), 'en-XA'))).toMatch(/^\[2805 — \[Ŵîñđöŵš/);
		// A translated family's label is pseudo-localised English in en-XA, never the Chinese title.
		const t = text('en-XA')(titleOf(get('msi', 2503), 'en-XA'));
		expect(t.startsWith(`[2503 — ${pseudo('Called RunScript when not marked in progress')}`)).toBe(
			true,
		);
	});

	test('paths follow the site convention; search terms carry every form', () => {
		expect(href('zh-CN', codePath(get('hresult', 0x800b0101)))).toBe(
			'/zh-cn/errors/hresult/0x800B0101/',
		);
		expect(href('en', codePath(get('signtool', 1)))).toBe('/errors/signtool/1/');
		expect(searchTerms(get('hresult', 0x800b0101))).toBe(
			'0x800B0101 2148204801 -2146762495 CERT_E_EXPIRED',
		);
	});
});

describe('note prose per locale', () => {
	const note = {
		en: 'Run `msiexec /l*v log.txt` again.',
		'zh-CN': '再次运行 `msiexec /l*v log.txt`。',
	};
	test('each language reads its own text; the pseudo-locale reads English pseudo-localised, commands kept', () => {
		expect(proseFor(note, 'en')).toBe(note.en);
		expect(proseFor(note, 'zh-CN')).toBe(note['zh-CN']);
		const p = proseFor(note, 'en-XA');
		expect(p).toContain('`msiexec /l*v log.txt`');
		expect(p.startsWith('[Ŕûñ')).toBe(true);
		expect(p).not.toMatch(/[\u4e00-\u9fff]/);
	});
});

describe('code search metadata (issue 12 §3: 0x8A15007B indexed as parts that 1500 prefix-matched)', () => {
	test.each([
		['winget', 0x8a15007b, '0x8a15007b 8a15007b'],
		['msiexec', 1618, '1618 0x652 0x80070652 80070652'],
		['msi', 2503, '2503 0x9c7'],
		['hresult', 0x800b0101, '0x800b0101 800b0101'],
		['journald', 3, '3'],
	] as const)('%s %i → %j', (family, code, meta) => {
		expect(codeSearchMeta(get(family, code))).toBe(meta);
	});

	test('every code: each hex form the page shows is one word Pagefind keeps whole', () => {
		// Pagefind (1.6, fossick get_indexable_words) splits a word with a capital after its first
		// character or with punctuation; lowercase letters and digits alone stay one word.
		for (const e of all) {
			const words = codeSearchMeta(e).split(' ');
			for (const w of words) expect(w, `${e.family}/${e.code}`).toMatch(/^[0-9a-z]+$/);
			for (const h of hexForms(e)) expect(words, h).toContain(h.toLowerCase());
		}
	});
});
