// The search part of `npm run bench` (issue 12 §2, §4): what the first query costs and how good the
// ranking is, next to stock Starlight's dialog.
//   - bytes: everything the page downloads from opening the search dialog until the first query's first
//     result shows (gzip, as the bench server sends it), per language, and on the stock Starlight page;
//     the same for each of FIRST_QUERIES as a page's first query (each in a fresh page), with the part
//     that is the answer card's lookup data (/api/errors/lookup/…) on its own;
//   - time from the query's input event (pasted: one event) to the first result, cold (the page's first
//     query) and warm (a second query), and to the answer card on our pages;
//   - MRR@10 and recall@1 per language, from tests/e2e/search-ranking.spec.ts (the query set CI runs),
//     read from its output so the bench and CI measure the same ranking.
// Run alone on an existing build: node scripts/bench-search.mjs [--no-ranking]
// (serves dist/ and bench/.tmp/stock/dist/ if present; builds nothing).
/* global document, MutationObserver -- used inside page.evaluate, which runs in the browser */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs } from './browser.mjs';

const root = resolve(import.meta.dirname, '..');

/** Issue 12 §4: each must cost at most 150 KiB as a page's first query, in every language. */
const FIRST_QUERIES = ['2503', '0x800B0101', 'CERT_E_EXPIRED', 'ERROR_INSTALL_ALREADY_RUNNING'];

/**
 * One query typed into the dialog of the page at `url` (then, if given, a second): bytes and times.
 * @param {import('playwright').Browser} browser
 * @param {string} url
 * @param {{ cold: string, warm?: string }} queries
 */
async function dialog(browser, url, queries) {
	// A fresh context: an empty cache, and no service worker (the offline precache would download the
	// site in the background and blur what search costs).
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	// Bytes on the wire (compressed body + headers) of every finished request, also those of Pagefind's
	// Web Worker, counted once the dialog opens.
	let counting = false;
	let bytes = 0;
	let lookupBytes = 0;
	context.on('requestfinished', async (r) => {
		if (!counting) return;
		const s = await r.sizes();
		bytes += s.responseBodySize + s.responseHeadersSize;
		if (/\/api\/errors\/lookup\//.test(new URL(r.url()).pathname))
			lookupBytes += s.responseBodySize + s.responseHeadersSize;
	});
	try {
		await page.goto(url, { waitUntil: 'networkidle' });
		// Starlight builds Pagefind's UI when the browser is idle after load; wait until it has (its
		// input exists), so the bytes below are the ones the search itself costs. A fixed 1 s wait
		// counted Pagefind's UI script (26.7 KB) as part of the query whenever idle came later.
		await page
			.locator('#starlight__search .pagefind-ui__search-input')
			.waitFor({ state: 'attached' });
		counting = true;
		await page.locator('button[data-open-modal]').first().click();
		const input = page.locator('dialog .pagefind-ui__search-input');
		await input.waitFor();
		// In the page: the time of the last input event, of the first result link and of the answer card.
		await page.evaluate(() => {
			/** @type {Record<string, number>} */
			const s = {};
			/** @type {{ __s?: Record<string, number> }} */ (globalThis).__s = s;
			document.addEventListener('input', () => (s.typed = performance.now()), true);
			new MutationObserver(() => {
				if (!s.result && document.querySelector('dialog .pagefind-ui__result-link'))
					s.result = performance.now();
				if (!s.card && document.querySelector('dialog .ifg-answer-card:not([hidden]) a'))
					s.card = performance.now();
			}).observe(document.body, { subtree: true, childList: true, attributes: true });
		});
		// The query is pasted (one input event), so the time runs from the whole query, not a prefix.
		/** @param {string} q */
		const run = async (q) => {
			await input.fill('');
			await page.locator('dialog .pagefind-ui__result-link').first().waitFor({ state: 'detached' });
			await page.evaluate(() => {
				const s = /** @type {{ __s?: Record<string, number> }} */ (globalThis).__s ?? {};
				delete s.result;
				delete s.card;
			});
			await input.fill(q);
			await page.locator('dialog .pagefind-ui__result-link').first().waitFor({ timeout: 60_000 });
			await page.waitForTimeout(300);
			const s = await page.evaluate(
				() => /** @type {{ __s?: Record<string, number> }} */ (globalThis).__s ?? {},
			);
			/** @param {number | undefined} t */
			const since = (t) =>
				t === undefined ? undefined : Math.round(Math.max(0, t - (s.typed ?? t)));
			return { resultMs: since(s.result), cardMs: since(s.card) };
		};
		const cold = await run(queries.cold);
		const firstQueryBytes = bytes;
		const firstQueryLookupBytes = lookupBytes;
		if (queries.warm === undefined) return { firstQueryBytes, firstQueryLookupBytes };
		const warm = await run(queries.warm);
		return {
			firstQueryBytes,
			firstQueryLookupBytes,
			coldResultMs: cold.resultMs,
			coldCardMs: cold.cardMs,
			warmResultMs: warm.resultMs,
			warmCardMs: warm.cardMs,
		};
	} finally {
		await context.close();
	}
}

/** MRR@10 and recall@1 per language, as the ranking test prints them. */
function ranking() {
	const run = spawnSync(
		'npx',
		['playwright', 'test', 'tests/e2e/search-ranking.spec.ts', '--project', 'chromium'],
		{ cwd: root, encoding: 'utf8', env: { ...process.env, CI: '' } },
	);
	/** @type {Record<string, number | string>} */
	const out = {};
	for (const m of (run.stdout ?? '').matchAll(
		/^(en|zh-CN): (\d+) queries, MRR@10 ([\d.]+), recall@1 ([\d.]+)$/gm,
	)) {
		out[`searchQueries ${m[1]}`] = Number(m[2]);
		out[`searchMrr ${m[1]}`] = Number(m[3]);
		out[`searchRecall1 ${m[1]}`] = Number(m[4]);
	}
	if (!Object.keys(out).length) out.searchRankingError = (run.stdout + run.stderr).slice(-500);
	return out;
}

/**
 * The search measurements, flat (the bench's site metrics are flat names).
 * @param {string} origin our site, served with gzip
 * @param {string | undefined} stockOrigin the stock Starlight build, served the same way
 * @param {string} browserPath
 * @param {{ ranking?: boolean }} [options]
 */
export async function searchBench(origin, stockOrigin, browserPath, options = {}) {
	const browser = await chromium.launch({ executablePath: browserPath, args: chromiumArgs });
	/** @type {Record<string, number | string>} */
	const out = {};
	const targets = [
		['en', `${origin}/`, { cold: '2503', warm: '0x800B0101' }],
		['zh-CN', `${origin}/zh-cn/`, { cold: '2503', warm: '证书已过期' }],
	];
	// The stock page has one page to find; the word is on it.
	if (stockOrigin) targets.push(['stock', `${stockOrigin}/`, { cold: 'Stock', warm: 'baseline' }]);
	try {
		for (const [name, url, queries] of targets) {
			try {
				const r = await dialog(browser, /** @type {string} */ (url), /** @type {any} */ (queries));
				// A time that was not reached (no answer card for a query that is not a code) is left out.
				for (const [k, v] of Object.entries(r)) if (v !== undefined) out[`search ${name} ${k}`] = v;
			} catch (e) {
				out[`search ${name} error`] =
					String(e instanceof Error ? e.message : e).split('\n')[0] ?? '';
			}
		}
		// Each of the four queries as the page's first (the first of them is measured above too).
		for (const [name, url] of targets.slice(0, 2)) {
			for (const q of FIRST_QUERIES) {
				try {
					const r = await dialog(browser, /** @type {string} */ (url), { cold: q });
					out[`search ${name} firstQueryBytes ${q}`] = r.firstQueryBytes;
					out[`search ${name} firstQueryLookupBytes ${q}`] = r.firstQueryLookupBytes;
				} catch (e) {
					out[`search ${name} error ${q}`] =
						String(e instanceof Error ? e.message : e).split('\n')[0] ?? '';
				}
			}
		}
	} finally {
		await browser.close();
	}
	if (options.ranking !== false) Object.assign(out, ranking());
	return out;
}

// Alone: serve the existing builds and print the table.
if (import.meta.url === `file://${process.argv[1]}`) {
	const { runAlone } = await import('./bench-serve.mjs');
	await runAlone(root, (o, browserPath) =>
		searchBench(o.site, o.stock, browserPath, { ranking: !process.argv.includes('--no-ranking') }),
	);
}
