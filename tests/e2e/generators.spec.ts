import { expect, test, type Page } from './fixtures';

/** The generator module loads on the first focus in the form (or at once for a shared URL). */
async function open(page: Page, url: string) {
	await page.goto(url);
	await expect(page.locator('ifg-generator fieldset[data-fields]')).toBeEnabled();
	await page.locator('ifg-generator form').getByRole('textbox').first().focus();
	await expect(page.locator('ifg-generator[data-ready]')).toHaveCount(1);
}
const command = (page: Page) => page.locator('ifg-generator [data-command]');

test.describe('command generators', () => {
	test('chmod: mode text, permission grid, copy, shared URL', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await open(page, '/tools/chmod/');
		await expect(command(page)).toHaveText('chmod 755 myfile');
		await page.getByLabel('Mode (octal or symbolic)').fill('1777');
		await page.getByLabel('Target type').selectOption('dir');
		await page.getByLabel('Files or directories, one per line').fill('/tmp/shared');
		await expect(command(page)).toHaveText('chmod 1777 /tmp/shared');
		await expect(page.getByRole('checkbox', { name: 'sticky (1000)' })).toBeChecked();
		await expect(page.locator('[data-tokens]')).toContainText('drwxrwxrwt');
		// The grid drives the text too: clearing others' write gives 1775.
		await page
			.getByRole('group', { name: 'Others (o)' })
			.getByRole('checkbox', { name: 'write' })
			.uncheck();
		await expect(page.getByLabel('Mode (octal or symbolic)')).toHaveValue('1775');
		await page.getByRole('button', { name: 'Copy command' }).click();
		await expect(page.locator('[data-status]')).toHaveText('Copied to the clipboard.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			'chmod 1775 /tmp/shared',
		);
		const shared = page.url();
		expect(shared).toContain('m=1775');
		await page.goto(shared);
		await expect(page.getByLabel('Mode (octal or symbolic)')).toHaveValue('1775');
		await expect(command(page)).toHaveText('chmod 1775 /tmp/shared');
	});

	test('msiexec: Go preset, shell switch, field errors', async ({ page }) => {
		await open(page, '/tools/msiexec/');
		await page.getByRole('button', { name: 'Install Go silently with a verbose log' }).click();
		await expect(command(page)).toContainText('Start-Process -FilePath msiexec.exe -ArgumentList');
		await expect(command(page)).toContainText('-Verb RunAs -Wait -PassThru');
		await page.getByRole('radio', { name: 'cmd' }).check();
		await expect(command(page)).toContainText(
			'start /wait msiexec /i "%USERPROFILE%\\Downloads\\go1.24.5.windows-amd64.msi" /quiet /norestart /l*v "%TEMP%\\go-install.log"',
		);
		await page.getByLabel('Properties, one NAME=value per line').fill('1BAD=x');
		await expect(page.locator('[data-error-for="properties"]')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Copy command' })).toBeDisabled();
		await page.getByRole('button', { name: 'Reset' }).click();
		await expect(page.getByRole('radio', { name: 'PowerShell' })).toBeChecked();
		await expect(page).toHaveURL(/\/tools\/msiexec\/$/);
	});

	test("the form logic loads on first use, and only the renderer of the page's own shells", async ({
		page,
	}) => {
		const scripts: string[] = [];
		const bodies: Promise<string>[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
		});
		page.on('response', (r) => {
			if (r.request().resourceType() === 'script') bodies.push(r.text().catch(() => ''));
		});
		const loaded = (name: string) => scripts.some((p) => p.includes(`/${name}.`));
		for (const [path, own, other] of [
			['/tools/msiexec/', 'render-win', 'render-posix'],
			['/zh-cn/tools/chmod/', 'render-posix', 'render-win'],
		] as const) {
			scripts.length = 0;
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			// The server rendered the default command; nothing of the generator has loaded yet.
			await expect(command(page)).not.toBeEmpty();
			expect(loaded('generator-core'), scripts.join(' ')).toBe(false);
			expect(loaded(own), scripts.join(' ')).toBe(false);
			await page.locator('ifg-generator form').getByRole('textbox').first().focus();
			await expect(page.locator('ifg-generator[data-ready]')).toHaveCount(1);
			expect(loaded('generator-core'), scripts.join(' ')).toBe(true);
			expect(loaded(own), scripts.join(' ')).toBe(true);
			expect(loaded(other), scripts.join(' ')).toBe(false);
		}
		// A generator only writes commands: the shells' readers (src/lib/shell/parse/, for explain mode
		// and the checkers) never come with it. Each is known by an error message only it throws.
		const texts = await Promise.all(bodies);
		expect(texts.length).toBeGreaterThan(5);
		for (const reader of ['line continuation', 'unterminated block comment', "unterminated $'"])
			expect(texts.filter((t) => t.includes(reader))).toEqual([]);
	});

	test('bad URL parameters fall back to defaults with a visible notice', async ({ page }) => {
		await open(page, '/tools/journalctl/?p=bogus&S=-1h');
		await expect(page.locator('[data-notices]')).toBeVisible();
		await expect(page.locator('[data-notices]')).toContainText('bogus');
		await expect(command(page)).toHaveText('journalctl --since -1h --no-pager');
	});

	test('keyboard only: type an option and copy with Enter', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await open(page, '/tools/systemctl/');
		const unit = page.getByLabel('Unit', { exact: true });
		await unit.press('ControlOrMeta+a');
		await unit.pressSequentially('sshd.service');
		await expect(unit).toHaveValue('sshd.service');
		await expect(command(page)).toHaveText('systemctl status --no-pager sshd.service');
		await page.getByRole('button', { name: 'Copy command' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-status]')).toHaveText('Copied to the clipboard.');
	});

	test('Chinese page and language switch', async ({ page }) => {
		await open(page, '/tools/icacls/');
		await expect(command(page)).toHaveText('icacls "%TEMP%"');
		await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
		await expect(page).toHaveURL(/\/zh-cn\/tools\/icacls\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('icacls 命令生成器');
		await expect(page.locator('ifg-generator fieldset[data-fields]')).toBeEnabled();
		await page.getByLabel('操作').selectOption('grant');
		await expect(command(page)).toHaveText('icacls "%TEMP%" /grant "%USERNAME%:(OI)(CI)F"');
		await expect(page.locator('[data-tokens]')).toContainText('由文件和子文件夹继承');
	});
});

test('a generator page links back to the guides that use it, in its own language', async ({
	page,
}) => {
	await page.goto('/tools/icacls/');
	await expect(
		page.locator('main').getByRole('link', { name: 'Temp folders and their permissions' }),
	).toHaveAttribute('href', '/windows-installer/temp-permissions/');
	await page.goto('/zh-cn/tools/icacls/');
	const related = page.locator(
		'main a[href^="/windows-installer/"], main a[href^="/zh-cn/windows-installer/"]',
	);
	await expect(related.first()).toHaveAttribute('href', /^\/zh-cn\/windows-installer\//);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every generator shows its default command', async ({ page }) => {
		for (const [id, cmd] of [
			['signtool', 'signtool verify /pa /v C:\\Downloads\\setup.exe'],
			[
				'event-query',
				'wevtutil qe Application /q:"*[System[Provider[@Name=\'MsiInstaller\']]]" /c:10 /rd:true /f:text',
			],
		]) {
			await page.goto(`/tools/${id}/`);
			await expect(command(page)).toHaveText(cmd!);
			await expect(page.locator('.ifg-nojs')).toBeVisible();
		}
	});
});
