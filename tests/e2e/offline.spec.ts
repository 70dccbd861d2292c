// Offline (issue 14 §3): after one visit, with the site's server gone, guides, code pages, the lookup,
// a generator and a checker still work, and pages served from the cache say so.
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { distDir } from './dist';
import { serveDist } from './serve-dist';

// The rest of the suite runs without the service worker (playwright.config.ts); this file needs it.
test.use({ serviceWorkers: 'allow' });

test('after a first visit the site works with the network cut', async ({ page, context }) => {
	test.setTimeout(180_000);
	const host = await serveDist(distDir);
	const at = (path: string) => host.origin + path;
	const problems: string[] = [];
	page.on('pageerror', (err) => problems.push(`${page.url()}: ${err.message}`));

	await page.goto(at('/'));
	// Installed means every precached file is in the cache; controlled means it answers this page.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await expect(page.getByRole('status').filter({ hasText: 'offline' })).toHaveCount(0);
	await page.goto(at('/errors/msi/2503/'));

	await host.close();
	await context.setOffline(true);

	// A guide never visited, in Chinese: precached; it says it is a kept copy.
	await page.goto(at('/zh-cn/fixes/run-elevated/'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('以提升的权限运行安装程序');
	await expect(page.getByRole('status').filter({ hasText: '离线' })).toBeVisible();

	// The code page visited before the cut.
	await page.goto(at('/errors/msi/2503/'));
	await expect(
		page.getByText('Called RunScript when not marked in progress.').first(),
	).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();

	// A code page never visited: its family's table, which lists it with its text.
	await page.goto(at('/errors/msi/2502/'));
	await expect(page.locator('tr[data-id="msi/2502"]')).toContainText(
		'Called InstallFinalize when no install in progress.',
	);

	// The lookup answers.
	await page.goto(at('/errors/'));
	const box = page.getByRole('searchbox', { name: /Error code or name/ });
	await expect(box).toBeEnabled();
	await box.fill('0x80070643');
	await expect(page.locator('tr[data-id="msiexec/1603"]:not([hidden])')).toBeVisible();

	// A generator restores a shared URL and runs.
	await page.goto(at('/tools/chmod/'));
	await expect(page.locator('ifg-generator fieldset[data-fields]')).toBeEnabled();
	await page.locator('ifg-generator form').getByRole('textbox').first().focus();
	await page.getByLabel('Mode (octal or symbolic)').fill('1777');
	await expect(page.locator('[data-tokens]')).toContainText('rwxrwxrwt');

	// The log checker reads a file in its worker.
	await page.goto(at('/tools/msi-log/'));
	const input = page.locator('ifg-msi-log input[name=file]');
	await expect(input).toBeEnabled();
	await input.setInputFiles(join(import.meta.dirname, '..', 'fixtures', 'logs', 'fail-2503.txt'));
	await expect(page.locator('.ifg-summary')).toContainText('2503');

	expect(problems).toEqual([]);
});
