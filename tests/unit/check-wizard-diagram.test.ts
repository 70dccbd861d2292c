// The diagnose guide's diagram must equal the wizard's data. On failure run: npm run sync:wizard
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readCatalog } from '~/i18n/loader';
import { wizardMermaid } from '~/lib/checkers/wizard-mermaid';
import { extractWizardBlock, replaceWizardBlock } from '~/lib/checkers/wizard-sync';

const pages = [
	['src/content/docs/diagnose/overview.mdx', 'en'],
	['src/content/docs/zh-cn/diagnose/overview.mdx', 'zh-CN'],
] as const;

test.each(pages)('%s shows the wizard tree (npm run sync:wizard)', async (path, lang) => {
	const mdx = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
	expect(extractWizardBlock(mdx)).toBe(wizardMermaid(await readCatalog(lang)));
});

test('replace then extract round-trips and keeps the text around the markers', () => {
	const mdx = 'Intro\n\n{/* wizard-tree:start */}\nold\n{/* wizard-tree:end */}\n\nOutro\n';
	const out = replaceWizardBlock(mdx, 'flowchart TD\n\taccTitle: x\n');
	expect(extractWizardBlock(out)).toBe('flowchart TD\n\taccTitle: x\n');
	expect(out.startsWith('Intro\n\n{/* wizard-tree:start */}')).toBe(true);
	expect(out.endsWith('{/* wizard-tree:end */}\n\nOutro\n')).toBe(true);
	expect(() => replaceWizardBlock('no markers', 'x')).toThrow('missing {/* wizard-tree:start */}');
	expect(extractWizardBlock('no markers')).toBeUndefined();
});
