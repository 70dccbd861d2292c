// Renders permission reports as DOM (text nodes only).
import type {
	PermReport,
	PosixReport,
	RoleVerdict,
	WindowsReport,
} from '~/lib/checkers/permissions';
import type { FixCommand } from '~/lib/checkers/permissions-windows';
import { t } from '~/i18n/client';
import { msg } from '~/i18n/msg';
import { commandBlock, h } from '../dom';
import { siteLink } from './site-link';

type Row = [string, boolean, boolean, boolean];

function table(rows: Row[]): HTMLTableElement {
	const yes = (v: boolean) => h('td', { 'data-ok': String(v) }, t(v ? 'check.yes' : 'check.no'));
	return h(
		'table',
		{},
		h(
			'thead',
			{},
			h(
				'tr',
				{},
				...['who', 'create', 'deleteOwn', 'deleteOthers'].map((c) =>
					h('th', {}, t(`check.perm.col.${c}`)),
				),
			),
		),
		h(
			'tbody',
			{},
			...rows.map(([who, a, b, c]) => h('tr', {}, h('th', {}, who), yes(a), yes(b), yes(c))),
		),
	);
}

const commands = (list: FixCommand[]): HTMLElement[] =>
	list.flatMap((f) => [
		commandBlock(f.command, t('check.copy'), t('check.copied')),
		...(f.link.startsWith('/tools/permissions/') ? [] : [h('p', {}, siteLink(f.link))]),
	]);

const roleName = (role: string) => t(`check.perm.role.name.${role}`);
const problem = (key: string, vars: Record<string, string>) =>
	t(msg(`check.perm.problem.${key}`, vars));

/** The verdict for the folder's role, or what each role needs when the role is unknown. */
function verdict(r: PosixReport | WindowsReport, vars: Record<string, string>): HTMLElement {
	const box = h('div', { class: 'ifg-verdict' });
	if (r.verdict) {
		const v = r.verdict;
		const role = roleName(v.role);
		box.append(
			h(
				'p',
				{},
				t(msg(r.roleInferred ? 'check.perm.role.inferred' : 'check.perm.role.given', { role })),
			),
		);
		if (!v.problems.length)
			box.append(
				h('p', { class: 'ifg-summary', 'data-kind': 'success' }, t(msg('check.perm.ok', { role }))),
			);
		else {
			box.append(
				h(
					'p',
					{ class: 'ifg-summary', 'data-kind': 'failure' },
					t(msg('check.perm.bad', { role })),
				),
			);
			box.append(h('ul', {}, ...v.problems.map((p) => h('li', {}, problem(p, vars)))));
		}
		if (r.fixes.length) box.append(h('p', {}, t('check.perm.fix')), ...commands(r.fixes));
		return box;
	}
	if (!r.byRole.length) return box;
	box.append(
		h('p', { class: 'ifg-summary', 'data-kind': 'unknown' }, t('check.perm.role.unknown')),
	);
	const line = (rv: RoleVerdict) =>
		h(
			'li',
			{ 'data-role': rv.role, 'data-ok': String(!rv.problems.length) },
			h('strong', {}, roleName(rv.role)),
			': ',
			rv.problems.length
				? rv.problems.map((p) => problem(p, vars)).join(' ')
				: t('check.perm.role.okFor'),
		);
	box.append(h('ul', {}, ...r.byRole.map(line)));
	return box;
}

function windows(r: WindowsReport): HTMLElement {
	const who = (v: WindowsReport['verdicts'][number]) =>
		v.subject === 'account'
			? t(msg('check.perm.subject.account', { name: v.name ?? '' }))
			: t(`check.perm.subject.${v.subject}`);
	const rows = r.verdicts.map((v) => [who(v), v.create, v.deleteOwn, v.deleteAny] as Row);
	const denies = [...new Set(r.verdicts.flatMap((v) => v.denies))];
	return h(
		'section',
		{ 'data-kind': 'windows' },
		h('h2', {}, t(msg('check.perm.windows.head', { path: r.path, count: r.aceCount }))),
		verdict(r, {}),
		table(rows),
		denies.length ? h('p', {}, t(msg('check.perm.denies', { list: denies.join(', ') }))) : null,
		r.unknown.length
			? h('p', { class: 'ifg-warn' }, t(msg('check.perm.unknown', { list: r.unknown.join(', ') })))
			: null,
	);
}

function posix(r: PosixReport): HTMLElement {
	const e = r.entry;
	const who = (s: string) =>
		s === 'you' && r.you
			? `${t('check.perm.subject.you')}: ${r.you.user}`
			: t(msg(`check.perm.subject.${s}`, { owner: e.owner, group: e.group }));
	const rows = r.verdicts.map(
		(v) => [who(v.subject), v.create, v.deleteOwn, v.deleteOthers] as Row,
	);
	const head = t(
		msg('check.perm.posix.head', {
			source: r.source,
			name: e.name,
			octal: r.octal,
			symbolic: e.symbolic,
			owner: e.owner,
			group: e.group,
		}),
	);
	const undecided = r.undecided
		? h(
				'div',
				{ class: 'ifg-warn', 'data-undecided': r.undecided },
				h('p', {}, t(msg(`check.perm.undecided.${r.undecided}`, { target: e.target ?? '?' }))),
				...commands(r.checks),
			)
		: null;
	return h(
		'section',
		{ 'data-kind': 'posix' },
		h('h2', {}, head),
		undecided,
		verdict(r, { owner: e.owner }),
		table(rows),
		r.sticky ? h('p', {}, t('check.perm.sticky.on')) : null,
	);
}

export function renderPermissions(reports: PermReport[]): DocumentFragment {
	const frag = document.createDocumentFragment();
	if (!reports.length) {
		frag.append(h('p', { class: 'ifg-summary' }, t('check.perm.none')));
		return frag;
	}
	for (const r of reports) {
		if (r.kind === 'windows') frag.append(windows(r));
		else if (r.kind === 'posix') frag.append(posix(r));
		else if (r.kind === 'token') {
			const e = r.elevation;
			const key = e.elevated ? 'elevated' : e.adminMember ? 'filtered' : 'user';
			frag.append(
				h(
					'p',
					{ class: 'ifg-summary', 'data-kind': e.elevated ? 'success' : 'failure' },
					t(msg(`check.perm.token.${key}`, { level: e.integrity ?? '?' })),
				),
			);
		} else {
			const key = r.root ? 'root' : r.sudoGroup ? 'sudo' : 'user';
			frag.append(
				h(
					'p',
					{},
					t(msg(`check.perm.id.${key}`, { user: r.user, uid: r.uid, group: r.sudoGroup ?? '' })),
				),
			);
		}
	}
	return frag;
}
