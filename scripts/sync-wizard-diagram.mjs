// Rewrites the decision-tree diagram of the diagnose guide (both languages) from the wizard's data:
//   npm run sync:wizard
// tests/unit/check-wizard-diagram.test.ts fails when the guide and the data differ.
import { readFileSync, writeFileSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const outfile = join(mkdtempSync(join(tmpdir(), 'ifg-wizard-')), 'wizard.mjs');
buildSync({
	stdin: {
		contents: `export { wizardMermaid } from './src/lib/checkers/wizard-mermaid.ts';
export { replaceWizardBlock } from './src/lib/checkers/wizard-sync.ts';
export { readCatalog } from './src/i18n/loader.ts';`,
		resolveDir: root,
		loader: 'ts',
	},
	bundle: true,
	format: 'esm',
	platform: 'node',
	outfile,
	logLevel: 'warning',
});
const { wizardMermaid, replaceWizardBlock, readCatalog } = await import(outfile);

/** @type {[string, string][]} */
const pages = [
	['src/content/docs/diagnose/overview.mdx', 'en'],
	['src/content/docs/zh-cn/diagnose/overview.mdx', 'zh-CN'],
];
for (const [path, lang] of pages) {
	const file = join(root, path);
	if (!existsSync(file)) {
		console.warn(`skip ${path}: missing`);
		continue;
	}
	const before = readFileSync(file, 'utf8');
	const after = replaceWizardBlock(
		before,
		wizardMermaid(await readCatalog(lang, join(root, 'src/i18n'))),
	);
	if (after !== before) writeFileSync(file, after);
	console.log(`${after === before ? 'unchanged' : 'updated'} ${path}`);
}
