// The report is drawn in steps (issue 11 §5); nothing may be lost or reordered on the way. Oracle: the
// tree before splitting. Random trees are split at random budgets, applied step by step into an empty
// parent, and must come out node for node what went in, each step attaching at most its budget.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { groupByWeight, splitMoves, type Tree } from '~/lib/render/steps';
import { RUNS } from './arbitraries';

/** A plain tree with the DOM's moving rule: appending a node takes it from its old parent. */
class Node implements Tree<Node> {
	childNodes: Node[] = [];
	parent: Node | undefined;
	constructor(readonly label: string) {}
	get firstChild(): Node | null {
		return this.childNodes[0] ?? null;
	}
	appendChild(child: Node) {
		child.parent?.removeChild(child);
		child.parent = this;
		this.childNodes.push(child);
	}
	removeChild(child: Node) {
		const i = this.childNodes.indexOf(child);
		if (i < 0) throw new Error('not a child');
		this.childNodes.splice(i, 1);
		child.parent = undefined;
	}
}
const size = (n: Node): number => 1 + n.childNodes.reduce((s, c) => s + size(c), 0);
const show = (n: Node): string => `${n.label}(${n.childNodes.map(show).join(',')})`;
/** Every node of the subtree, for identity checks. */
const all = (n: Node): Node[] => [n, ...n.childNodes.flatMap(all)];

type Shape = { label: string; kids: Shape[] };
const shape = fc.letrec<{ node: Shape }>((tie) => ({
	node: fc.oneof(
		{ maxDepth: 4, depthIdentifier: 'tree' },
		fc.record({ label: fc.string({ maxLength: 3 }), kids: fc.constant<Shape[]>([]) }),
		fc.record({
			label: fc.string({ maxLength: 3 }),
			kids: fc.array(tie('node'), { maxLength: 6 }),
		}),
	),
})).node;
const build = (s: Shape): Node => {
	const n = new Node(s.label);
	for (const k of s.kids) n.appendChild(build(k));
	return n;
};

describe('groupByWeight', () => {
	test('keeps every item in order; groups fill greedily up to their budget', () => {
		fc.assert(
			fc.property(
				fc.array(fc.nat(40)),
				fc.integer({ min: 1, max: 60 }),
				fc.integer({ min: 1, max: 60 }),
				(ws, first, rest) => {
					const groups = [...groupByWeight(ws, (w) => w, first, rest)];
					expect(groups.flat()).toEqual(ws);
					const sum = (g: number[]) => g.reduce((s, w) => s + w, 0);
					groups.forEach((g, i) => {
						const budget = i === 0 ? first : rest;
						expect(g.length).toBeGreaterThan(0);
						if (g.length > 1) expect(sum(g)).toBeLessThanOrEqual(budget);
						// Greedy: the next group's first item would not have fitted.
						const next = groups[i + 1];
						if (next) expect(sum(g) + next[0]!).toBeGreaterThan(budget);
					});
				},
			),
			{ numRuns: RUNS },
		);
	});

	test('reads one item past the group it yields, no more (what is drawn later is built later)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.nat(20), { minLength: 1 }),
				fc.integer({ min: 1, max: 40 }),
				(ws, b) => {
					let read = 0;
					function* counted() {
						for (const w of ws) {
							read++;
							yield w;
						}
					}
					let yielded = 0;
					for (const g of groupByWeight(counted(), (w) => w, b, b)) {
						yielded += g.length;
						expect(read).toBeLessThanOrEqual(yielded + 1);
					}
					expect(read).toBe(ws.length);
				},
			),
			{ numRuns: RUNS },
		);
	});

	test('the heavy first screen, then small steps', () => {
		expect([...groupByWeight([5, 5, 5, 3, 3, 3, 9], (w) => w, 15, 6)]).toEqual([
			[5, 5, 5],
			[3, 3],
			[3],
			[9],
		]);
		expect([...groupByWeight([], (w: number) => w, 1, 1)]).toEqual([]);
	});
});

describe('splitMoves', () => {
	test('applied step by step, it rebuilds the same nodes in the same order, each step within budget', () => {
		fc.assert(
			fc.property(
				fc.array(shape, { maxLength: 8 }),
				fc.integer({ min: 1, max: 30 }),
				fc.integer({ min: 1, max: 30 }),
				(shapes, first, rest) => {
					const from = new Node('from');
					for (const s of shapes) from.appendChild(build(s));
					const before = from.childNodes.map(show);
					const nodes = from.childNodes.flatMap(all);
					const to = new Node('to');
					const budget = Math.min(first, rest);
					const moves = splitMoves(from, to, size, budget);
					expect(from.childNodes).toEqual([]);
					const steps = [...groupByWeight(moves, (m) => m.weight, first, rest)];
					steps.forEach((step, i) => {
						const had = size(to);
						for (const m of step) m.parent.appendChild(m.node);
						// The weights are honest: what a step attaches is what it weighed.
						expect(size(to) - had).toBe(step.reduce((s, m) => s + m.weight, 0));
						expect(size(to) - had).toBeLessThanOrEqual(i === 0 ? first : rest);
					});
					expect(to.childNodes.map(show)).toEqual(before);
					// The very same objects (event listeners on them survive), each exactly once.
					expect(to.childNodes.flatMap(all)).toEqual(nodes);
					for (const [i, n] of to.childNodes.flatMap(all).entries()) expect(n).toBe(nodes[i]);
				},
			),
			{ numRuns: RUNS },
		);
	});

	test('a node over the budget moves empty, its children after it', () => {
		const from = new Node('f');
		const big = build({
			label: 'table',
			kids: [1, 2, 3].map((i) => ({ label: `tr${i}`, kids: [] })),
		});
		const small = new Node('p');
		from.appendChild(small);
		from.appendChild(big);
		const to = new Node('t');
		const moves = splitMoves(from, to, size, 2);
		expect(moves.map((m) => [m.parent.label, m.node.label, m.weight])).toEqual([
			['t', 'p', 1],
			['t', 'table', 1],
			['table', 'tr1', 1],
			['table', 'tr2', 1],
			['table', 'tr3', 1],
		]);
	});
});
