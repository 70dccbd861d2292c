// Explain mode (issue 10 §2): paste -> tokens -> "open in the generator" shows the same command, in
// both languages; keyboard only; 360 px; pasted markup stays text.
import { expect, test, type Page } from './fixtures';

async function explainIn(page: Page, url: string, command: string): Promise<void> {
	await page.goto(url);
	const box = page.locator('ifg-explain textarea');
	await expect(box).toBeEnabled();
	await box.fill(command);
	await page.locator('ifg-explain button[type=submit]').click();
	await expect(page.locator('ifg-explain [data-results] > *').first()).toBeVisible();
}

/** The generator page the link opens, ready, and its command. */
async function openGenerator(page: Page): Promise<string> {
	const shown = (await page.locator('ifg-explain .ifg-command code').textContent()) ?? '';
	await page.locator('ifg-explain [data-open]').click();
	await expect(page.locator('ifg-generator[data-ready]')).toHaveCount(1);
	await expect(page.locator('ifg-generator [data-command]')).toHaveText(shown);
	return shown;
}

test.describe('explain a pasted command', () => {
	test('English: msiexec /a with an unknown option, then the generator', async ({ page }) => {
		await explainIn(
			page,
			'/tools/explain/',
			'C:\\Windows\\System32\\msiexec.exe /a C:\\x.msi /bogus /qn',
		);
		const tokens = page.locator('ifg-explain [data-tokens]');
		await expect(tokens.locator('dt code')).toHaveText([
			'C:\\Windows\\System32\\msiexec.exe',
			'/a',
			'C:\\x.msi',
			'/bogus',
			'/qn',
		]);
		await expect(tokens.locator('dd[data-unknown]')).toHaveCount(1);
		await expect(page.locator('ifg-explain [data-warnings]')).toContainText(
			'administrative installation',
		);
		await expect(page.locator('ifg-explain [data-shell]')).toHaveText(/cmd \(detected/);
		const cmd = await openGenerator(page);
		expect(cmd).toBe('start /wait msiexec /a C:\\x.msi /qn\necho %ERRORLEVEL%');
		await expect(page).toHaveURL(/\/tools\/msiexec\/\?/);
	});

	test('Chinese: a Get-WinEvent pipeline, then the event-query generator in PowerShell', async ({
		page,
	}) => {
		const line =
			"Get-WinEvent -FilterHashtable @{LogName='Application'; ProviderName='MsiInstaller'; Id=1040} -MaxEvents 10 | Format-List TimeCreated, Id, LevelDisplayName, Message";
		await explainIn(page, '/zh-cn/tools/explain/', line);
		await expect(page.locator('ifg-explain [data-tokens] dt code')).toHaveText([
			'Get-WinEvent',
			'-FilterHashtable',
			"@{LogName='Application'; ProviderName='MsiInstaller'; Id=1040}",
			'-MaxEvents',
			'10',
			'|',
			'Format-List',
			'TimeCreated, Id, LevelDisplayName, Message',
		]);
		await expect(page.locator('ifg-explain [data-tokens] dd[data-unknown]')).toHaveCount(0);
		await expect(page.locator('ifg-explain [data-tokens]')).toContainText('管道');
		expect(await openGenerator(page)).toBe(line);
		await expect(page).toHaveURL(/\/zh-cn\/tools\/event-query\/\?.*sh=powershell/);
	});

	test('Chinese: sudo chmod -R 777, then the generator in Chinese', async ({ page }) => {
		await explainIn(page, '/zh-cn/tools/explain/', 'sudo chmod -R 777 /var/www');
		await expect(page.locator('ifg-explain [data-tokens] dt code')).toHaveText([
			'sudo',
			'chmod',
			'-R',
			'777',
			'/var/www',
		]);
		await expect(page.locator('ifg-explain [data-warnings]')).toContainText('chmod -R 777');
		const cmd = await openGenerator(page);
		expect(cmd).toBe('chmod -R 777 /var/www');
		await expect(page).toHaveURL(/\/zh-cn\/tools\/chmod\/\?/);
	});

	test('keyboard only, and the shell switch overrides the detected shell', async ({ page }) => {
		await page.goto('/tools/explain/');
		await expect(page.locator('ifg-explain textarea')).toBeEnabled();
		await page.locator('ifg-explain textarea').focus();
		await page.keyboard.type('systemctl status nginx --no-pager');
		await page.keyboard.press('Tab');
		await expect(page.locator('ifg-explain select')).toBeFocused();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(page.locator('ifg-explain [data-shell]')).toHaveAttribute('data-shell', 'bash');
		await page.locator('ifg-explain select').selectOption('cmd');
		await expect(page.locator('ifg-explain [data-shell]')).toHaveAttribute('data-shell', 'cmd');
	});

	test('pasted markup and bad input get a message, never markup', async ({ page }) => {
		await explainIn(
			page,
			'/tools/explain/',
			'<script>window.pwned=1</script><img src=x onerror="window.pwned=1">',
		);
		await expect(page.locator('ifg-explain [data-errors]')).toBeVisible();
		await expect(
			page.locator('ifg-explain [data-results] script, ifg-explain [data-results] img'),
		).toHaveCount(0);
		expect(
			await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
		).toBeUndefined();
		await explainIn(page, '/tools/explain/', 'msiexec /i "C:\\a b.msi');
		await expect(page.locator('ifg-explain [data-results]')).not.toBeEmpty();
	});

	test('360 px: nothing scrolls sideways', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await explainIn(
			page,
			'/tools/explain/',
			'$p = Start-Process -FilePath msiexec.exe -ArgumentList \'/i "C:\\Program Files\\A Very Long Folder Name\\setup-with-a-long-name.msi" /qn /l*v C:\\Windows\\Temp\\a-long-log-file-name.log\' -Verb RunAs -Wait -PassThru',
		);
		await expect(page.locator('ifg-explain [data-tokens]')).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test('the paste box on a generator page opens the explanation', async ({ page }) => {
		await page.goto('/zh-cn/tools/icacls/');
		await page.locator('#ifg-paste-command').fill('icacls C:\\data /grant Everyone:(OI)(CI)F /T');
		await page.locator('form.ifg-paste button[type=submit]').click();
		await expect(page).toHaveURL(/\/zh-cn\/tools\/explain\/\?c=/);
		await expect(page.locator('ifg-explain [data-tokens] dt code')).toHaveCount(5);
		await expect(page.locator('ifg-explain textarea')).toHaveValue(
			'icacls C:\\data /grant Everyone:(OI)(CI)F /T',
		);
	});
});
