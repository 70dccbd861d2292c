// Renders permission reports as DOM (text nodes only).
import type { PermReport, PosixReport, WindowsReport } from '~/lib/checkers/permissions';
import type { FixCommand } from '~/lib/checkers/permissions-windows';
import { commandBlock, fill, fillText, h } from './dom';
import { siteLink } from './links';

type T = (key: string) => string;

function table(t: T, rows: Array<[string, boolean, boolean, boolean]>, third: string): HTMLTableElement {
	const yes = (v: boolean) => h('td', { 'data-ok': String(v) }, t(v ? 'check.yes' : 'check.no'));
	return h(
		'table',
		{},
		h('thead', {}, h('tr', {}, ...['who', 'create', 'deleteOwn', third].map((c) => h('th', {}, t(`check.perm.col.${c}`))))),
		h('tbody', {}, ...rows.map(([who, a, b, c]) => h('tr', {}, h('th', {}, who), yes(a), yes(b), yes(c)))),
	);
}

function fixes(list: FixCommand[], t: T, base: string): HTMLElement {
	if (!list.length) return h('p', {}, t('check.perm.nofix'));
	return h(
		'div',
		{},
		h('p', {}, t('check.perm.fix')),
		...list.flatMap((f) => [commandBlock(f.command, t('check.copy'), t('check.copied')), h('p', {}, siteLink(f.link, base, t))]),
	);
}

function windows(r: WindowsReport, t: T, base: string): HTMLElement {
	const rows = r.verdicts.map((v) => [t(`check.perm.subject.${v.subject}`), v.create, v.deleteOwn, v.deleteAny] as [string, boolean, boolean, boolean]);
	const denies = [...new Set(r.verdicts.flatMap((v) => v.denies))];
	return h(
		'section',
		{ 'data-kind': 'windows' },
		h('h2', {}, fillText(t('check.perm.windows.head'), { path: r.path, count: r.aceCount })),
		table(t, rows, 'deleteOthers'),
		denies.length ? h('p', {}, fillText(t('check.perm.denies'), { list: denies.join(', ') })) : null,
		fixes(r.fixes, t, base),
	);
}

function posix(r: PosixReport, t: T, base: string): HTMLElement {
	const e = r.entry;
	const who = (s: string) =>
		s === 'you' && r.you ? `${t('check.perm.subject.you')}: ${r.you.user}` : fillText(t(`check.perm.subject.${s}`), { owner: e.owner, group: e.group });
	const rows = r.verdicts.map((v) => [who(v.subject), v.create, v.deleteOwn, v.deleteOthers] as [string, boolean, boolean, boolean]);
	const head = fillText(t('check.perm.posix.head'), { source: r.source, name: e.name, octal: r.octal, symbolic: e.symbolic, owner: e.owner, group: e.group });
	return h(
		'section',
		{ 'data-kind': 'posix' },
		h('h2', {}, head),
		table(t, rows, 'deleteOthers'),
		r.sticky ? h('p', {}, t('check.perm.sticky.on')) : r.unprotectedShared ? h('p', { class: 'ifg-warn' }, t('check.perm.sticky.off')) : null,
		fixes(r.fixes, t, base),
	);
}

export function renderPermissions(reports: PermReport[], t: T, base: string): DocumentFragment {
	const frag = document.createDocumentFragment();
	if (!reports.length) {
		frag.append(h('p', { class: 'ifg-summary' }, t('check.perm.none')));
		return frag;
	}
	for (const r of reports) {
		if (r.kind === 'windows') frag.append(windows(r, t, base));
		else if (r.kind === 'posix') frag.append(posix(r, t, base));
		else if (r.kind === 'token') {
			const e = r.elevation;
			const key = e.elevated ? 'elevated' : e.adminMember ? 'filtered' : 'user';
			frag.append(h('p', { class: 'ifg-summary', 'data-kind': e.elevated ? 'success' : 'failure' }, ...fill(t(`check.perm.token.${key}`), { level: e.integrity ?? '?' })));
		} else {
			const key = r.root ? 'root' : r.sudoGroup ? 'sudo' : 'user';
			frag.append(h('p', {}, fillText(t(`check.perm.id.${key}`), { user: r.user, uid: r.uid, group: r.sudoGroup ?? '' })));
		}
	}
	return frag;
}
