import AxeBuilder from '@axe-core/playwright';
import { codeBlocksSettled, expect, test } from './fixtures';
import { TOOLS, toolPath } from '../../src/lib/tools';
import { LOCALE_SLUGS, builtPages, describeSweep, pagesToSweep, shard } from './dist';

// Every page template in every language (guides, glossary, every tool, the lookup, every family table)
// and, of the error-code pages, one page of each shape plus one seeded pick per language and family.
const sweep = pagesToSweep(
	builtPages().filter((p) => !p.endsWith('/404.html')),
	1,
);
console.log(describeSweep('a11y', sweep));

/**
 * Upstream markup we do not own, ignored node by node (as Starlight's own a11y suite does):
 * - Expressive Code makes a horizontally scrollable code block keyboard-reachable with an unnamed
 *   role="region", so two such blocks are "non-unique landmarks";
 * - Starlight's search button is named "Search" but also shows a Ctrl+K hint.
 */
const ignored: Record<string, RegExp> = {
	'landmark-unique': /^<pre [^>]*role="region"/,
	'label-content-name-mismatch': /^<button [^>]*data-open-modal/,
};

test('the sweep covers every tool page in every language and every group of code pages', () => {
	expect(sweep.sampled.length).toBeGreaterThanOrEqual(sweep.groups);
	const tools = ['', ...LOCALE_SLUGS.map((s) => `/${s}`)].flatMap((prefix) =>
		TOOLS.map((t) => prefix + toolPath(t.id)),
	);
	expect(tools.filter((p) => !sweep.pages.includes(p))).toEqual([]);
});

// One page per shard visits its pages in turn: a page that has run axe before runs it again much faster.
// On six sample pages axe took 2.6–3.7 s in a fresh page each and 0.8–2.2 s in a page that had run it
// before, with the same violations (measured on the built site); a new page per path made this sweep
// more than a third of the e2e run. Every violation names its page.
const shards = shard(sweep.pages, 8);

for (const [i, paths] of shards.entries()) {
	test(`axe finds no violations (shard ${i + 1}/${shards.length}, ${paths.length} pages)`, async ({
		page,
	}) => {
		test.setTimeout(60_000 + paths.length * 20_000);
		const found: string[] = [];
		for (const path of paths) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			await codeBlocksSettled(page);
			// Legacy mode runs axe.run in the page itself. The default runs axe per frame and then finishes in
			// a second, blank page; our pages have no frames, and on three sample pages (a guide, a tool, a
			// family table) both modes gave the same violations, passes and incomplete nodes, the legacy one in
			// less than half the time. resultTypes: only violations are reported node by node; axe stops
			// collecting every passing and incomplete node (about 10% of the sweep's time), and what it
			// finds is unchanged.
			expect(
				page.frames(),
				`${path}: a page with frames needs the default (per-frame) mode`,
			).toHaveLength(1);
			const results = await new AxeBuilder({ page })
				.setLegacyMode(true)
				.options({ resultTypes: ['violations'] })
				.withTags(['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
				.analyze();
			found.push(
				...results.violations.flatMap((v) =>
					v.nodes
						.filter((n) => !ignored[v.id]?.test(n.html))
						.map((n) => `${path}: ${v.id}: ${n.target.join(' ')}`),
				),
			);
		}
		expect(found).toEqual([]);
	});
}
