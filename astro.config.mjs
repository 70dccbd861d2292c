// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { mermaidPlugins } from './scripts/mermaid.mjs';
import { starlightInlineScriptHashes } from './scripts/csp.mjs';
import { wizardRestoreHashes } from './src/lib/checkers/wizard-restore';
import { rehypeA11y } from './scripts/rehype-a11y.mjs';
import { rehypeBase } from './scripts/rehype-base.mjs';
import { headersFile, searchFromUrl } from './scripts/deploy-integration.mjs';
import { offlineServiceWorker } from './scripts/offline.mjs';
import starlightLlmsTxt from 'starlight-llms-txt';
import { langRedirectHash } from './scripts/lang-redirect.mjs';
import { starlightLocales } from './src/i18n/locales';

const rehypePlugins = [...(await mermaidPlugins()), rehypeA11y, rehypeBase];

/**
 * A sidebar group listing every page in one folder of src/content/docs, labelled in both languages.
 * @param {string} label @param {string} zh @param {string} directory
 */
const group = (label, zh, directory) => ({
	label,
	translations: { 'zh-CN': zh },
	items: [{ autogenerate: { directory } }],
});

/**
 * A sidebar group of generated pages (not docs); Starlight prefixes each link with the locale.
 * @param {string} label @param {string} zh @param {[string, string, string][]} items
 */
const links = (label, zh, items) => ({
	label,
	translations: { 'zh-CN': zh },
	collapsed: true,
	items: items.map(([label, zh, link]) => ({ label, translations: { 'zh-CN': zh }, link })),
});

export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	// Extra CI builds (package.json build:pseudo, build:subpath): a sub-path base and their own output folder.
	base: process.env.IFG_BASE ?? '/',
	outDir: process.env.IFG_OUT_DIR ?? './dist',
	// Starlight's Expressive Code highlights code; Astro's own Shiki pass is off (its inline styles clash with the CSP).
	markdown: { syntaxHighlight: false, processor: unified({ rehypePlugins }) },
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
			title: { en: 'Installer Field Guide', 'zh-CN': '安装故障现场指南' },
			defaultLocale: 'root',
			// The languages come from src/i18n/locales.ts (en-XA, the pseudo-locale, only when IFG_PSEUDO=1).
			locales: starlightLocales(),
			sidebar: [
				group('Start here', '从这里开始', 'start'),
				links('Error codes', '错误代码', [
					['Look up any code', '查询任意代码', '/errors/'],
					['Windows Installer messages', 'Windows Installer 消息', '/errors/msi/'],
					['msiexec exit codes', 'msiexec 退出码', '/errors/msiexec/'],
					['Signature HRESULTs', '签名 HRESULT', '/errors/hresult/'],
					['SignTool exit codes', 'SignTool 退出码', '/errors/signtool/'],
					['systemctl status codes', 'systemctl status 退出码', '/errors/systemctl/'],
					['journald priorities', 'journald 优先级', '/errors/journald/'],
				]),
				links('Command generators', '命令生成器', [
					['msiexec', 'msiexec', '/tools/msiexec/'],
					['signtool verify', 'signtool verify', '/tools/signtool/'],
					['icacls', 'icacls', '/tools/icacls/'],
					['Event log query', '事件日志查询', '/tools/event-query/'],
					['chmod', 'chmod', '/tools/chmod/'],
					['journalctl', 'journalctl', '/tools/journalctl/'],
					['systemctl status', 'systemctl status', '/tools/systemctl/'],
				]),
				links('Checkers', '检查工具', [
					['MSI log analyzer', 'MSI 日志分析器', '/tools/msi-log/'],
					['Permission checker', '权限检查器', '/tools/permissions/'],
					['SignTool output reader', 'SignTool 输出解读', '/tools/signtool-output/'],
					['Troubleshooting wizard', '排障向导', '/tools/wizard/'],
				]),
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
	],
});
