import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './dist';

// One page of each type, in both languages.
const all = builtPages();
const types: Record<string, RegExp> = {
	home: /^\/$/,
	guide: /^\/start\/[^/]+\/$/,
	'error code': /^\/errors\/msi\/2503\/$/,
	'error family table': /^\/errors\/msi\/$/,
	'error lookup': /^\/errors\/$/,
	generator: /^\/tools\/msiexec\/$/,
	checker: /^\/tools\/msi-log\/$/,
	glossary: /^\/reference\/glossary\/$/,
};

for (const [type, pattern] of Object.entries(types)) {
	const path = all.find((p) => pattern.test(p));
	for (const prefix of ['', '/zh-cn']) {
		test(`axe finds no violations on the ${type} page ${prefix || '(en)'}`, async ({ page }) => {
			expect(path, `no built page of type ${type}`).toBeTruthy();
			await page.goto(prefix + path);
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
		});
	}
}
