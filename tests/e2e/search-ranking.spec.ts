import { expect, test, type Page } from '@playwright/test';

// Site search ranking (issue 12 §2), measured on the built Pagefind index through Pagefind's own JS API,
// with queries written the way people type them: a code in whatever form their tool printed, a tool's
// sidebar name, an option they remember, a symptom. Each row names the page that must be in the top 3.
// Causes of the misses before: <dt> labels glued to code forms in English ("Hex0x652"), the bare hex
// form not on the page, generator/checker <form> contents not indexed, no aliases for sidebar names and
// symptoms. Rows without a third column ranked 1st before and guard against regressions.

// The third column is the rank before the fix ('-': not in the top 10), kept where the fix changed it.
type Row = [query: string, expected: string, before?: string];

const EN: Row[] = [
	// One code, every form a tool prints: msiexec exit code 1618.
	['1618', '/errors/msiexec/1618/'],
	['0x652', '/errors/msiexec/1618/', '-'],
	['0x80070652', '/errors/msiexec/1618/', '2'],
	['80070652', '/errors/msiexec/1618/'],
	['-2147023278', '/errors/msiexec/1618/'],
	['ERROR_INSTALL_ALREADY_RUNNING', '/errors/msiexec/1618/'],
	['another installation is already in progress', '/errors/msiexec/1618/', '2'],
	// 1603, the generic failure.
	['0x80070643', '/errors/msiexec/1603/'],
	['80070643', '/errors/msiexec/1603/'],
	['-2147023293', '/errors/msiexec/1603/'],
	['0x643', '/errors/msiexec/1603/', '-'],
	['ERROR_INSTALL_FAILURE', '/errors/msiexec/1603/'],
	// 1638 and 1619.
	['0x80070666', '/errors/msiexec/1638/', '-'],
	['-2147023258', '/errors/msiexec/1638/'],
	['0x80070653', '/errors/msiexec/1619/', '-'],
	// Windows Installer internal errors: hex and the Application log event ID.
	['0x9C7', '/errors/msi/2503/', '-'],
	['12503', '/errors/msi/2503/'],
	['0x9C6', '/errors/msi/2502/', '-'],
	['11925', '/errors/msi/1925/'],
	// Authenticode HRESULTs.
	['0x800B0109', '/errors/hresult/0x800B0109/'],
	['800B0109', '/errors/hresult/0x800B0109/', '-'],
	['-2146762487', '/errors/hresult/0x800B0109/'],
	['2148204809', '/errors/hresult/0x800B0109/'],
	['CERT_E_UNTRUSTEDROOT', '/errors/hresult/0x800B0109/'],
	['800b0100', '/errors/hresult/0x800B0100/', '-'],
	['TRUST_E_NOSIGNATURE', '/errors/hresult/0x800B0100/'],
	// Tools by their sidebar names.
	['MSI log analyzer', '/tools/msi-log/', '-'],
	['Look up any code', '/errors/', '-'],
	['Permission checker', '/tools/permissions/', '2'],
	['SignTool output reader', '/tools/signtool-output/'],
	['Troubleshooting wizard', '/tools/wizard/'],
	['Event log query', '/tools/event-query/'],
	// Tools by an option, help text or example people remember.
	['chmod 1777 tmp', '/tools/chmod/', '-'],
	['sticky bit', '/tools/chmod/', '-'],
	['journalctl since', '/tools/journalctl/', '-'],
	['icacls inheritance', '/tools/icacls/'],
	['signtool verify timestamp', '/tools/signtool/', '2'],
	// Guides by symptom, including words that are not on the page (aliases).
	['install go without msi', '/fixes/go-zip-install/'],
	['silent install', '/fixes/msiexec-command-line/', '10'],
	['certificate chain', '/windows-installer/signatures/', '10'],
	['instaler eror 2503', '/start/go-2503-2502/', '-'],
];

const ZH: Row[] = [
	['1618', '/zh-cn/errors/msiexec/1618/'],
	['0x652', '/zh-cn/errors/msiexec/1618/'],
	['0x80070652', '/zh-cn/errors/msiexec/1618/'],
	['80070652', '/zh-cn/errors/msiexec/1618/', '-'],
	['-2147023278', '/zh-cn/errors/msiexec/1618/'],
	['ERROR_INSTALL_ALREADY_RUNNING', '/zh-cn/errors/msiexec/1618/'],
	['另一个安装正在进行', '/zh-cn/windows-installer/installer-service/', '-'],
	['0x80070643', '/zh-cn/errors/msiexec/1603/'],
	['80070643', '/zh-cn/errors/msiexec/1603/', '-'],
	['-2147023293', '/zh-cn/errors/msiexec/1603/'],
	['0x643', '/zh-cn/errors/msiexec/1603/', '2'],
	['ERROR_INSTALL_FAILURE', '/zh-cn/errors/msiexec/1603/'],
	['0x80070666', '/zh-cn/errors/msiexec/1638/'],
	['-2147023258', '/zh-cn/errors/msiexec/1638/'],
	['0x80070653', '/zh-cn/errors/msiexec/1619/'],
	['0x9C7', '/zh-cn/errors/msi/2503/'],
	['12503', '/zh-cn/errors/msi/2503/'],
	['0x9C6', '/zh-cn/errors/msi/2502/'],
	['11925', '/zh-cn/errors/msi/1925/'],
	['0x800B0109', '/zh-cn/errors/hresult/0x800B0109/'],
	['800B0109', '/zh-cn/errors/hresult/0x800B0109/', '-'],
	['-2146762487', '/zh-cn/errors/hresult/0x800B0109/'],
	['2148204809', '/zh-cn/errors/hresult/0x800B0109/'],
	['CERT_E_UNTRUSTEDROOT', '/zh-cn/errors/hresult/0x800B0109/'],
	['800b0100', '/zh-cn/errors/hresult/0x800B0100/', '-'],
	['TRUST_E_NOSIGNATURE', '/zh-cn/errors/hresult/0x800B0100/'],
	['MSI 日志分析器', '/zh-cn/tools/msi-log/', '-'],
	['查询任意代码', '/zh-cn/errors/', '-'],
	['权限检查器', '/zh-cn/tools/permissions/'],
	['排障向导', '/zh-cn/tools/wizard/'],
	['事件日志查询', '/zh-cn/tools/event-query/'],
	['chmod 1777', '/zh-cn/tools/chmod/', '-'],
	['粘滞位', '/zh-cn/tools/chmod/', '-'],
	['journalctl since', '/zh-cn/tools/journalctl/', '-'],
	['临时文件夹', '/zh-cn/windows-installer/temp-permissions/', '-'],
	['临时目录', '/zh-cn/windows-installer/temp-permissions/'],
	['没有数字签名', '/zh-cn/windows-installer/signatures/'],
	['静默安装', '/zh-cn/fixes/msiexec-command-line/', '10'],
	['证书链', '/zh-cn/windows-installer/signatures/', '9'],
	['不用 msi 安装 go', '/zh-cn/fixes/go-zip-install/'],
];

/** Result paths for a query, best first, from the index of the page's language (Pagefind reads <html lang>). */
async function ranked(page: Page, query: string): Promise<string[]> {
	return page.evaluate(
		async ([q, url]) => {
			// The URL is passed in so tsc does not try to resolve the site's runtime module.
			const pf = await import(/* @vite-ignore */ url);
			const search = await pf.search(q);
			const data = await Promise.all(
				search.results.slice(0, 10).map((r: { data: () => Promise<{ url: string }> }) => r.data()),
			);
			return data.map((d) => new URL(d.url, location.origin).pathname);
		},
		[query, '/pagefind/pagefind.js'] as const,
	);
}

for (const [lang, home, rows] of [
	['en', '/', EN],
	['zh-CN', '/zh-cn/', ZH],
] as const) {
	test(`search ranking (${lang}): each query finds its page in the top 3`, async ({ page }) => {
		await page.goto(home);
		let reciprocal = 0;
		let first = 0;
		const lines: string[] = [];
		for (const [query, expected, before] of rows) {
			const results = await ranked(page, query);
			const rank = results.indexOf(expected) + 1;
			reciprocal += rank ? 1 / rank : 0;
			if (rank === 1) first += 1;
			lines.push(
				`${rank || '-'}\t(before ${before ?? 1})\t${query}\t→ ${results.slice(0, 3).join(' ')}`,
			);
			expect
				.soft(
					rank,
					`"${query}" should rank ${expected} in the top 3; got ${results.slice(0, 3).join(', ')}`,
				)
				.toBeGreaterThan(0);
			expect.soft(rank, `"${query}" → ${expected}`).toBeLessThanOrEqual(3);
		}
		const mrr = reciprocal / rows.length;
		console.log(
			`${lang}: ${rows.length} queries, MRR@10 ${mrr.toFixed(3)}, recall@1 ${(first / rows.length).toFixed(3)}\n${lines.join('\n')}`,
		);
	});
}
