import { expect, test } from './fixtures';
import { builtPages } from './dist';

const guide = builtPages().find((p) => p.startsWith('/start/')) ?? '/';

test('switching language keeps the reader on the same page, both ways', async ({ page }) => {
	await page.goto(guide);
	await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
	await expect(page).toHaveURL((url) => url.pathname === `/zh-cn${guide}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
	// The whole path: a pattern ending in the guide's path also matches the Chinese page, so under load
	// the check passed before the English page had loaded (and the lang check then timed out).
	await expect(page).toHaveURL((url) => url.pathname === guide);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
