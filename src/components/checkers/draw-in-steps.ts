// Draws a long result into its container in steps, so that no main-thread task runs over 50 ms
// (issue 11 §5; a trace of a 199 MB read showed the 801-element report drawn in one 114 ms task: 22 ms
// building it, 25 ms of style, 53 ms of the layout the focus move forced over all of it). The first
// screen (headline, controls, next steps) is drawn at once, then a bounded number of elements per
// frame; each part is built just before it is drawn. The nodes are moved as they were built
// (listeners included), so the final DOM is the one-shot render's (tests/unit/render-steps.test.ts).
import { groupByWeight, splitMoves } from '~/lib/render/steps';

/** Elements drawn at once: the headline, the controls and what fits of the first screen. */
const FIRST = 80;
/** Elements drawn per later frame. */
const STEP = 60;

const weight = (n: Node) => (n instanceof Element ? 1 + n.getElementsByTagName('*').length : 1);

export interface Stepper {
	/**
	 * Replaces the container's content with `parts` and moves focus to the first element matching
	 * `focus` as soon as it is drawn. While steps remain, the container carries `data-pending`.
	 */
	draw(parts: Iterable<Node>, focus: string): void;
	/** Drops the steps not yet drawn (a new reading started). */
	cancel(): void;
}

export function stepper(target: HTMLElement): Stepper {
	let run = 0;
	const cancel = () => {
		run++;
		delete target.dataset.pending;
	};
	const draw = (parts: Iterable<Node>, focus: string) => {
		cancel();
		const mine = run;
		const holder = document.createDocumentFragment();
		function* moves() {
			for (const part of parts) {
				holder.append(part);
				yield* splitMoves<Node>(holder, target, weight, STEP);
			}
		}
		const steps = groupByWeight(moves(), (m) => m.weight, FIRST, STEP);
		let focused = false;
		let scroll: HTMLElement | undefined;
		/** Draws the next step; false once there was none. */
		const apply = () => {
			const step = steps.next();
			if (step.done) return false;
			for (const m of step.value) m.parent.appendChild(m.node);
			const to = focused ? null : target.querySelector<HTMLElement>(focus);
			if (to) {
				// Focus without scrolling needs style, not layout: the frame after this task lays out
				// the step, and the next task scrolls to the focused element with the layout done.
				to.focus({ preventScroll: true });
				scroll = to;
				focused = true;
			}
			return true;
		};
		target.replaceChildren();
		apply();
		target.dataset.pending = '';
		// After the next frame is painted: each step gets a frame (and a layout) of its own.
		const later = () => requestAnimationFrame(() => setTimeout(next));
		const next = () => {
			if (mine !== run) return;
			scroll?.scrollIntoView({ block: 'nearest' });
			scroll = undefined;
			if (apply()) later();
			else delete target.dataset.pending;
		};
		later();
	};
	return { draw, cancel };
}
