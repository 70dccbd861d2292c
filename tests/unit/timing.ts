// Worst-case timing for the linear-time tests. One measurement on a shared machine (or next to another
// test file's oracle processes) can be spoiled; a superlinear algorithm is slow on every try. So: one
// warm-up run (the JIT), then the fastest of three.
export function bestOf(run: () => void, tries = 3): number {
	run();
	let best = Infinity;
	for (let i = 0; i < tries; i++) {
		const t0 = performance.now();
		run();
		best = Math.min(best, performance.now() - t0);
	}
	return best;
}
