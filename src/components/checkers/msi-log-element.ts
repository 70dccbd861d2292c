// The MSI log checker <ifg-msi-log>: reads a dropped or pasted log in a worker and renders the analysis.
// Client code lives in .ts modules (type-checked by tsc and linted like the rest); the component imports it.
import type { LogEncoding } from '~/lib/checkers/decode';
import { t } from '~/i18n/client';
import { msg } from '~/i18n/msg';
import { h } from '../dom';
import { stepper } from './draw-in-steps';
import { attemptParts, metaLine, renderComparison, type ShellChoice } from './msi-log-view';
import type { Analysis, FromWorker, ToWorker } from './msi-log-protocol';

const MAX = 200 * 1024 * 1024;

class MsiLogElement extends HTMLElement {
	#worker: Worker | undefined;
	#busy = false;

	connectedCallback() {
		const form = this.querySelector('form')!;
		const file = form.querySelector<HTMLInputElement>('input[name=file]')!;
		// Optional: a log of a run that worked, compared with the last attempt of the first log.
		const compare = form.querySelector<HTMLInputElement>('input[name=compare]')!;
		const other = () => {
			const f = compare.files?.[0];
			return f ? { compare: f } : {};
		};
		const text = form.querySelector('textarea')!;
		const encoding = form.querySelector<HTMLSelectElement>('select[name=encoding]')!;
		let lastFile: File | undefined;
		// PowerShell first, as in the msiexec generator: Start-Process -Verb RunAs can elevate by itself.
		let shell: ShellChoice = 'powershell';
		const submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
		const cancel = form.querySelector<HTMLButtonElement>('[data-cancel]')!;
		const progress = form.querySelector('progress')!;
		const drop = this.querySelector<HTMLElement>('[data-drop]')!;
		const status = this.querySelector<HTMLElement>('[role=status]')!;
		const results = this.querySelector<HTMLElement>('[data-results]')!;
		// A long report is drawn in steps (draw-in-steps.ts): no main-thread task over 50 ms.
		const painter = stepper(results);

		const say = (text: string) => {
			status.textContent = text;
		};
		const idle = () => {
			this.#busy = false;
			cancel.hidden = true;
			progress.hidden = true;
			submit.disabled = false;
			file.disabled = false;
			compare.disabled = false;
		};
		const show = (result: Analysis) => {
			idle();
			if (!result.ok) {
				const format = t(`check.msi.format.${result.format ?? 'unknown'}`);
				const key = {
					empty: 'check.msi.err.empty',
					binary: 'check.msi.err.binary',
					'too-big': 'check.msi.err.tooBig',
					encoding: 'check.msi.err.encoding',
				}[result.reason];
				say(t(msg(key, { format })));
				return;
			}
			say('');
			let index = result.attempts.length - 1;
			// After a redraw, focus goes back to the control that caused it (or to the summary) as soon as
			// the step that holds it is drawn: the layout focus forces is then the first screen's alone.
			const draw = (focus: string) => {
				const a = result.attempts[index]!;
				const controls = h('div', { class: 'ifg-actions' });
				if (result.total > 1) {
					controls.append(
						h(
							'p',
							{},
							t(
								msg('check.msi.attempts', {
									count: result.total,
									n: index + 1 + (result.total - result.attempts.length),
									line: a.report.firstLine,
								}),
							),
						),
					);
					const pick = h('select', { 'data-attempt': '' });
					pick.id = 'ifg-msi-attempt';
					result.attempts.forEach((x, i) => {
						const o = h(
							'option',
							{},
							t(
								msg('check.msi.attemptOption', {
									n: i + 1 + (result.total - result.attempts.length),
									line: x.report.firstLine,
									outcome: t(`check.msi.outcome.${x.report.outcome}`),
								}),
							),
						);
						o.value = String(i);
						o.selected = i === index;
						pick.append(o);
					});
					pick.addEventListener('change', () => {
						index = Number(pick.value);
						draw('[data-attempt]');
					});
					const label = h('label', {}, t('check.msi.attemptPick'));
					label.htmlFor = pick.id;
					controls.append(label, pick);
				}
				const shells = h('select', { 'data-shell': '' });
				shells.id = 'ifg-msi-shell';
				for (const s of ['powershell', 'cmd'] as const) {
					const o = h('option', {}, t(`check.msi.shell.${s}`));
					o.value = s;
					o.selected = s === shell;
					shells.append(o);
				}
				shells.addEventListener('change', () => {
					shell = shells.value as ShellChoice;
					draw('[data-shell]');
				});
				const shellLabel = h('label', {}, t('check.msi.shell'));
				shellLabel.htmlFor = shells.id;
				controls.append(shellLabel, shells);
				// The headline, then the line under it and the controls, then the rest of the report.
				const { comparison, encoding } = result;
				function* report() {
					const parts = attemptParts(a, shell);
					const head = parts.next();
					if (!head.done) yield head.value;
					yield metaLine(a, encoding);
					yield controls;
					yield* parts;
					if (comparison) yield renderComparison(comparison);
				}
				painter.draw(report(), focus);
			};
			draw('.ifg-summary');
		};
		// The worker is started before any analysis, so reading a file needs no network at all.
		const spawn = () => {
			this.#worker = new Worker(new URL('./msi-log.worker.ts', import.meta.url), {
				type: 'module',
			});
			this.#worker.addEventListener('message', (e: MessageEvent<FromWorker>) => {
				const m = e.data;
				if (m.type === 'progress') {
					const pct = Math.floor((m.done / Math.max(1, m.total)) * 100);
					progress.value = pct;
					say(t(msg('check.msi.reading', { percent: pct })));
				} else if (m.type === 'done') show(m.result);
				else {
					idle();
					say(t(msg('check.msi.err.failed', { message: m.message })));
				}
			});
			this.#worker.addEventListener('error', (e) => {
				idle();
				say(t(msg('check.msi.err.failed', { message: e.message || 'worker error' })));
				e.preventDefault();
			});
		};
		spawn();

		const start = (request: ToWorker) => {
			if (this.#busy || !this.#worker) return;
			this.#busy = true;
			painter.cancel();
			results.replaceChildren();
			submit.disabled = true;
			file.disabled = true;
			compare.disabled = true;
			cancel.hidden = false;
			progress.hidden = false;
			progress.value = 0;
			say(t(msg('check.msi.reading', { percent: 0 })));
			this.#worker.postMessage(request);
		};
		const takeFile = (f: File | undefined) => {
			if (!f) return;
			if (f.size === 0) return say(t('check.msi.err.empty'));
			if (f.size > MAX) return say(t('check.msi.err.tooBig'));
			lastFile = f;
			const forced = encoding.value as LogEncoding | '';
			start({ type: 'file', file: f, ...(forced ? { encoding: forced } : {}), ...other() });
		};

		file.addEventListener('change', () => takeFile(file.files?.[0]));
		// Choosing a log to compare with reads the first one again, with the comparison.
		compare.addEventListener('change', () => {
			if (lastFile) takeFile(lastFile);
			else if (text.value.trim()) start({ type: 'text', text: text.value, ...other() });
		});
		// Choosing another encoding reads the same file again with it.
		encoding.addEventListener('change', () => takeFile(lastFile));
		form.addEventListener('submit', (e) => {
			e.preventDefault();
			const value = text.value;
			if (!value.trim()) return say(t('check.msi.err.emptyPaste'));
			start({ type: 'text', text: value, ...other() });
		});
		cancel.addEventListener('click', () => {
			this.#worker?.terminate();
			idle();
			say(t('check.msi.cancelled'));
			spawn();
		});
		for (const type of ['dragenter', 'dragover'] as const) {
			drop.addEventListener(type, (e) => {
				e.preventDefault();
				drop.dataset.over = '';
			});
		}
		drop.addEventListener('dragleave', () => delete drop.dataset.over);
		drop.addEventListener('drop', (e) => {
			e.preventDefault();
			delete drop.dataset.over;
			takeFile(e.dataTransfer?.files[0]);
		});
		// Dropping a file anywhere on the form must not navigate away from the page.
		form.addEventListener('dragover', (e) => e.preventDefault());
		form.addEventListener('drop', (e) => {
			e.preventDefault();
			takeFile(e.dataTransfer?.files[0]);
		});

		file.disabled = false;
		compare.disabled = false;
		encoding.disabled = false;
		text.disabled = false;
		submit.disabled = false;
	}

	disconnectedCallback() {
		this.#worker?.terminate();
	}
}
customElements.define('ifg-msi-log', MsiLogElement);
