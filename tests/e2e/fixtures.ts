// What every spec imports instead of '@playwright/test' (ESLint enforces it): the same test and expect,
// with one change to the browser every test's pages share.
//
// Headless Chromium sometimes leaves an idle callback that a page posted during load unrun until some
// later idle callback is posted: about once in 70 loads here, for 15 s and more, while the page draws
// frames (measured with the search dialog open: requestAnimationFrame ran, the load-time idle callback
// did not). Starlight creates Pagefind's search field in such a callback, so a test that opened the
// dialog waited for a field that never came. Every idle callback gets a 2 s deadline: a page still runs
// it when it is first idle, and at the latest after 2 s. (Traces recorded on every test used to hide
// this: their snapshots kept waking the queue.)
import { test as base } from '@playwright/test';

export * from '@playwright/test';

export const test = base.extend({
	context: async ({ context }, use) => {
		await context.addInitScript(() => {
			const post = window.requestIdleCallback.bind(window);
			window.requestIdleCallback = (callback, options) =>
				post(callback, { timeout: 2_000, ...options });
		});
		await use(context);
	},
});

/**
 * Expressive Code makes a code block that scrolls sideways keyboard-reachable (tabindex="0",
 * role="region") from a ResizeObserver, 250 ms later and then in an idle callback: up to 2 s after
 * load with the deadline above, later than 'networkidle'. An axe run that came first reported
 * "scrollable-region-focusable" for blocks the page was about to fix (CI, stop 36: five blocks of
 * /diagnose/event-logs/). Wait until every such block has its tabindex; if Expressive Code's script
 * stops doing it, this times out and the test fails.
 */
export async function codeBlocksSettled(page: import('@playwright/test').Page): Promise<void> {
	await page.waitForFunction(
		() =>
			[...document.querySelectorAll<HTMLElement>('.expressive-code pre')].every(
				(pre) => pre.scrollWidth <= pre.clientWidth || pre.getAttribute('tabindex') === '0',
			),
		undefined,
		{ timeout: 10_000 },
	);
}
