// journalctl (systemd 252). Options: journalctl(1), https://man7.org/linux/man-pages/man1/journalctl.1.html
import { type Msg, msg } from '../../i18n/msg';
import { Builder, bool, finish, list, raw, rawList, shown, str } from './common';
import { renderPosix } from './render-posix';
import {
	type JournalTime,
	MAX_MS,
	certainlyAfter,
	journalTime,
	parseSize,
	parseSpan,
} from './journal-time';
import { type Result, type Shell, type Spec, type State } from './types';

const MAN = 'https://man7.org/linux/man-pages/man1/journalctl.1.html';
const TIME = 'https://man7.org/linux/man-pages/man7/systemd.time.7.html';
export const PRIORITIES = [
	'emerg',
	'alert',
	'crit',
	'err',
	'warning',
	'notice',
	'info',
	'debug',
] as const;
const OUTPUTS = [
	'short',
	'short-full',
	'short-iso',
	'short-iso-precise',
	'short-precise',
	'short-monotonic',
	'short-delta',
	'short-unix',
	'verbose',
	'export',
	'json',
	'json-pretty',
	'json-sse',
	'json-seq',
	'cat',
	'with-unit',
];
/** Option values that are their own label (priority names, output modes) need no translation. */
const literal = (value: string, text = value) => ({
	value,
	label: msg('gen.common.literal', { text }),
});
const prioOptions = (none: Msg) => [
	{ value: '', label: none },
	...PRIORITIES.map((p, i) => literal(p, `${i} ${p}`)),
];

export const spec: Spec = {
	id: 'journalctl',
	description: msg('gen.journalctl.description'),
	shells: ['bash'],
	fields: [
		{
			name: 'action',
			kind: 'select',
			default: 'show',
			param: 'a',
			label: msg('gen.journalctl.field.action.label'),
			options: [
				{ value: 'show', label: msg('gen.journalctl.field.action.opt.show') },
				{ value: 'list-boots', label: msg('gen.journalctl.field.action.opt.list-boots') },
				{ value: 'disk-usage', label: msg('gen.journalctl.field.action.opt.disk-usage') },
				{ value: 'vacuum', label: msg('gen.journalctl.field.action.opt.vacuum') },
			],
		},
		{
			name: 'units',
			kind: 'list',
			default: [],
			param: 'u',
			label: msg('gen.journalctl.field.units.label'),
			placeholder: 'nginx.service',
		},
		{
			name: 'user',
			kind: 'checkbox',
			default: false,
			label: msg('gen.journalctl.field.user.label'),
		},
		{
			name: 'since',
			kind: 'text',
			default: '',
			param: 'S',
			label: msg('gen.journalctl.field.since.label'),
			placeholder: '-1h',
			help: msg('gen.journalctl.field.since.help'),
		},
		{
			name: 'until',
			kind: 'text',
			default: '',
			param: 'U',
			label: msg('gen.journalctl.field.until.label'),
		},
		{
			name: 'priority',
			kind: 'select',
			default: '',
			param: 'p',
			label: msg('gen.journalctl.field.priority.label'),
			options: prioOptions(msg('gen.journalctl.field.priority.any')),
		},
		{
			name: 'priorityTo',
			kind: 'select',
			default: '',
			param: 'pt',
			label: msg('gen.journalctl.field.priorityTo.label'),
			options: prioOptions(msg('gen.journalctl.field.priorityTo.noRange')),
		},
		{
			name: 'numeric',
			kind: 'checkbox',
			default: false,
			param: 'pn',
			label: msg('gen.journalctl.field.numeric.label'),
		},
		{
			name: 'boot',
			kind: 'select',
			default: '',
			param: 'b',
			label: msg('gen.journalctl.field.boot.label'),
			options: [
				{ value: '', label: msg('gen.journalctl.field.boot.opt.none') },
				{ value: '0', label: msg('gen.journalctl.field.boot.opt.0') },
				{ value: '-1', label: msg('gen.journalctl.field.boot.opt.-1') },
				{ value: '-2', label: msg('gen.journalctl.field.boot.opt.-2') },
			],
		},
		{
			name: 'kernel',
			kind: 'checkbox',
			default: false,
			param: 'k',
			label: msg('gen.journalctl.field.kernel.label'),
		},
		{
			name: 'follow',
			kind: 'checkbox',
			default: false,
			param: 'f',
			label: msg('gen.journalctl.field.follow.label'),
		},
		{
			name: 'lines',
			kind: 'number',
			default: '',
			param: 'n',
			min: 1,
			label: msg('gen.journalctl.field.lines.label'),
		},
		{
			name: 'reverse',
			kind: 'checkbox',
			default: false,
			param: 'r',
			label: msg('gen.journalctl.field.reverse.label'),
		},
		{
			name: 'output',
			kind: 'select',
			default: '',
			param: 'o',
			label: msg('gen.journalctl.field.output.label'),
			options: [
				{ value: '', label: msg('gen.journalctl.field.output.opt.none') },
				...OUTPUTS.map((o) => literal(o)),
			],
		},
		{
			name: 'grep',
			kind: 'text',
			default: '',
			param: 'g',
			label: msg('gen.journalctl.field.grep.label'),
		},
		{
			name: 'matches',
			kind: 'list',
			default: [],
			param: 'm',
			label: msg('gen.journalctl.field.matches.label'),
			placeholder: '_COMM=msiexec\nSYSLOG_IDENTIFIER=sshd\n_PID=1234',
			help: msg('gen.journalctl.field.matches.help'),
		},
		{
			name: 'noPager',
			kind: 'checkbox',
			default: true,
			param: 'np',
			label: msg('gen.journalctl.field.noPager.label'),
		},
		{
			name: 'vacuumTime',
			kind: 'text',
			default: '',
			param: 'vt',
			label: msg('gen.journalctl.field.vacuumTime.label'),
			placeholder: '2weeks',
		},
		{
			name: 'vacuumSize',
			kind: 'text',
			default: '',
			param: 'vs',
			label: msg('gen.journalctl.field.vacuumSize.label'),
			placeholder: '500M',
		},
	],
};

const prio = (p: string, numeric: boolean) =>
	numeric ? String(PRIORITIES.indexOf(p as never)) : p;

export function generate(state: State, shell: Shell): Result {
	const b = new Builder();
	b.add('journalctl', msg('gen.journalctl.tok.journalctl'), MAN);
	const action = str(state, 'action') || 'show';
	if (bool(state, 'user')) b.add('--user', msg('gen.journalctl.tok.user'), MAN);
	if (action === 'list-boots') b.add('--list-boots', msg('gen.journalctl.tok.list-boots'), MAN);
	else if (action === 'disk-usage')
		b.add('--disk-usage', msg('gen.journalctl.tok.disk-usage'), MAN);
	else if (action === 'vacuum') vacuum(state, b);
	else show(state, b);
	return finish(b, shell, renderPosix);
}

function vacuum(state: State, b: Builder): void {
	const t = str(state, 'vacuumTime');
	const s = str(state, 'vacuumSize');
	if (!t && !s) b.error('vacuumTime', msg('gen.journalctl.err.vacuumTime.giveATimeSpan'));
	if (t) {
		// systemd.time(7) time span; a number without a unit is seconds; the total must fit in 64 bits.
		if (parseSpan(t) === null)
			b.error('vacuumTime', msg('gen.journalctl.err.vacuumTime.aTimeSpanSuch'));
		b.add(
			`--vacuum-time=${t}`,
			msg('gen.journalctl.tok.deleteArchivedJournalFiles'),
			MAN,
			'vacuumTime',
		);
	}
	if (s) {
		if (parseSize(s) === null)
			b.error('vacuumSize', msg('gen.journalctl.err.vacuumSize.aSizeSuchAs'));
		b.add(
			`--vacuum-size=${s}`,
			msg('gen.journalctl.tok.deleteTheOldestArchived'),
			MAN,
			'vacuumSize',
		);
	}
	b.warn(msg('gen.journalctl.warn.vacuumingRemovesArchivedFiles'));
}

function show(state: State, b: Builder): void {
	for (const u of list(state, 'units')) {
		if (/\s/.test(u)) b.error('units', msg('gen.journalctl.err.units.notAUnit', { u }));
		b.add('-u', msg('gen.journalctl.tok.u'), MAN);
		b.add(u, msg('gen.journalctl.tok.unitNameOrGlob'), MAN, 'units');
	}
	const times: Record<string, JournalTime | null> = {};
	for (const [field, flag] of [
		['since', '--since'],
		['until', '--until'],
	] as const) {
		const v = str(state, field);
		if (!v) continue;
		const t = (times[field] = journalTime(v));
		if (t === null) b.error(field, msg('gen.journalctl.notATimeJournalctl'));
		else if (t.zoneDependent)
			b.warn(
				msg('gen.journalctl.warn.nearLimit', {
					v,
					max: new Date(MAX_MS).toISOString().slice(0, 19).replace('T', ' '),
				}),
			);
		b.add(
			flag,
			field === 'since'
				? msg('gen.journalctl.tok.entriesAtOrAfter')
				: msg('gen.journalctl.tok.entriesAtOrBefore'),
			TIME,
		);
		b.add(v, msg('gen.journalctl.tok.timeSystemdTime7'), TIME, field);
	}
	// Compared only when the server's time zone cannot change the answer (both local, or both exact).
	if (times.since && times.until && certainlyAfter(times.since, times.until))
		b.error('until', msg('gen.journalctl.err.until.untilIsEarlierThan'));
	priority(state, b);
	const boot = str(state, 'boot');
	if (boot === '0') b.add('-b', msg('gen.journalctl.tok.b'), MAN);
	else if (boot === '-1' || boot === '-2') {
		b.add('-b', msg('gen.journalctl.tok.b.onlyOneBoot'), MAN);
		b.add(boot, msg('gen.journalctl.tok.bootOffset', { n: boot.slice(1) }), MAN);
	}
	if (bool(state, 'kernel')) b.add('-k', msg('gen.journalctl.tok.k'), MAN);
	if (bool(state, 'follow')) b.add('-f', msg('gen.journalctl.tok.f'), MAN);
	const n = str(state, 'lines');
	if (n) {
		if (!/^[1-9]\d{0,8}$/.test(n)) b.error('lines', msg('gen.journalctl.err.lines.aWholeNumberOf'));
		b.add('-n', msg('gen.journalctl.tok.n'), MAN);
		b.add(n, msg('gen.journalctl.tok.numberOfEntries'), MAN, 'lines');
	}
	if (bool(state, 'reverse')) b.add('-r', msg('gen.journalctl.tok.r'), MAN);
	if (bool(state, 'follow') && bool(state, 'reverse'))
		b.error('reverse', msg('gen.journalctl.err.reverse.journalctlCannotFollowNew'));
	const o = str(state, 'output');
	if (o) {
		if (!OUTPUTS.includes(o)) b.error('output', msg('gen.journalctl.err.output.unknownOutputMode'));
		b.add('-o', msg('gen.journalctl.tok.o'), MAN);
		b.add(o, msg('gen.journalctl.tok.outputMode', { o }), MAN, 'output');
	}
	// The pattern is kept exactly as typed (spaces are part of it).
	const g = raw(state, 'grep');
	if (g) {
		// journalctl compiles it with PCRE2, which differs from JavaScript's RegExp both ways
		// ((?i), [[:alpha:]], \Q…\E, possessive a++ are PCRE2 only; [] and \u0041 are JavaScript
		// only). This page cannot run PCRE2, so it neither refuses nor approves the pattern.
		b.warn(msg('gen.journalctl.warn.theGrepPatternIs'));
		b.add('--grep', msg('gen.journalctl.tok.grep'), MAN);
		b.add(g, msg('gen.journalctl.tok.pattern'), MAN, 'grep');
	}
	if (bool(state, 'noPager')) b.add('--no-pager', msg('gen.journalctl.tok.no-pager'), MAN);
	matches(rawList(state, 'matches'), b);
}

/** journalctl(1) MATCHES: FIELD=value, "+" between terms for OR, or an absolute path. */
function matches(items: string[], b: Builder): void {
	items.forEach((m, i) => {
		if (m === '+') {
			if (i === 0 || i === items.length - 1 || items[i - 1] === '+')
				b.error('matches', msg('gen.journalctl.err.matches.canOnlyBeUsed'));
			return void b.add(m, msg('gen.journalctl.tok.orEntriesMatchingThe'), MAN, 'matches');
		}
		if (m.startsWith('/')) {
			b.warn(msg('gen.journalctl.warn.pathMatch', { path: shown(m) }));
			return void b.add(m, msg('gen.journalctl.tok.entriesOfThisExecutable'), MAN, 'matches');
		}
		// journal_field_valid: A–Z, 0–9, _, and not starting with __ (journalctl: "Invalid argument").
		if (!/^(?!__)[A-Z0-9_]+=/.test(m))
			b.error('matches', msg('gen.journalctl.err.matches.notFieldValue', { match: shown(m) }));
		b.add(m, msg('gen.journalctl.tok.fieldMatchDifferentFields'), MAN, 'matches');
	});
}

function priority(state: State, b: Builder): void {
	const from = str(state, 'priority');
	const to = str(state, 'priorityTo');
	const numeric = bool(state, 'numeric');
	if (!from) {
		if (to) b.error('priority', msg('gen.journalctl.err.priority.chooseTheFirstLevel'));
		return;
	}
	const ok = (p: string) => (PRIORITIES as readonly string[]).includes(p);
	if (!ok(from) || (to && !ok(to)))
		return void b.error('priority', msg('gen.journalctl.err.priority.unknownPriority'));
	b.add(
		'-p',
		to ? msg('gen.journalctl.tok.p') : msg('gen.journalctl.tok.p.thisPriorityAndEverything'),
		MAN,
	);
	const text = to ? `${prio(from, numeric)}..${prio(to, numeric)}` : prio(from, numeric);
	b.add(
		text,
		msg('gen.journalctl.tok.priorityValue', { text }),
		'https://man7.org/linux/man-pages/man3/syslog.3.html',
		'priority',
	);
}
