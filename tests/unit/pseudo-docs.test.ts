// scripts/pseudo-docs.mjs (the en-XA guides) and scripts/rehype-base.mjs (links under a sub-path):
// prose changes, code and URLs do not; the English guides themselves are the oracle for "code kept".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { localized, pseudoDoc } from '../../scripts/pseudo-docs.mjs';
import { withBase } from '../../scripts/rehype-base.mjs';

const DOCS = join(import.meta.dirname, '..', '..', 'src', 'content', 'docs');
/** Every code block and inline code span, as MDX reads them (language and content), in order. */
function code(text: string, mdx: boolean): string[] {
	const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
	if (mdx) processor.use(remarkMdx);
	const out: string[] = [];
	visit(processor.parse(text.replace(/^---\n[\s\S]*?\n---\n/, '')), (n) => {
		if (n.type === 'code' || n.type === 'inlineCode')
			out.push(`${n.type}:${'lang' in n ? n.lang : ''}:${n.value}`);
	});
	return out;
}

/** The text nodes (prose) of a guide. */
function prose(text: string, mdx: boolean): string[] {
	const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
	if (mdx) processor.use(remarkMdx);
	const out: string[] = [];
	visit(processor.parse(text.replace(/^---\n[\s\S]*?\n---\n/, '')), 'text', (n) => {
		out.push(n.value);
	});
	return out;
}

describe('pseudo-docs', () => {
	const guides = readdirSync(DOCS, { recursive: true, encoding: 'utf8' }).filter(
		(f) => /\.mdx?$/.test(f) && !/^(zh-cn|en-xa)\//.test(f),
	);

	it('finds the English guides, with English prose to change', () => {
		expect(guides.length).toBeGreaterThan(10);
		const english = guides.filter((f) =>
			prose(readFileSync(join(DOCS, f), 'utf8'), f.endsWith('.mdx')).some((t) =>
				/[A-Za-z]{3,}/.test(t),
			),
		);
		expect(english.length).toBeGreaterThan(10);
	});

	it.each(guides)(
		'%s: code blocks and inline code are kept byte for byte, prose is accented',
		(file) => {
			const source = readFileSync(join(DOCS, file), 'utf8');
			const out = pseudoDoc(source, file.endsWith('.mdx'));
			const mdx = file.endsWith('.mdx');
			expect(code(out, mdx)).toEqual(code(source, mdx));
			expect(out).toMatch(/^---\ntitle: '\[/);
			// The prose is no longer English: no text node keeps an ASCII word of 3+ letters.
			expect(prose(out, mdx).filter((t) => /[A-Za-z]{3,}/.test(t))).toEqual([]);
		},
	);

	it('keeps asides, JSX expressions and imports, and pseudo-localises JSX text attributes', () => {
		const out = pseudoDoc(
			'import { Tabs, TabItem } from \'@astrojs/starlight/components\';\n\n:::note[Careful]\nRead this.\n:::\n\n<Tabs syncKey="shell">\n<TabItem label="bash">\n\nRun `ls`.\n\n</TabItem>\n</Tabs>\n\n{props.x}\n\n:::tip\nMore.\n:::\n',
			true,
		);
		expect(out).toContain("import { Tabs, TabItem } from '@astrojs/starlight/components';");
		expect(out).toContain(':::note[Çåŕéƒûļ]');
		expect(out).toContain('syncKey="shell"');
		expect(out).toContain('label="ƀåšĥ"');
		expect(out).toContain('Ŕûñ `ls`.');
		expect(out).toContain('{props.x}');
		// Starlight would title an unlabelled aside "Tip" from its English strings: it gets a title.
		expect(out).toContain(':::tip[Ţîþ]');
	});

	it('sends internal page links to the pseudo-locale, leaves files and other sites alone', () => {
		expect(localized('/errors/msi/2503/')).toBe('/en-xa/errors/msi/2503/');
		expect(localized('/tools/chmod/?m=755#out')).toBe('/en-xa/tools/chmod/?m=755#out');
		expect(localized('/api/errors/index.json')).toBe('/api/errors/index.json');
		expect(localized('https://learn.microsoft.com/')).toBe('https://learn.microsoft.com/');
		expect(localized('#section')).toBe('#section');
		expect(localized('//cdn.example/x')).toBe('//cdn.example/x');
	});
});

describe('rehype-base withBase', () => {
	it('adds the base to site paths only, once', () => {
		expect(withBase('/errors/', '/guide')).toBe('/guide/errors/');
		expect(withBase('/guide/errors/', '/guide')).toBe('/guide/errors/');
		expect(withBase('/guidebook/', '/guide')).toBe('/guide/guidebook/');
		expect(withBase('https://x.org/a', '/guide')).toBe('https://x.org/a');
		expect(withBase('//x.org/a', '/guide')).toBe('//x.org/a');
		expect(withBase('#a', '/guide')).toBe('#a');
		expect(withBase('/errors/', '')).toBe('/errors/');
	});
});

describe('pseudoDoc on the bilingual 404 page', () => {
	// src/content/docs/404.md is written in English and Chinese for every visitor; its en-XA copy
	// showed the Chinese and linked /en-xa/zh-cn/errors/ (a page that does not exist) before the fix.
	const out = pseudoDoc(readFileSync(join(DOCS, '404.md'), 'utf8'), false);
	it('keeps no Chinese text and no link into another language', () => {
		expect(out).not.toMatch(/\p{Script=Han}/u);
		expect(out).not.toContain('/zh-cn/');
	});
	it('pseudo-localises the English and keeps its link in the pseudo-locale', () => {
		expect(out).toContain('Þåĝé ñöţ ƒöûñđ');
		expect(out).toContain('link: /en-xa/errors/');
	});
});
