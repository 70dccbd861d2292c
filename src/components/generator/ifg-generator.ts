// <ifg-generator>: upgrades the server-rendered form. The server already rendered the default command,
// so this element only enables the native controls and waits for the reader to show intent (a shared
// URL to restore, or the first focus, press or input in the form); then it fetches the form's logic
// (generator-app.ts) and the page's generator together. Nothing else of the generator loads with the page.
import { loaders } from '../../lib/generators/index';

/** Events that show the reader is about to use the form (change covers scripted or assistive input). */
const INTENT = ['focusin', 'pointerdown', 'input', 'change'];

class IfgGenerator extends HTMLElement {
	connectedCallback() {
		const load = loaders[this.dataset.id ?? ''];
		if (!load) return;
		this.querySelector<HTMLFieldSetElement>('[data-fields]')!.disabled = false;
		for (const r of this.querySelectorAll<HTMLInputElement>('input[name="ifg-shell"]'))
			r.disabled = false;
		this.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
		const start = async (fromUrl: boolean) => {
			const [{ GeneratorApp }, mod] = await Promise.all([import('./generator-app'), load()]);
			new GeneratorApp(this, mod).start(fromUrl);
		};
		if (location.search) {
			void start(true);
			return;
		}
		const intent = () => {
			for (const type of INTENT) this.removeEventListener(type, intent);
			void start(false);
		};
		for (const type of INTENT) this.addEventListener(type, intent);
	}
}

customElements.define('ifg-generator', IfgGenerator);
