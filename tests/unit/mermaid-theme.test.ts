// Diagrams are coloured through Mermaid's own theme (scripts/mermaid.mjs): the real Mermaid, in the
// build's Chromium, writes its CSS from placeholder theme variables, and the build turns that into one
// stylesheet of role variables. Oracle: Mermaid itself; what it writes for a kind of diagram decides
// what the stylesheet holds, and a diagram needing CSS the stylesheet lacks must stop the build.
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { beforeAll, expect, test } from 'vitest';
import { mermaidPlugins, themeRules } from '../../scripts/mermaid.mjs';

let plugins: Awaited<ReturnType<typeof mermaidPlugins>>;
const sheet = () =>
	readFileSync(new URL('../../src/styles/mermaid-theme.generated.css', import.meta.url), 'utf8');

beforeAll(async () => {
	plugins = await mermaidPlugins({ log: { ...console, info: () => {} } });
}, 120_000);

const fence = (value: string) => ({
	type: 'root' as const,
	children: [
		{
			type: 'element' as const,
			tagName: 'pre',
			properties: {},
			children: [
				{
					type: 'element' as const,
					tagName: 'code',
					properties: { className: ['language-mermaid'] },
					children: [{ type: 'text' as const, value }],
				},
			],
		},
	],
});
async function render(diagram: string) {
	const processor = unified();
	for (const p of plugins)
		if (Array.isArray(p)) processor.use(p[0] as never, p[1]);
		else processor.use(p as never);
	return processor.run(fence(diagram) as never, new VFile({ path: 'test.md' }));
}

test('a browser renders at build time here (the tests below would prove nothing without one)', () => {
	expect(plugins.length).toBeGreaterThan(1);
});

test('the stylesheet colours every part through the roles, never a literal colour or one SVG id', () => {
	const css = sheet();
	expect(css).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|#mermaid-/i);
	for (const role of ['text', 'node', 'border', 'line', 'muted', 'frame'])
		expect(css).toContain(`var(--ifg-d-${role})`);
	// Mermaid's own rules for nodes, edges and sequence actors made it (named by Mermaid, not by us).
	expect(css).toMatch(/\.ifg-diagram \.node rect[^{]*\{[^}]*fill:var\(--ifg-d-node\)/);
	expect(css).toMatch(/\.ifg-diagram \.actor\{[^}]*fill:var\(--ifg-d-node\)/);
});

test('a guide diagram renders without <style> and its rules are all in the stylesheet', async () => {
	const tree = await render('flowchart LR\naccTitle: t\nA[a] -->|b| B');
	const html = JSON.stringify(tree);
	expect(html).toContain('ifg-diagram');
	expect(html).not.toContain('"tagName":"style"');
});

test('a diagram needing CSS the stylesheet lacks stops the build, saying what to do', async () => {
	// classDef writes a rule for this diagram only, with its own colour.
	await expect(
		render('flowchart LR\naccTitle: t\nA:::hot --> B\nclassDef hot fill:#f96'),
	).rejects.toThrow(/needs CSS the theme stylesheet lacks .*THEME_SAMPLES/);
});

test('themeRules: scoped to .ifg-diagram, placeholders become roles, other colours are dropped', () => {
	const css =
		'#m-1{fill:#0f0001;font-size:16px;}@keyframes dash{to{stroke-dashoffset:0;}}' +
		'#m-1 .a,#m-1 .b{stroke:#0f0004;filter:drop-shadow(1px 1px rgba(0,0,0,1));}#m-1 .c{fill:#333;}';
	expect(themeRules(css, 'm-1')).toEqual([
		'.ifg-diagram{fill:var(--ifg-d-text);font-size:16px}',
		'@keyframes dash{to{stroke-dashoffset:0;}}',
		'.ifg-diagram .a,.ifg-diagram .b{stroke:var(--ifg-d-line)}',
	]);
});
