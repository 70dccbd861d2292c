// <ifg-answer>: wraps Starlight's <site-search>. Loaded with every page, so it stays tiny: it only
// waits for the first keystroke in the dialog, then imports the answer engine (./answer-card.ts),
// which fetches the slices of the lookup index each query needs and takes over. Nothing of either
// loads before someone types.
class AnswerElement extends HTMLElement {
	connectedCallback() {
		const start = (e: Event) => {
			if (!(e.target instanceof HTMLInputElement)) return;
			this.removeEventListener('input', start, true);
			void import('./answer-card').then((m) => m.attach(this, e.target as HTMLInputElement));
		};
		this.addEventListener('input', start, true);
	}
}
customElements.define('ifg-answer', AnswerElement);
