// systemctl status. Exit status: systemctl(1) "EXIT STATUS", table "LSB return codes" (systemd 252).
import { msg } from '../../i18n/msg';
import { Builder, bool, finish, joinMsgs, str } from './common';
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

export const spec: Spec = {
	id: 'systemctl',
	description: msg('gen.systemctl.description'),
	shells: ['bash'],
	fields: [
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
	b.add('systemctl', msg('gen.systemctl.tok.systemctl'), MAN);
	if (bool(state, 'user')) b.add('--user', msg('gen.systemctl.tok.user'), MAN);
	b.add(
		'status',
		msg('gen.systemctl.tok.status', {
			codes: joinMsgs(
				EXIT_CODES.map((e) => msg('gen.systemctl.exitCode', e)),
				'space',
			),
		}),
		MAN,
	);
	if (bool(state, 'full')) b.add('-l', msg('gen.systemctl.tok.l'), MAN);
	const n = str(state, 'lines');
	if (n) {
		if (!/^\d{1,6}$/.test(n)) b.error('lines', msg('gen.systemctl.err.lines.aWholeNumber0'));
		b.add('-n', msg('gen.systemctl.tok.n'), MAN);
		b.add(n, msg('gen.systemctl.tok.lines'), MAN, 'lines');
	}
	if (bool(state, 'noPager')) b.add('--no-pager', msg('gen.systemctl.tok.no-pager'), MAN);
	const unit = str(state, 'unit');
	if (!unit) b.error('unit', msg('gen.systemctl.err.unit.giveAUnitName'));
	else if (!/^[A-Za-z0-9:_.\\@*?[\]-]+$/.test(unit))
		b.error('unit', msg('gen.systemctl.err.unit.unitNamesUseLetters'));
	// A leading - would be read as options (-H host makes systemctl ssh to it); the root slice is
	// really named -.slice (systemd.slice(5)), and systemctl itself says to use "--" for such units.
	if (unit.startsWith('-')) b.add('--', msg('gen.systemctl.tok.endOfOptionsThe'), MAN);
	b.add(unit, msg('gen.systemctl.tok.theUnitToInspect'), MAN, 'unit');
	return finish(b, shell);
}

/** Inverse of generate, for explain mode: `systemctl [--user] status [-l] [-n N] [--no-pager] [--] UNIT`. */
export function parse(args: readonly string[]): import('./types').Parsed {
	const s: State = { unit: '', user: false, full: false, lines: '', noPager: false };
	const canon: (string | null)[] = args.map(() => null);
	let ended = false;
	let status = false;
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		if (!ended && a === '--') {
			ended = true;
			canon[i] = a;
		} else if (!ended && a === '--user') [s.user, canon[i]] = [true, a];
		else if (!ended && (a === '-l' || a === '--full')) [s.full, canon[i]] = [true, '-l'];
		else if (!ended && a === '--no-pager') [s.noPager, canon[i]] = [true, a];
		else if (!ended && (a === '-n' || a === '--lines') && i + 1 < args.length) {
			canon[i] = '-n';
			s.lines = args[++i]!;
			canon[i] = s.lines;
		} else if (!ended && /^--lines=/.test(a)) s.lines = a.slice(8);
		else if (!status && a === 'status') [status, canon[i]] = [true, a];
		else if (status && s.unit === '' && (ended || !a.startsWith('-'))) [s.unit, canon[i]] = [a, a];
	}
	return { state: s, canon };
}
