// Renders a log analysis as DOM (text nodes only). Strings come from the page's data-i18n.
import type { MsiError } from '~/lib/checkers/msi-log';
import type { CodeRef, Summary } from '~/lib/checkers/msi-log-summary';
import { commandBlock, fill, fillText, h, localize } from './dom';
import type { Child } from './dom';
import { siteLink } from './links';
import type { Analysis } from './msi-log-protocol';

type T = (key: string) => string;

const kbHref = (ref: { family: string; code: string }, base: string) =>
	localize(`/errors/${ref.family}/${ref.code}/`, base);
const codeLink = (ref: CodeRef, base: string) => h('a', { href: kbHref(ref, base) }, ref.code);

function summaryLine(s: Summary, t: T, base: string): Child[] {
	switch (s.kind) {
		case 'not-a-log':
			return [t('check.msi.notALog')];
		case 'success':
			return fill(t(s.reboot ? 'check.msi.successReboot' : 'check.msi.success'), { code: codeLink(s.exit, base) });
		case 'cancelled':
			return [t('check.msi.userCancelled')];
		case 'incomplete':
			return [t('check.msi.incomplete')];
		case 'failure': {
			const out: Child[] = [];
			const err = s.error;
			if (s.action && err) {
				out.push(...fill(t('check.msi.failedAction'), { action: s.action, code: codeLink(err, base), message: err.text ?? '' }));
			} else if (err) {
				out.push(...fill(t('check.msi.failedError'), { code: codeLink(err, base), message: err.text ?? '' }));
			} else if (s.action) {
				out.push(...fill(t('check.msi.failedActionOnly'), { action: s.action }));
			}
			if (s.customAction) out.push(' ', ...fill(t('check.msi.failedCustom'), { name: s.customAction }));
			if (s.exit) out.push(' ', ...fill(t('check.msi.exit'), { code: codeLink(s.exit, base), name: s.exit.name ?? s.exit.text ?? '—' }));
			return out;
		}
	}
}

function section(title: string, ...body: Child[]): HTMLElement {
	return h('section', {}, h('h2', {}, title), ...body);
}

function errorItem(e: MsiError, t: T, base: string): HTMLElement {
	const family = 'msi';
	const li = h(
		'li',
		{},
		`${t(`check.msi.kind.${e.kind}`)} `,
		h('a', { href: kbHref({ family, code: String(e.code) }, base) }, String(e.code)),
		` (${fillText(t('check.line'), { n: e.n })})`,
	);
	if (e.count > 1) li.append(`, ${fillText(t('check.msi.repeated'), { count: e.count })}`);
	if (e.args.length) {
		const args = h('ol', { class: 'ifg-args' });
		e.args.forEach((a, i) => {
			const item = h('li', {}, h('code', {}, `[${i + 2}] `), a);
			const hr = /^-\d{1,10}$/.test(a) ? Number(a) : NaN;
			if (hr < 0 && hr >= -0x80000000) {
				const hex = `0x${(hr >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
				item.append(' = ', h('a', { href: kbHref({ family: 'hresult', code: hex }, base) }, hex));
			}
			args.append(item);
		});
		li.append(args);
	}
	return li;
}

export function renderAnalysis(result: Analysis, t: T, base: string): DocumentFragment {
	const frag = document.createDocumentFragment();
	if (!result.ok) return frag;
	const { report: r, summary, hints } = result;
	const head = h('p', { class: 'ifg-summary', 'data-kind': summary.kind }, ...summaryLine(summary, t, base));
	head.tabIndex = -1;
	frag.append(head);
	const meta = fillText(t('check.msi.readAs'), { encoding: result.encoding, lines: r.lines });
	frag.append(h('p', { class: 'ifg-meta' }, meta, r.truncated && r.recognised ? ` ${t('check.msi.truncated')}` : ''));
	if (!r.recognised) return frag;

	if (hints.length) {
		const list = h('ol', { class: 'ifg-hints' });
		for (const hint of hints) {
			const li = h('li', { 'data-hint': hint.id }, h('p', {}, t(`check.msi.hint.${hint.id}`)));
			if (hint.command) li.append(commandBlock(hint.command, t('check.copy'), t('check.copied')));
			const links = h('p', { class: 'ifg-links' });
			hint.links.forEach((l, i) => links.append(...(i ? [' · '] : []), siteLink(l, base, t)));
			li.append(links);
			list.append(li);
		}
		frag.append(section(t('check.msi.h.next'), list));
	}

	if (r.context.length) {
		const pre = h('pre', { class: 'ifg-context' });
		const width = String(r.context.at(-1)!.n).length;
		const mark = r.firstFailure?.n ?? r.primary?.n;
		for (const l of r.context) {
			const line = h('span', l.n === mark ? { class: 'ifg-hit' } : {}, `${String(l.n).padStart(width)}  ${l.text}\n`);
			pre.append(line);
		}
		frag.append(section(t('check.msi.h.context'), pre));
	}

	const p = r.product;
	const rows: Array<[string, string | undefined]> = [
		['name', p.name],
		['version', p.version],
		['code', p.code],
		['manufacturer', p.manufacturer],
		['package', r.packagePath],
	];
	const dl = h('dl', {});
	for (const [k, v] of rows) if (v) dl.append(h('dt', {}, t(`check.msi.product.${k}`)), h('dd', {}, v));
	if (dl.childNodes.length) frag.append(section(t('check.msi.h.product'), dl));

	const el = r.elevation;
	const props = Object.entries(el.properties).map(([k, v]) => `${k} = ${v}`).join(', ');
	frag.append(
		section(
			t('check.msi.h.elevation'),
			h('p', {}, t(`check.msi.elev.${el.verdict}`), props ? ` (${props})` : ''),
			h('p', {}, fillText(t('check.msi.elev.lines'), { client: el.clientLines, server: el.serverLines })),
			...el.evidence.slice(0, 3).map((l) => h('pre', {}, `${l.n}  ${l.text}`)),
		),
	);

	if (r.errors.length) {
		const list = h('ul', { class: 'ifg-errors' });
		const shown = r.errors.slice(0, 100);
		for (const e of shown) list.append(errorItem(e, t, base));
		const more = r.errors.length - shown.length;
		frag.append(
			section(t('check.msi.h.errors'), list, more > 0 ? h('p', {}, fillText(t('check.msi.more'), { count: more })) : null, h('p', { class: 'ifg-attribution' }, t('check.msi.attribution'))),
		);
	}

	if (r.failedCustomActions.length) {
		const list = h('ul', {});
		for (const c of r.failedCustomActions) {
			list.append(h('li', {}, h('code', {}, c.name), ` (${fillText(t('check.line'), { n: c.n })})`, c.code !== undefined ? `: ${c.code}` : ''));
		}
		frag.append(section(t('check.msi.h.customActions'), list));
	}

	if (r.commandLine?.properties.length) {
		const dlc = h('dl', { class: 'ifg-props' });
		for (const { name, value } of r.commandLine.properties) dlc.append(h('dt', {}, name), h('dd', {}, value));
		frag.append(section(t('check.msi.h.commandLine'), dlc));
	}

	if (r.reboot.requested) {
		frag.append(section(t('check.msi.h.reboot'), ...r.reboot.evidence.slice(0, 5).map((l) => h('pre', {}, `${l.n}  ${l.text}`))));
	}
	return frag;
}
