// Draws a long result into its container in steps, so that no main-thread task runs over 50 ms
// (issue 11 §5; a 800-element report drawn at once took 109 ms, the focus move's layout 88 ms more):
// the first screen (headline, controls, next steps) at once, then a bounded number of elements per
// frame. The nodes are the ones built for a one-shot render, moved as they are (listeners included),
// so the final DOM is the one-shot render's (tests/unit/render-steps.test.ts).
import { groupByWeight, splitMoves, type Move } from '~/lib/render/steps';

/** Elements attached at once: the headline, the controls and what fits of the first screen. */
const FIRST = 150;
/** Elements attached per later frame. */
const STEP = 100;

const weight = (n: Node) => (n instanceof Element ? 1 + n.getElementsByTagName('*').length : 1);

export interface Stepper {
	/**
	 * Replaces the container's content with `content`. `ready` runs after the first step and after each
	 * later one until it returns true (it moves focus once its target is there). While steps remain,
	 * the container carries `data-pending`.
	 */
	draw(content: DocumentFragment, ready?: () => boolean): void;
	/** Drops the steps not yet drawn (a new reading started). */
	cancel(): void;
}

export function stepper(target: HTMLElement): Stepper {
	let run = 0;
	const cancel = () => {
		run++;
		delete target.dataset.pending;
	};
	const draw = (content: DocumentFragment, ready: () => boolean = () => true) => {
		cancel();
		const mine = run;
		const steps = groupByWeight(
			splitMoves<Node>(content, target, weight, STEP),
			(m) => m.weight,
			FIRST,
			STEP,
		);
		let done = false;
		let i = 0;
		const apply = (step: Move<Node>[]) => {
			for (const m of step) m.parent.appendChild(m.node);
			done ||= ready();
		};
		target.replaceChildren();
		apply(steps[i++] ?? []);
		if (i >= steps.length) return;
		target.dataset.pending = '';
		// After the next frame is painted: each step gets a frame (and a layout) of its own.
		const later = () => requestAnimationFrame(() => setTimeout(next));
		const next = () => {
			if (mine !== run) return;
			apply(steps[i++]!);
			if (i < steps.length) later();
			else delete target.dataset.pending;
		};
		later();
	};
	return { draw, cancel };
}
