// A heading is read once (issue 15 §2): Starlight follows each heading with an anchor link named
// "Section titled “<heading>”", so a screen reader read every title twice. The link now has a short
// name of its own. Checked in the browser's accessibility tree, in every language of the build.
import { expect, test } from './fixtures';
import { LOCALE_SLUGS } from './dist';

for (const path of ['', ...LOCALE_SLUGS.map((s) => `/${s}`)].map(
	(prefix) => `${prefix}/start/go-2503-2502/`,
)) {
	test(`headings on ${path} are not repeated by their anchor links`, async ({ page }) => {
		await page.goto(path);
		const tree = await page.locator('main').ariaSnapshot();
		const lines = tree.split('\n').map((l) => l.trim());
		const pairs: [string, string][] = [];
		for (const [i, line] of lines.entries()) {
			const heading = /^- heading "(.+)" \[level=[2-6]\]/.exec(line)?.[1];
			const link = /^- link "(.+)"/.exec(lines[i + 1] ?? '')?.[1];
			if (heading && link) pairs.push([heading, link]);
		}
		expect(pairs.length).toBeGreaterThan(2);
		for (const [heading, link] of pairs) {
			expect(link, `anchor link after "${heading}"`).not.toContain(heading);
			expect(link).not.toMatch(/Section titled/);
		}
		// The anchor still works and still has a name.
		const [heading, link] = pairs[0]!;
		expect(link.length).toBeGreaterThan(2);
		await page.getByRole('link', { name: link, exact: true }).first().click();
		expect(decodeURIComponent(new URL(page.url()).hash)).not.toBe('');
		expect(heading).toBeTruthy();
	});
}
