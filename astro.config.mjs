// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { mermaidFallback, mermaidPlugins } from './scripts/mermaid.mjs';
import { cspScriptCheck, starlightInlineScriptHashes } from './scripts/csp.mjs';
import { wizardRestoreHashes } from './src/lib/checkers/wizard-restore';
import { rehypeA11y } from './scripts/rehype-a11y.mjs';
import { rehypeBase } from './scripts/rehype-base.mjs';
import { headersFile, searchFromUrl } from './scripts/deploy-integration.mjs';
import { offlineServiceWorker } from './scripts/offline.mjs';
import starlightLlmsTxt from 'starlight-llms-txt';
import { langRedirectHash } from './scripts/lang-redirect.mjs';
import { starlightLocales } from './src/i18n/locales';
import { DEFAULT_LOCALE, LOCALE_INFO, activeLocales } from './src/i18n/locales';
import { readFileSync } from 'node:fs';
import { pseudo } from './src/i18n/pseudo';
import { TOOLS, toolNameKey, toolPath } from './src/lib/tools';
import { PAGEFIND_RANKING } from './src/lib/search/ranking';

const rehypePlugins = [...(await mermaidPlugins()), rehypeA11y, rehypeBase];

/**
 * A sidebar group listing every page in one folder of src/content/docs, labelled in both languages.
 * @param {string} label @param {string} zh @param {string} directory
 */
const group = (label, zh, directory) => ({
	label,
	translations: translated(label, zh),
	items: [{ autogenerate: { directory } }],
});

/**
 * A sidebar group of generated pages (not docs); Starlight prefixes each link with the locale.
 * @param {string} label @param {string} zh @param {[string, string, string][]} items
 */
const links = (label, zh, items) => ({
	label,
	translations: translated(label, zh),
	collapsed: true,
	items: items.map(([label, zh, link]) => ({ label, translations: translated(label, zh), link })),
});

/**
 * Starlight `translations` of a label written here in English and Chinese: the pseudo-locale (only in a
 * build with IFG_PSEUDO=1) gets the English pseudo-localised, so no sidebar label leaks English there.
 * @param {string} en @param {string} zh @returns {Record<string, string>}
 */
function translated(en, zh) {
	/** @type {Record<string, string>} */
	const written = { 'zh-CN': zh };
	return Object.fromEntries(
		activeLocales()
			.map((l) => [l, LOCALE_INFO[l].pseudo ? pseudo(en) : written[l]])
			.filter(([l, text]) => l !== DEFAULT_LOCALE && text !== undefined),
	);
}

/** The tools area of each active language's catalog (the pseudo-locale's made from English). */
const toolsCatalog = (/** @type {string} */ lang) =>
	/** @type {Record<string, string>} */ (
		JSON.parse(readFileSync(new URL(`./src/i18n/${lang}/tools.json`, import.meta.url), 'utf8'))
	);
const catalogs = Object.fromEntries(
	activeLocales().map((l) => [
		l,
		LOCALE_INFO[l].pseudo
			? Object.fromEntries(Object.entries(toolsCatalog('en')).map(([k, v]) => [k, pseudo(v)]))
			: toolsCatalog(l),
	]),
);
/** A catalog entry; a missing one stops the build (i18n-parity tests say which). */
const text = (/** @type {string} */ lang, /** @type {string} */ key) => {
	const v = catalogs[lang]?.[key];
	if (v === undefined) throw new Error(`sidebar: ${lang}/tools.json has no ${key}`);
	return v;
};
/** A sidebar label in every active language, from the catalog key. */
const labelled = (/** @type {string} */ key) => ({
	label: text(DEFAULT_LOCALE, key),
	translations: Object.fromEntries(
		activeLocales()
			.filter((l) => l !== DEFAULT_LOCALE)
			.map((l) => [l, text(l, key)]),
	),
});
/** The tools of one kind, in the registry's order (src/lib/tools.ts), named by the catalogs. */
const tools = (/** @type {'generator' | 'checker'} */ kind, /** @type {string} */ key) => ({
	...labelled(key),
	collapsed: true,
	items: TOOLS.filter((t) => t.kind === kind).map((t) => ({
		...labelled(toolNameKey(t.id)),
		link: toolPath(t.id),
	})),
});

export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	// Extra CI builds (package.json build:pseudo, build:subpath): a sub-path base and their own output folder.
	base: process.env.IFG_BASE ?? '/',
	outDir: process.env.IFG_OUT_DIR ?? './dist',
	// Starlight's Expressive Code highlights code; Astro's own Shiki pass is off (its inline styles clash with the CSP).
	markdown: { syntaxHighlight: false, processor: unified({ rehypePlugins }) },
	// Fewer, larger chunks for what a generator loads on first use (issue 10 §4): the form's logic with
	// the generators' shared code in one chunk, and the page's small DOM and message helpers (shared with
	// the search answer card) in another, in place of six chunks (about 830 B gzip less per generator).
	// The helpers' group comes first, so the form's group does not pull them in with its dependencies.
	vite: {
		build: {
			rolldownOptions: {
				output: {
					codeSplitting: {
						groups: [
							{
								name: 'generator-core',
								priority: 1,
								test: /src[\\/](components[\\/]generator[\\/]generator-app|lib[\\/]generators[\\/](common|url-state))\.ts$/,
							},
							{
								name: 'ui',
								priority: 2,
								test: /src[\\/](components[\\/]dom|i18n[\\/](client|msg))\.ts$/,
							},
						],
					},
				},
			},
		},
	},
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Expressive Code and Starlight set custom properties in style="" attributes. Scripts stay hash-only.
			// Pagefind's search runs as WebAssembly.
			scriptDirective: {
				resources: ["'self'", "'wasm-unsafe-eval'"],
				hashes: [...starlightInlineScriptHashes(), ...wizardRestoreHashes(), langRedirectHash],
			},
			styleDirective: {
				resources: [
					{ resource: "'self'", kind: 'element' },
					{ resource: "'unsafe-inline'", kind: 'attribute' },
				],
			},
		},
	},
	integrations: [
		starlight({
			// One ranking for the dialog and the ranking test (src/lib/search/ranking.ts).
			pagefind: { ranking: PAGEFIND_RANKING },
			title: {
				en: 'Installer Field Guide',
				...translated('Installer Field Guide', '安装故障现场指南'),
			},
			defaultLocale: 'root',
			// The languages come from src/i18n/locales.ts (en-XA, the pseudo-locale, only when IFG_PSEUDO=1).
			locales: starlightLocales(),
			sidebar: [
				group('Start here', '从这里开始', 'start'),
				links('Error codes', '错误代码', [
					['Look up any code', '查询任意代码', '/errors/'],
					['Windows Installer messages', 'Windows Installer 消息', '/errors/msi/'],
					['msiexec exit codes', 'msiexec 退出码', '/errors/msiexec/'],
					['MsiInstaller events', 'MsiInstaller 事件', '/errors/msi-event/'],
					['Win32 system error codes', 'Win32 系统错误代码', '/errors/win32/'],
					['WinHTTP and WinINet errors', 'WinHTTP 和 WinINet 错误', '/errors/internet/'],
					['Signature HRESULTs', '签名 HRESULT', '/errors/hresult/'],
					['TLS and sign-in HRESULTs', 'TLS 与登录 HRESULT', '/errors/sspi/'],
					['winget return codes', 'winget 返回代码', '/errors/winget/'],
					['Windows Update agent errors', 'Windows 更新代理错误', '/errors/windows-update/'],
					['Structured storage errors', '结构化存储错误', '/errors/stg/'],
					['Generic COM errors', '通用 COM 错误', '/errors/com/'],
					['NTSTATUS codes', 'NTSTATUS 代码', '/errors/ntstatus/'],
					['Setup and servicing errors', '安装程序与组件服务错误', '/errors/setup/'],
					['Windows upgrade errors', 'Windows 升级错误', '/errors/upgrade/'],
					['.NET hosting errors', '.NET 宿主错误', '/errors/dotnet-host/'],
					['SignTool exit codes', 'SignTool 退出码', '/errors/signtool/'],
					['systemctl status codes', 'systemctl status 退出码', '/errors/systemctl/'],
					['systemd service exit codes', 'systemd 服务退出码', '/errors/systemd-exit/'],
					['journald priorities', 'journald 优先级', '/errors/journald/'],
					['Shell exit statuses', 'Shell 退出状态', '/errors/shell/'],
					['APT exit status', 'APT 退出状态', '/errors/apt/'],
					['Linux error numbers (errno)', 'Linux 错误号（errno）', '/errors/errno/'],
					['curl exit codes', 'curl 退出码', '/errors/curl/'],
					['OpenSSL verify errors', 'OpenSSL 证书验证错误', '/errors/openssl/'],
					['Linux signals', 'Linux 信号', '/errors/signal/'],
				]),
				tools('generator', 'tool.nav.generators'),
				tools('checker', 'tool.nav.checkers'),
				group('How Windows Installer works', 'Windows Installer 的工作原理', 'windows-installer'),
				group('Diagnose before you fix', '先诊断，再修复', 'diagnose'),
				group('Fixes that work', '有效的修复方法', 'fixes'),
				group('Keep it from happening again', '防止再次发生', 'prevent'),
				group('Reference', '参考', 'reference'),
			],
			// Each guide shows the date of its last commit (Starlight reads git; no git history means no
			// date, not a failed build). An edit link appears only when a repository URL is configured,
			// e.g. IFG_EDIT_URL=https://github.com/<owner>/<repo>/edit/main/
			lastUpdated: true,
			...(process.env.IFG_EDIT_URL ? { editLink: { baseUrl: process.env.IFG_EDIT_URL } } : {}),
			customCss: ['./src/styles/mermaid.css', './src/styles/mobile.css'],
			components: {
				MarkdownContent: './src/components/MarkdownContent.astro',
				Head: './src/components/overrides/Head.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
				Search: './src/components/overrides/Search.astro',
			},
			// Head additions (src/routeData.ts): links to /opensearch.xml and, on code pages, the code's
			// JSON (src/lib/api/head-links.ts); curated search aliases as Pagefind metadata
			// (src/lib/search/aliases.ts); the offline note's text.
			routeMiddleware: './src/routeData.ts',
			// /llms.txt, /llms-full.txt, /llms-small.txt from the English guides (the plugin covers the default
			// locale); error codes are in the JSON API (/api/errors/index.json).
			plugins: [
				starlightLlmsTxt({
					projectName: 'Installer Field Guide',
					description:
						'Bilingual (English, Simplified Chinese) guide to failed software installs: Windows Installer errors 2503/2502 and every MSI message, msiexec exit codes, UAC, temp-folder permissions, Authenticode signatures, and Linux journalctl/systemctl/chmod.',
				}),
			],
		}),
		searchFromUrl(),
		headersFile(),
		offlineServiceWorker(),
		mermaidFallback(),
		cspScriptCheck(),
	],
});
