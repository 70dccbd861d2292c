// icacls. Syntax and examples: https://learn.microsoft.com/windows-server/administration/windows-commands/icacls
import { msg } from '../../i18n/msg';
import { Builder, bool, finish, joinMsgs, list, shown, str, warnSlash, winPath } from './common';
import { renderWin } from './render-win';
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

/**
 * `(OI)(IO)F`, `(CI)(S,WD,AD,X)`: inheritance flags (the icacls page, "Inheritance rights"), then one
 * simple right or a parenthesised list. Linear: each alternative starts with a distinct character.
 */
const FLAGGED = /^((?:\((?:OI|CI|IO|NP|I)\))*)([A-Z]+|\([A-Z]+(?:,[A-Z]+)*\))$/;
/** A last path part with a short extension: "setup.msi", not "%TEMP%" or "go1.23 files\\". Linear. */
const LOOKS_LIKE_FILE = /\.[A-Za-z][A-Za-z0-9]{0,7}$/;
/** /inheritance:e|d|r (the icacls page): enable, disable keeping copies, or remove inherited ACEs. */
const INHERITANCE = ['e', 'd', 'r'] as const;

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
			name: 'more',
			kind: 'list',
			default: [],
			param: 'more',
			label: msg('gen.icacls.field.more.label'),
			placeholder: '*S-1-5-32-544:(OI)(CI)F',
			help: msg('gen.icacls.field.more.help'),
		},
		{
			name: 'inheritance',
			kind: 'select',
			default: '',
			param: 'ih',
			label: msg('gen.icacls.field.inheritance.label'),
			options: [
				{ value: '', label: msg('gen.icacls.field.inheritance.opt.none') },
				...INHERITANCE.map((v) => ({
					value: v,
					label: msg(`gen.icacls.field.inheritance.opt.${v}`),
				})),
			],
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
	return finish(b, shell, renderWin);
}

/** Rights (after any inheritance flags) the icacls page lists: one simple right or a list. */
const validRights = (rights: string): boolean =>
	RIGHTS.has(rights) ||
	(/^\([A-Z]+(?:,[A-Z]+)*\)$/.test(rights) &&
		rights
			.slice(1, -1)
			.split(',')
			.every((r) => SPECIFIC.has(r)));

/** One ACE `WHO:FLAGSRIGHTS`: its argument and explanation; errors go to the given fields. */
function ace(
	b: Builder,
	given: { who: string; inh: string; perm: string },
	fields: { who: string; perm: string },
): void {
	const { who, inh, perm } = given;
	const m = FLAGGED.exec(perm);
	const flags = `${inh}${m?.[1] ?? ''}`
		.slice(1, -1)
		.split(')(')
		.filter((f) => f !== '');
	const rights = m?.[2] ?? '';
	if (!who) b.error(fields.who, msg('gen.icacls.err.principal.giveAUserGroup'));
	else if (who.startsWith('*') && !/^\*S-1(-\d+)+$/.test(who))
		b.error(fields.who, msg('gen.icacls.err.principal.aSidLooksLike'));
	else if (/[:"]/.test(who))
		b.error(fields.who, msg('gen.icacls.err.principal.aNameCannotContain'));
	// A flag given twice ((OI) in the rights with the inherit box ticked) is refused too.
	if (!m || !validRights(rights) || new Set(flags).size !== flags.length)
		b.error(fields.perm, msg('gen.icacls.err.perm.useFMRx'));
	const parts = winPath(who);
	const text = `:${inh}${perm}`;
	const arg = typeof parts === 'string' ? `${parts}${text}` : [...parts, text];
	const named = RIGHTS.has(rights) ? msg(`gen.icacls.right.${rights}`) : rights;
	// The two forms the form's checkbox makes keep their short explanation; others name each flag.
	const explain =
		flags.length === 0
			? msg('gen.icacls.tok.ace', { who, rights: named })
			: flags.join() === 'OI,CI'
				? msg('gen.icacls.tok.aceInherit', { who, rights: named })
				: msg('gen.icacls.tok.aceFlags', {
						who,
						rights: named,
						flags: joinMsgs(
							flags.map((f) => msg(`gen.icacls.flag.${f}`)),
							'semi',
						),
					});
	b.add(arg, explain, DOC, fields.who);
	if (/^(everyone|\*S-1-1-0|users|\*S-1-5-32-545)$/i.test(who) && /^(F|M|W)$/.test(rights))
		b.warn(msg('gen.icacls.warn.givingEveryoneOrUsers'));
}

function grant(state: State, b: Builder): void {
	const inheritance = str(state, 'inheritance').toLowerCase();
	if ((INHERITANCE as readonly string[]).includes(inheritance))
		b.add(`/inheritance:${inheritance}`, msg(`gen.icacls.tok.inheritance.${inheritance}`), DOC);
	const flag = bool(state, 'replace') ? '/grant:r' : '/grant';
	b.add(
		flag,
		bool(state, 'replace')
			? msg('gen.icacls.tok.grantReplacingEarlierExplicit')
			: msg('gen.icacls.tok.grantRightsAddedTo'),
		DOC,
	);
	// The icacls page: inheritance flags "apply only to directories". A target whose last part has a
	// file extension (setup.msi, app.log) is probably a file; what icacls does then is not documented.
	const path = str(state, 'path');
	if (bool(state, 'inherit') && LOOKS_LIKE_FILE.test(path))
		b.warn(msg('gen.icacls.warn.inheritOnFile', { path: shown(path) }));
	ace(
		b,
		{
			who: str(state, 'principal'),
			inh: bool(state, 'inherit') ? '(OI)(CI)' : '',
			perm: str(state, 'perm').toUpperCase(),
		},
		{ who: 'principal', perm: 'perm' },
	);
	// Further ACEs, WHO:FLAGSRIGHTS each; icacls takes several after one /grant (the icacls page).
	for (const item of list(state, 'more')) {
		const colon = item.lastIndexOf(':');
		ace(
			b,
			{
				who: colon > 0 ? item.slice(0, colon) : '',
				inh: '',
				perm: colon > 0 ? item.slice(colon + 1).toUpperCase() : '',
			},
			{ who: 'more', perm: 'more' },
		);
	}
}
