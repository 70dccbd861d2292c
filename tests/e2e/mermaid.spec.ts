import { expect, test } from './fixtures';
import { builtPages, readPage, splitLocale, LOCALE_SLUGS } from './dist';

const diagramPages = builtPages().filter((p) => readPage(p).includes('ifg-diagram'));

test('there are diagrams, in every language of the build', () => {
	for (const slug of ['', ...LOCALE_SLUGS])
		expect(
			diagramPages.some((p) => splitLocale(p).slug === slug),
			slug || 'default',
		).toBe(true);
});

test('diagrams arrive as named inline SVG, and no Mermaid JavaScript is shipped', () => {
	for (const path of builtPages()) {
		const html = readPage(path);
		expect(html, path).not.toMatch(/<script[^>]+src="[^"]*mermaid/i);
		expect(html, path).not.toContain('<pre class="mermaid"');
		for (const [svg] of html.matchAll(/<svg[^>]*ifg-diagram[^>]*>/g)) {
			// A diagram whose nodes are links (the wizard's decision tree) is a group: an img hides its children.
			expect(svg, path).toMatch(/role="(img|group)"/);
			expect(svg, path).toMatch(/aria-labelledby="[^"]+"/);
		}
	}
});

for (const path of diagramPages) {
	test(`diagrams on ${path} follow the theme toggle and their labels fit`, async ({ page }) => {
		await page.goto(path);
		const svg = page.locator('svg.ifg-diagram').first();
		await expect(svg).toBeVisible();
		expect(await svg.getAttribute('aria-labelledby')).toBeTruthy();
		const select = page.locator('starlight-theme-select select').first();
		const colours = async () =>
			svg.evaluate((el) => {
				const node = el.querySelector('.node rect, .node polygon, .node path, rect.actor');
				const text = el.querySelector('.nodeLabel, .label, text');
				return {
					fill: node ? getComputedStyle(node).fill : '',
					text: text ? getComputedStyle(text).color : '',
					page: getComputedStyle(document.body).backgroundColor,
				};
			});
		await select.selectOption('light');
		const light = await colours();
		await select.selectOption('dark');
		const dark = await colours();
		expect(light.fill).not.toBe(dark.fill);
		expect(light.text).not.toBe(dark.text);
		// Labels must fit the box Mermaid measured at build time, with the fonts installed here.
		const overflowing = await page.locator('svg.ifg-diagram foreignObject').evaluateAll((objects) =>
			objects
				.map((fo) => {
					const box = fo.firstElementChild as HTMLElement | null;
					const width = Number(fo.getAttribute('width'));
					return box && box.scrollWidth > width + 1
						? `${box.textContent} (${box.scrollWidth} > ${width})`
						: '';
				})
				.filter(Boolean),
		);
		expect(overflowing).toEqual([]);
	});
}
