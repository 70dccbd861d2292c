// dist/_headers, applied by a small static host (serve-dist.ts) as Netlify and Cloudflare Pages do:
// the security headers, a CSP header that agrees with every page's <meta> policy and forbids framing,
// and immutable caching only where file names carry a content hash.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { parsePolicy } from '../../scripts/deploy-integration.mjs';
import { builtPages, distDir, readPage } from './dist';
import { serveDist } from './serve-dist';

let host: Awaited<ReturnType<typeof serveDist>>;
test.beforeAll(async () => {
	host = await serveDist(distDir);
});
test.afterAll(async () => {
	await host.close();
});

const headersOf = async (path: string) => {
	const res = await fetch(host.origin + path);
	await res.arrayBuffer();
	return { status: res.status, headers: res.headers };
};
const metaPolicy = (html: string) =>
	/<meta http-equiv="content-security-policy" content="([^"]*)"/
		.exec(html)?.[1]
		?.replaceAll('&#39;', "'") ?? '';

test('pages carry the security headers', async () => {
	for (const path of ['/', '/zh-cn/errors/msi/2503/', '/api/errors/index.json', '/no/such/page/']) {
		const { headers } = await headersOf(path);
		expect(headers.get('x-content-type-options'), path).toBe('nosniff');
		expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
		expect(headers.get('permissions-policy'), path).toContain('camera=()');
		expect(headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
	}
});

test("the CSP header agrees with every page's <meta> policy on each directive it carries", async () => {
	const header = new Map(
		parsePolicy((await headersOf('/')).headers.get('content-security-policy') ?? ''),
	);
	expect(header.get('frame-ancestors')).toBe("'none'");
	expect(header.get('object-src')).toBe("'none'");
	expect(header.get('script-src')).toContain("'self'");
	const disagree: string[] = [];
	const pages = builtPages();
	for (const page of pages) {
		const meta = new Map(parsePolicy(metaPolicy(readPage(page))));
		if (meta.size === 0) disagree.push(`${page}: no <meta> policy`);
		for (const [name, value] of header) {
			if (name !== 'frame-ancestors' && meta.get(name) !== value) disagree.push(`${page}: ${name}`);
		}
	}
	expect(disagree).toEqual([]);
	expect(pages.length).toBeGreaterThan(1000);
});

test('hashed assets are immutable; pages and fixed-name files are not', async () => {
	const astro = readdirSync(join(distDir, '_astro')).find((f) => f.endsWith('.js'));
	const fragment = readdirSync(join(distDir, 'pagefind', 'fragment'))[0];
	const index = readdirSync(join(distDir, 'pagefind', 'index'))[0];
	for (const path of [
		`/_astro/${astro}`,
		`/pagefind/fragment/${fragment}`,
		`/pagefind/index/${index}`,
	]) {
		const { status, headers } = await headersOf(path);
		expect(status, path).toBe(200);
		expect(headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
	}
	for (const path of [
		'/',
		'/pagefind/pagefind.js',
		'/pagefind/pagefind-entry.json',
		'/api/errors/index.json',
	]) {
		expect((await headersOf(path)).headers.get('cache-control') ?? '', path).not.toContain(
			'immutable',
		);
	}
	expect(readFileSync(join(distDir, '_headers'), 'utf8')).toMatch(
		/^\/\*\n {2}Content-Security-Policy: /m,
	);
});

test('with the header and the meta both enforced, pages, search and a worker run cleanly', async ({
	page,
}) => {
	const problems: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.push(`${page.url()}: ${msg.text()}`);
	});
	page.on('pageerror', (err) => problems.push(`${page.url()}: ${err.message}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`CSP ${e.violatedDirective} ${e.blockedURI}`),
		);
	});
	for (const path of ['/', '/zh-cn/errors/msi/2503/', '/tools/msiexec/', '/reference/glossary/']) {
		await page.goto(host.origin + path);
		await page.waitForLoadState('networkidle');
	}
	// Search runs Pagefind's WebAssembly (script-src 'wasm-unsafe-eval') under both policies.
	await page.goto(`${host.origin}/?q=2503`);
	await expect(page.getByRole('dialog').locator('.pagefind-ui__result-link').first()).toBeVisible({
		timeout: 30_000,
	});
	// The MSI log checker reads files in a Web Worker.
	await page.goto(`${host.origin}/tools/msi-log/`);
	await page.waitForLoadState('networkidle');
	expect(problems).toEqual([]);
});

test('another site cannot frame the pages (frame-ancestors)', async ({ page }) => {
	const blocked: string[] = [];
	page.on('console', (msg) => blocked.push(msg.text()));
	await page.setContent(`<iframe src="${host.origin}/errors/msi/2503/"></iframe>`);
	await expect.poll(() => blocked.join('\n')).toContain('frame-ancestors');
	// Chromium shows its own error page in the frame instead of ours.
	const frame = page.frames().find((f) => f !== page.mainFrame());
	expect(frame).toBeDefined();
	expect(await frame?.getByText('Called RunScript when not marked in progress.').count()).toBe(0);
});
