// `npm run bench`: build time, page count, Pagefind index size, and Lighthouse (mobile) on one page of
// each type against a stock Starlight page built in the same run; also times the MSI log checker on a
// 199 MB log and a compare in Chromium and watches generator typing for long tasks
// (scripts/bench-interaction.mjs), measures search (scripts/bench-search.mjs), and times the log checker
// against `iconv | grep` on the same log (scripts/bench-msi-log.mjs). Then checks the budgets of
// bench/budgets.json and prints pass/fail per budget next to the committed bench/baseline.json
// (exit code 1 if a budget fails). `npm run bench -- --update-baseline` makes this run the baseline.
// `npm run bench -- --log` runs only the log checker against grep, and checks only its budgets.
import { spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from './bench-serve.mjs';
import { interaction } from './bench-interaction.mjs';
import { searchBench } from './bench-search.mjs';
import { compareWithGrep, ensureBigLog } from './bench-msi-log.mjs';
import { chromiumArgs, requireChromium } from './browser.mjs';
import { TOOLS, toolPath } from '../src/lib/tools.ts';

const root = resolve(import.meta.dirname, '..');
const benchDir = join(root, 'bench');
const tmp = join(benchDir, '.tmp');
const astroBin = join(root, 'node_modules', '.bin', 'astro');

/**
 * The id of the tools registry's first tool of a kind.
 * @param {import('../src/lib/tools.ts').ToolKind} kind
 * @returns {import('../src/lib/tools.ts').ToolId}
 */
function firstTool(kind) {
	const tool = TOOLS.find((t) => t.kind === kind);
	if (!tool) throw new Error(`src/lib/tools.ts has no ${kind}`);
	return tool.id;
}

const types = {
	home: '/',
	guide: '/start/go-2503-2502/',
	'guide (zh-cn)': '/zh-cn/start/go-2503-2502/',
	'error code': '/errors/msi/2503/',
	'error table': '/errors/msi/',
	'error lookup': '/errors/',
	// The first generator and the first checker of the tools registry.
	generator: toolPath(firstTool('generator')),
	checker: toolPath(firstTool('checker')),
};

/** @param {string} command @param {string[]} args @param {string} cwd */
function timedBuild(command, args, cwd) {
	const start = performance.now();
	// Its output is not read: piped, 11,650 pages' lines passed spawnSync's 1 MB buffer, which killed
	// the build (ENOBUFS).
	const run = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
	if (run.status !== 0)
		throw new Error(`astro build failed in ${cwd}${run.error ? `: ${run.error.message}` : ''}`);
	return (performance.now() - start) / 1000;
}

/** @param {string} dir @returns {string[]} */
function files(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
	);
}

/** The stock baseline: Starlight's defaults and one ordinary Markdown page, nothing of ours. */
function buildStock() {
	const dir = join(tmp, 'stock');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src', 'content', 'docs'), { recursive: true });
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\n` +
			`export default defineConfig({ integrations: [starlight({ title: 'Stock' })] });\n`,
	);
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n` +
			`import { docsSchema } from '@astrojs/starlight/schema';\n` +
			`export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
	const para = 'Stock Starlight content page used as the JavaScript baseline. '.repeat(20);
	writeFileSync(
		join(dir, 'src', 'content', 'docs', 'index.md'),
		`---\ntitle: Stock page\ndescription: Baseline page.\n---\n\n## Section\n\n${para}\n\n## Another\n\n${para}\n`,
	);
	const seconds = timedBuild(astroBin, ['build'], dir);
	return { dir: join(dir, 'dist'), seconds };
}

/** @typedef {{ resourceType?: string, url: string, transferSize: number }} Request */

/** @param {string} url @param {number} port */
async function audit(url, port) {
	const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const lhr = result.lhr;
	/** @param {string} id */
	const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
	const details = /** @type {{ items?: Request[] } | undefined} */ (
		lhr.audits['network-requests']?.details
	);
	const js = (details?.items ?? []).filter((r) => r.resourceType === 'Script');
	/** @param {string} k */
	const score = (k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		fcpMs: Math.round(metric('first-contentful-paint')),
		lcpMs: Math.round(metric('largest-contentful-paint')),
		tbtMs: Math.round(metric('total-blocking-time')),
		cls: +metric('cumulative-layout-shift').toFixed(3),
		jsBytes: js.reduce((n, r) => n + r.transferSize, 0),
		mermaidJsBytes: js
			.filter((r) => /mermaid/i.test(r.url))
			.reduce((n, r) => n + r.transferSize, 0),
		totalBytes: metric('total-byte-weight'),
		/** Set once every page is measured. */
		jsRatioToStock: NaN,
	};
}

/** The log checker against `iconv | grep` on the 100 MB UTF-16 log, printed as a table. */
function logComparison() {
	console.log('Timing the MSI log checker against iconv | grep…');
	const msiLog = compareWithGrep(ensureBigLog());
	console.table({
		'log checker': { seconds: msiLog.msiLogSeconds },
		'iconv | grep': { seconds: msiLog.grepSeconds },
	});
	console.log(
		`Speed against grep ${msiLog.msiLogSpeedVsGrep} (median of ${msiLog.rounds} runs each, load average ${msiLog.loadAverage})`,
	);
	return msiLog;
}

if (process.argv.includes('--log')) {
	const failed = checkBudgets({ date: new Date().toISOString(), msiLog: logComparison() }, true);
	process.exit(failed ? 1 : 0);
}

const browser = await requireChromium();
mkdirSync(tmp, { recursive: true });
console.log('Building the site…');
// A cold build, as CI's first one: without the Mermaid results earlier builds kept (scripts/mermaid.mjs).
rmSync(join(root, 'node_modules', '.cache', 'ifg-mermaid'), { recursive: true, force: true });
const buildSeconds = timedBuild(process.execPath, [join(root, 'scripts', 'build.mjs')], root);
const dist = join(root, 'dist');
const html = files(dist).filter((f) => f.endsWith('.html'));
const pagefindBytes = files(join(dist, 'pagefind')).reduce((n, f) => n + statSync(f).size, 0);
console.log('Building the stock Starlight baseline…');
const stock = buildStock();

const site = await serve(dist);
const stockServer = await serve(stock.dir);
const origin = site.origin;
const chrome = await chromeLauncher.launch({
	chromePath: browser.path,
	chromeFlags: ['--headless=new', ...chromiumArgs],
});
/** @type {Record<string, Awaited<ReturnType<typeof audit>>>} */
const pages = {};
try {
	pages['stock Starlight page'] = await audit(`${stockServer.origin}/`, chrome.port);
	for (const [type, path] of Object.entries(types)) {
		if (!existsSync(join(dist, path, 'index.html'))) continue;
		pages[`${type} ${path}`] = await audit(origin + path, chrome.port);
	}
} finally {
	chrome.kill();
}
const stockJs = pages['stock Starlight page']?.jsBytes ?? NaN;
for (const p of Object.values(pages)) p.jsRatioToStock = +(p.jsBytes / stockJs).toFixed(2);
const interactions = {
	...(await interaction(origin, browser.path, stockServer.origin)),
	...(await searchBench(origin, stockServer.origin, browser.path)),
};
site.server.close();
stockServer.server.close();
const msiLog = logComparison();

const results = {
	date: new Date().toISOString(),
	buildSeconds: +buildSeconds.toFixed(1),
	stockBuildSeconds: +stock.seconds.toFixed(1),
	pageCount: html.length,
	pagefindIndexBytes: pagefindBytes,
	pages,
	interactions,
	msiLog,
};
writeFileSync(join(benchDir, 'results.json'), JSON.stringify(results, null, '\t') + '\n');

console.log(
	`\nBuild ${results.buildSeconds} s · ${results.pageCount} pages · Pagefind index ${(pagefindBytes / 1024).toFixed(0)} KiB`,
);
console.table(
	Object.fromEntries(
		Object.entries(pages).map(([k, p]) => [
			k,
			{
				perf: p.performance,
				a11y: p.accessibility,
				bp: p.bestPractices,
				seo: p.seo,
				'FCP ms': p.fcpMs,
				'LCP ms': p.lcpMs,
				'TBT ms': p.tbtMs,
				CLS: p.cls,
				'JS gz B': p.jsBytes,
				'JS/stock': p.jsRatioToStock,
				'mermaid JS B': p.mermaidJsBytes,
				'total B': p.totalBytes,
			},
		]),
	),
);
console.table(interactions);
console.log(`Results written to ${relative(root, join(benchDir, 'results.json'))}`);

process.exitCode = checkBudgets(results, false) ? 1 : 0;

/**
 * @typedef {{ date: string, pages?: Record<string, Awaited<ReturnType<typeof audit>>>,
 *   interactions?: Record<string, number | string>, msiLog?: Record<string, unknown> }} Results
 */

/**
 * Budgets: every page metric on every audited page of ours, the site metrics once. Prints each
 * budget's value now and in the baseline; returns how many fail. `measuredOnly` (the --log run)
 * checks only the budgets this run measured.
 * @param {Results} results @param {boolean} measuredOnly
 */
function checkBudgets(results, measuredOnly) {
	const budgets = JSON.parse(readFileSync(join(benchDir, 'budgets.json'), 'utf8'));
	const baselineFile = join(benchDir, 'baseline.json');
	const baseline = existsSync(baselineFile) ? JSON.parse(readFileSync(baselineFile, 'utf8')) : null;
	const now = measures(results);
	/** @type {Record<string, unknown>} */
	const before = baseline ? measures(baseline) : {};
	/** @type {[string, '<=' | '>=', number][]} */
	const rows = [];
	/** @param {unknown} v @param {'<=' | '>='} op @param {number} limit */
	const ok = (v, op, limit) => typeof v === 'number' && (op === '<=' ? v <= limit : v >= limit);
	const ours = Object.keys(results.pages ?? {}).filter((n) => n !== 'stock Starlight page');
	for (const [metric, op, limit] of budgets.pages)
		for (const name of ours) rows.push([`${name} ${metric}`, op, limit]);
	for (const [metric, op, limit] of budgets.site) rows.push([metric, op, limit]);
	const table = rows
		.filter(([key]) => !measuredOnly || key in now)
		.map(([key, op, limit]) => {
			const v = now[key];
			return {
				budget: `${key} ${op} ${limit}`,
				baseline: before[key] ?? '–',
				now: v ?? 'not measured',
				result: v === undefined ? 'FAIL (not measured)' : ok(v, op, limit) ? 'pass' : 'FAIL',
			};
		});
	console.log(
		`\nBudgets (bench/budgets.json) against the baseline of ${baseline?.date ?? 'none (bench/baseline.json missing)'}:`,
	);
	console.table(table);
	const failed = table.filter((r) => r.result !== 'pass');
	console.log(
		failed.length
			? `${failed.length} of ${table.length} budgets FAIL.`
			: `All ${table.length} budgets pass.`,
	);
	if (!measuredOnly && process.argv.includes('--update-baseline')) {
		writeFileSync(baselineFile, JSON.stringify(results, null, '\t') + '\n');
		console.log(`Baseline written to ${relative(root, baselineFile)}.`);
	}
	return failed.length;
}

/**
 * The measured values a budget can name, flattened to "page type metric" and "metric".
 * @param {Results} r this run's results or the baseline (an earlier run's)
 * @returns {Record<string, unknown>}
 */
function measures(r) {
	const pages = r.pages ?? {};
	const stock = pages['stock Starlight page']?.jsBytes ?? 0;
	/** @type {Record<string, unknown>} */
	const out = {};
	for (const [name, p] of Object.entries(pages)) {
		if (name === 'stock Starlight page') continue;
		for (const [k, v] of Object.entries({ ...p, jsOverStockBytes: p.jsBytes - stock }))
			out[`${name} ${k}`] = v;
	}
	const i = r.interactions ?? {};
	Object.assign(out, i, r.msiLog ?? {});
	// The interactive weights are gzip bodies, so they are compared with the stock page weighed the
	// same way (bench-interaction.mjs); an older result without that figure uses Lighthouse's.
	const stockGzip = typeof i.stockJsBytes === 'number' ? i.stockJsBytes : stock;
	const typing = i.generatorJsAfterTypingBytes;
	if (typeof typing === 'number') out.generatorJsInUseOverStockBytes = typing - stockGzip;
	for (const k of ['generatorJsAtLoadBytes', 'explainJsAtLoadBytes', 'explainJsInUseBytes']) {
		const v = i[k];
		if (typeof v === 'number') out[k.replace(/Bytes$/, 'OverStockBytes')] = v - stockGzip;
	}
	return out;
}
