// The four checkers in the built site, both languages: fixture summaries, hostile input, privacy
// (no request while a log is analysed), edge cases, the no-JS fallback and the wizard's URL state.
import {
	closeSync,
	mkdtempSync,
	openSync,
	readFileSync,
	truncateSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { codeBlocksSettled, expect, test, type Page } from './fixtures';
import { localePrefix } from '../../src/lib/urls';
import { XSS_PAYLOADS } from '../fixtures/checkers/xss-payloads';

const logs = (name: string) => fileURLToPath(new URL(`../fixtures/logs/${name}`, import.meta.url));
const fixture = (name: string) =>
	readFileSync(new URL(`../fixtures/checkers/${name}`, import.meta.url), 'utf8');

const SUMMARIES = {
	en: {
		'fail-2503.txt':
			/Failed in action InstallFinalize with error 2503: Called RunScript when not marked in progress\..*Exit code 1603: ERROR_INSTALL_FAILURE/,
		'utf16le-bom-2503.txt': /Failed in action InstallFinalize with error 2503/,
		'success.txt': /The installation succeeded \(exit code 0\)/,
		'another-install-1618.txt':
			/stopped before running any action, with exit code 1618 \(ERROR_INSTALL_ALREADY_RUNNING\).*Failed with error 1500: Another installation is in progress/,
		'privileges-1925.txt':
			/Failed in action InstallInitialize with error 1925: You do not have sufficient privileges/,
		'custom-action.txt':
			/Failed in action InstallFinalize with error 1722.*The custom action CA_RegisterAgent failed/,
		'truncated.txt': /Failed with error 2503/,
	},
	'zh-CN': {
		'fail-2503.txt':
			/在操作 InstallFinalize 中失败，错误 2503：Called RunScript when not marked in progress\..*退出码 1603：ERROR_INSTALL_FAILURE/,
		'utf16le-bom-2503.txt': /在操作 InstallFinalize 中失败，错误 2503/,
		'success.txt': /安装成功（退出码 0）/,
		'another-install-1618.txt': /在运行任何操作之前就停止了，退出码 1618.*失败，错误 1500/,
		'privileges-1925.txt': /在操作 InstallInitialize 中失败，错误 1925/,
		'custom-action.txt': /自定义操作 CA_RegisterAgent 失败/,
		'truncated.txt': /失败，错误 2503/,
	},
} as const;
const prefix = localePrefix;

/** Fails the test on any dialog, and reports whether a payload ran or left an element behind. */
async function guard(page: Page) {
	page.on('dialog', (d) => {
		throw new Error(`dialog opened: ${d.message()}`);
	});
}
async function assertInert(page: Page) {
	const state = await page.evaluate(() => ({
		xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
		marked: document.querySelectorAll(
			'[data-xss], [onerror], [onload], [onclick], [onfocus], [ontoggle], [onbegin]',
		).length,
		injected: document.querySelectorAll(
			'.ifg-results :is(script, img, svg, iframe, object, embed, video, audio, math, style, link, meta, base, form, input, details, marquee, template, dialog, x)',
		).length,
	}));
	expect(state).toEqual({ xss: null, marked: 0, injected: 0 });
}

for (const lang of ['en', 'zh-CN'] as const) {
	test.describe(`MSI log checker (${lang})`, () => {
		for (const [name, summary] of Object.entries(SUMMARIES[lang])) {
			test(`${name}: summary`, async ({ page }) => {
				await page.goto(`${prefix(lang)}/tools/msi-log/`);
				const input = page.locator('ifg-msi-log input[name=file]');
				await expect(input).toBeEnabled();
				await input.setInputFiles(logs(name));
				await expect(page.locator('.ifg-summary')).toHaveText(summary);
			});
		}
	});
}

test('the 2503 summary links the code to the knowledge base and the next step to the generator', async ({
	page,
}) => {
	await page.goto('/zh-cn/tools/msi-log/');
	await page.locator('ifg-msi-log input[name=file]').setInputFiles(logs('fail-2503.txt'));
	await expect(page.locator('.ifg-summary a', { hasText: '2503' })).toHaveAttribute(
		'href',
		'/zh-cn/errors/msi/2503/',
	);
	await expect(
		page.locator('[data-hint=elevate] a[href^="/zh-cn/tools/msiexec/?t="]'),
	).toBeVisible();
	await expect(page.locator('.ifg-context .ifg-hit')).toContainText(
		'InstallFinalize. Return value 3.',
	);
});

test('no network request while a log is analysed', async ({ page, context }) => {
	await page.goto('/tools/msi-log/');
	await expect(page.locator('ifg-msi-log input[name=file]')).toBeEnabled();
	await page.waitForLoadState('networkidle');
	const requests: string[] = [];
	context.on('request', (r) => requests.push(r.url()));
	page.on('request', (r) => requests.push(r.url()));
	page.on('worker', (w) => requests.push(`worker ${w.url()}`));
	await page.locator('ifg-msi-log input[name=file]').setInputFiles(logs('utf16le-bom-2503.txt'));
	await expect(page.locator('.ifg-summary')).toContainText('2503');
	await page.locator('ifg-msi-log textarea').fill(readFileSync(logs('custom-action.txt'), 'utf8'));
	await page.getByRole('button', { name: 'Analyse the pasted text' }).click();
	await expect(page.locator('.ifg-summary')).toContainText('CA_RegisterAgent');
	expect(requests).toEqual([]);
});

test.describe('MSI log checker: real-log verdicts', () => {
	test('an appended log (/l*v+): the last attempt first, a switch to the others', async ({
		page,
	}) => {
		await page.goto('/tools/msi-log/');
		await page
			.locator('ifg-msi-log input[name=file]')
			.setInputFiles(logs('appended-2503-then-success.txt'));
		await expect(page.locator('.ifg-summary')).toContainText('The installation succeeded');
		await expect(page.locator('.ifg-results')).toContainText('This file holds 2 attempts');
		const pick = page.getByLabel('Show attempt');
		await pick.selectOption({ index: 0 });
		await expect(page.locator('.ifg-summary')).toContainText(
			'Failed in action InstallFinalize with error 2503',
		);
		await expect(pick).toBeFocused();
	});
	test('commands follow the chosen shell, and so does the generator link', async ({ page }) => {
		await page.goto('/tools/msi-log/');
		await page
			.locator('ifg-msi-log input[name=file]')
			.setInputFiles(logs('per-user-custom-action.txt'));
		const hint = page.locator('[data-hint=custom-action-log]');
		await expect(hint.locator('pre, code').first()).toContainText('Start-Process');
		await expect(hint.locator('a[href^="/tools/msiexec/"]')).not.toHaveAttribute('href', /sh=/);
		await page.getByLabel('Commands for').selectOption('cmd');
		await expect(
			page.locator('[data-hint=custom-action-log] pre, [data-hint=custom-action-log] code').first(),
		).toContainText('start /wait msiexec');
		await expect(
			page.locator('[data-hint=custom-action-log] a[href^="/tools/msiexec/"]'),
		).toHaveAttribute('href', /sh=cmd/);
		await expect(page.getByLabel('Commands for')).toBeFocused();
		// A per-user install is never told to run elevated.
		await expect(page.locator('[data-hint=elevate]')).toHaveCount(0);
	});
	test('a failure before any action: a full sentence and the access-denied line decoded', async ({
		page,
	}) => {
		await page.goto('/zh-cn/tools/msi-log/');
		await page
			.locator('ifg-msi-log input[name=file]')
			.setInputFiles(logs('before-actions-1620.txt'));
		await expect(page.locator('.ifg-summary')).toContainText('1620');
		await expect(page.locator('.ifg-results')).toContainText(
			'0x80070005 即 Windows 错误 5（ERROR_ACCESS_DENIED）：拒绝访问。',
		);
		await expect(page.locator('.ifg-context .ifg-hit')).toContainText(
			'SHGetKnownFolderPath failed with error: -2147024891',
		);
	});
	test('a Chinese log in GB18030 is decoded and gives the verdict', async ({ page }) => {
		const text = readFileSync(logs('zh-cn-wac-bindsslport.txt'), 'utf8').replace(/\n/g, '\r\n');
		const bytes = new TextEncoder().encode(text);
		// GB18030 bytes from the page's own TextDecoder cannot be made in Node: use iconv output.
		const { spawnSync } = await import('node:child_process');
		const gbk = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], {
			input: Buffer.from(bytes),
		}).stdout;
		await page.goto('/tools/msi-log/');
		await page
			.locator('ifg-msi-log input[name=file]')
			.setInputFiles({ name: 'install.log', mimeType: 'text/plain', buffer: gbk });
		await expect(page.locator('.ifg-summary')).toContainText('Failed in action InstallFinalize');
		await expect(page.locator('.ifg-summary')).toContainText('BindSslPort');
		await expect(page.locator('.ifg-meta')).toContainText('gb18030');
		await expect(page.locator('.ifg-meta')).toContainText('zh-CN');
		// Reading it as another code page on request: the choice is obeyed.
		await page.getByLabel('Text encoding of the file').selectOption('windows-1252');
		await expect(page.locator('.ifg-meta')).toContainText('windows-1252');
	});
});

test.describe('input the log checker must refuse politely', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ifg-e2e-'));
	test('empty file, empty paste, an .msi instead of its log, over 200 MB', async ({ page }) => {
		await page.goto('/tools/msi-log/');
		const input = page.locator('ifg-msi-log input[name=file]');
		const status = page.locator('ifg-msi-log [role=status]');
		await input.setInputFiles({
			name: 'empty.txt',
			mimeType: 'text/plain',
			buffer: Buffer.alloc(0),
		});
		await expect(status).toHaveText('The file is empty (0 bytes).');
		await page.getByRole('button', { name: 'Analyse the pasted text' }).click();
		await expect(status).toHaveText('Nothing to analyse: the text box is empty.');
		const msi = Buffer.concat([
			Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
			Buffer.alloc(4096, 7),
		]);
		await input.setInputFiles({
			name: 'go.msi',
			mimeType: 'application/octet-stream',
			buffer: msi,
		});
		await expect(status).toContainText('a Windows Installer package');
		const big = join(dir, 'huge.txt');
		closeSync(openSync(big, 'w'));
		truncateSync(big, 201 * 1024 * 1024); // sparse: no disk used
		await input.setInputFiles(big);
		await expect(status).toContainText('larger than 200 MB');
		await expect(input).toBeEnabled();
	});
	test('a large log shows progress and can be cancelled', async ({ page }) => {
		const file = join(dir, 'large.txt');
		const line = 'MSI (s) (D4:2C) [10:00:00:000]: Note: 1: 2205 2:  3: Table \r\n';
		writeFileSync(file, line.repeat(Math.floor((190 * 1024 * 1024) / line.length)));
		await page.goto('/tools/msi-log/');
		await page.locator('ifg-msi-log input[name=file]').setInputFiles(file);
		const cancel = page.getByRole('button', { name: 'Cancel' });
		await expect(page.locator('ifg-msi-log progress')).toBeVisible();
		await cancel.click();
		await expect(page.locator('ifg-msi-log [role=status]')).toHaveText(
			'Stopped. Nothing was kept.',
		);
		// A new worker is ready: the next file is analysed normally.
		await page.locator('ifg-msi-log input[name=file]').setInputFiles(logs('success.txt'));
		await expect(page.locator('.ifg-summary')).toContainText('succeeded');
	});
});

test.describe('hostile input is shown as text, never run', () => {
	const all = XSS_PAYLOADS.join('\n');
	test('MSI log', async ({ page }) => {
		await guard(page);
		await page.goto('/tools/msi-log/');
		const log = XSS_PAYLOADS.flatMap((p) => [
			`Action start 10:00:00: ${p}.`,
			`MSI (s) (1:2) [1:2:3:4]: Note: 1: 2203 2: ${p} 3: -2147287035 `,
			`MSI (s) (1:2) [1:2:3:4]: Command Line: P=${p}`,
			`Property(S): ProductName = ${p}`,
		]);
		log.push('DEBUG: Error 2503:  x', 'Action ended 10:00:00: InstallFinalize. Return value 3.');
		await page.locator('ifg-msi-log textarea').fill(log.join('\n'));
		await page.getByRole('button', { name: 'Analyse the pasted text' }).click();
		await expect(page.locator('.ifg-summary')).toContainText('2503');
		await expect(page.locator('.ifg-results')).toContainText('<script>window.__xss=1</script>');
		await assertInert(page);
	});
	test('permissions', async ({ page }) => {
		await guard(page);
		await page.goto('/tools/permissions/');
		const text = XSS_PAYLOADS.map(
			(p, i) => `drwxrwxrwx 2 root root 4096 Jun  1 10:00 /tmp/${i}${p}`,
		).join('\n');
		await page.locator('ifg-permissions textarea').fill(`${text}\n${all}`);
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.locator('.ifg-results section').first()).toBeVisible();
		await assertInert(page);
	});
	test('SignTool output', async ({ page }) => {
		await guard(page);
		await page.goto('/tools/signtool-output/');
		const text = XSS_PAYLOADS.map(
			(p) =>
				`Verifying: ${p}\nSigning Certificate Chain:\n    Issued to: ${p}\nSignTool Error: ${p}`,
		).join('\n');
		await page
			.locator('ifg-signtool-output textarea')
			.fill(`${text}\nNumber of errors: ${XSS_PAYLOADS.length}`);
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.locator('.ifg-results section').first()).toBeVisible();
		await assertInert(page);
	});
	test('wizard ?path=', async ({ page }) => {
		await guard(page);
		await page.goto(`/tools/wizard/?path=${encodeURIComponent(XSS_PAYLOADS[0]!)}`);
		await expect(page.locator('[data-node=os]')).toBeVisible();
		await assertInert(page);
	});
});

test.describe('permission checker: verdicts by role', () => {
	test('a shared directory without the sticky bit gives sudo chmod +t, linked to the chmod builder', async ({
		page,
	}) => {
		await page.goto('/zh-cn/tools/permissions/');
		await page
			.locator('ifg-permissions textarea')
			.fill('drwxrwxrwx 2 root root 4096 Jun  1 10:00 /srv/shared');
		await page.getByLabel('这个文件夹（目录）的用途是什么？').selectOption('shared');
		await page.getByRole('button', { name: '检查' }).click();
		await expect(page.locator('.ifg-results')).toContainText('sudo chmod +t /srv/shared');
		await expect(
			page.locator('.ifg-results a[href^="/zh-cn/tools/chmod/?m=%2Bt&p=%2Fsrv%2Fshared"]'),
		).toBeVisible();
	});
	for (const [lang, check] of [
		['en', 'Check'],
		['zh-CN', '检查'],
	] as const) {
		test(`/tmp with mode 755 is not in order, and the fix is 1777 (${lang})`, async ({ page }) => {
			await page.goto(`${prefix(lang)}/tools/permissions/`);
			await page
				.locator('ifg-permissions textarea')
				.fill('drwxr-xr-x 20 root root 4096 Jun  1 10:00 /tmp');
			await page.getByRole('button', { name: check }).click();
			await expect(page.locator('.ifg-results .ifg-summary[data-kind=failure]')).toBeVisible();
			await expect(page.locator('.ifg-results .ifg-summary[data-kind=success]')).toHaveCount(0);
			await expect(page.locator('.ifg-results pre')).toHaveText('sudo chmod 1777 /tmp');
		});
	}
	test('a user temp folder the user cannot write to is not in order', async ({ page }) => {
		await page.goto('/tools/permissions/');
		await page.locator('ifg-permissions textarea').fill(fixture('icacls-user-temp-readonly.txt'));
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.locator('.ifg-results')).toContainText(
			'Judged as a user temp folder, from its path.',
		);
		await expect(page.locator('.ifg-results')).not.toContainText('No change needed');
		await expect(page.locator('.ifg-results pre')).toHaveText(
			'icacls C:\\Users\\li\\AppData\\Local\\Temp /grant DESKTOP-7Q2\\li:(OI)(CI)F',
		);
	});
	test('an unknown role asks for it and says what each role needs', async ({ page }) => {
		await page.goto('/tools/permissions/');
		await page
			.locator('ifg-permissions textarea')
			.fill('drwxrwxrwx 2 root root 4096 Jun  1 10:00 /srv/drop');
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.locator('.ifg-summary[data-kind=unknown]')).toBeVisible();
		await expect(page.locator('.ifg-verdict li')).toHaveCount(4);
		await expect(page.locator('.ifg-results pre')).toHaveCount(0);
	});
	test('a folder named /srv/x&&id is quoted, never run as a second command', async ({ page }) => {
		await page.goto('/tools/permissions/');
		await page
			.locator('ifg-permissions textarea')
			.fill("drwxrwxrwx 2 root root 4096 Jun  1 10:00 '/srv/x&&id'");
		await page.getByLabel('What is this folder for?').selectOption('shared');
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.locator('.ifg-results pre')).toHaveText("sudo chmod +t '/srv/x&&id'");
	});
	test('German icacls and whoami /groups read as well as English ones', async ({ page }) => {
		await page.goto('/zh-cn/tools/permissions/');
		await page
			.locator('ifg-permissions textarea')
			.fill(`${fixture('icacls-windows-temp-de.txt')}\n${fixture('whoami-groups-de.csv.txt')}`);
		await page.getByRole('button', { name: '检查' }).click();
		await expect(page.locator('.ifg-results .ifg-summary[data-kind=success]')).toContainText(
			'无需更改',
		);
		await expect(page.locator('.ifg-results')).toContainText('你是管理员，但此命令行没有提升权限');
		await expect(page.locator('.ifg-results .ifg-warn')).toHaveCount(0);
	});
	test('an ACL (+) says to run getfacl instead of guessing', async ({ page }) => {
		await page.goto('/tools/permissions/');
		await page
			.locator('ifg-permissions textarea')
			.fill('drwxrwxrwt+ 20 root root 4096 Jun  1 10:00 /tmp');
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.locator('[data-undecided=acl] pre')).toHaveText('getfacl /tmp');
	});
});

test('SignTool: 0x800B0101 links to its knowledge-base page', async ({ page }) => {
	await page.goto('/tools/signtool-output/');
	await page.locator('ifg-signtool-output textarea').fill(fixture('signtool-expired.txt'));
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.locator('.ifg-results a[href="/errors/hresult/0x800B0101/"]')).toHaveText(
		'0x800B0101 (CERT_E_EXPIRED)',
	);
	await expect(page.locator('.ifg-summary')).toContainText('exit code 1');
});

test.describe('wizard', () => {
	test('keyboard walk, URL state, back', async ({ page }) => {
		await page.goto('/tools/wizard/');
		const wiz = page.locator('ifg-wizard');
		await expect(wiz.locator('[data-node=os]')).toBeVisible();
		await expect(wiz.locator('[data-node=symptom]')).toBeHidden();
		await wiz.getByRole('link', { name: 'Windows', exact: true }).focus();
		await page.keyboard.press('Enter');
		await expect(wiz.locator('[data-node=symptom]')).toBeFocused();
		await wiz.getByRole('link', { name: 'Error 2503 or 2502' }).click();
		await wiz.getByRole('link', { name: 'No, or not sure' }).click();
		await expect(page).toHaveURL(/\?path=windows\.2503\.no$/);
		const fix = wiz.locator('[data-node=fix-elevate]');
		await expect(fix).toBeVisible();
		await expect(fix.locator('[data-trail] li')).toHaveCount(3);
		await fix.getByRole('link', { name: 'Back' }).click();
		await expect(wiz.locator('[data-node=elevated]')).toBeVisible();
		await page.goBack();
		await expect(fix).toBeVisible();
		await page.goto('/zh-cn/tools/wizard/?path=windows.1618');
		await expect(page.locator('ifg-wizard [data-node=fix-wait] h2')).toHaveText(
			'等待另一个安装完成',
		);
	});
	for (const lang of ['en', 'zh-CN'] as const) {
		test(`the elevated-install answer waits for msiexec before reading its exit code; no backticks (${lang})`, async ({
			page,
		}) => {
			await page.goto(`${prefix(lang)}/tools/wizard/?path=windows.2503.no`);
			const fix = page.locator('[data-node=fix-elevate]');
			await expect(fix.locator('[data-shell=cmd] pre')).toHaveText(
				/^start \/wait msiexec \/i .*\necho %ERRORLEVEL%$/,
			);
			await expect(fix.locator('[data-shell=powershell] pre')).toHaveText(
				/Start-Process .* -Wait -PassThru\n\$p\.ExitCode$/,
			);
			await expect(fix.locator('button.ifg-copy').first()).toBeEnabled();
			await expect(fix.locator('p code').first()).toHaveText('start /wait');
			// Prose only: PowerShell's own escape character is a backtick, inside the commands.
			const prose = await page
				.locator('ifg-wizard :is(h2, h3, p, li):visible')
				.evaluateAll((els) =>
					els.map((e) => (e.closest('pre') ? '' : (e as HTMLElement).innerText)).join('\n'),
				);
			expect(prose).not.toContain('`');
		});
	}
	test('questions you must look up give the command and the tool; the Go leaf links the ZIP guide', async ({
		page,
	}) => {
		await page.goto('/tools/wizard/?path=windows.2503.yes');
		const q = page.locator('[data-node=temp]');
		await expect(q.locator('pre')).toHaveText('icacls C:\\Windows\\Temp');
		await expect(q.getByRole('link', { name: 'Permission checker' })).toHaveAttribute(
			'href',
			'/tools/permissions/',
		);
		await page.goto('/tools/wizard/?path=windows.2503.yes.yes.yes');
		await expect(
			page.locator('[data-node=fix-zip] a[href="/fixes/go-zip-install/"]'),
		).toBeVisible();
	});
	test('a shared link opens on its step without a layout shift', async ({ page }) => {
		// Shifts of anything in the page's main column (Starlight's header settles on every page).
		await page.addInitScript(() => {
			const w = window as unknown as { __cls: number };
			w.__cls = 0;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries() as unknown as Array<{
					value: number;
					hadRecentInput: boolean;
					sources: Array<{ node?: Node }>;
				}>) {
					if (
						!e.hadRecentInput &&
						e.sources.some((s) => s.node instanceof Element && s.node.closest('main'))
					)
						w.__cls += e.value;
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		for (const path of ['windows.2503.no', 'linux.denied', 'windows.nonsense', '']) {
			await page.goto(`/tools/wizard/?path=${path}`);
			await page.waitForLoadState('load');
			await page.waitForTimeout(300);
			expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls), path).toBe(
				0,
			);
			expect(await page.locator('ifg-wizard [data-node]:visible').count(), path).toBe(1);
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('checkers say they need JS and keep their controls disabled; the wizard lists every node', async ({
		page,
	}) => {
		await page.goto('/tools/msi-log/');
		// Playwright's text engine skips <noscript>; the class finds the notice.
		await expect(page.locator('.ifg-nojs')).toContainText(
			'This checker runs in your browser and needs JavaScript.',
		);
		await expect(page.locator('.ifg-nojs')).toBeVisible();
		await expect(page.locator('ifg-msi-log input[name=file]')).toBeDisabled();
		await page.goto('/zh-cn/tools/permissions/');
		await expect(page.locator('ifg-permissions textarea')).toBeDisabled();
		await page.goto('/tools/wizard/');
		await expect(page.locator('[data-node=fix-elevate]')).toBeVisible();
		await expect(page.locator('[data-node=os] a', { hasText: 'Windows' })).toHaveAttribute(
			'href',
			'?path=windows#w-symptom',
		);
	});
});

test.describe('accessibility with results shown', () => {
	const fill = {
		'msi-log': async (page: Page) => {
			await page.locator('ifg-msi-log input[name=file]').setInputFiles(logs('custom-action.txt'));
			await page.locator('.ifg-summary').waitFor();
		},
		permissions: async (page: Page) => {
			await page
				.locator('ifg-permissions textarea')
				.fill(
					`${fixture('icacls-deny-user-temp.txt')}\ndrwxrwxrwx 2 root root 4096 Jun  1 10:00 /srv/x\nuid=1000(a) gid=1000(a) groups=1000(a),27(sudo)`,
				);
			await page.locator('ifg-permissions button[type=submit]').click();
			await page.locator('.ifg-results section').first().waitFor();
		},
		'signtool-output': async (page: Page) => {
			await page.locator('ifg-signtool-output textarea').fill(fixture('signtool-ok.txt'));
			await page.locator('ifg-signtool-output button[type=submit]').click();
			await page.locator('.ifg-results section').first().waitFor();
		},
		wizard: async (page: Page) => {
			await page.locator('ifg-wizard a[data-answer=windows]').click();
			await page.locator('ifg-wizard [data-node=symptom]').waitFor();
		},
	};
	for (const lang of ['en', 'zh-CN'] as const) {
		for (const [tool, run] of Object.entries(fill)) {
			test(`axe: ${tool} (${lang})`, async ({ page }) => {
				await page.goto(`${prefix(lang)}/tools/${tool}/`);
				await run(page);
				await codeBlocksSettled(page);
				const r = await new AxeBuilder({ page }).setLegacyMode(true).include('main').analyze();
				expect(
					r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
				).toEqual([]);
			});
		}
	}
});

// Each checker page carries its own language's strings (<PageStrings>: one block per widget, the
// checker's and the search answer card's), each key once, none in attributes.
for (const [lang, copy] of [
	['en', 'Copy'],
	['zh-CN', '复制'],
] as const) {
	test(`checker pages ship only their language's strings (${lang})`, async ({ page }) => {
		for (const tool of ['msi-log', 'permissions', 'signtool-output', 'wizard']) {
			await page.goto(`${prefix(lang)}/tools/${tool}/`);
			await expect(page.locator('[data-i18n]')).toHaveCount(0);
			const blocks = (await page.locator('script[data-ifg-strings]').allTextContents()).map(
				(b) => JSON.parse(b) as Record<string, string>,
			);
			expect(blocks.length, tool).toBeGreaterThanOrEqual(1);
			const keys = blocks.flatMap((b) => Object.keys(b));
			expect(keys.length, `${tool}: a key in two blocks`).toBe(new Set(keys).size);
			const strings = Object.assign({}, ...blocks) as Record<string, string>;
			if (tool !== 'signtool-output') expect(strings['check.copy'], tool).toBe(copy);
			const cjk = Object.values(strings).filter((v) => /[\u4e00-\u9fff]/.test(v));
			if (lang === 'en') expect(cjk, tool).toEqual([]);
			else expect(cjk.length / Object.keys(strings).length, tool).toBeGreaterThan(0.5);
		}
	});
}

// Compare mode (issue 11 §4): the failing attempt of the appended log against its successful re-run,
// then against itself; and the single-log timeline. Both languages.
test.describe('MSI log checker: compare two logs', () => {
	const text = readFileSync(logs('appended-2503-then-success.txt'), 'utf8');
	const cut = text.lastIndexOf('=== Verbose logging started');
	const file = (name: string, body: string) => ({
		name,
		mimeType: 'text/plain',
		buffer: Buffer.from(body),
	});
	for (const lang of ['en', 'zh-CN'] as const) {
		test(`a failing run against a working one, then against itself (${lang})`, async ({ page }) => {
			await page.goto(`${prefix(lang)}/tools/msi-log/`);
			const compare = page.locator('ifg-msi-log input[name=compare]');
			await expect(compare).toBeEnabled();
			await compare.setInputFiles(file('worked.log', text.slice(cut)));
			await page
				.locator('ifg-msi-log input[name=file]')
				.setInputFiles(file('failed.log', text.slice(0, cut)));
			const cmp = page.locator('[data-comparison]');
			await expect(cmp.locator('[data-compare]')).toHaveAttribute(
				'data-compare',
				/^(result|only-a|only-b)$/,
			);
			await expect(cmp).toContainText('InstallFinalize');
			// Elevation is what differs first among the properties, named as data (not translated).
			await expect(cmp.locator('table').first()).toContainText('Privileged');
			await expect(cmp.locator('code[translate=no]', { hasText: 'Privileged' })).toHaveCount(1);
			// The single-log timeline names the failed action.
			await expect(
				page
					.locator('section', { has: page.locator('h2') })
					.filter({ hasText: 'InstallFinalize' })
					.first(),
			).toBeVisible();
			// The same log on both sides: nothing differs.
			await compare.setInputFiles(file('failed-again.log', text.slice(0, cut)));
			await expect(cmp.locator('[data-compare]')).toHaveAttribute('data-compare', 'same');
			// No sideways scrolling of the page at phone width with the tables shown.
			await page.setViewportSize({ width: 360, height: 740 });
			const wide = await page.evaluate(
				() => document.documentElement.scrollWidth > window.innerWidth,
			);
			expect(wide).toBe(false);
		});
	}
});

// Responsiveness (issue 11 §5): a long report is drawn in steps, none over its element budget, and
// nothing is lost. The oracle is the input: the failing log gets 60 actions and 150 properties the
// working one lacks, so the comparison must list all 60 and every one of the 150 properties.
test('MSI log checker: a long report arrives in steps, focus on the headline first, all of it in the end', async ({
	page,
}) => {
	const text = readFileSync(logs('appended-2503-then-success.txt'), 'utf8');
	const cut = text.lastIndexOf('=== Verbose logging started');
	const extraActions = Array.from({ length: 60 }, (_, i) => `IfgStep${i}`);
	const extraProps = Array.from({ length: 150 }, (_, i) => `IFGPROP${i}`);
	const failed = text
		.slice(0, cut)
		.replace(
			/^(?=.*Doing action: InstallFinalize)/m,
			extraActions
				.map((a) => `Action start 14:07:55: ${a}.\nAction ended 14:07:55: ${a}. Return value 1.\n`)
				.join(''),
		)
		.replace(
			/^(?=Property\(S\): ALLUSERS = 1)/m,
			extraProps.map((p, i) => `Property(S): ${p} = value ${i}\n`).join(''),
		);
	expect(failed).toContain('IfgStep59');
	expect(failed).toContain('IFGPROP149');
	await page.goto('/tools/msi-log/');
	const compare = page.locator('ifg-msi-log input[name=compare]');
	await expect(compare).toBeEnabled();
	await compare.setInputFiles({
		name: 'worked.log',
		mimeType: 'text/plain',
		buffer: Buffer.from(text.slice(cut)),
	});
	// Each batch of elements the page attaches in one task, and where focus was after the first.
	await page.evaluate(() => {
		const results = document.querySelector('ifg-msi-log [data-results]')!;
		const w = window as unknown as { __batches: number[]; __firstFocus?: string };
		w.__batches = [];
		new MutationObserver((records) => {
			const added = new Set<Element>();
			for (const r of records)
				for (const n of r.addedNodes)
					if (n instanceof Element) {
						added.add(n);
						for (const d of n.getElementsByTagName('*')) added.add(d);
					}
			if (added.size === 0) return;
			if (w.__batches.length === 0) w.__firstFocus = document.activeElement?.className ?? '';
			w.__batches.push(added.size);
		}).observe(results, { childList: true, subtree: true });
	});
	await page
		.locator('ifg-msi-log input[name=file]')
		.setInputFiles({ name: 'failed.log', mimeType: 'text/plain', buffer: Buffer.from(failed) });
	await expect(page.locator('ifg-msi-log [data-results] [data-comparison]')).toBeAttached();
	await expect(page.locator('ifg-msi-log [data-results]')).not.toHaveAttribute('data-pending');
	await expect(page.locator('ifg-msi-log .ifg-summary')).toBeFocused();
	const { batches, firstFocus, total, lastIsComparison } = await page.evaluate(() => {
		const w = window as unknown as { __batches: number[]; __firstFocus?: string };
		const results = document.querySelector('ifg-msi-log [data-results]')!;
		return {
			batches: w.__batches,
			firstFocus: w.__firstFocus,
			total: results.getElementsByTagName('*').length,
			lastIsComparison: results.lastElementChild?.hasAttribute('data-comparison'),
		};
	});
	// Focus was on the headline as soon as the first step was drawn.
	expect(firstFocus).toContain('ifg-summary');
	// Steps: several, each bounded; together exactly the final report.
	expect(batches.length).toBeGreaterThan(3);
	expect(Math.max(...batches)).toBeLessThanOrEqual(200);
	expect(batches.reduce((s, n) => s + n, 0)).toBe(total);
	expect(total).toBeGreaterThan(900);
	// All of it: the comparison last, every extra action and property named in it.
	expect(lastIsComparison).toBe(true);
	const cmp = page.locator('[data-comparison]');
	for (const a of extraActions)
		await expect(cmp.locator('li code', { hasText: new RegExp(`^${a}$`) })).toHaveCount(1);
	const props = await cmp.locator('table tbody tr td:first-child').allTextContents();
	for (const p of extraProps) expect(props).toContain(p);
});
