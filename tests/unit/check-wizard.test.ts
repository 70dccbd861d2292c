import { describe, expect, test } from 'vitest';
import { WIZARD, WIZARD_ROOT, parseWizardPath, walkWizard, wizardNode } from '~/lib/checkers/wizard-tree';
import { mermaidLabel, wizardMermaid } from '~/lib/checkers/wizard-mermaid';

describe('the tree as data', () => {
	test('every answer leads to an existing node, and every node is reachable from the root', () => {
		const seen = new Set<string>([WIZARD_ROOT]);
		const queue = [WIZARD_ROOT];
		while (queue.length) {
			const node = wizardNode(queue.shift()!)!;
			expect(node).toBeDefined();
			if (node.kind === 'question') {
				for (const a of node.answers) {
					expect(wizardNode(a.next), `${node.id} -> ${a.next}`).toBeDefined();
					if (!seen.has(a.next)) {
						seen.add(a.next);
						queue.push(a.next);
					}
				}
			}
		}
		expect([...seen].sort()).toEqual(WIZARD.map((n) => n.id).sort());
	});
	test('ids are unique; answers of a question have distinct URL-safe ids', () => {
		expect(new Set(WIZARD.map((n) => n.id)).size).toBe(WIZARD.length);
		for (const n of WIZARD) {
			if (n.kind !== 'question') continue;
			const ids = n.answers.map((a) => a.id);
			expect(new Set(ids).size).toBe(ids.length);
			for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{1,20}$/);
		}
	});
	test('every text exists in both languages; every fix has a verify step and links', () => {
		for (const n of WIZARD) {
			const texts = n.kind === 'question' ? [n.text, n.short, ...n.answers.map((a) => a.label)] : [n.title, n.short, n.body, n.verify];
			for (const t of texts) {
				expect(t.en.trim(), n.id).not.toBe('');
				expect(t['zh-cn'].trim(), n.id).not.toBe('');
			}
			if (n.kind === 'fix') {
				expect(n.links.length, n.id).toBeGreaterThan(0);
				for (const l of n.links) expect(l).toMatch(/^(\/[a-z0-9/.-]*\/|https:\/\/[a-z.]+\/[\w/.-]*)$/i);
			}
		}
	});
	test('the tree has no cycle (every path ends at a fix)', () => {
		const depth = (id: string, d = 0): number => {
			expect(d).toBeLessThan(WIZARD.length);
			const n = wizardNode(id)!;
			return n.kind === 'fix' ? d : Math.max(...n.answers.map((a) => depth(a.next, d + 1)));
		};
		expect(depth(WIZARD_ROOT)).toBeGreaterThan(2);
	});
});

describe('walking ?path=', () => {
	test.each([
		['', 'os', [], false],
		['?path=windows', 'symptom', ['windows'], false],
		['?path=windows.2503.no', 'fix-elevate', ['windows', '2503', 'no'], false],
		['?path=windows,2503,yes,no', 'fix-temp', ['windows', '2503', 'yes', 'no'], false],
		['?path=windows.nonsense.no', 'symptom', ['windows'], true],
		['?path=windows.1618.extra', 'fix-wait', ['windows', '1618'], true],
		['?path=<script>', 'os', [], false],
	])('%s', (search, node, path, invalid) => {
		const w = walkWizard(parseWizardPath(search));
		expect(w.current.id).toBe(node);
		expect(w.path).toEqual(path);
		expect(w.invalid).toBe(invalid);
	});
});

describe('Mermaid source', () => {
	test.each(['en', 'zh-cn'] as const)('%s: header, one node per tree node, one edge per answer', (lang) => {
		const src = wizardMermaid(lang);
		const lines = src.trimEnd().split('\n');
		expect(lines[0]).toBe('flowchart TD');
		expect(lines[1]).toMatch(/^\taccTitle: \S/);
		expect(lines[2]).toMatch(/^\taccDescr: \S/);
		const edges = lines.filter((l) => l.includes('-->'));
		expect(edges).toHaveLength(WIZARD.flatMap((n) => (n.kind === 'question' ? n.answers : [])).length);
		expect(lines.length).toBe(3 + WIZARD.length + edges.length);
		// House rules: no styling, quoted labels.
		expect(src).not.toMatch(/\b(style|classDef|class)\b/);
		for (const l of lines.slice(3)) expect(l).toMatch(/"[^"]*"/);
	});
	test('labels: quotes escaped, wrapped at spaces, CJK wrapped between characters but never inside a number', () => {
		expect(mermaidLabel('say "hi" <b>')).toBe('"say #quot;hi#quot; #lt;b#gt;"');
		expect(mermaidLabel('Another installation is in progress (1618)', 28)).toBe(
			'"Another installation is in<br/>progress (1618)"',
		);
		expect(mermaidLabel('另一个安装正在进行另一个安装（1618）', 20)).toBe('"另一个安装正在进行另<br/>一个安装（1618）"');
	});
});
