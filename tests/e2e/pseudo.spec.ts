// Proof that no text bypasses the catalogs (issue 13 §1): in the pseudo-locale build (en-XA, every
// catalog entry and every guide generated from English, accented), a page of every template must show
// only pseudo-localised text. Any readable English word is text that did not come from a catalog; any
// Chinese character is a code path that assumes "not English means Chinese".
// Exempt, by element only (never by page): code, pre, kbd, samp (commands, code names, output),
// svg (diagrams are labelled in their source), [translate="no"] (data marked as such), and text
// explicitly in another language (an element whose lang is not en-XA), and the language picker's
// options (each language's name in that language: data, as Starlight renders them without a lang).
// Text that repeats other text of the page is checked once, where it has its markup: the table of
// contents (Starlight flattens each heading, code included, into its link), an accessible name that
// repeats its container's text (a task list's checkbox), and the <title>'s copy of the <h1>.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { FAMILIES } from '../../src/lib/errors/families';
import { familyPath } from '../../src/lib/errors/page';
import { TOOLS, toolPath } from '../../src/lib/tools';
import { pagesOf, requireBuild, sampler, SEED } from './extra-builds';

const dist = requireBuild('pseudo');
const pages = pagesOf(dist);
const XA = '/en-xa';
const sample = sampler(SEED);

const sections = [
	...new Set(pages.filter((p) => p.startsWith(`${XA}/`)).map((p) => p.split('/')[2] ?? '')),
];
const guideDirs = readdirSync(join(dist, 'en-xa'), { withFileTypes: true })
	.filter((e) => e.isDirectory() && !['tools', 'errors'].includes(e.name))
	.map((e) => e.name);
// Code pages: sampled from the built en-XA pages (the only locale this build renders).
const codePages = FAMILIES.flatMap((f) =>
	pages
		.filter((p) => p.startsWith(`${XA}/`))
		.map((p) => p.slice(XA.length))
		.filter((p) => new RegExp(`^${familyPath(f)}[^/]+/$`).test(p)),
);

const templates: Record<string, string[]> = {
	home: [`${XA}/`],
	guides: guideDirs.flatMap((d) =>
		sample(
			pages.filter((p) => p.startsWith(`${XA}/${d}/`) && p !== `${XA}/${d}/`),
			1,
		),
	),
	tools: TOOLS.map((t) => XA + toolPath(t.id)),
	errors: [`${XA}/errors/`, ...sample(FAMILIES, 1).map((f) => XA + familyPath(f))],
	codes: sample(codePages, 4).map((p) => XA + p),
	notFound: [`${XA}/404/`],
};

test.beforeAll(() => {
	console.log(
		`pseudo.spec: seed ${SEED} (IFG_SEED=${SEED} repeats this sample); sections seen: ${sections.join(', ')}`,
	);
	for (const [name, list] of Object.entries(templates)) console.log(`  ${name}: ${list.join(' ')}`);
});

/** Text a reader sees that is not pseudo-localised: an ASCII word of 3+ letters, or any CJK character. */
function leak(text: string): string | undefined {
	if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text))
		return 'CJK';
	for (const token of text.match(/[A-Za-z0-9_]+/g) ?? []) {
		if (/^0x[0-9a-f]+$/i.test(token)) continue; // hexadecimal error codes are numbers
		if (/[A-Za-z]{3,}/.test(token)) return token;
	}
	return undefined;
}

test('the leak detector flags English and Chinese and passes pseudo-localised text', () => {
	expect(leak('Search')).toBe('Search');
	expect(leak('错误代码')).toBe('CJK');
	expect(leak('[Šéåŕçĥ ·····] 2503 0x80070643')).toBeUndefined();
	expect(leak('Error 1603')).toBe('Error');
});

for (const [name, list] of Object.entries(templates)) {
	test(`${name}: every visible text is pseudo-localised`, async ({ page }) => {
		test.setTimeout(60_000 * Math.max(1, list.length));
		expect(list.length, `no ${name} pages in dist-pseudo`).toBeGreaterThan(0);
		const problems: string[] = [];
		for (const path of list) {
			const response = await page.goto(path);
			if (response?.status() !== 200) {
				problems.push(`${path}: HTTP ${response?.status()}`);
				continue;
			}
			await page.waitForLoadState('networkidle');
			if ((await page.locator('html').getAttribute('lang')) !== 'en-XA')
				problems.push(`${path}: <html lang> is not en-XA`);
			const texts = await page.evaluate(() => {
				const EXEMPT =
					'code, pre, kbd, samp, svg, script, style, noscript, template, [translate="no"], starlight-lang-select option';
				const exempt = (el: Element | null) => {
					if (!el || el.closest(EXEMPT)) return true;
					const lang = el.closest('[lang]')?.getAttribute('lang');
					return lang !== undefined && lang !== null && lang !== 'en-XA';
				};
				const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
				const h1 = norm(document.querySelector('h1')?.textContent);
				const title = h1 ? document.title.replace(h1, '') : document.title;
				const out: { where: string; text: string }[] = [{ where: '<title>', text: title }];
				/** A table-of-contents link: the text of the heading it points to. */
				const tocRepeat = (el: Element) => {
					const link = el.closest('starlight-toc a, mobile-starlight-toc a');
					const raw = link?.getAttribute('href')?.slice(1) ?? '';
					let id = raw;
					try {
						id = decodeURIComponent(raw);
					} catch {
						// a literal '%' in the fragment: the id as written
					}
					const target = id ? document.getElementById(id) : null;
					return target !== null && norm(target.textContent) === norm(link?.textContent);
				};
				const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const el = node.parentElement;
					const text = node.textContent?.trim() ?? '';
					if (!text || exempt(el) || !el?.checkVisibility({ visibilityProperty: true })) continue;
					if (tocRepeat(el)) continue;
					out.push({
						where: `<${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}>`,
						text,
					});
				}
				// What a reader meets besides text nodes: field hints, accessible names, image text.
				for (const el of document.body.querySelectorAll(
					'[placeholder], [aria-label], [alt], [title]',
				)) {
					if (exempt(el)) continue;
					for (const attr of ['placeholder', 'aria-label', 'alt', 'title']) {
						const value = el.getAttribute(attr)?.trim();
						if (value && norm(value) === norm(el.parentElement?.textContent)) continue;
						if (value) out.push({ where: `<${el.tagName.toLowerCase()} ${attr}>`, text: value });
					}
				}
				return out;
			});
			for (const { where, text } of texts) {
				const word = leak(text);
				if (word) problems.push(`${path} ${where} [${word}]: ${text.slice(0, 120)}`);
			}
		}
		// The /errors/ tables and code pages are being rewritten to mark their data (Windows symbol names,
		// journald priority names, official message text) translate="no": the report says which leaks are
		// there, so a failure elsewhere is not mistaken for that known work.
		const inErrors = problems.filter((p) => p.startsWith(`${XA}/errors/`)).length;
		const where =
			inErrors === 0
				? ''
				: inErrors === problems.length
					? ` (all on /errors/ pages: data in the family tables and code titles not yet marked translate="no")`
					: ` (${inErrors} on /errors/ pages, ${problems.length - inErrors} elsewhere)`;
		console.log(
			`${name}: ${problems.length} leaks${where}${problems.length ? `\n  ${problems.join('\n  ')}` : ''}`,
		);
		expect(problems, `${problems.length} leaks${where}`).toEqual([]);
	});
}
