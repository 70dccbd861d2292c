// A phone is a first-class screen (issue 15 §2): at 360×740 no page is wider than the viewport, and the
// header's controls (search, menu, language, theme) are on screen and big enough to tap. Every page
// template is swept in every language; error-code pages are many, so every one with a long title (the
// long HRESULT names that used to push the header off-screen) plus every shape and a seeded sample.
import { expect, test, type Page } from './fixtures';
import {
	LOCALE_SLUGS,
	builtPages,
	describeSweep,
	generatedGroup,
	pagesToSweep,
	readPage,
	shard,
	splitLocale,
} from './dist';

const all = builtPages();
const wizard = ['windows.2503.no', 'windows.1618', 'windows.other', 'windows.signature.ok'].flatMap(
	(path) =>
		['', ...LOCALE_SLUGS.map((s) => `/${s}`)].map(
			(prefix) => `${prefix}/tools/wizard/?path=${path}`,
		),
);

// The h1's text; a code page's label sits in a <span translate="no"> inside it (PageTitle override).
const titleOf = (p: string) =>
	(/<h1 id="_top"[^>]*>(.*?)<\/h1>/s.exec(readPage(p))?.[1] ?? '').replace(/<[^>]*>/g, '');
const longestToken = (p: string) =>
	Math.max(
		...titleOf(p)
			.split(/\s+/)
			.map((w) => w.length),
	);
// Titles with a token longer than 20 characters (the long HRESULT names): too wide for a 360 px line at
// heading size, and the same name sits unbroken in the page's list of forms. Of these, in each language
// and family, the page with the longest token (the worst case) plus a seeded sample of 2.
const long = all.filter((p) => generatedGroup(p) !== null && longestToken(p) > 20);
const longSweep = pagesToSweep(long, 2);
const worst = [...Map.groupBy(long, (p) => generatedGroup(p)!).values()].map((ps) =>
	ps.reduce((a, b) => (longestToken(b) > longestToken(a) ? b : a)),
);
// Every template in every language, every shape of the other code pages and a seeded sample of 2 per
// language and family (tests/e2e/dist.ts).
const sweep = pagesToSweep(
	all.filter((p) => !long.includes(p)),
	2,
);
const pages = [...new Set([...sweep.pages, ...wizard, ...worst, ...longSweep.sampled])];
const shards = shard(pages, 4);

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

test('the sweep covers every template, the long titles and a sample of codes', () => {
	console.log(describeSweep('mobile', sweep));
	console.log(
		`${describeSweep('mobile, long titles', longSweep)}; the longest of each group: ${worst.join(' ')}`,
	);
	test
		.info()
		.annotations.push(
			{ type: 'seed', description: String(sweep.seed) },
			{ type: 'sample', description: sweep.sampled.join(' ') },
		);
	expect(worst.length).toBeGreaterThan(0);
	for (const slug of LOCALE_SLUGS)
		expect(
			pages.some((p) => p.startsWith(`/${slug}/tools/`)),
			slug,
		).toBe(true);
	expect(sweep.sampled.length).toBeGreaterThanOrEqual(sweep.groups);
});

/** The innermost elements that stick out past the right edge (not clipped by a scroller), for the failure message. */
async function widest(page: Page) {
	return page.evaluate(() => {
		const sticksOut = (el: Element) => el.getBoundingClientRect().right > innerWidth + 0.5;
		const clipped = (el: Element) => getComputedStyle(el).overflowX !== 'visible';
		const out: string[] = [];
		const walk = (el: Element) => {
			for (const child of el.children) {
				if (out.length >= 5) return;
				if (clipped(child) && !sticksOut(child)) continue;
				if (sticksOut(child) && ![...child.children].some(sticksOut)) {
					const r = child.getBoundingClientRect();
					out.push(
						`<${child.tagName.toLowerCase()} class="${child.getAttribute('class') ?? ''}"> right=${Math.round(r.right)} "${(child.textContent ?? '').trim().slice(0, 60)}"`,
					);
				} else walk(child);
			}
		};
		walk(document.body);
		return out;
	});
}

/** Problems with one control: missing, hidden, off-screen, covered or smaller than 44×44 CSS px. */
async function tappable(page: Page, selector: string, name: string) {
	const el = page.locator(selector).first();
	if (!(await el.count())) return [`${name}: missing (${selector})`];
	if (!(await el.isVisible())) return [`${name}: not visible`];
	// The menu's switchers sit below its (long) sidebar: a reader scrolls the menu to reach them.
	await el.scrollIntoViewIfNeeded();
	return el.evaluate((node, name) => {
		const r = node.getBoundingClientRect();
		const problems: string[] = [];
		if (r.width < 44 || r.height < 44)
			problems.push(`${name}: ${Math.round(r.width)}×${Math.round(r.height)} px, under 44×44`);
		if (r.left < 0 || r.right > innerWidth || r.top < 0 || r.bottom > innerHeight)
			problems.push(`${name}: off-screen (${Math.round(r.left)}…${Math.round(r.right)})`);
		const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
		const label = node.closest('label');
		if (!hit || !(node.contains(hit) || hit.contains(node) || (label && label.contains(hit))))
			problems.push(`${name}: covered by <${hit?.tagName.toLowerCase()}>`);
		return problems;
	}, name);
}

/**
 * The header's controls on this page. With `menu`, also the language and theme switchers inside the menu:
 * the menu (the sidebar) is the same on every page of a language, so each shard opens it once per language.
 * `hasMenu`: whether the page has one.
 */
async function headerProblems(page: Page, menu: boolean) {
	const problems = await tappable(page, 'header button[data-open-modal]', 'search');
	const hasSidebar = await page.evaluate(() =>
		document.documentElement.hasAttribute('data-has-sidebar'),
	);
	if (!hasSidebar) {
		// No menu (the splash home page): the switchers must sit in the header itself.
		problems.push(
			...(await tappable(page, 'header starlight-lang-select select', 'language select')),
		);
		problems.push(
			...(await tappable(page, 'header starlight-theme-select select', 'theme select')),
		);
		return { problems, hasMenu: false };
	}
	problems.push(...(await tappable(page, '.sl-menu-button', 'menu button')));
	if (problems.length || !menu) return { problems, hasMenu: true };
	// The switchers live in the menu: open it, check them, close it again (no reload).
	await page.locator('.sl-menu-button').click();
	problems.push(
		...(await tappable(
			page,
			'#starlight__sidebar starlight-lang-select select',
			'language select (menu)',
		)),
	);
	problems.push(
		...(await tappable(
			page,
			'#starlight__sidebar starlight-theme-select select',
			'theme select (menu)',
		)),
	);
	await page.locator('.sl-menu-button').click();
	return { problems, hasMenu: true };
}

for (const [i, paths] of shards.entries()) {
	test(`at 360 px nothing is wider than the screen and the header can be tapped (shard ${i + 1}/${shards.length}, ${paths.length} pages)`, async ({
		page,
	}) => {
		test.setTimeout(60_000 + paths.length * 4_000);
		const problems: string[] = [];
		let widestPage = { path: '', width: 0 };
		const menuSeen = new Set<string>();
		for (const path of paths) {
			await page.goto(path);
			if (path.includes('wizard/?path='))
				await page.locator('ifg-wizard [data-node]:visible').first().waitFor();
			const { scroll, inner } = await page.evaluate(() => ({
				scroll: document.documentElement.scrollWidth,
				inner: innerWidth,
			}));
			if (scroll > widestPage.width) widestPage = { path, width: scroll };
			if (scroll > inner)
				problems.push(`${path}: ${scroll} px wide > ${inner}: ${(await widest(page)).join('; ')}`);
			const { slug } = splitLocale(path);
			const header = await headerProblems(page, !menuSeen.has(slug));
			for (const p of header.problems) problems.push(`${path}: ${p}`);
			if (header.hasMenu) menuSeen.add(slug);
		}
		console.log(`[mobile] shard ${i + 1}: widest ${widestPage.path} at ${widestPage.width} px`);
		expect(problems).toEqual([]);
		// The menu's switchers were checked in every language.
		expect([...menuSeen].sort()).toEqual(['', ...LOCALE_SLUGS].sort());
	});
}

test.describe('a first-time visitor whose browser prefers Simplified Chinese', () => {
	test.use({ locale: 'zh-CN' });
	test('is sent from / to /zh-cn/ once, and the header switcher brings them back to stay', async ({
		page,
	}) => {
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await page.goto('/');
		await expect(page).toHaveURL(/\/zh-cn\/$/);
		const select = page.locator('header starlight-lang-select select');
		await expect(select).toBeVisible();
		await select.selectOption({ label: 'English' });
		await expect(page).toHaveURL(/:\d+\/$/);
		await page.goto('/');
		await expect(page).toHaveURL(/:\d+\/$/);
		expect(errors).toEqual([]); // a CSP refusal of the inline script would be logged here
	});
});

test.describe('a visitor whose browser prefers English', () => {
	test.use({ locale: 'en-US' });
	test('stays on the English home page', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('h1')).toBeVisible();
		await expect(page).toHaveURL(/:\d+\/$/);
	});
});
