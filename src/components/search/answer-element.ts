// <ifg-answer>: wraps Starlight's <site-search>. Loaded with every page, so it stays tiny: it only
// waits for the first keystroke in the dialog, then imports the answer engine (./answer-card.ts),
// which fetches the slices of the lookup index each query needs and takes over. Nothing of either
// loads before someone types.
//
// It also mends one race of Starlight's dialog: Pagefind's field is created when the browser is idle
// after load, and a dialog opened before that (a quick click, Ctrl+K) focused nothing, so the first
// keystrokes went nowhere. When the field appears in an open dialog whose focus is not in a text
// field, it takes the focus, as it would have on opening.
class AnswerElement extends HTMLElement {
	connectedCallback() {
		const start = (e: Event) => {
			if (!(e.target instanceof HTMLInputElement)) return;
			this.removeEventListener('input', start, true);
			void import('./answer-card').then((m) => m.attach(this, e.target as HTMLInputElement));
		};
		this.addEventListener('input', start, true);
		if (this.querySelector('dialog input')) return;
		const observer = new MutationObserver(() => {
			const input = this.querySelector<HTMLInputElement>('dialog input');
			if (!input) return;
			observer.disconnect();
			const dialog = input.closest('dialog');
			const active = document.activeElement;
			if (dialog?.open && !(active instanceof HTMLInputElement)) input.focus();
		});
		observer.observe(this, { childList: true, subtree: true });
	}
}
customElements.define('ifg-answer', AnswerElement);
