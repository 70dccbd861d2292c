// systemctl: status, show, is-active, is-enabled, start, stop, restart, list-unit-files (the verbs the
// guides use). Exit status: systemctl(1) "EXIT STATUS", table "LSB return codes" (systemd 252).
import { msg } from '../../i18n/msg';
import { Builder, bool, finish, joinMsgs, str } from './common';
import { renderPosix } from './render-posix';
import { type Result, type Shell, type Spec, type State } from './types';

const MAN = 'https://man7.org/linux/man-pages/man1/systemctl.1.html';

/** What `systemctl status` exits with; the LSB wording and systemd's use of each value. */
export const EXIT_CODES = [
	{ code: 0, meaning: msg('gen.systemctl.exit.0') },
	{ code: 1, meaning: msg('gen.systemctl.exit.1') },
	{ code: 2, meaning: msg('gen.systemctl.exit.2') },
	{ code: 3, meaning: msg('gen.systemctl.exit.3') },
	{ code: 4, meaning: msg('gen.systemctl.exit.4') },
];

/** The verbs the form offers (systemctl(1) "Unit Commands", "Unit File Commands"). */
export const VERBS = [
	'status',
	'show',
	'is-active',
	'is-enabled',
	'start',
	'stop',
	'restart',
	'list-unit-files',
] as const;
/** Verbs whose unit operand is an optional pattern rather than a required unit. */
const PATTERN_VERBS = new Set<string>(['list-unit-files']);
/** Property names for show -p: letters and digits, comma-separated (systemd.unit(5) names). */
const PROPERTIES = /^[A-Za-z][A-Za-z0-9]*(?:,[A-Za-z][A-Za-z0-9]*)*$/;

export const spec: Spec = {
	id: 'systemctl',
	description: msg('gen.systemctl.description'),
	shells: ['bash'],
	fields: [
		{
			name: 'verb',
			kind: 'select',
			default: 'status',
			param: 'v',
			label: msg('gen.systemctl.field.verb.label'),
			options: VERBS.map((v) => ({ value: v, label: msg('gen.common.literal', { text: v }) })),
		},
		{
			name: 'unit',
			kind: 'text',
			default: 'nginx.service',
			param: 'u',
			label: msg('gen.systemctl.field.unit.label'),
			help: msg('gen.systemctl.field.unit.help'),
		},
		{
			name: 'user',
			kind: 'checkbox',
			default: false,
			label: msg('gen.systemctl.field.user.label'),
		},
		{
			name: 'full',
			kind: 'checkbox',
			default: false,
			param: 'l',
			label: msg('gen.systemctl.field.full.label'),
		},
		{
			name: 'lines',
			kind: 'number',
			default: '',
			param: 'n',
			min: 0,
			label: msg('gen.systemctl.field.lines.label'),
		},
		{
			name: 'property',
			kind: 'text',
			default: '',
			param: 'p',
			placeholder: 'LoadState,ActiveState,SubState,Result',
			label: msg('gen.systemctl.field.property.label'),
			help: msg('gen.systemctl.field.property.help'),
		},
		{
			name: 'noPager',
			kind: 'checkbox',
			default: true,
			param: 'np',
			label: msg('gen.systemctl.field.noPager.label'),
		},
	],
};

export function generate(state: State, shell: Shell): Result {
	const b = new Builder();
	const verb = (VERBS as readonly string[]).includes(str(state, 'verb'))
		? str(state, 'verb')
		: 'status';
	b.add('systemctl', msg('gen.systemctl.tok.systemctl'), MAN);
	if (bool(state, 'user')) b.add('--user', msg('gen.systemctl.tok.user'), MAN);
	b.add(
		verb,
		verb === 'status'
			? msg('gen.systemctl.tok.status', {
					codes: joinMsgs(
						EXIT_CODES.map((e) => msg('gen.systemctl.exitCode', e)),
						'space',
					),
				})
			: msg(`gen.systemctl.tok.verb.${verb}`),
		MAN,
	);
	if (bool(state, 'full')) b.add('-l', msg('gen.systemctl.tok.l'), MAN);
	const n = str(state, 'lines');
	// -n is the number of journal lines status shows; the other verbs show none.
	if (n && verb === 'status') {
		if (!/^\d{1,6}$/.test(n)) b.error('lines', msg('gen.systemctl.err.lines.aWholeNumber0'));
		b.add('-n', msg('gen.systemctl.tok.n'), MAN);
		b.add(n, msg('gen.systemctl.tok.lines'), MAN, 'lines');
	}
	const prop = str(state, 'property');
	if (prop && verb === 'show') {
		if (!PROPERTIES.test(prop)) b.error('property', msg('gen.systemctl.err.property'));
		b.add('-p', msg('gen.systemctl.tok.p'), MAN);
		b.add(prop, msg('gen.systemctl.tok.property'), MAN, 'property');
	}
	if (bool(state, 'noPager')) b.add('--no-pager', msg('gen.systemctl.tok.no-pager'), MAN);
	const unit = str(state, 'unit');
	const pattern = PATTERN_VERBS.has(verb);
	if (!unit && !pattern) b.error('unit', msg('gen.systemctl.err.unit.giveAUnitName'));
	else if (unit && !/^[A-Za-z0-9:_.\\@*?[\]-]+$/.test(unit))
		b.error('unit', msg('gen.systemctl.err.unit.unitNamesUseLetters'));
	// A leading - would be read as options (-H host makes systemctl ssh to it); the root slice is
	// really named -.slice (systemd.slice(5)), and systemctl itself says to use "--" for such units.
	if (unit.startsWith('-')) b.add('--', msg('gen.systemctl.tok.endOfOptionsThe'), MAN);
	if (unit)
		b.add(
			unit,
			pattern ? msg('gen.systemctl.tok.pattern') : msg('gen.systemctl.tok.theUnitToInspect'),
			MAN,
			'unit',
		);
	return finish(b, shell, renderPosix);
}
