// Renders a log analysis as DOM (text nodes only), in the page's language (src/i18n/client.ts).
import type { LogLine, MsiError, MsiLogReport, TimelineEntry } from '~/lib/checkers/msi-log';
import type { LogComparison } from '~/lib/checkers/msi-log-compare';
import {
	decodeHresult,
	shownErrors,
	type CodeRef,
	type Hint,
	type Summary,
} from '~/lib/checkers/msi-log-summary';
import { pageCatalog, t } from '~/i18n/client';
import { msg } from '~/i18n/msg';
import { commandBlock, fill, h } from '../dom';
import type { Child } from '../dom';
import { siteHref, siteLink } from './site-link';
import type { AttemptAnalysis } from './msi-log-protocol';

export type ShellChoice = 'cmd' | 'powershell';

const kbHref = (ref: { family: string; code: string }) =>
	siteHref(`/errors/${ref.family}/${ref.code}/`);
const codeLink = (ref: CodeRef) => h('a', { href: kbHref(ref) }, ref.code);

function failureLine(s: Extract<Summary, { kind: 'failure' }>): Child[] {
	const out: Child[] = [];
	const err = s.error;
	if (s.beforeActions && s.exit) {
		out.push(
			...fill(t('check.msi.failedBefore'), {
				code: codeLink(s.exit),
				name: s.exit.name ?? '—',
				message: s.exit.text ?? '',
			}),
		);
		if (err)
			out.push(
				' ',
				...fill(t('check.msi.failedError'), { code: codeLink(err), message: err.text ?? '' }),
			);
		return out;
	}
	if (s.action && err) {
		out.push(
			...fill(t('check.msi.failedAction'), {
				action: s.action,
				code: codeLink(err),
				message: err.text ?? '',
			}),
		);
	} else if (err) {
		out.push(...fill(t('check.msi.failedError'), { code: codeLink(err), message: err.text ?? '' }));
	} else if (s.action) {
		out.push(...fill(t('check.msi.failedActionOnly'), { action: s.action }));
	}
	if (s.nested) {
		const key = s.nested.product ? 'check.msi.failedNested' : 'check.msi.failedNestedUnnamed';
		out.push(
			' ',
			...fill(t(key), {
				action: s.action ?? '',
				product: s.nested.product ?? '',
				elevation: t(`check.msi.nestedElev.${s.nested.elevation}`),
			}),
		);
		if (s.nested.action)
			out.push(' ', ...fill(t('check.msi.failedNestedAction'), { action: s.nested.action }));
	}
	if (s.burn) {
		const hr = h('a', { href: siteHref(`/errors/?q=${s.burn.result.code}`) }, s.burn.result.code);
		out.push(
			...(out.length ? [' '] : []),
			...fill(t('check.msi.failedBurn'), {
				package: s.burn.package,
				code: hr,
				name: s.burn.result.name ?? '—',
			}),
		);
	}
	if (s.customAction) out.push(' ', ...fill(t('check.msi.failedCustom'), { name: s.customAction }));
	if (s.exit)
		out.push(
			' ',
			...fill(t('check.msi.exit'), {
				code: codeLink(s.exit),
				name: s.exit.name ?? s.exit.text ?? '—',
			}),
		);
	return out;
}

function summaryLine(s: Summary): Child[] {
	switch (s.kind) {
		case 'not-a-log':
			return [t('check.msi.notALog')];
		case 'success':
			return fill(t(s.reboot ? 'check.msi.successReboot' : 'check.msi.success'), {
				code: codeLink(s.exit),
			});
		case 'cancelled':
			return [t('check.msi.userCancelled')];
		case 'incomplete':
			return [t('check.msi.incomplete')];
		case 'failure':
			return failureLine(s);
	}
}

function section(title: string, ...body: Child[]): HTMLElement {
	return h('section', {}, h('h2', {}, title), ...body);
}

function hresultNote(hex: string): HTMLElement {
	const d = decodeHresult(hex);
	const link = h('a', { href: siteHref(`/errors/?q=${hex}`) }, hex);
	if (d.win32 === undefined) return h('p', {}, ...fill(t('check.msi.hresultOther'), { hex: link }));
	// Only some Win32 codes have a sentence in the catalog; the others show code and name alone.
	const key = `check.msi.win32.${d.win32}`;
	const meaning = key in pageCatalog() ? t(key) : '';
	return h(
		'p',
		{},
		...fill(t('check.msi.hresultWin32'), {
			hex: link,
			code: String(d.win32),
			name: d.name ?? '—',
			meaning,
		}),
	);
}

function errorItem(e: MsiError): HTMLElement {
	const li = h(
		'li',
		{},
		`${t(`check.msi.kind.${e.kind}`)} `,
		h('a', { href: kbHref({ family: 'msi', code: String(e.code) }) }, String(e.code)),
		` (${t(msg('check.line', { n: e.n }))})`,
	);
	if (e.count > 1) li.append(`, ${t(msg('check.msi.repeated', { count: e.count }))}`);
	if (e.args.length) {
		const args = h('ol', { class: 'ifg-args' });
		e.args.forEach((a, i) => {
			const item = h('li', {}, h('code', {}, `[${i + 2}] `), a);
			const hr = /^-\d{1,10}$/.test(a) ? Number(a) : NaN;
			if (hr < 0 && hr >= -0x80000000) {
				const hex = `0x${(hr >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
				item.append(' = ', h('a', { href: kbHref({ family: 'hresult', code: hex }) }, hex));
			}
			args.append(item);
		});
		li.append(args);
	}
	return li;
}

function linesBlock(lines: LogLine[], mark?: number): HTMLElement {
	const pre = h('pre', { class: 'ifg-context' });
	pre.tabIndex = 0;
	const width = String(lines.at(-1)?.n ?? 0).length;
	for (const l of lines) {
		pre.append(
			h(
				'span',
				l.n === mark ? { class: 'ifg-hit' } : {},
				`${String(l.n).padStart(width)}  ${l.text}\n`,
			),
		);
	}
	return pre;
}

function hintItem(hint: Hint): HTMLElement {
	const text = t(hint.message);
	const li = h('li', { 'data-hint': hint.id }, h('p', {}, text));
	if (hint.command) li.append(commandBlock(hint.command, t('check.copy'), t('check.copied')));
	const links = h('p', { class: 'ifg-links' });
	hint.links.forEach((l, i) => links.append(...(i ? [' · '] : []), siteLink(l)));
	li.append(links);
	return li;
}

/**
 * The report's top-level nodes in page order, each built only when asked for: the page draws a long
 * report in steps (draw-in-steps.ts) and builds each part just before drawing it.
 */
export function* attemptParts(
	a: AttemptAnalysis,
	shell: ShellChoice,
): Generator<Node, void, undefined> {
	const { report: r, summary } = a;
	const head = h('p', { class: 'ifg-summary', 'data-kind': summary.kind }, ...summaryLine(summary));
	head.tabIndex = -1;
	yield head;
	if (!r.recognised) return;
	if (summary.kind === 'failure' && summary.beforeActions && summary.exit?.text) {
		yield h('p', { class: 'ifg-explain' }, summary.exit.text);
	}
	const hints = a.hints[shell];
	if (hints.length) {
		const list = h('ol', { class: 'ifg-hints' });
		for (const hint of hints) list.append(hintItem(hint));
		yield section(t('check.msi.h.next'), list);
	}

	if (r.context.length) {
		const mark = r.firstFailure?.n ?? r.suspect?.n ?? r.primary?.n;
		const body: Child[] = [];
		if (r.suspect) {
			body.push(h('p', {}, t(msg('check.msi.suspect', { n: r.suspect.n }))));
			for (const hex of r.suspect.hresults) body.push(hresultNote(hex));
		}
		yield section(t('check.msi.h.context'), ...body, linesBlock(r.context, mark));
	}

	if (r.failedCustomActions.length) {
		const list = h('ul', {});
		for (const c of r.failedCustomActions) {
			const li = h(
				'li',
				{},
				h('code', {}, c.name),
				` (${t(msg('check.line', { n: c.n }))})`,
				c.code !== undefined ? `: ${c.code}` : '',
			);
			if (c.lines.length) li.append(h('p', {}, t('check.msi.ca.output')), linesBlock(c.lines));
			list.append(li);
		}
		yield section(t('check.msi.h.customActions'), list);
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
	for (const [k, v] of rows)
		if (v) dl.append(h('dt', {}, t(`check.msi.product.${k}`)), h('dd', {}, v));
	if (dl.childNodes.length) yield section(t('check.msi.h.product'), dl);

	const el = r.elevation;
	const props = Object.entries(el.properties)
		.map(([k, v]) => `${k} = ${v}`)
		.join(', ');
	yield section(
		t('check.msi.h.elevation'),
		h('p', {}, t(`check.msi.elev.${el.verdict}`), props ? ` (${props})` : ''),
		r.perUser ? h('p', {}, t('check.msi.perUser')) : null,
		h('p', {}, t(msg('check.msi.elev.lines', { client: el.clientLines, server: el.serverLines }))),
		...el.evidence.slice(0, 3).map((l) => h('pre', {}, `${l.n}  ${l.text}`)),
	);

	if (r.errors.length) {
		const list = h('ul', { class: 'ifg-errors' });
		const shown = shownErrors(r);
		for (const e of shown) list.append(errorItem(e));
		const more = r.errors.length - shown.length;
		yield section(
			t('check.msi.h.errors'),
			list,
			more > 0 ? h('p', {}, t(msg('check.msi.more', { count: more }))) : null,
			h('p', { class: 'ifg-attribution' }, t('check.msi.attribution')),
		);
	}

	if (r.ignoredCustomActions.length) {
		const list = h('ul', {});
		for (const c of r.ignoredCustomActions)
			list.append(
				h('li', {}, h('code', {}, c.name), ` (${t(msg('check.line', { n: c.n }))}): ${c.code}`),
			);
		yield section(t('check.msi.h.ignored'), h('p', {}, t('check.msi.ignoredNote')), list);
	}

	if (r.commandLine?.properties.length) {
		const dlc = h('dl', { class: 'ifg-props' });
		for (const { name, value } of r.commandLine.properties)
			dlc.append(h('dt', {}, name), h('dd', {}, value));
		yield section(t('check.msi.h.commandLine'), dlc);
	}

	if (r.reboot.requested) {
		yield section(
			t('check.msi.h.reboot'),
			...r.reboot.evidence.slice(0, 5).map((l) => h('pre', {}, `${l.n}  ${l.text}`)),
		);
	}
	const timeline = renderTimeline(r);
	if (timeline) yield timeline;
}

/** The line under the headline: encoding, lines, languages, truncation. */
export function metaLine(a: AttemptAnalysis, encoding: string): HTMLElement {
	const r = a.report;
	const parts: string[] = [t(msg('check.msi.readAs', { encoding, lines: r.lines }))];
	if (r.languages.length)
		parts.push(t(msg('check.msi.languages', { languages: r.languages.join(', ') })));
	if (r.truncated && r.recognised) parts.push(t('check.msi.truncated'));
	return h('p', { class: 'ifg-meta' }, parts.join(' '));
}

const valueLabel = (v: number | undefined) =>
	t(v !== undefined && v >= 0 && v <= 4 ? `check.msi.value.${v}` : 'check.msi.value.none');
/** Action and property names are identifiers from the package: data, never translated. */
const ident = (name: string) => {
	const code = h('code', {}, name);
	code.translate = false;
	return code;
};

function table(head: string[], rows: Child[][]): HTMLElement {
	const wrap = h('div', { class: 'ifg-table-scroll' });
	wrap.tabIndex = 0;
	wrap.append(
		h(
			'table',
			{},
			h(
				'thead',
				{},
				h(
					'tr',
					{},
					...head.map((c) => {
						const th = h('th', {}, c);
						th.scope = 'col';
						return th;
					}),
				),
			),
			h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, c))))),
		),
	);
	return wrap;
}

/** A single log's timeline: its slowest actions and every failed one, in log order. */
export function renderTimeline(r: MsiLogReport): HTMLElement | undefined {
	const timed = r.timeline.filter((e) => e.seconds !== undefined);
	if (r.timeline.length === 0) return undefined;
	const slowest = new Set(
		[...timed]
			.sort((x, y) => y.seconds! - x.seconds!)
			.slice(0, 10)
			.filter((e) => e.seconds! > 0),
	);
	const shown = r.timeline.filter((e) => slowest.has(e) || e.value === 3);
	if (shown.length === 0) return undefined;
	return section(
		t('check.msi.h.timeline'),
		table(
			[
				t('check.msi.tl.action'),
				t('check.msi.tl.start'),
				t('check.msi.tl.seconds'),
				t('check.msi.tl.result'),
			],
			shown.map((e) => [
				ident(e.action),
				e.start ?? '—',
				e.seconds !== undefined ? String(e.seconds) : '—',
				valueLabel(e.value),
			]),
		),
	);
}

/** Where a failing log and a working one part, and what else differs. */
export function renderComparison(c: LogComparison | { unreadable: true }): HTMLElement {
	if ('unreadable' in c)
		return section(t('check.msi.cmp.h'), h('p', {}, t('check.msi.cmp.unreadable')));
	const out: Child[] = [];
	const d = c.firstDivergence;
	const after = (name: string | undefined) => (name ? ident(name) : t('check.msi.cmp.start'));
	if (c.same)
		out.push(
			h('p', { class: 'ifg-compare-summary', 'data-compare': 'same' }, t('check.msi.cmp.same')),
		);
	else if (d) {
		const line =
			d.kind === 'result'
				? fill(t('check.msi.cmp.first.result'), {
						action: ident(d.a.action),
						line: String(d.a.endN ?? d.a.n),
						a: valueLabel(d.a.value),
						b: valueLabel(d.b.value),
					})
				: d.kind === 'only-a'
					? fill(t('check.msi.cmp.first.onlyA'), {
							action: ident(d.a.action),
							line: String(d.a.n),
							after: after(d.after),
						})
					: fill(t('check.msi.cmp.first.onlyB'), {
							action: ident(d.b.action),
							after: after(d.after),
						});
		out.push(h('p', { class: 'ifg-compare-summary', 'data-compare': d.kind }, ...line));
	}
	out.push(
		h(
			'p',
			{},
			t(
				msg('check.msi.cmp.outcome', {
					a: t(`check.msi.outcome.${c.outcome.a}`),
					b: t(`check.msi.outcome.${c.outcome.b}`),
				}),
			),
		),
	);
	if (c.properties.length) {
		const unset = t('check.msi.cmp.unset');
		out.push(
			h('h3', {}, t('check.msi.cmp.h.props')),
			table(
				[t('check.msi.cmp.col.name'), t('check.msi.cmp.col.a'), t('check.msi.cmp.col.b')],
				c.properties.map((p) => [ident(p.name), p.a ?? unset, p.b ?? unset]),
			),
		);
	}
	if (c.results.length)
		out.push(
			h('h3', {}, t('check.msi.cmp.h.results')),
			table(
				[t('check.msi.tl.action'), t('check.msi.cmp.col.a'), t('check.msi.cmp.col.b')],
				c.results.map((x) => [ident(x.a.action), valueLabel(x.a.value), valueLabel(x.b.value)]),
			),
		);
	const names = (list: TimelineEntry[]) =>
		h('ul', { class: 'ifg-inline-list' }, ...list.map((e) => h('li', {}, ident(e.action))));
	if (c.onlyA.length) out.push(h('h3', {}, t('check.msi.cmp.h.onlyA')), names(c.onlyA));
	if (c.onlyB.length) out.push(h('h3', {}, t('check.msi.cmp.h.onlyB')), names(c.onlyB));
	if (c.durations.length)
		out.push(
			h('h3', {}, t('check.msi.cmp.h.durations')),
			h(
				'ul',
				{},
				...c.durations.map((x) =>
					h(
						'li',
						{},
						...fill(t('check.msi.cmp.duration'), {
							action: ident(x.action),
							a: String(x.a),
							b: String(x.b),
						}),
					),
				),
			),
		);
	const s = section(t('check.msi.cmp.h'), ...out);
	s.dataset.comparison = '';
	return s;
}
