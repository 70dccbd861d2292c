// Long results are drawn in steps so that no main-thread task runs over the 50 ms budget (issue 11 §5):
// the first screen at once, the rest a bounded number of elements per frame. This is the pure part:
// cutting a sequence of weighted items (elements to attach) into consecutive groups.

/**
 * Cuts `items` into consecutive, non-empty groups: the first weighs at most `first`, each later one at
 * most `rest`. An item heavier than its budget goes alone (it cannot be cut here; the caller splits
 * what it can before). Greedy: a group closes only when the next item would not fit. Lazy: it reads
 * `items` only one item past the group it yields, so a caller can build what it draws as it goes.
 */
export function* groupByWeight<T>(
	items: Iterable<T>,
	weight: (item: T) => number,
	first: number,
	rest: number,
): Generator<T[], void, undefined> {
	let group: T[] = [];
	let total = 0;
	let budget = first;
	for (const item of items) {
		const w = weight(item);
		if (group.length > 0 && total + w > budget) {
			yield group;
			group = [];
			total = 0;
			budget = rest;
		}
		group.push(item);
		total += w;
	}
	if (group.length > 0) yield group;
}

/** What the splitting needs of a node: the DOM's Node has it, and so has a test's plain tree. */
export interface Tree<N> {
	readonly childNodes: ArrayLike<N>;
	readonly firstChild: N | null;
	appendChild(child: N): unknown;
	removeChild(child: N): unknown;
}

/** Attach `node` (with what it still holds) as the last child of `parent`. */
export interface Move<N> {
	parent: N;
	node: N;
	weight: number;
}

/**
 * Empties `from` into moves that rebuild its content under `to` when applied in order. A node that
 * weighs more than `budget` (with `weight` of a node counting its whole subtree) is split: it is moved
 * empty (weight 1) and its children follow as moves of their own, recursively. Applying every move
 * in order gives `to` exactly the children `from` had, the same node objects in the same order.
 */
export function splitMoves<N extends Tree<N>>(
	from: N,
	to: N,
	weight: (node: N) => number,
	budget: number,
): Move<N>[] {
	const moves: Move<N>[] = [];
	const walk = (src: N, dst: N) => {
		for (const node of Array.from(src.childNodes)) {
			const w = weight(node);
			src.removeChild(node);
			if (w <= budget || node.firstChild === null) moves.push({ parent: dst, node, weight: w });
			else {
				moves.push({ parent: dst, node, weight: 1 });
				walk(node, node);
			}
		}
	};
	walk(from, to);
	return moves;
}
