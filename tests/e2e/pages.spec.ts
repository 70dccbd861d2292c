import { expect, test } from './fixtures';
import { builtPages, describeSweep, pagesToSweep, shard } from './dist';

// Every page template (guides, tools, tables, lookup) in every language, and of the error-code pages
// (one template, ~1,500 pages) every distinct shape plus a seeded sample of 4 per language and family:
// 200, no console error, no failed request, no CSP violation. IFG_FULL_SWEEP=1 visits every page.
const sweep = pagesToSweep(
	builtPages().filter((p) => p !== '/404.html'),
	4,
);
const shards = shard(sweep.pages, 8);

test('the sweep covers every template and samples every group of generated pages', () => {
	console.log(describeSweep('pages', sweep));
	test
		.info()
		.annotations.push(
			{ type: 'seed', description: String(sweep.seed) },
			{ type: 'sample', description: sweep.sampled.join(' ') },
		);
	expect(sweep.groups).toBeGreaterThan(0);
	expect(sweep.sampled.length).toBeGreaterThanOrEqual(sweep.groups);
});

for (const [i, paths] of shards.entries()) {
	test(`pages load cleanly (shard ${i + 1}/${shards.length}, ${paths.length} pages)`, async ({
		page,
	}) => {
		test.setTimeout(60_000 + paths.length * 5_000);
		const problems: string[] = [];
		page.on('console', (msg) => {
			if (msg.type() === 'error') problems.push(`${page.url()}: console error: ${msg.text()}`);
		});
		page.on('pageerror', (err) => problems.push(`${page.url()}: uncaught ${err.message}`));
		// Moving on to the next page aborts what the last one still fetched on idle (favicon, search UI):
		// that is not a failure. Anything else that fails, or answers 4xx/5xx, is.
		page.on('requestfailed', (req) => {
			if (req.failure()?.errorText !== 'net::ERR_ABORTED')
				problems.push(`${page.url()}: failed ${req.url()}`);
		});
		page.on('response', (res) => {
			if (res.status() >= 400) problems.push(`${page.url()}: HTTP ${res.status()} ${res.url()}`);
		});
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) => {
				(window as unknown as { __csp: string[] }).__csp ??= [];
				(window as unknown as { __csp: string[] }).__csp.push(
					`${e.violatedDirective} ${e.blockedURI}`,
				);
			});
		});
		for (const path of paths) {
			const response = await page.goto(path, { waitUntil: 'load' });
			expect(response?.status(), path).toBe(200);
			const csp = await page.evaluate(
				() => (window as unknown as { __csp?: string[] }).__csp ?? [],
			);
			for (const v of csp) problems.push(`${path}: CSP violation ${v}`);
		}
		expect(problems).toEqual([]);
	});
}
