// The build keeps the SVGs of each file's diagrams (scripts/mermaid.mjs, diagramCache): a file whose
// diagrams are unchanged takes them without a browser, whatever its prose. Checked twice: with a stand-in
// renderer that counts its calls (what is stored, when, and where it goes back), and with the real
// rehype-mermaid in Chromium as the oracle (a stored SVG equals a fresh render of the other file).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Element, ElementContent, Root } from 'hast';
import rehypeMermaid from 'rehype-mermaid';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, test } from 'vitest';
import { diagramCache, fencesOf, mermaidFence, mermaidPlugins } from '../../scripts/mermaid.mjs';

const dirs: string[] = [];
const tempCache = () => {
	const dir = mkdtempSync(join(tmpdir(), 'ifg-mermaid-cache-'));
	dirs.push(dir);
	return pathToFileURL(`${dir}/`);
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const p = (text: string): Element => ({
	type: 'element',
	tagName: 'p',
	properties: {},
	children: [{ type: 'text', value: text }],
});
const fence = mermaidFence;
const doc = (...children: ElementContent[]): Root => ({ type: 'root', children });
const svgsOf = (tree: Root) =>
	tree.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'svg');

/** A renderer standing in for rehype-mermaid: every fence becomes an <svg> naming its text and index. */
function standIn() {
	const calls: number[] = [];
	const plugin: Plugin<[], Root> = () => (tree) => {
		const { fences } = fencesOf(tree);
		calls.push(fences.length);
		fences.forEach((f, i) => {
			f.parent.children[f.index] = {
				type: 'element',
				tagName: 'svg',
				properties: { id: `mermaid-${i}` },
				children: [{ type: 'text', value: f.text }],
			};
		});
	};
	return { plugin, calls };
}

async function run(plugin: Plugin<[], Root>, tree: Root) {
	const processor = unified().use(plugin);
	return (await processor.run(tree, new VFile())) as Root;
}

describe('diagramCache with a stand-in renderer', () => {
	test('the same diagrams with other prose come from the store; other diagrams are rendered', async () => {
		const { plugin, calls } = standIn();
		const dir = tempCache();
		const cached = diagramCache(plugin, 'context', dir);
		const first = await run(
			cached,
			doc(p('English'), fence('graph TD; A-->B'), fence('graph LR; C')),
		);
		expect(calls).toEqual([2]);
		expect(readdirSync(dir)).toHaveLength(1);
		const other = await run(
			cached,
			doc(p('Ëñğļîšĥ'), p('more prose'), fence('graph TD; A-->B'), fence('graph LR; C')),
		);
		expect(calls).toEqual([2]);
		expect(svgsOf(other)).toEqual(svgsOf(first));
		expect(other.children.map((c) => (c.type === 'element' ? c.tagName : c.type))).toEqual([
			'p',
			'p',
			'svg',
			'svg',
		]);
		// A changed diagram, or the same ones in another order (Mermaid numbers them), is rendered.
		await run(cached, doc(fence('graph TD; A-->X'), fence('graph LR; C')));
		await run(cached, doc(fence('graph LR; C'), fence('graph TD; A-->B')));
		expect(calls).toEqual([2, 2, 2]);
		// Another context (options, versions, browser) is another store entry.
		await run(
			diagramCache(plugin, 'other context', dir),
			doc(fence('graph TD; A-->B'), fence('graph LR; C')),
		);
		expect(calls).toEqual([2, 2, 2, 2]);
	});

	test('Mermaid code outside a plain fence is always rendered, and a file without diagrams never is', async () => {
		const { plugin, calls } = standIn();
		const cached = diagramCache(plugin, 'context', tempCache());
		const odd: Element = {
			type: 'element',
			tagName: 'pre',
			properties: {},
			children: [
				{ type: 'text', value: 'label ' },
				{
					type: 'element',
					tagName: 'code',
					properties: { className: ['language-mermaid'] },
					children: [{ type: 'text', value: 'graph TD; A' }],
				},
			],
		};
		expect(fencesOf(doc(odd))).toMatchObject({ fences: [], others: 1 });
		await run(cached, doc(odd));
		await run(cached, doc(odd));
		expect(calls).toEqual([0, 0]);
		await run(cached, doc(p('no diagram')));
		expect(calls).toEqual([0, 0]);
	});

	test('nothing is stored when a fence was not replaced by an <svg>', async () => {
		const dir = tempCache();
		let calls = 0;
		const lazy: Plugin<[], Root> = () => () => {
			calls++;
		};
		const cached = diagramCache(lazy, 'context', dir);
		await run(cached, doc(fence('graph TD; A')));
		await run(cached, doc(fence('graph TD; A')));
		expect(calls).toBe(2);
		expect(readdirSync(dir)).toEqual([]);
	});
});

/** rehype-mermaid's options as the build passes them (its browser included). */
async function buildOptions() {
	const plugins = await mermaidPlugins({ log: { ...console, info: () => {} } });
	const first = plugins[0];
	if (!Array.isArray(first) || first[0] === rehypeMermaid)
		throw new Error('no browser: the build renders diagrams in the reader’s browser instead');
	return first[1] as NonNullable<Parameters<typeof rehypeMermaid>[0]>;
}

describe('diagramCache with the real rehype-mermaid (Chromium)', () => {
	test('a stored SVG equals a fresh render of a file with other prose', async () => {
		const options = await buildOptions();
		const diagrams = [
			'flowchart TD\n  A[Start] --> B{2503?}\n  B -->|yes| C[Fix]',
			'flowchart LR\n  X --> Y',
		];
		const cached = unified().use(diagramCache(rehypeMermaid, 'real', tempCache()), options);
		await cached.run(doc(p('English prose'), ...diagrams.map(fence)), new VFile());
		const fromStore = (await cached.run(
			doc(p('Ƥšéûđö ƥŕöšé, longer than the English'), ...diagrams.map(fence)),
			new VFile(),
		)) as Root;
		const fresh = (await unified()
			.use(rehypeMermaid, options)
			.run(
				doc(p('Ƥšéûđö ƥŕöšé, longer than the English'), ...diagrams.map(fence)),
				new VFile(),
			)) as Root;
		expect(svgsOf(fromStore)).toHaveLength(2);
		expect(JSON.stringify(svgsOf(fromStore))).toBe(JSON.stringify(svgsOf(fresh)));
	}, 120_000);

	// The build's renderer reuses Chromium's pages from file to file (scripts/mermaid.mjs, sharedChromium).
	// Mermaid numbers a sequence diagram's actors with counters that live in the page's document: a page
	// reused without a fresh document gave the second render `actor5` where the first had `actor2`.
	test('a file renders the same whatever the build rendered before it', async () => {
		const options = await buildOptions();
		const render = async (...diagrams: string[]) =>
			JSON.stringify(
				svgsOf(
					(await unified()
						.use(rehypeMermaid, options)
						.run(doc(...diagrams.map(fence)), new VFile())) as Root,
				),
			);
		const file =
			'sequenceDiagram\n  participant C as msiexec.exe client\n  participant S as service\n  C->>S: install';
		const alone = await render(file);
		await render('sequenceDiagram\n  A->>B: one\n  B->>C: two', 'flowchart TD\n  A --> B');
		expect(alone).toContain('actor');
		expect(await render(file)).toBe(alone);
	}, 120_000);
});
