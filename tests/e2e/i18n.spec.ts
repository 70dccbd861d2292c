import { expect, test } from './fixtures';
import { builtPages } from './dist';

const guide = builtPages().find((p) => p.startsWith('/start/')) ?? '/';

test('switching language keeps the reader on the same page, both ways', async ({ page }) => {
	await page.goto(guide);
	await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
	await expect(page).toHaveURL(new RegExp(`/zh-cn${guide}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
	await expect(page).toHaveURL(new RegExp(`${guide}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
