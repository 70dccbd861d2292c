// The build's CSP check (scripts/csp.mjs): an inline script is allowed only when its SHA-256, computed
// here with WebCrypto (not the module's node:crypto call), is in the page's own policy.
import { describe, expect, test } from 'vitest';
import { starlightInlineScriptHashes, unhashedInlineScripts } from '../../scripts/csp.mjs';

const check = unhashedInlineScripts;

async function sha256(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return `sha256-${Buffer.from(digest).toString('base64')}`;
}

const theme = "document.documentElement.dataset.theme = localStorage.getItem('theme') ?? 'dark';";

async function page(scripts: string, allowed: string[]): Promise<string> {
	const hashes = (await Promise.all(allowed.map(sha256))).map((h) => `'${h}'`).join(' ');
	return (
		`<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'; ` +
		`script-src 'self' 'wasm-unsafe-eval' ${hashes}; style-src 'self'">${scripts}</head><body></body></html>`
	);
}

describe('unhashedInlineScripts', () => {
	test('a script whose hash is in the policy passes', async () => {
		expect(check(await page(`<script>${theme}</script>`, [theme]))).toEqual([]);
	});

	test('one changed character is reported, with the start of the script', async () => {
		const html = await page(`<script>${theme} </script>`, [theme]);
		expect(check(html)).toEqual([theme.slice(0, 80)]);
	});

	test('modules and scripts with attributes are checked too', async () => {
		const html = await page(`<script type="module" data-x>${theme}</script>`, []);
		expect(check(html)).toHaveLength(1);
	});

	test('external scripts and JSON data blocks are not inline code', async () => {
		const html = await page(
			`<script src="/_astro/a.js"></script><script type="application/json" id="d">{"a":1}</script>` +
				`<script type="application/ld+json">{}</script>`,
			[],
		);
		expect(check(html)).toEqual([]);
	});

	test('a page without a policy blocks nothing, so its inline scripts are reported', () => {
		expect(check(`<html><head><script>${theme}</script></head></html>`)).toEqual([
			theme.slice(0, 80),
		]);
	});

	test('a hash in another directive (style-src) does not allow a script', async () => {
		const html = (await page(`<script>${theme}</script>`, [])).replace(
			"style-src 'self'",
			`style-src 'self' '${await sha256(theme)}'`,
		);
		expect(check(html)).toHaveLength(1);
	});
});

test("Starlight's inline scripts are found in its components (a moved file would leave none)", () => {
	const hashes = starlightInlineScriptHashes();
	expect(hashes.length).toBeGreaterThanOrEqual(5);
	for (const h of hashes) expect(h).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
});
