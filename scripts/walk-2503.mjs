// Issue 15's measure: the Chinese-phone 2503 walk, from the home page to the fix copied.
//
//   node scripts/walk-2503.mjs [dist-dir]      (default: dist; serves it on 127.0.0.1)
//
// A reader on a 360×740 touch phone whose browser prefers Simplified Chinese lands on `/`, got error 2503
// installing Go, and wants the command that fixes it in Chinese. The walk is a fixed policy, the same for
// any build, so two builds can be compared:
//   1. on every page that is not in Chinese, switch language the shortest visible way: a visible link to
//      the Chinese page (1 tap), else a visible language <select> (2 taps: open, choose), else the menu
//      button and the <select> inside it (3 taps); if none is visible, go on in English and try again on
//      the next page;
//   2. tap the first visible link to the 2503/2502 start page (scrolling until one is in view);
//   3. on that page, scroll to the first code block that runs msiexec (method 1's) and tap its copy button.
// Taps are what a finger does; screens are page loads, opened menus and every viewport of scrolling.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, requireChromium } from './browser.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
	console.error(`walk-2503: ${dist} has no index.html; build first (npm run build).`);
	process.exit(2);
}

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.woff2': 'font/woff2',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json',
};

const server = createServer((req, res) => {
	const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
	let file = normalize(join(dist, path));
	if (!file.startsWith(dist)) return void res.writeHead(403).end();
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	if (!existsSync(file)) return void res.writeHead(404).end();
	res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
	createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const browser = await chromium.launch({
	executablePath: (await requireChromium()).path,
	args: chromiumArgs,
});
const context = await browser.newContext({
	viewport: { width: 360, height: 740 },
	isMobile: true,
	hasTouch: true,
	locale: 'zh-CN',
	extraHTTPHeaders: { 'Accept-Language': 'zh-CN,zh;q=0.9,en;q=0.5' },
	permissions: ['clipboard-read', 'clipboard-write'],
});
const page = await context.newPage();
/** @type {string[]} */
const log = [];
let taps = 0;
let screens = 0;
let scrolled = 0; // viewports scrolled on the current page, counted once each

/** @param {string} what */
const note = (what) => log.push(`${taps} taps, ${screens} screens: ${what}`);
/** @param {import('playwright').Locator} loc @param {string} what */
async function tap(loc, what) {
	await scrollTo(loc);
	await loc.tap();
	taps++;
	note(`tap ${what}`);
}
/** Scroll so the element is in view; every new viewport of scrolling is a screen. @param {import('playwright').Locator} loc */
async function scrollTo(loc) {
	await loc.scrollIntoViewIfNeeded();
	const y = Number(await page.evaluate('window.scrollY'));
	const h = Number(await page.evaluate('window.innerHeight'));
	const reached = Math.ceil(y / h);
	if (reached > scrolled) {
		screens += reached - scrolled;
		note(`scrolled ${reached - scrolled} viewport(s)`);
		scrolled = reached;
	}
}
/** @param {string} what */
async function loaded(what) {
	await page.waitForLoadState('load');
	screens++;
	scrolled = 0;
	note(`page ${new URL(page.url()).pathname} (${what}, lang=${await lang()})`);
}
const lang = async () => String(await page.evaluate('document.documentElement.lang'));
const isChinese = async () => (await lang()).toLowerCase().startsWith('zh');
/** @param {import('playwright').Locator} loc */
const visible = async (loc) => (await loc.count()) > 0 && (await loc.first().isVisible());

async function toChinese() {
	if (await isChinese()) return true;
	const link = page.locator(
		'a[hreflang="zh-CN"]:visible, a[href^="/zh-cn/"][lang="zh-CN"]:visible',
	);
	if (await visible(link)) {
		await Promise.all([page.waitForURL(/\/zh-cn\//), tap(link.first(), 'the link to Chinese')]);
		await loaded('language link');
		return true;
	}
	const select = page.locator('starlight-lang-select select:visible');
	const choose = async () => {
		await Promise.all([
			page.waitForURL(/\/zh-cn\//),
			select.first().selectOption({ label: '简体中文' }),
		]);
		taps += 2;
		note('open the language list and choose 简体中文 (2 taps)');
		await loaded('language select');
	};
	if (await visible(select)) {
		await scrollTo(select.first());
		await choose();
		return true;
	}
	const menu = page.locator('button.sl-menu-button, starlight-menu-button button');
	if (await visible(menu)) {
		await tap(menu.first(), 'the menu button');
		screens++;
		note('menu open');
		if (await visible(select)) {
			await scrollTo(select.first());
			await choose();
			return true;
		}
		await tap(menu.first(), 'the menu button again (no language list in the menu)');
	}
	note('no visible way to Chinese on this page');
	return false;
}

await page.goto(`${origin}/`);
await loaded('landing');
await toChinese();
const start = page.locator('a[href*="start/go-2503-2502"]:visible');
if (!(await visible(start))) throw new Error('no visible link to the 2503/2502 start page');
await Promise.all([page.waitForURL(/go-2503-2502/), tap(start.first(), 'the 2503/2502 link')]);
await loaded('2503 start page');
const chineseAtEnd = await toChinese();
// Method 1's install command: the first code block on the page that runs msiexec.
const target = page.locator('.expressive-code').filter({ hasText: 'msiexec' }).first();
const copy = target.locator('button.copy, .copy button').first();
await tap(copy, 'copy on the msiexec command');
const copied = String(await page.evaluate('navigator.clipboard.readText()').catch(() => ''));

const result = {
	dist,
	taps,
	screens,
	chinese: chineseAtEnd,
	copied: copied.split('\n')[0],
	steps: log,
};
console.log(JSON.stringify(result, null, 2));
await browser.close();
server.close();
