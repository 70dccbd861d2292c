// Diagrams are readable (issue 15 §2): on a desktop (1280 px) and on a phone (360 px) every label of
// every diagram renders at 12 CSS px or more (computed font size × the SVG's current scale). A diagram
// wider than its column keeps that size and scrolls in a named, keyboard-focusable frame.
import { expect, test, type Page } from './fixtures';
import { builtPages, readPage, splitLocale, LOCALE_SLUGS } from './dist';

const diagramPages = builtPages().filter((p) => readPage(p).includes('ifg-diagram'));
const MIN_PX = 12;

/** The smallest label of each diagram on the page, in rendered CSS px. */
async function smallestLabels(page: Page) {
	return page.locator('svg.ifg-diagram').evaluateAll((svgs) =>
		svgs.map((svg) => {
			const box = (svg as SVGSVGElement).viewBox.baseVal;
			const scale = svg.getBoundingClientRect().width / box.width;
			let min = Infinity;
			let text = '';
			const walker = document.createTreeWalker(svg, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const el = n.parentElement!;
				if (!n.textContent?.trim() || el.closest('title, desc, style')) continue;
				if (el.getBoundingClientRect().width === 0) continue; // not drawn
				const px = parseFloat(getComputedStyle(el).fontSize) * scale;
				if (px < min) [min, text] = [px, n.textContent.trim()];
			}
			return { name: svg.getAttribute('aria-labelledby') ?? '', scale, min, text };
		}),
	);
}

test('there are diagram pages in every language of the build', () => {
	for (const slug of ['', ...LOCALE_SLUGS])
		expect(
			diagramPages.filter((p) => splitLocale(p).slug === slug).length,
			slug || 'default',
		).toBeGreaterThan(0);
});

for (const width of [1280, 360]) {
	test(`at ${width} px every diagram label is at least ${MIN_PX} px`, async ({ page }) => {
		test.setTimeout(60_000 + diagramPages.length * 4_000);
		await page.setViewportSize({ width, height: 800 });
		const small: string[] = [];
		let smallest = { px: Infinity, where: '' };
		for (const path of diagramPages) {
			await page.goto(path);
			for (const d of await smallestLabels(page)) {
				if (d.min < smallest.px) smallest = { px: d.min, where: `${path} "${d.text}"` };
				if (d.min < MIN_PX)
					small.push(
						`${path} ${d.name}: "${d.text}" at ${d.min.toFixed(1)} px (scale ${d.scale.toFixed(2)})`,
					);
			}
		}
		console.log(
			`[diagrams] ${width} px: smallest label ${smallest.px.toFixed(1)} px at ${smallest.where}`,
		);
		expect(small).toEqual([]);
	});
}

test('a diagram too wide for its column scrolls in a named frame reachable by keyboard, with a full-size view', async ({
	page,
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/diagnose/overview/');
	const frame = page.getByRole('region', { name: /decision tree/i });
	await expect(frame).toHaveAttribute('tabindex', '0');
	const { scrollWidth, clientWidth } = await frame.evaluate((el) => ({
		scrollWidth: el.scrollWidth,
		clientWidth: el.clientWidth,
	}));
	expect(scrollWidth).toBeGreaterThan(clientWidth);
	await frame.focus();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

	// "Open full size" shows the same diagram over the page without a script; Escape closes it.
	const open = page.getByRole('button', { name: /full size/i }).first();
	await open.click();
	const full = page.locator('.ifg-diagram-frame:popover-open');
	await expect(full).toBeVisible();
	const box = await full.boundingBox();
	expect(box!.width).toBeGreaterThanOrEqual(340);
	await page.keyboard.press('Escape');
	await expect(full).toHaveCount(0);
});

test('the overview decision tree links each step to the wizard at that step', async ({ page }) => {
	for (const prefix of ['', '/zh-cn']) {
		await page.goto(`${prefix}/diagnose/overview/`);
		const links = page.locator('svg.ifg-diagram a[href*="/tools/wizard/"]');
		const hrefs = await links.evaluateAll((as) =>
			as.map((a) => a.getAttribute('href') ?? a.getAttribute('xlink:href') ?? ''),
		);
		expect(hrefs.length).toBeGreaterThan(10);
		expect(hrefs.every((h) => h.startsWith(`${prefix}/tools/wizard/`))).toBe(true);
		// Following a node lands on the wizard showing that node.
		const elevated = links.filter({ hasText: prefix ? '已提升权限' : 'Elevated?' }).first();
		await elevated.click();
		await expect(page).toHaveURL(/\?path=windows\.2503$/);
		await expect(page.locator('ifg-wizard [data-node=elevated]')).toBeVisible();
	}
});
