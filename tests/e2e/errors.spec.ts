import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { distDir } from './dist';

// The error-code knowledge base: lookup page, family tables (filter, pages, JS off) and Pagefind
// ranking, both languages. The tables show 100 rows a page; with JS they filter the lookup index.
const langs = [
	{
		prefix: '',
		label: /Error code or name/,
		filter: /Filter/,
		next: 'Next page',
		prev: 'Previous page',
		family: 'Family',
		journald: 'journald priority levels',
		pager: 'Pages of the table',
		page2: 'Page 2 of 6.',
		title2503: '2503 — Called RunScript when not marked in progress',
	},
	{
		prefix: '/zh-cn',
		label: /错误代码或名称/,
		filter: /筛选/,
		next: '下一页',
		prev: '上一页',
		family: '类别',
		journald: 'journald 优先级',
		pager: '表格分页',
		page2: '第 2 页，共 6 页。',
		// The Chinese page's title is its translation (src/content/errors/titles/zh-CN/msi.yaml).
		title2503: '2503 — 未标记为正在进行时调用了 RunScript',
	},
];

// Every code the site documents, from the built index (it grows whenever a family is added).
const TOTAL = (
	JSON.parse(readFileSync(join(distDir, 'api', 'errors', 'index.json'), 'utf8')) as {
		count: number;
	}
).count;

const rowIds = (page: Page) =>
	page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.id));

async function lookupIds(page: Page, label: RegExp, query: string) {
	const box = page.getByRole('searchbox', { name: label });
	await expect(box).toBeEnabled();
	await box.fill(query);
	await expect(page.getByRole('status')).not.toBeEmpty();
	return rowIds(page);
}

for (const { prefix, label, family, journald, title2503 } of langs) {
	test(`lookup page ${prefix || '/'} reads numbers, hex, signed HRESULTs and names`, async ({
		page,
	}) => {
		await page.goto(`${prefix}/errors/`);
		expect(await lookupIds(page, label, '2503')).toEqual(['msi/2503']);
		expect(await lookupIds(page, label, '0x800B0101')).toEqual(['hresult/0x800B0101']);
		expect(await lookupIds(page, label, '-2146762495')).toEqual(['hresult/0x800B0101']);
		// The code first, then a row whose official text names it: WinHTTP's 12037 is "equivalent to a
		// CERT_E_EXPIRED".
		expect(await lookupIds(page, label, 'CERT_E_EXPIRED')).toEqual([
			'hresult/0x800B0101',
			'internet/12037',
		]);
		// Ranked: what lookup reads from the query comes first.
		expect((await lookupIds(page, label, 'Error 0x80070643'))[0]).toBe('msiexec/1603');
		await expect(page.getByRole('status')).toContainText('0x80070643');
		// The visible result links to the code page in the same language.
		await lookupIds(page, label, '2503');
		await page.getByRole('link', { name: '2503', exact: true }).click();
		await expect(page).toHaveURL(`${prefix}/errors/msi/2503/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title2503);
	});

	test(`lookup page ${prefix || '/'} filters by family and announces the count`, async ({
		page,
	}) => {
		await page.goto(`${prefix}/errors/`);
		await expect(page.locator('tbody tr')).toHaveCount(100);
		const select = page.getByRole('combobox', { name: family });
		await expect(select).toBeEnabled();
		await select.selectOption({ label: journald });
		// The choice loads the rows (first use); the live region speaks once they are drawn.
		await expect(page.getByRole('status')).toContainText(new RegExp(`8\\D+${TOTAL}`));
		expect(await rowIds(page)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((n) => `journald/${n}`));
		// Priority names are data, not English text to translate.
		await expect(page.locator('tbody code[translate="no"]').first()).toHaveText('emerg');
		await expect(page).toHaveURL(/family=journald/);
	});
}

// The tables load their rows on first use (the whole index on /errors/ is 110 KB of gzip): nothing is
// fetched with the page, and what the reader typed or pressed before the rows arrived still counts.
const INDEX = /\/api\/errors\/lookup(\/[a-z0-9-]+)?\.json$/;

test('/errors/ fetches its index on first use, and keeps what was typed before it arrived', async ({
	page,
}) => {
	const fetched: string[] = [];
	// The table's logic (code-table-app.ts) comes with the rows, not with the page.
	const logic: string[] = [];
	page.on('request', (r) => {
		const path = new URL(r.url()).pathname;
		if (INDEX.test(path)) fetched.push(r.url());
		if (/\/code-table-app\.[\w-]+\.js$/.test(path)) logic.push(path);
	});
	let release = () => {};
	const gate = new Promise<void>((ok) => (release = ok));
	await page.route(INDEX, async (route) => {
		await gate;
		await route.continue();
	});
	await page.goto('/errors/', { waitUntil: 'networkidle' });
	expect(fetched).toEqual([]);
	expect(logic).toEqual([]);
	const box = page.getByRole('searchbox', { name: langs[0]!.label });
	await expect(box).toBeEnabled();
	await box.pressSequentially('2503');
	await expect.poll(() => fetched.length).toBe(1);
	expect(logic).toHaveLength(1);
	await expect(page.getByRole('status')).toBeEmpty();
	release();
	await expect(page.getByRole('status')).toContainText('2503');
	expect(await rowIds(page)).toEqual(['msi/2503']);
	await expect(box).toHaveValue('2503');
});

test('/zh-cn/errors/: Enter pressed before the index arrived opens the code', async ({ page }) => {
	let release = () => {};
	const gate = new Promise<void>((ok) => (release = ok));
	await page.route(INDEX, async (route) => {
		await gate;
		await route.continue();
	});
	await page.goto('/zh-cn/errors/');
	const box = page.getByRole('searchbox', { name: langs[1]!.label });
	await box.fill('0x800B0101');
	await box.press('Enter');
	await expect(page).toHaveURL('/zh-cn/errors/');
	release();
	await expect(page).toHaveURL('/zh-cn/errors/hresult/0x800B0101/');
});

for (const { prefix, filter } of langs)
	test(`${prefix}/errors/msi/: an index that cannot be fetched turns the filter off and says so`, async ({
		page,
	}) => {
		await page.route(INDEX, (route) => route.abort());
		await page.goto(`${prefix}/errors/msi/`);
		const box = page.getByRole('searchbox', { name: filter });
		await box.fill('2502');
		await expect(page.getByRole('status')).toHaveText(
			prefix ? '代码索引未能加载，暂时无法筛选。请重新加载页面再试。' : /could not be loaded/,
		);
		await expect(box).toBeDisabled();
		// The server's page and its page links are untouched.
		await expect(page.locator('tbody tr')).toHaveCount(100);
		await expect(page.locator('.kb-pager a[aria-current="page"]')).toHaveText('1');
	});

for (const { prefix, filter, next, prev, pager, page2 } of langs) {
	test(`${prefix}/errors/msi/: filters by every code form and words, and pages by keyboard`, async ({
		page,
	}) => {
		await page.goto(`${prefix}/errors/msi/`);
		const rows = page.locator('tbody tr');
		await expect(rows).toHaveCount(100);
		const box = page.getByRole('searchbox', { name: filter });
		await expect(box).toBeEnabled();
		const status = page.getByRole('status');
		for (const [q, code] of [
			['2502', '2502'],
			['0x9C6', '2502'],
			['12502', '2502'],
			['runscript', '2503'],
		] as const) {
			await box.fill(q);
			await expect(rows.locator('a').first()).toHaveText(code);
			await expect(status).toContainText(/\d+\D+544/);
		}
		await box.fill('0x9C6');
		await expect(rows.locator('a')).toHaveText(['2502']);
		await box.fill('');
		await expect(rows).toHaveCount(100);
		// Paging: Next by keyboard, the live region says where we are, Previous gets focus at the end.
		const nextButton = page.getByRole('button', { name: next });
		const prevButton = page.getByRole('button', { name: prev });
		await expect(prevButton).toBeDisabled();
		const first = await rowIds(page);
		await nextButton.focus();
		await page.keyboard.press('Enter');
		await expect(status).toContainText(page2);
		const second = await rowIds(page);
		expect(second).toHaveLength(100);
		expect(second.filter((id) => first.includes(id))).toEqual([]);
		for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
		await expect(rows).toHaveCount(44);
		await expect(nextButton).toBeDisabled();
		await expect(prevButton).toBeFocused();
		await expect(page).toHaveURL(/page=6/);
		// A new query starts again at page 1.
		await box.fill('RunScript');
		await expect(rows.locator('a')).toHaveText(['2503']);
		await expect(page.getByRole('navigation', { name: pager })).toBeHidden();
	});
}

test('a 360 px phone: the table scrolls in its frame, never the page', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of ['/errors/', '/zh-cn/errors/hresult/']) {
		await page.goto(path);
		// Measured on the table the browser draws: a press in the box loads it (its pager is buttons).
		await page.getByRole('searchbox').click();
		await expect(page.locator('.kb-pager button.kb-next')).toBeAttached();
		const widths = await page.evaluate(() => ({
			page: document.documentElement.scrollWidth,
			frame: document.querySelector('.kb-frame')!.clientWidth,
		}));
		expect(widths.page, path).toBeLessThanOrEqual(360);
		expect(widths.frame, path).toBeLessThanOrEqual(360);
	}
});

// Issue 12 §2: a Chinese family table shows each code's Chinese title with the official English text
// as its second line (lang="en"), as the code page does, and filters on both, in the rows the server
// rendered and in those the browser renders from /zh-cn/api/errors/lookup/winget.json.
test('/zh-cn/errors/winget/: a row shows its Chinese title over the official text, and filters on both', async ({
	page,
}) => {
	const id = 'winget/0x8A150004';
	await page.goto('/zh-cn/errors/winget/');
	await expect(page.getByRole('columnheader', { name: '译文与官方消息' })).toBeVisible();
	const row = page.locator(`tr[data-id="${id}"]`);
	await expect(row).toContainText('打开清单失败');
	await expect(row.locator('[lang="en"]')).toHaveText('Opening manifest failed');
	const box = page.getByRole('searchbox', { name: /筛选/ });
	await expect(box).toBeEnabled();
	for (const q of ['打开清单', 'opening manifest']) {
		await box.fill(q);
		await expect.poll(() => rowIds(page), q).toEqual([id]);
		await expect(row).toContainText('打开清单失败');
		await expect(row.locator('[lang="en"]')).toHaveText('Opening manifest failed');
	}
	// The English table shows the official text alone.
	await page.goto('/errors/winget/');
	await expect(page.locator(`tr[data-id="${id}"] td`).last()).toHaveText('Opening manifest failed');
	await expect(page.getByRole('columnheader', { name: 'Official message' })).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every row of a family is reachable through its page links; the box is disabled', async ({
		page,
	}) => {
		await page.goto('/zh-cn/errors/hresult/');
		await expect(page.getByRole('searchbox')).toBeDisabled();
		const seen = new Set(await rowIds(page));
		expect(seen.size).toBe(100);
		await page.getByRole('link', { name: '2', exact: true }).click();
		await expect(page).toHaveURL('/zh-cn/errors/hresult/page/2/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('第 2 页');
		for (const id of await rowIds(page)) seen.add(id);
		expect(seen.size).toBe(109);

		// msi: 544 codes on 6 static pages.
		const all = new Set<string | undefined>();
		for (let n = 1; n <= 6; n++) {
			await page.goto(n === 1 ? '/errors/msi/' : `/errors/msi/page/${n}/`);
			for (const id of await rowIds(page)) all.add(id);
		}
		expect(all.size).toBe(544);
		await expect(page.locator('.kb-pager a[aria-current="page"]')).toHaveText('6');
	});

	test('the lookup page shows its first page and links every family table', async ({ page }) => {
		await page.goto('/errors/');
		await expect(page.locator('tbody tr')).toHaveCount(100);
		await expect(page.getByRole('navigation', { name: 'Pages of the table' })).toContainText(
			`Codes 1–100 of ${TOTAL}.`,
		);
		await expect(
			page.getByRole('main').getByRole('link', { name: 'Windows Installer messages', exact: true }),
		).toBeVisible();
	});
});

async function search(page: Page, from: string, query: string) {
	await page.goto(from);
	await page
		.getByRole('button', { name: /search|搜索/i })
		.first()
		.click();
	const dialog = page.getByRole('dialog');
	// Pagefind UI renders a plain text input (role textbox), titled "Search" / "搜索".
	await dialog.locator('.pagefind-ui__search-input').fill(query);
	const links = dialog.locator('.pagefind-ui__result-link');
	// Pagefind fetches each result's fragment lazily; on a busy 2-core machine that took 3–6 s,
	// past the default 5 s. This waits longer; it does not measure speed (the bench does).
	await expect(links.first()).toBeVisible({ timeout: 30_000 });
	return links.evaluateAll((els) =>
		els.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
	);
}

for (const [from, query, expected] of [
	['/', '2503', '/errors/msi/2503/'],
	['/', '0x800B0101', '/errors/hresult/0x800B0101/'],
	['/', 'CERT_E_EXPIRED', '/errors/hresult/0x800B0101/'],
	['/', 'ERROR_INSTALL_ALREADY_RUNNING', '/errors/msiexec/1618/'],
	['/zh-cn/', '2503', '/zh-cn/errors/msi/2503/'],
	['/zh-cn/', '0x800B0101', '/zh-cn/errors/hresult/0x800B0101/'],
	['/zh-cn/', 'CERT_E_EXPIRED', '/zh-cn/errors/hresult/0x800B0101/'],
] as const) {
	test(`site search from ${from} ranks ${expected} first for ${query}`, async ({ page }) => {
		const results = await search(page, from, query);
		expect(results[0]).toBe(expected);
	});
}

// Issue 15: a fix command is an Expressive Code block (the guides' copy button) and links to its
// generator prefilled with exactly that command, in both languages.
for (const { prefix, adapt } of [
	{ prefix: '', adapt: 'Adapt this command in the generator' },
	{ prefix: '/zh-cn', adapt: '在命令生成器中修改此命令' },
]) {
	test(`${prefix}/errors/msi/2503/: fix command copies and opens its generator prefilled`, async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(`${prefix}/errors/msi/2503/`);
		const block = page.locator('.kb-fixes .expressive-code').first();
		await expect(block).toContainText('Start-Process -FilePath msiexec.exe -ArgumentList "/i');
		await block.hover();
		await block.getByRole('button').first().click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain('go1.24.5.windows-amd64.msi`" /l*v `"${env:TEMP}\\go-install.log`""');
		await page.getByRole('link', { name: adapt }).first().click();
		await expect(page).toHaveURL(new RegExp(`${prefix}/tools/msiexec/\\?`));
		await expect(page.locator('ifg-generator[data-ready]')).toHaveCount(1);
		await expect(page.locator('ifg-generator [data-command]')).toHaveText(copied.trim());
	});
}

// What a shell prints for a signal: glibc's text in English and in Chinese, each in its language, each
// credited as the text the function of strsignal(3) returns (the man page does not quote it), zsh's
// own message, credited to zsh's source file, and macOS's text, credited to Apple's Libc.
for (const { prefix, credit, zsh, darwin } of [
	{
		prefix: '',
		credit: 'glibc’s text, as the function in the manual page strsignal(3) returns it',
		zsh: 'zsh’s text, from its source file signames2.awk',
		darwin:
			'macOS’s text, which its strsignal() ends with macOS’s own number for the signal, from Apple’s Libc source file strsignal.c',
	},
	{
		prefix: '/zh-cn',
		credit: 'glibc 的文本，即手册页 strsignal(3) 所述函数返回的内容',
		zsh: 'zsh 的文本，取自其源文件 signames2.awk',
		darwin:
			'macOS 的文本（其 strsignal() 在末尾加上 macOS 自己的信号编号），取自 Apple Libc 源文件 strsignal.c',
	},
])
	test(`${prefix}/errors/signal/11/: the printed texts, in their languages, credited to glibc, zsh and Apple’s Libc`, async ({
		page,
	}) => {
		await page.goto(`${prefix}/errors/signal/11/`);
		const quotes = page.locator('figure.kb-official');
		await expect(quotes).toHaveCount(5);
		await expect(quotes.nth(4).locator('blockquote')).toHaveAttribute('lang', 'en');
		await expect(quotes.nth(4).locator('blockquote p').first()).toHaveText(
			'Segmentation fault: 11',
		);
		await expect(quotes.nth(4).locator('figcaption')).toHaveText(darwin);
		await expect(quotes.nth(4).locator('figcaption a')).toHaveAttribute(
			'href',
			/^https:\/\/github\.com\/apple-oss-distributions\/Libc\/blob\/[0-9a-f]{40}\/string\/FreeBSD\/strsignal\.c$/,
		);
		await expect(quotes.nth(1).locator('blockquote')).toHaveAttribute('lang', 'en');
		await expect(quotes.nth(1)).toContainText('Segmentation fault');
		await expect(quotes.nth(2).locator('blockquote')).toHaveAttribute('lang', 'zh-CN');
		await expect(quotes.nth(2)).toContainText('段错误');
		for (const i of [1, 2]) await expect(quotes.nth(i).locator('figcaption')).toHaveText(credit);
		await expect(quotes.nth(3).locator('blockquote')).toHaveAttribute('lang', 'en');
		await expect(quotes.nth(3).locator('blockquote p').first()).toHaveText('segmentation fault');
		await expect(quotes.nth(3).locator('figcaption')).toHaveText(zsh);
		await expect(quotes.nth(3).locator('figcaption a')).toHaveAttribute(
			'href',
			/^https:\/\/github\.com\/zsh-users\/zsh\/blob\/[0-9a-f]{40}\/Src\/signames2\.awk$/,
		);
		await expect(quotes.nth(0).locator('figcaption')).not.toContainText('glibc');
	});

// Windows Update's component list (wu-error-reference.tsv): a code only it lists has a page whose
// text is credited to that Learn page, at the section that lists the code; the family's table credits
// every page its texts come from.
for (const prefix of ['', '/zh-cn'])
	test(`${prefix}/errors/windows-update/: a code of the component list, and the table's credits`, async ({
		page,
	}) => {
		const list =
			'https://learn.microsoft.com/en-us/windows/deployment/update/windows-update-error-reference';
		await page.goto(`${prefix}/errors/windows-update/0x80246007/`);
		await expect(page.locator('h1')).toContainText('0x80246007');
		const quote = page.locator('figure.kb-official');
		await expect(quote).toHaveCount(1);
		await expect(quote.locator('blockquote p').first()).toHaveText(
			'The update has not been downloaded.',
		);
		await expect(quote.locator('figcaption a').first()).toHaveText(
			'Windows Update error codes by component',
		);
		await expect(quote.locator('figcaption a').first()).toHaveAttribute(
			'href',
			`${list}#download-manager-errors`,
		);
		await page.goto(`${prefix}/errors/windows-update/`);
		const credits = page.locator('main p').filter({ hasText: 'CC BY 4.0' }).locator('a[lang="en"]');
		await expect(credits).toHaveText([
			'WUA Success and Error Codes',
			'WUA Networking Error Codes',
			'Windows Update error codes by component',
			'wuerror.h',
		]);
		await expect(credits.nth(2)).toHaveAttribute('href', list);
		await expect(credits.nth(3)).toHaveAttribute('href', SDK_WUERROR);
	});

// The Windows SDK's wuerror.h (wuerror-h.tsv): a code only it defines has a page whose text is credited
// to the header, linked to the SDK's NuGet package; a code Learn names otherwise quotes both.
const SDK_WUERROR =
	'https://www.nuget.org/packages/Microsoft.Windows.SDK.CPP/10.0.26100.9457#um/wuerror.h';
for (const prefix of ['', '/zh-cn'])
	test(`${prefix}/errors/windows-update/0x80240438/: a code only the Windows SDK's header defines`, async ({
		page,
	}) => {
		await page.goto(`${prefix}/errors/windows-update/0x80240438/`);
		await expect(page.locator('h1')).toContainText('0x80240438');
		const quote = page.locator('figure.kb-official');
		await expect(quote).toHaveCount(1);
		await expect(quote.locator('blockquote p').first()).toHaveText(
			'There is no route or network connectivity to the endpoint.',
		);
		await expect(quote.locator('figcaption a')).toHaveText('wuerror.h');
		await expect(quote.locator('figcaption a')).toHaveAttribute('href', SDK_WUERROR);
		await expect(quote.locator('figcaption')).toContainText('Windows SDK');
		await expect(quote.locator('figcaption')).not.toContainText('CC BY');
		// Its note, from Microsoft's troubleshooting article.
		await expect(page.locator('main')).toContainText('Add-WindowsCapability');
		await page.goto(`${prefix}/errors/windows-update/0x80240047/`);
		const both = page.locator('figure.kb-official');
		await expect(both.locator('blockquote p')).toHaveText([
			'The operation requested is not supported.',
			'The update could not be reverted.',
		]);
		await expect(both.nth(1).locator('figcaption a')).toHaveAttribute('href', SDK_WUERROR);
	});

// NTSTATUS (ntstatus-h.tsv, the Windows SDK's ntstatus.h): the code a process that could not start
// exits with has a page, credited to the header, with its note; the family's table credits the header.
const SDK_NTSTATUS =
	'https://www.nuget.org/packages/Microsoft.Windows.SDK.CPP/10.0.26100.9457#shared/ntstatus.h';
for (const prefix of ['', '/zh-cn'])
	test(`${prefix}/errors/ntstatus/0xC0000135/: an NTSTATUS code, credited to ntstatus.h, with its note`, async ({
		page,
	}) => {
		await page.goto(`${prefix}/errors/ntstatus/0xC0000135/`);
		await expect(page.locator('h1')).toContainText('0xC0000135');
		await expect(page.locator('h1')).toContainText(
			prefix ? '找不到某个 DLL' : 'STATUS_DLL_NOT_FOUND',
		);
		const quote = page.locator('figure.kb-official');
		await expect(quote.locator('blockquote p').first()).toContainText(
			'The code execution cannot proceed because %hs was not found.',
		);
		await expect(quote.locator('figcaption a')).toHaveText('ntstatus.h');
		await expect(quote.locator('figcaption a')).toHaveAttribute('href', SDK_NTSTATUS);
		// The forms a tool prints it in, and the note's source.
		await expect(page.locator('main')).toContainText('-1073741515');
		await expect(page.locator('main')).toContainText('3221225781');
		await expect(
			page.locator(
				'main a[href="https://learn.microsoft.com/en-us/windows/win32/dlls/dynamic-link-library-search-order"]',
			),
		).toHaveCount(1);
		await page.goto(`${prefix}/errors/ntstatus/`);
		await expect(page.locator('main p').locator(`a[href="${SDK_NTSTATUS}"]`)).toHaveText(
			'ntstatus.h',
		);
	});

// Facility 15, the setup family: a servicing code (CBS_E_*) has its Learn page's name and words, with
// its note; a SetupAPI code is credited to winerror.h; the family's table credits both sources.
const SDK_WINERROR =
	'https://www.nuget.org/packages/Microsoft.Windows.SDK.CPP/10.0.26100.9457#shared/winerror.h';
const FIX_WU =
	'https://learn.microsoft.com/en-us/troubleshoot/windows-server/installing-updates-features-roles/fix-windows-update-errors';
for (const prefix of ['', '/zh-cn'])
	test(`${prefix}/errors/setup/: 0x800F081F from Learn with its note, 0x800F0203 from winerror.h`, async ({
		page,
	}) => {
		await page.goto(`${prefix}/errors/setup/0x800F081F/`);
		await expect(page.locator('h1')).toContainText('0x800F081F');
		await expect(page.locator('h1')).toContainText(
			prefix ? '找不到包或文件的源' : 'CBS_E_SOURCE_MISSING',
		);
		const quote = page.locator('figure.kb-official');
		await expect(quote.locator('blockquote p').first()).toContainText(
			'The source for the package or file not found.',
		);
		await expect(quote.locator('figcaption a').first()).toHaveAttribute('href', FIX_WU);
		await expect(quote.locator('figcaption a').first()).toHaveText(
			'Fix Windows Update corruptions and installation failures',
		);
		// The forms DISM and Windows Update print it in, and the note's command.
		await expect(page.locator('main')).toContainText('-2146498529');
		await expect(page.locator('main')).toContainText(
			'Dism.exe /Online /Cleanup-Image /RestoreHealth',
		);
		await page.goto(`${prefix}/errors/setup/0x800F0203/`);
		await expect(page.locator('h1')).toContainText(
			prefix ? '没有为设备信息集或设备信息元素选择驱动程序' : 'SPAPI_E_NO_DRIVER_SELECTED',
		);
		await expect(page.locator('figure.kb-official figcaption a').first()).toHaveAttribute(
			'href',
			SDK_WINERROR,
		);
		await expect(page.locator('figure.kb-official figcaption a').first()).toHaveText('winerror.h');
		await page.goto(`${prefix}/errors/setup/`);
		await expect(page.locator('main p').locator(`a[href="${SDK_WINERROR}"]`)).toHaveText(
			'winerror.h',
		);
		await expect(page.locator('main p').locator(`a[href="${FIX_WU}"]`)).toHaveCount(1);
	});

// Windows Setup's result codes, the upgrade family: a code has the name and words of Learn's "Modern
// setup errors" table; 0xC1900101 has its note (the phase of the extend code, the logs to read); the
// family's table credits the page.
const RESOLUTION =
	'https://learn.microsoft.com/en-us/troubleshoot/windows-client/setup-upgrade-and-drivers/windows-10-upgrade-resolution-procedures';
for (const prefix of ['', '/zh-cn'])
	test(`${prefix}/errors/upgrade/: 0xC1900101 from Learn's table, with its note`, async ({
		page,
	}) => {
		await page.goto(`${prefix}/errors/upgrade/0xC1900101/`);
		await expect(page.locator('h1')).toContainText('0xC1900101');
		await expect(page.locator('h1')).toContainText(
			prefix ? '安装程序平台遇到未指定的错误' : 'MOSETUP_E_SETUP_PLATFORM',
		);
		const quote = page.locator('figure.kb-official');
		await expect(quote.locator('blockquote p').first()).toHaveText(
			'The Setup Platform has encountered an unspecified error.',
		);
		await expect(quote.locator('figcaption a').first()).toHaveAttribute('href', RESOLUTION);
		await expect(quote.locator('figcaption a').first()).toHaveText(
			'Windows 10 upgrade resolution procedures',
		);
		// The signed form Setup's callers print, and the note's log path.
		await expect(page.locator('main')).toContainText('-1047527167');
		await expect(page.locator('main')).toContainText('$Windows.~BT\\Sources\\Rollback');
		await page.goto(`${prefix}/errors/upgrade/`);
		await expect(page.locator('main p').locator(`a[href="${RESOLUTION}"]`).first()).toHaveText(
			'Windows 10 upgrade resolution procedures',
		);
	});

// The exit statuses a shell gives a command it could not run, the shell family: 127 has bash(1)'s
// sentence and its note (the CRLF script); a CI runner's line in the table's box answers it.
for (const prefix of ['', '/zh-cn'])
	test(`${prefix}/errors/shell/: 127 from bash(1), with its note`, async ({ page }) => {
		await page.goto(`${prefix}/errors/shell/127/`);
		await expect(page.locator('h1')).toContainText(
			prefix ? '找不到命令' : 'If a command is not found',
		);
		await expect(page.locator('figure.kb-official blockquote p').first()).toHaveText(
			'If a command is not found, the child process created to execute it returns a status of 127.',
		);
		await expect(page.locator('main')).toContainText('cannot execute: required file not found');
		await expect(page.locator('main')).toContainText('file ./install.sh');
		await page.goto(`${prefix}/errors/`);
		const box = page.getByRole('searchbox');
		await expect(box).toBeEnabled();
		await box.fill('Error: Process completed with exit code 127.');
		await expect(page.getByRole('status')).toContainText(
			/(Shell exit statuses|Shell 退出状态) 127/,
		);
	});

// Linux's error numbers, the errno family: a code has errno(3)'s name and words and glibc's texts, the
// Chinese one as its title; 13 has its note; nginx's line in the table's box answers it.
for (const prefix of ['', '/zh-cn'])
	test(`${prefix}/errors/errno/: 13 from errno(3) and glibc, with its note`, async ({ page }) => {
		await page.goto(`${prefix}/errors/errno/13/`);
		await expect(page.locator('h1')).toContainText(prefix ? '权限不够' : 'EACCES');
		const quotes = page.locator('figure.kb-official blockquote p');
		await expect(quotes.first()).toHaveText('Permission denied (POSIX.1-2001).');
		await expect(page.locator('main')).toContainText('权限不够');
		// glibc's texts are credited to glibc, as strerror(3) returns them.
		await expect(page.locator('figure.kb-official').nth(1)).toContainText(
			prefix ? 'glibc 的文本' : 'glibc’s text',
		);
		await expect(page.locator('main')).toContainText('namei -l /var/log/nginx/error.log');
		await page.goto(`${prefix}/errors/`);
		const box = page.getByRole('searchbox');
		await expect(box).toBeEnabled();
		await box.fill(
			'nginx: [emerg] open() "/var/log/nginx/error.log" failed (13: Permission denied)',
		);
		await expect(page.getByRole('status')).toContainText(/errno[)）] 13/);
	});

// curl's exit codes, the curl family: 60 has curl(1)'s text first, libcurl's credited to libcurl, and its
// note; curl's own line in the table's box answers it.
for (const prefix of ['', '/zh-cn'])
	test(`${prefix}/errors/curl/: 60 from curl(1) and libcurl, with its note`, async ({ page }) => {
		await page.goto(`${prefix}/errors/curl/60/`);
		await expect(page.locator('h1')).toContainText(
			prefix ? '服务器证书未通过验证' : 'CURLE_PEER_FAILED_VERIFICATION',
		);
		const quotes = page.locator('figure.kb-official blockquote p');
		await expect(quotes.first()).toHaveText(
			'Peer certificate cannot be authenticated with known CA certificates.',
		);
		await expect(page.locator('figure.kb-official').first()).toContainText('curl(1)');
		await expect(page.locator('figure.kb-official').nth(2)).toContainText(
			prefix ? 'libcurl 的文本' : 'libcurl’s text',
		);
		await expect(page.locator('main')).toContainText('update-ca-certificates');
		await page.goto(`${prefix}/errors/`);
		const box = page.getByRole('searchbox');
		await expect(box).toBeEnabled();
		await box.fill('curl: (60) SSL certificate problem: unable to get local issuer certificate');
		await expect(page.getByRole('status')).toContainText(/(curl exit codes|curl 退出码) 60/);
	});

// Windows' TLS refusing a certificate (SEC_E_UNTRUSTED_ROOT, from Learn's Security and Setup table), with
// its note; curl for Windows' line in the table's box answers curl's code and Schannel's.
for (const prefix of ['', '/zh-cn'])
	test(`${prefix}/errors/sspi/0x80090325/: Schannel's untrusted root, with its note`, async ({
		page,
	}) => {
		await page.goto(`${prefix}/errors/sspi/0x80090325/`);
		await expect(page.locator('h1')).toContainText(
			prefix ? '证书链由不受信任的颁发机构颁发' : 'SEC_E_UNTRUSTED_ROOT',
		);
		await expect(page.locator('figure.kb-official blockquote p').first()).toHaveText(
			'The certificate chain was issued by an authority that is not trusted.',
		);
		await expect(page.locator('main')).toContainText('Cert:\\LocalMachine\\Root');
		await page.goto(`${prefix}/errors/`);
		const box = page.getByRole('searchbox');
		await expect(box).toBeEnabled();
		await box.fill(
			'curl: (35) schannel: next InitializeSecurityContext failed: SEC_E_UNTRUSTED_ROOT (0x80090325)',
		);
		await expect(page.getByRole('status')).toContainText(/(curl exit codes|curl 退出码) 35/);
	});

// OpenSSL's verification results, the openssl family: 20 has OpenSSL's text first, the manual page
// credited as X509_STORE_CTX_get_error(3ssl), and its note; openssl's own line in the table's box
// answers it.
for (const prefix of ['', '/zh-cn'])
	test(`${prefix}/errors/openssl/: 20 from the manual page, with its note`, async ({ page }) => {
		await page.goto(`${prefix}/errors/openssl/20/`);
		await expect(page.locator('h1')).toContainText(
			prefix ? '无法获取本地颁发者证书' : 'X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
		);
		const quotes = page.locator('figure.kb-official blockquote p');
		await expect(quotes.first()).toHaveText('unable to get local issuer certificate');
		await expect(page.locator('figure.kb-official').first()).toContainText(
			'X509_STORE_CTX_get_error(3ssl)',
		);
		await expect(page.locator('main')).toContainText('update-ca-certificates');
		await page.goto(`${prefix}/errors/`);
		const box = page.getByRole('searchbox');
		await expect(box).toBeEnabled();
		await box.fill('verify error:num=20:unable to get local issuer certificate');
		await expect(page.getByRole('status')).toContainText(
			/(OpenSSL certificate verification errors|OpenSSL 证书验证错误) 20/,
		);
	});

// .NET's hosting layer, the dotnet-host family: a code has the enumerator and comment of error_codes.h,
// credited to that file in dotnet/runtime at its commit; 0x80008096 has its note (the host's message,
// the command that lists the runtimes); the family's table credits the file.
const ERROR_CODES_H =
	'https://github.com/dotnet/runtime/blob/1e513cd9238938c7c13738a8947de2eae243156d/src/native/corehost/error_codes.h';
for (const prefix of ['', '/zh-cn'])
	test(`${prefix}/errors/dotnet-host/: 0x80008096 from error_codes.h, with its note`, async ({
		page,
	}) => {
		await page.goto(`${prefix}/errors/dotnet-host/0x80008096/`);
		await expect(page.locator('h1')).toContainText('0x80008096');
		await expect(page.locator('h1')).toContainText(
			prefix ? '找不到兼容的框架版本' : 'FrameworkMissingFailure',
		);
		const quote = page.locator('figure.kb-official');
		await expect(quote.locator('blockquote p').first()).toHaveText(
			'Failed to find a compatible framework version',
		);
		await expect(quote.locator('figcaption a').first()).toHaveAttribute('href', ERROR_CODES_H);
		await expect(quote.locator('figcaption a').first()).toHaveText('error_codes.h');
		// The signed form Windows shows, the host's message and the command the note gives.
		await expect(page.locator('main')).toContainText('-2147450730');
		await expect(page.locator('main')).toContainText(
			'You must install or update .NET to run this application.',
		);
		await expect(page.locator('main')).toContainText('dotnet --list-runtimes');
		await page.goto(`${prefix}/errors/dotnet-host/`);
		await expect(page.locator('main p').locator(`a[href="${ERROR_CODES_H}"]`).first()).toHaveText(
			'error_codes.h',
		);
	});
