// <ifg-code-table>: upgrades a server-rendered page of a code table. Nothing of it loads with the page
// but this element: the controls are enabled at once, and on the reader's first use of the form (focus,
// press, input) — or at once when the address asks for a filtered or later page — it loads the table's
// logic (./code-table-app.ts), which fetches the rows and takes the table over. What is typed before
// they arrive is kept. Without JS the controls stay disabled and the server's page and page links work
// as is; if the rows cannot be fetched, the status says so.
import { t } from '~/i18n/client';
import { splitPath } from '~/lib/urls';

// A code page's site path, /errors/<family>/<code>/ (linear: fixed segments, one class each).
const CODE_PATH = /^\/errors\/[a-z0-9-]+\/([^/]+)\/$/;

/** Events that show the reader is about to use the filter (as on the generators' forms). */
const INTENT = ['focusin', 'pointerdown', 'input', 'change'];

class CodeTable extends HTMLElement {
	connectedCallback() {
		const input = this.querySelector<HTMLInputElement>('input[type=search]');
		const select = this.querySelector<HTMLSelectElement>('select');
		const status = this.querySelector<HTMLElement>('[role=status]');
		const tbody = this.querySelector('tbody');
		const pager = this.querySelector<HTMLElement>('.kb-pager');
		const form = input?.form;
		if (!input || !form || !status || !tbody || !pager) return;
		const controls = select ? [input, select] : [input];
		const params = new URL(location.href).searchParams;
		// Offline, the service worker answers a code page never visited with its family's table
		// (src/offline/sw.ts): start filtered to that code, wherever it is in the table.
		const asCode = this.dataset.family ? CODE_PATH.exec(splitPath(location.pathname).path) : null;

		/** Loads the logic and the rows; resolves to what Enter does, or undefined (and says so). */
		const load = async (): Promise<(() => void) | undefined> => {
			const enter = await import('./code-table-app')
				.then(({ takeOver }) =>
					takeOver({
						el: this,
						input,
						select,
						status,
						tbody,
						pager,
						params,
						asCode: asCode?.[1],
					}),
				)
				.catch(() => undefined);
			if (!enter) {
				// Offline or blocked: say so; the server's page and its page links still work.
				for (const c of controls) c.disabled = true;
				status.textContent = t('kb.filter.unavailable');
			}
			return enter;
		};

		// The server's page works as it is, so nothing loads with it: the controls work at once, and the
		// rows (the whole lookup index on /errors/) load when the reader first uses the form, or at once
		// for an address that asks for a filtered or later page.
		let ready: Promise<(() => void) | undefined> | undefined;
		const start = () => (ready ??= load());
		form.addEventListener('submit', (e) => {
			e.preventDefault();
			void start().then((enter) => enter?.());
		});
		for (const c of controls) c.disabled = false;
		if (params.has('q') || params.has('family') || params.has('page') || asCode) {
			void start();
			return;
		}
		const intent = () => {
			for (const type of INTENT) form.removeEventListener(type, intent);
			void start();
		};
		for (const type of INTENT) form.addEventListener(type, intent);
	}
}
customElements.define('ifg-code-table', CodeTable);
