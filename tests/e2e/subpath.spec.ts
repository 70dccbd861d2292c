// The site built under a sub-path (issue 13 §4): `npm run build:subpath` (base /guide/, dist-subpath/)
// served at http://127.0.0.1:<port>/guide/ (playwright.config.ts). On a sample of pages of every
// template, every internal link and every asset the page loads must resolve (200) and stay under
// /guide/; search, the service worker and the language switcher must work there too.
import { expect, test, type Page } from './fixtures';
import { FAMILIES } from '../../src/lib/errors/families';
import { familyPath } from '../../src/lib/errors/page';
import { TOOLS, toolPath } from '../../src/lib/tools';
import { pagesOf, requireBuild, sampler, SEED } from './extra-builds';

const BASE = '/guide';
const dist = requireBuild('subpath');
const pages = pagesOf(dist);
const sample = sampler(SEED);
const locales = ['', '/zh-cn'];

const guides = pages.filter(
	(p) => /^\/(zh-cn\/)?[a-z-]+\/[a-z0-9-]+\/$/.test(p) && !/^\/(zh-cn\/)?(tools|errors)\//.test(p),
);
const generators = TOOLS.filter((t) => t.kind === 'generator');
const codes = pages.filter((p) => /^\/(zh-cn\/)?errors\/[a-z0-9-]+\/[^/]+\/$/.test(p));
const templates: Record<string, string[]> = {
	home: locales.map((l) => `${l}/`),
	guides: sample(guides, 4),
	// The generators share one template (one sampled); each checker is its own page template.
	tools: [...sample(generators, 1), ...TOOLS.filter((t) => t.kind !== 'generator')].map(
		(t, i) => `${locales[i % 2]}${toolPath(t.id)}`,
	),
	errors: [
		...locales.map((l) => `${l}/errors/`),
		...sample(FAMILIES, 2).map((f, i) => locales[i % 2] + familyPath(f)),
	],
	codes: sample(codes, 3),
	notFound: ['/no/such/page/'],
};

test.beforeAll(() => {
	console.log(`subpath.spec: seed ${SEED} (IFG_SEED=${SEED} repeats this sample)`);
	for (const [name, list] of Object.entries(templates)) console.log(`  ${name}: ${list.join(' ')}`);
});

/** Every URL a page points to or loads from its own origin (links, assets, head links), as absolute URLs. */
async function urlsOf(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const urls = new Set<string>();
		const add = (value: string | null) => {
			if (
				!value ||
				value.startsWith('data:') ||
				value.startsWith('mailto:') ||
				value.startsWith('javascript:')
			)
				return;
			const url = new URL(value, location.href);
			url.hash = '';
			if (url.origin === location.origin) urls.add(url.href);
		};
		for (const el of document.querySelectorAll('a[href], link[href], area[href]'))
			add(el.getAttribute('href'));
		for (const el of document.querySelectorAll('script[src], img[src], source[src], iframe[src]'))
			add(el.getAttribute('src'));
		for (const el of document.querySelectorAll('img[srcset], source[srcset]'))
			for (const part of (el.getAttribute('srcset') ?? '').split(','))
				add(part.trim().split(/\s+/)[0] ?? null);
		for (const el of document.querySelectorAll(
			'meta[property="og:image"], meta[name="twitter:image"]',
		))
			add(el.getAttribute('content'));
		return [...urls];
	});
}

for (const [name, list] of Object.entries(templates)) {
	test(`${name}: every internal link and asset resolves under ${BASE}/`, async ({
		page,
		request,
		baseURL,
	}) => {
		const origin = new URL(baseURL ?? '').origin;
		test.setTimeout(120_000 + 60_000 * list.length);
		const problems: string[] = [];
		const checked = new Set<string>();
		// Anything the page itself loads (scripts, styles, fonts, workers, imports) must resolve too.
		page.on('response', (res) => {
			const url = new URL(res.url());
			if (url.origin !== origin) return;
			if (!url.pathname.startsWith(`${BASE}/`))
				problems.push(`${page.url()} loaded ${url.pathname} (outside ${BASE}/)`);
			else if (res.status() >= 400 && !url.pathname.startsWith(`${BASE}/no/such/`))
				problems.push(`${page.url()} loaded ${url.pathname}: ${res.status()}`);
		});
		for (const path of list) {
			const response = await page.goto(BASE + path);
			expect(response?.status(), path).toBe(path.startsWith('/no/such/') ? 404 : 200);
			await page.waitForLoadState('networkidle');
			for (const href of await urlsOf(page)) {
				const url = new URL(href);
				if (!url.pathname.startsWith(`${BASE}/`)) {
					problems.push(`${path} links ${url.pathname}${url.search} (outside ${BASE}/)`);
					continue;
				}
				// The page itself (a 404 page's language links point at its own address) was checked by goto.
				if (checked.has(href) || url.pathname === new URL(page.url()).pathname) continue;
				checked.add(href);
				const res = await request.get(href, { maxRedirects: 0 });
				if (res.status() !== 200)
					problems.push(`${path} links ${url.pathname}${url.search}: ${res.status()}`);
			}
		}
		console.log(
			`${name}: ${checked.size} URLs checked from ${list.length} pages, ${problems.length} problems`,
		);
		expect(problems).toEqual([]);
		expect(checked.size).toBeGreaterThan(list.length);
	});
}

test('search finds pages and links them under the base', async ({ page }) => {
	await page.goto(`${BASE}/`);
	await page
		.getByRole('button', { name: /search/i })
		.first()
		.click();
	await page.getByRole('dialog').getByRole('search').getByRole('textbox').fill('2503');
	const links = page.getByRole('dialog').locator('.pagefind-ui__result-link');
	await expect(links.first()).toBeVisible({ timeout: 30_000 });
	const paths = await links.evaluateAll((els) =>
		els.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
	);
	expect(paths.length).toBeGreaterThan(0);
	expect(paths.filter((p) => !p.startsWith(`${BASE}/`))).toEqual([]);
	await links.first().click();
	await expect(page).toHaveURL(new RegExp(`${BASE}/`));
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test.describe('service worker', () => {
	test.use({ serviceWorkers: 'allow' });
	test('registers with scope /guide/, precaches under the base and serves a page offline', async ({
		page,
		context,
	}) => {
		test.setTimeout(180_000);
		await page.goto(`${BASE}/`);
		const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
		expect(new URL(scope).pathname).toBe(`${BASE}/`);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		const cached = await page.evaluate(async () => {
			const urls: string[] = [];
			for (const name of await caches.keys())
				for (const req of await (await caches.open(name)).keys())
					urls.push(new URL(req.url).pathname);
			return urls;
		});
		expect(cached.length).toBeGreaterThan(20);
		expect(cached.filter((p) => !p.startsWith(`${BASE}/`))).toEqual([]);
		expect(cached).toContain(`${BASE}/zh-cn/fixes/run-elevated/`);
		// Precached, never visited: served by the worker with the network cut.
		await context.setOffline(true);
		await page.goto(`${BASE}/zh-cn/fixes/run-elevated/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('以提升的权限运行安装程序');
		await context.setOffline(false);
	});
});

test('the language switcher keeps the page and the base, both ways', async ({ page }) => {
	const guide = guides.find((p) => !p.startsWith('/zh-cn/')) ?? '/start/go-2503-2502/';
	await page.goto(BASE + guide);
	await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
	await expect(page).toHaveURL(new RegExp(`${BASE}/zh-cn${guide}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
	await expect(page).toHaveURL(new RegExp(`${BASE}${guide}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a first visit from a Chinese browser goes to the Chinese home under the base (the CSP allows the script)', async ({
	browser,
}) => {
	const context = await browser.newContext({ locale: 'zh-CN' });
	const page = await context.newPage();
	const blocked: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
	});
	await page.goto(`${BASE}/`);
	await expect(page).toHaveURL(new RegExp(`${BASE}/zh-cn/$`));
	expect(blocked).toEqual([]);
	await context.close();
});
