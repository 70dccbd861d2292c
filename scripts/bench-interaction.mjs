// The interactive part of `npm run bench` (scripts/bench.mjs): long main-thread tasks while a user types
// into a generator and while the MSI log checker reads a 200 MB log and compares it with a 100 MB one, in
// Chromium against a served build. Run alone on an existing build: node scripts/bench-interaction.mjs
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { ensureBigLog } from './bench-msi-log.mjs';
import { chromiumArgs } from './browser.mjs';

const root = resolve(import.meta.dirname, '..');
const tmp = join(root, 'bench', '.tmp');

/**
 * Long main-thread tasks while a user types into a generator, and while the log checker reads a 200 MB
 * log (199 MB) and then compares it with a 100 MB one (issue 11 §5: no main-thread task over 50 ms).
 * Script weights are gzip bytes of script bodies, and the stock Starlight page (`stockOrigin`) is
 * weighed the same way in the same browser, so "over stock" compares like with like.
 * @param {string} origin @param {string} browserPath @param {string} [stockOrigin]
 */
export async function interaction(origin, browserPath, stockOrigin) {
	const browser = await chromium.launch({ executablePath: browserPath, args: chromiumArgs });
	// No service worker: its precache would download the site in the background of the timings.
	const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
	/** @type {Record<string, number | string>} */
	const out = {};
	// In the page, long-task durations collect in globalThis.__long (page.evaluate passes no closures).
	const watch = () =>
		page.evaluate(() => {
			/** @type {number[]} */
			const tasks = [];
			/** @type {{ __long?: number[] }} */ (globalThis).__long = tasks;
			new PerformanceObserver((l) => tasks.push(...l.getEntries().map((e) => e.duration))).observe({
				type: 'longtask',
				buffered: false,
			});
		});
	/** The long tasks the page saw since the last watch(), in ms. */
	const seen = () =>
		page.evaluate(() => /** @type {{ __long?: number[] }} */ (globalThis).__long ?? []);
	/** The longest task the page saw since the last watch(), in ms. */
	const longest = async () => Math.round(Math.max(0, ...(await seen())));
	/** How many tasks since the last watch() took over the 50 ms budget. */
	const over50 = async () => (await seen()).filter((d) => d > 50).length;
	/**
	 * The report may be drawn in steps (msi-log-element.ts marks the results data-pending until the last
	 * one): wait for the end, then two frames and a moment, so the observer has been handed every long
	 * task of the drawing before it is read. Reading at the first text would miss the later steps.
	 * Returns how many elements the report has.
	 */
	const settled = async () => {
		await page.waitForSelector('ifg-msi-log [data-results]:not([data-pending])', {
			timeout: 60_000,
		});
		return page.evaluate(() => {
			const w = /** @type {Window} */ (/** @type {unknown} */ (globalThis));
			return new Promise((done) =>
				w.requestAnimationFrame(() =>
					w.requestAnimationFrame(() =>
						setTimeout(
							() => done(w.document.querySelectorAll('ifg-msi-log [data-results] *').length),
							200,
						),
					),
				),
			);
		});
	};
	/**
	 * Gzip bytes of the scripts this page has fetched since it was opened (issue 10 §4 counts "KB (gzip)
	 * of JavaScript"): encodedBodySize, not transferSize, which adds a fixed 300 bytes per response in
	 * place of the real headers.
	 */
	const jsBytes = () =>
		page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.filter((e) => e.name.endsWith('.js'))
				.reduce((n, e) => n + /** @type {PerformanceResourceTiming} */ (e).encodedBodySize, 0),
		);
	/**
	 * Starlight loads its search UI (Pagefind's ui-core) in an idle callback after DOMContentLoaded, which
	 * may come after `networkidle`: weighed then, the stock page lacked it in some runs (4,084 B in place
	 * of about 30,600) and "over stock" swung by 26 KB. So a page is weighed once an idle callback queued
	 * after Starlight's has run and no script has arrived for half a second.
	 */
	const quiet = async () => {
		await page.evaluate(
			() =>
				new Promise((done) =>
					/** @type {Window} */ (/** @type {unknown} */ (globalThis)).requestIdleCallback(
						() => done(null),
						{ timeout: 5000 },
					),
				),
		);
		for (let n = -1, m = await jsBytes(); m !== n; n = m, m = await jsBytes())
			await page.waitForTimeout(500);
	};
	if (stockOrigin)
		try {
			await page.goto(`${stockOrigin}/`, { waitUntil: 'networkidle' });
			await quiet();
			out.stockJsBytes = await jsBytes();
		} catch (e) {
			out.stockJsError = String(e instanceof Error ? e.message : e).split('\n')[0] ?? '';
		}
	try {
		await page.goto(`${origin}/tools/msiexec/`, { waitUntil: 'networkidle' });
		await quiet();
		out.generatorJsAtLoadBytes = await jsBytes();
		await watch();
		const input = page.locator('ifg-generator input[type="text"]').first();
		await input.click();
		await input.pressSequentially(
			'C:\\Users\\开发者\\Downloads\\go1.23.5.windows-amd64 (copy) & "test".msi',
			{ delay: 5 },
		);
		out.generatorTypingLongestTaskMs = await longest();
		// The generator module loads on first focus: what the page weighs once it is in use.
		await quiet();
		out.generatorJsAfterTypingBytes = await jsBytes();
	} catch (e) {
		out.generatorTypingError = String(e instanceof Error ? e.message : e).split('\n')[0] ?? '';
	}
	try {
		// The explain page (issue 10 §4): what it weighs at load and once a pasted command is explained.
		await page.goto(`${origin}/tools/explain/`, { waitUntil: 'networkidle' });
		await quiet();
		out.explainJsAtLoadBytes = await jsBytes();
		await page
			.locator('ifg-explain textarea:not([disabled])')
			.fill(
				'msiexec /i "C:\\Users\\dev\\Downloads\\go1.23.5.windows-amd64.msi" /qn /l*v "%TEMP%\\go.log"',
			);
		await page.locator('ifg-explain button[type="submit"]').click();
		await page.locator('ifg-explain [data-results] > *').first().waitFor();
		await page.waitForLoadState('networkidle');
		await quiet();
		out.explainJsInUseBytes = await jsBytes();
	} catch (e) {
		out.explainError = String(e instanceof Error ? e.message : e).split('\n')[0] ?? '';
	}
	try {
		// 190 MiB (199 MB): the page takes files up to 200 MiB.
		const big = ensureBigLog(join(tmp, 'big-msi-190.log'), 190);
		out.msiLogLargeBytes = statSync(big).size;
		const other = ensureBigLog();
		await page.goto(`${origin}/tools/msi-log/`);
		await page.waitForSelector('ifg-msi-log input[name="file"]:not([disabled])');
		await watch();
		const results = page.locator('ifg-msi-log [data-results]');
		let start = Date.now();
		await page.locator('ifg-msi-log input[name="file"]').setInputFiles(big);
		await results.filter({ hasText: /\S/ }).waitFor({ timeout: 240_000 });
		out.msiLogLargeSeconds = +((Date.now() - start) / 1000).toFixed(2);
		out.msiLogLargeElements = await settled();
		out.msiLogLargeLongestTaskMs = await longest();
		out.msiLogLargeTasksOver50 = await over50();
		// Compare: choosing a second log reads the first again with the comparison.
		await watch();
		const compare = page.locator('ifg-msi-log input[name="compare"]');
		await page.waitForSelector('ifg-msi-log input[name="compare"]:not([disabled])');
		start = Date.now();
		await compare.setInputFiles(other);
		await page.locator('ifg-msi-log [data-compare]').first().waitFor({ timeout: 240_000 });
		out.msiLogCompareSeconds = +((Date.now() - start) / 1000).toFixed(2);
		out.msiLogCompareElements = await settled();
		out.msiLogCompareLongestTaskMs = await longest();
		out.msiLogCompareTasksOver50 = await over50();
		out.msiLogLongestTaskMs = Math.max(
			out.msiLogLargeLongestTaskMs,
			out.msiLogCompareLongestTaskMs,
		);
	} catch (e) {
		out.msiLogError = String(e instanceof Error ? e.message : e).split('\n')[0] ?? '';
	}
	await browser.close();
	return out;
}

// Alone: serve dist/ and print the table.
if (import.meta.url === `file://${process.argv[1]}`) {
	const { runAlone } = await import('./bench-serve.mjs');
	await runAlone(root, (o, browserPath) => interaction(o.site, browserPath, o.stock));
}
