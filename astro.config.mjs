// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { mermaidPlugins } from './scripts/mermaid.mjs';
import { starlightInlineScriptHashes } from './scripts/csp.mjs';

const rehypePlugins = await mermaidPlugins();

/** A sidebar group listing every page in one folder of src/content/docs, labelled in both languages. */
const group = (label, zh, directory) => ({
	label,
	translations: { 'zh-CN': zh },
	items: [{ autogenerate: { directory } }],
});

export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	// Starlight's Expressive Code highlights code; Astro's own Shiki pass is off (its inline styles clash with the CSP).
	markdown: { processor: unified({ syntaxHighlight: false, rehypePlugins }) },
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
				hashes: starlightInlineScriptHashes(),
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
			locales: {
				root: { label: 'English', lang: 'en' },
				'zh-cn': { label: '简体中文', lang: 'zh-CN' },
			},
			sidebar: [
				group('Start here', '从这里开始', 'start'),
				group('How Windows Installer works', 'Windows Installer 的工作原理', 'windows-installer'),
				group('Diagnose before you fix', '先诊断，再修复', 'diagnose'),
				group('Fixes that work', '有效的修复方法', 'fixes'),
				group('Keep it from happening again', '防止再次发生', 'prevent'),
				group('Reference', '参考', 'reference'),
			],
			customCss: ['./src/styles/mermaid.css'],
			components: { MarkdownContent: './src/components/MarkdownContent.astro' },
		}),
	],
});
