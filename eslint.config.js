// Lint for every source file: ESLint's and typescript-eslint's recommended rules, eslint-plugin-astro
// for .astro files (frontmatter and <script> blocks). typescript-eslint and the Astro plugin come from
// the scripts/toolchain workspace, next to the TypeScript 6 they need (README, "Toolchain").
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import { astro, tseslint } from 'ifg-toolchain';

export default defineConfig(
	globalIgnores([
		'dist/',
		'dist-pseudo/',
		'dist-subpath/',
		'packages/ifg/dist/',
		'.astro/',
		'bench/',
		'test-results/',
		'playwright-report/',
		'tests/oracles/.cache/',
		'tests/oracles/powershell/bin/',
		'tests/oracles/powershell/obj/',
	]),
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	// .astro frontmatter and <script> blocks are TypeScript.
	{
		files: ['**/*.astro'],
		languageOptions: {
			parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'] },
		},
	},
	{ files: ['**/*.astro/*.js', '**/*.astro/*.ts'], languageOptions: { parser: tseslint.parser } },
	// Build scripts, configs and tests run in Node; site code runs in the browser (and, for .astro
	// frontmatter and src/lib, in Node at build time).
	{
		files: ['scripts/**', 'tests/**', 'packages/**', '*.{js,mjs,ts}'],
		languageOptions: { globals: globals.node },
	},
	{ files: ['src/**'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{ files: ['src/offline/**'], languageOptions: { globals: globals.serviceworker } },
	// End-to-end specs take test and expect from tests/e2e/fixtures.ts (its comment says why).
	{
		files: ['tests/e2e/*.spec.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ paths: [{ name: '@playwright/test', message: "Import from './fixtures'." }] },
			],
		},
	},
);
