// The generator form at work, once the reader has shown intent (src/components/generator/ifg-generator.ts
// loads this module together with the page's generator). All logic lives in src/lib/generators; this
// only moves values between the form, the generator and the URL. Messages are resolved with the page's
// own catalog (src/i18n/client.ts), which the server put into the page.
import { t } from '../../i18n/client';
import { isMsg, type Msg } from '../../i18n/msg';
import { defaults } from '../../lib/generators/common';
import type { GeneratorModule } from '../../lib/generators/index';
import type { Field, Result, Shell, State } from '../../lib/generators/types';
import { fromQuery, toQuery } from '../../lib/generators/url-state';
import { type Child, fill, h } from '../dom';

/**
 * A token's explanation: its plain parameters are what was typed or chosen (a file, a mode, a log
 * name), shown as code, as GeneratorForm.astro renders them; nested messages are text in the page's language.
 */
function explained(m: Msg): Child[] {
	const vars = Object.fromEntries(
		Object.entries(m.params ?? {}).map(([k, v]) => [k, isMsg(v) ? t(v) : h('code', {}, String(v))]),
	);
	return fill(t(m.key), vars);
}

export class GeneratorApp {
	readonly #el: HTMLElement;
	readonly #mod: GeneratorModule;
	#state: State = {};
	#shell: Shell = 'cmd';
	#result?: Result;

	constructor(el: HTMLElement, mod: GeneratorModule) {
		this.#el = el;
		this.#mod = mod;
	}

	/** Restore a shared URL, or read what the reader did before this module arrived; then render. */
	start(fromUrl: boolean) {
		if (fromUrl) {
			const decoded = fromQuery(this.#mod.spec, location.search);
			// Fields such as chmod's grid are not in the URL: derive them from the rest.
			this.#state = this.#mod.sync ? this.#mod.sync(decoded.state, '') : decoded.state;
			this.#shell = decoded.shell;
			this.#notices(decoded.notices);
			this.#write();
		} else this.#read();
		const form = this.#q<HTMLFormElement>('form')!;
		form.addEventListener('input', (e) => this.#changed(e.target));
		form.addEventListener('change', (e) => this.#changed(e.target));
		this.#el.addEventListener('click', (e) => this.#click(e));
		for (const b of this.#el.querySelectorAll<HTMLButtonElement>('button[data-action]'))
			b.disabled = false;
		this.#render();
		this.#el.dataset.ready = '';
	}

	/** Controls -> state, for input made before the generator module arrived. */
	#read() {
		const state: State = {};
		for (const f of this.#mod.spec.fields) {
			const c = this.#control(f);
			if (!c) continue;
			state[f.name] =
				f.kind === 'checkbox' ? c.checked : f.kind === 'list' ? c.value.split('\n') : c.value;
		}
		const focused = (document.activeElement as HTMLElement | null)?.dataset?.['field'] ?? '';
		this.#state = this.#mod.sync ? this.#mod.sync(state, focused) : state;
		this.#shell =
			(this.#el.querySelector<HTMLInputElement>('input[name="ifg-shell"]:checked')?.value as
				Shell | undefined) ?? this.#mod.spec.shells[0]!;
		this.#write();
	}

	#q<T extends Element = HTMLElement>(sel: string) {
		return this.#el.querySelector<T>(sel);
	}
	#control(f: Field) {
		return this.#q<HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement>(
			`[data-field="${f.name}"]`,
		);
	}

	/** State -> controls. */
	#write(except?: string) {
		for (const f of this.#mod.spec.fields) {
			const c = this.#control(f);
			if (!c || f.name === except) continue;
			const v = this.#state[f.name];
			if (f.kind === 'checkbox') c.checked = v === true;
			else c.value = Array.isArray(v) ? v.join('\n') : String(v ?? '');
		}
		for (const r of this.#el.querySelectorAll<HTMLInputElement>('input[name="ifg-shell"]'))
			r.checked = r.value === this.#shell;
	}

	#changed(target: EventTarget | null) {
		if (!(
			target instanceof HTMLInputElement ||
			target instanceof HTMLSelectElement ||
			target instanceof HTMLTextAreaElement
		))
			return;
		if (target.name === 'ifg-shell') this.#shell = target.value as Shell;
		else {
			const f = this.#mod.spec.fields.find((x) => x.name === target.dataset.field);
			if (!f) return;
			this.#state[f.name] =
				f.kind === 'checkbox'
					? (target as HTMLInputElement).checked
					: f.kind === 'list'
						? target.value.split('\n')
						: target.value;
			if (this.#mod.sync) {
				this.#state = this.#mod.sync(this.#state, f.name);
				this.#write(f.name);
			}
		}
		this.#render();
	}

	async #click(e: Event) {
		const b = (e.target as Element).closest<HTMLButtonElement>('button[data-action]');
		if (!b) return;
		const status = this.#q('[data-status]')!;
		if (b.dataset.action === 'copy' && this.#result?.command) {
			try {
				await navigator.clipboard.writeText(this.#result.command);
				status.textContent = this.#el.dataset.copied ?? '';
			} catch {
				status.textContent = this.#el.dataset.copyFailed ?? '';
			}
		} else if (b.dataset.action === 'reset' || b.dataset.action === 'preset') {
			const preset = this.#mod.spec.presets?.find((p) => p.id === b.dataset.preset);
			const state = { ...defaults(this.#mod.spec), ...(preset?.state ?? {}) };
			this.#state = this.#mod.sync ? this.#mod.sync(state, '') : state;
			if (b.dataset.action === 'reset') this.#shell = this.#mod.spec.shells[0]!;
			this.#notices([]);
			this.#write();
			this.#render();
			status.textContent = b.dataset.action === 'reset' ? (this.#el.dataset.resetDone ?? '') : '';
		}
	}

	#notices(list: Msg[]) {
		const box = this.#q('[data-notices]')!;
		box.replaceChildren(...list.map((n) => h('p', {}, t(n))));
		box.hidden = list.length === 0;
	}

	#render() {
		const r = this.#mod.generate(this.#state, this.#shell);
		this.#result = r;
		const code = this.#q('[data-command]')!;
		code.textContent = r.command || this.#el.dataset.fixErrors || '';
		code.classList.toggle('ifg-invalid', !r.command);
		this.#q<HTMLButtonElement>('[data-action="copy"]')!.disabled = !r.command;
		for (const f of this.#mod.spec.fields) {
			const msgs = r.errors.filter((e) => e.field === f.name).map((e) => t(e.message));
			const out = this.#q(`[data-error-for="${f.name}"]`);
			const c = this.#control(f);
			if (out) {
				out.textContent = msgs.join(' ');
				out.hidden = msgs.length === 0;
			}
			if (c) c.toggleAttribute('aria-invalid', msgs.length > 0);
		}
		const unplaced = r.errors.filter((e) => !this.#q(`[data-error-for="${e.field}"]`));
		const warn = this.#q('[data-warnings]')!;
		warn.replaceChildren(
			...[...unplaced.map((e) => e.message), ...r.warnings].map((w) => h('li', {}, t(w))),
		);
		warn.hidden = warn.childElementCount === 0;
		this.#q('[data-tokens]')!.replaceChildren(
			...r.tokens.map((tok) => {
				const docs = tok.href ? h('a', { href: tok.href }, this.#el.dataset.docs ?? '') : null;
				return h(
					'li',
					{},
					h('code', {}, tok.text),
					' ',
					h('span', {}, ...explained(tok.explain)),
					docs && ' ',
					docs,
				);
			}),
		);
		const query = toQuery(this.#mod.spec, this.#state, this.#shell);
		const url = `${location.pathname}${query ? `?${query}` : ''}`;
		history.replaceState(history.state, '', url);
		const share = this.#q<HTMLAnchorElement>('[data-share]');
		if (share) share.href = url;
	}
}
