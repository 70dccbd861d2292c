import { expect, test, type Page } from './fixtures';

async function search(page: Page, from: string, query: string) {
	await page.goto(from);
	await page
		.getByRole('button', { name: /search|搜索/i })
		.first()
		.click();
	const dialog = page.getByRole('dialog');
	// Pagefind's input is a plain text field inside a role="search" form.
	await dialog.getByRole('search').getByRole('textbox').fill(query);
	const links = dialog.locator('.pagefind-ui__result-link');
	// Pagefind fetches each result's fragment lazily; on a busy 2-core machine that took 3–6 s,
	// past the default 5 s. This waits longer; it does not measure speed (the bench does).
	await expect(links.first()).toBeVisible({ timeout: 30_000 });
	return links.evaluateAll((els) =>
		els.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
	);
}

test('English search finds an English phrase on the English page', async ({ page }) => {
	const results = await search(page, '/', 'reputation warning');
	expect(results).toContain('/');
	expect(results.every((p) => !p.startsWith('/zh-cn/'))).toBe(true);
});

// "粘滞位" sits in the middle of a sentence with no spaces around it: Pagefind only finds it when
// the Chinese index is segmented into words (pagefind_extended, chosen by lang="zh-CN").
test('Chinese search finds a word inside a Chinese sentence, on the Chinese page', async ({
	page,
}) => {
	const results = await search(page, '/zh-cn/', '粘滞位');
	expect(results).toContain('/zh-cn/');
	expect(results.every((p) => p.startsWith('/zh-cn/'))).toBe(true);
});
