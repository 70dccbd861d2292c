// icacls. Syntax and examples: https://learn.microsoft.com/windows-server/administration/windows-commands/icacls
import { msg } from '../../i18n/msg';
import { Builder, bool, finish, str, warnSlash, winPath } from './common';
import { type Result, type Shell, type Spec, type State } from './types';

const DOC = 'https://learn.microsoft.com/windows-server/administration/windows-commands/icacls';
/** Simple rights; each one's name is the catalog entry gen.icacls.right.<letter>. */
const RIGHTS = new Set(['F', 'M', 'RX', 'R', 'W', 'D', 'N']);

/** The icacls page's simple and specific rights, the ones allowed in parentheses (its example: (D,WDAC)). */
const SPECIFIC = new Set([
	'F',
	'M',
	'RX',
	'R',
	'W',
	'D',
	'N',
	'DE',
	'RC',
	'WDAC',
	'WO',
	'S',
	'AS',
	'MA',
	'GR',
	'GW',
	'GE',
	'GA',
	'RD',
	'WD',
	'AD',
	'REA',
	'WEA',
	'X',
	'DC',
	'RA',
	'WA',
]);

export const spec: Spec = {
	id: 'icacls',
	description: msg('gen.icacls.description'),
	shells: ['cmd', 'powershell'],
	fields: [
		{
			name: 'action',
			kind: 'select',
			default: 'inspect',
			param: 'a',
			label: msg('gen.icacls.field.action.label'),
			options: [
				{ value: 'inspect', label: msg('gen.icacls.field.action.opt.inspect') },
				{ value: 'grant', label: msg('gen.icacls.field.action.opt.grant') },
				{ value: 'reset', label: msg('gen.icacls.field.action.opt.reset') },
			],
		},
		{
			name: 'path',
			kind: 'text',
			default: '%TEMP%',
			param: 'p',
			label: msg('gen.icacls.field.path.label'),
			help: msg('gen.icacls.field.path.help'),
		},
		{
			name: 'principal',
			kind: 'text',
			default: '%USERNAME%',
			param: 'who',
			label: msg('gen.icacls.field.principal.label'),
			help: msg('gen.icacls.field.principal.help'),
		},
		{
			name: 'perm',
			kind: 'text',
			default: 'F',
			param: 'perm',
			label: msg('gen.icacls.field.perm.label'),
			help: msg('gen.icacls.field.perm.help'),
		},
		{
			name: 'inherit',
			kind: 'checkbox',
			default: true,
			param: 'inh',
			label: msg('gen.icacls.field.inherit.label'),
		},
		{
			name: 'replace',
			kind: 'checkbox',
			default: false,
			param: 'r',
			label: msg('gen.icacls.field.replace.label'),
		},
		{
			name: 'recurse',
			kind: 'checkbox',
			default: false,
			param: 'T',
			label: msg('gen.icacls.field.recurse.label'),
		},
	],
};

export function generate(state: State, shell: Shell): Result {
	const b = new Builder();
	const action = str(state, 'action') || 'inspect';
	const path = str(state, 'path');
	b.add('icacls', msg('gen.icacls.tok.icacls'), DOC);
	if (!path) b.error('path', msg('gen.icacls.err.path.giveAFileOr'));
	warnSlash(b, path);
	b.add(
		winPath(path),
		path.includes('%') ? msg('gen.icacls.tok.pathNameIsReplaced') : msg('gen.icacls.tok.path'),
		DOC,
		'path',
	);
	if (action === 'grant') grant(state, b);
	if (action === 'reset') b.add('/reset', msg('gen.icacls.tok.reset'), DOC);
	if (action !== 'inspect' && bool(state, 'recurse')) b.add('/T', msg('gen.icacls.tok.T'), DOC);
	return finish(b, shell);
}

function grant(state: State, b: Builder): void {
	const who = str(state, 'principal');
	const perm = str(state, 'perm').toUpperCase();
	if (!who) b.error('principal', msg('gen.icacls.err.principal.giveAUserGroup'));
	else if (who.startsWith('*') && !/^\*S-1(-\d+)+$/.test(who))
		b.error('principal', msg('gen.icacls.err.principal.aSidLooksLike'));
	else if (/[:"]/.test(who))
		b.error('principal', msg('gen.icacls.err.principal.aNameCannotContain'));
	const simple = RIGHTS.has(perm);
	if (
		!simple &&
		!(
			/^\([A-Z]+(?:,[A-Z]+)*\)$/.test(perm) &&
			perm
				.slice(1, -1)
				.split(',')
				.every((r) => SPECIFIC.has(r))
		)
	)
		b.error('perm', msg('gen.icacls.err.perm.useFMRx'));
	const inh = bool(state, 'inherit') ? '(OI)(CI)' : '';
	const flag = bool(state, 'replace') ? '/grant:r' : '/grant';
	b.add(
		flag,
		bool(state, 'replace')
			? msg('gen.icacls.tok.grantReplacingEarlierExplicit')
			: msg('gen.icacls.tok.grantRightsAddedTo'),
		DOC,
	);
	const parts = winPath(who);
	const ace = typeof parts === 'string' ? `${parts}:${inh}${perm}` : [...parts, `:${inh}${perm}`];
	const rights = simple ? msg(`gen.icacls.right.${perm}`) : perm;
	b.add(
		ace,
		msg(inh ? 'gen.icacls.tok.aceInherit' : 'gen.icacls.tok.ace', { who, rights }),
		DOC,
		'principal',
	);
	if (/^(everyone|\*S-1-1-0|users|\*S-1-5-32-545)$/i.test(who) && /^(F|M|W)$/.test(perm))
		b.warn(msg('gen.icacls.warn.givingEveryoneOrUsers'));
}

/**
 * Inverse of generate, for explain mode: `icacls PATH [/grant[:r] WHO:(OI)(CI)PERM | /reset] [/T]`.
 * Options are case-insensitive (icacls accepts /t and /T).
 */
export function parse(args: readonly string[]): import('./types').Parsed {
	const s: State = { ...Object.fromEntries(spec.fields.map((f) => [f.name, f.default])) };
	s.action = 'inspect';
	s.recurse = false;
	s.path = '';
	const canon: (string | null)[] = args.map(() => null);
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		const low = a.toLowerCase();
		if (i === 0 && !/^\/(grant|reset|t)(:r)?$/.test(low)) [s.path, canon[i]] = [a, a];
		else if ((low === '/grant' || low === '/grant:r') && i + 1 < args.length) {
			s.action = 'grant';
			s.replace = low === '/grant:r';
			canon[i] = low;
			// WHO:(OI)(CI)PERM — the last colon, since a SID or name has none (the generator refuses one).
			const ace = args[i + 1]!;
			const colon = ace.lastIndexOf(':');
			if (colon > 0) {
				const rest = ace.slice(colon + 1);
				const inherit = rest.toUpperCase().startsWith('(OI)(CI)');
				s.principal = ace.slice(0, colon);
				s.inherit = inherit;
				s.perm = inherit ? rest.slice(8) : rest;
				canon[++i] =
					`${String(s.principal)}:${inherit ? '(OI)(CI)' : ''}${String(s.perm).toUpperCase()}`;
			}
		} else if (low === '/reset') [s.action, canon[i]] = ['reset', '/reset'];
		else if (low === '/t') [s.recurse, canon[i]] = [true, '/T'];
	}
	return { state: s, canon };
}
