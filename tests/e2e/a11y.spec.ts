import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './dist';

// Every docs page (home, guides, glossary) and one page of each generated type, in both languages.
const all = builtPages();
const guides = all.filter((p) => !/^\/(zh-cn\/)?(errors|tools)\//.test(p) && !p.startsWith('/zh-cn/') && p !== '/404.html');
const types: Record<string, RegExp> = {
	'error code': /^\/errors\/msi\/2503\/$/,
	'error family table': /^\/errors\/msi\/$/,
	'error lookup': /^\/errors\/$/,
	generator: /^\/tools\/msiexec\/$/,
	checker: /^\/tools\/msi-log\/$/,
	wizard: /^\/tools\/wizard\/$/,
};

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

const targets: [string, string | undefined][] = [
	...Object.entries(types).map(([type, pattern]): [string, string | undefined] => [type, all.find((p) => pattern.test(p))]),
	...guides.map((path): [string, string] => [`guide ${path}`, path]),
];

for (const [type, path] of targets) {
	for (const prefix of ['', '/zh-cn']) {
		test(`axe finds no violations on the ${type} page ${prefix || '(en)'}`, async ({ page }) => {
			expect(path, `no built page of type ${type}`).toBeTruthy();
			await page.goto(prefix + path);
			await page.waitForLoadState('networkidle');
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
				.analyze();
			const violations = results.violations.flatMap((v) =>
				v.nodes
					.filter((n) => !ignored[v.id]?.test(n.html))
					.map((n) => `${v.id}: ${n.target.join(' ')}`),
			);
			expect(violations).toEqual([]);
		});
	}
}
