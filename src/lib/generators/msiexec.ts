// msiexec command lines. Options: Microsoft's "Command-Line Options" (classic /i /x /f /a /p /q /l)
// and "Standard Installer Command-Line Options" (/quiet /passive /norestart /update ...).
import { type Msg, msg } from '../../i18n/msg';
import { type Arg, type Part, isLiteral } from '../shell/types';
import { Builder, bool, finish, joinMsgs, list, shown, str, winPath } from './common';
import { renderWin } from './render-win';
import { type Result, type Shell, type Spec, type State } from './types';

const CLASSIC = 'https://learn.microsoft.com/windows/win32/msi/command-line-options';
const STANDARD =
	'https://learn.microsoft.com/windows/win32/msi/standard-installer-command-line-options';
const START = 'https://learn.microsoft.com/windows-server/administration/windows-commands/start';
const START_PROCESS =
	'https://learn.microsoft.com/powershell/module/microsoft.powershell.management/start-process';
// /unregister and /regserver are not on the msiexec reference pages; Microsoft's support article on
// error 1719 (KB 315346) uses them to re-register the Windows Installer service.
const KB315346 = 'https://support.microsoft.com/help/315346';
const GUID = /^\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}$/;

const ACTIONS: Record<string, { flag: string; explain: Msg; href: string }> = {
	install: { flag: '/i', explain: msg('gen.msiexec.actions.install'), href: CLASSIC },
	uninstall: { flag: '/x', explain: msg('gen.msiexec.actions.uninstall'), href: CLASSIC },
	repair: { flag: '/f', explain: msg('gen.msiexec.actions.repair'), href: CLASSIC },
	admin: {
		flag: '/a',
		explain: msg('gen.msiexec.actions.explain'),
		href: CLASSIC,
	},
	patch: { flag: '/p', explain: msg('gen.msiexec.actions.patch'), href: CLASSIC },
	update: { flag: '/update', explain: msg('gen.msiexec.actions.update'), href: STANDARD },
	unregister: {
		flag: '/unregister',
		explain: msg('gen.msiexec.actions.unregister'),
		href: KB315346,
	},
	regserver: { flag: '/regserver', explain: msg('gen.msiexec.actions.regserver'), href: KB315346 },
};
/** Actions on the Windows Installer service itself: no package, no UI level, no log. */
export const SERVICE = new Set(['unregister', 'regserver']);

const REPAIR: Record<string, Msg> = {
	p: msg('gen.msiexec.repair.p'),
	o: msg('gen.msiexec.repair.o'),
	e: msg('gen.msiexec.repair.e'),
	d: msg('gen.msiexec.repair.d'),
	c: msg('gen.msiexec.repair.c'),
	a: msg('gen.msiexec.repair.a'),
	u: msg('gen.msiexec.repair.u'),
	m: msg('gen.msiexec.repair.m'),
	s: msg('gen.msiexec.repair.s'),
	v: msg('gen.msiexec.repair.v'),
};

const LOG: Record<string, Msg> = {
	i: msg('gen.msiexec.log.i'),
	w: msg('gen.msiexec.log.w'),
	e: msg('gen.msiexec.log.e'),
	a: msg('gen.msiexec.log.a'),
	r: msg('gen.msiexec.log.r'),
	u: msg('gen.msiexec.log.u'),
	c: msg('gen.msiexec.log.c'),
	m: msg('gen.msiexec.log.m'),
	o: msg('gen.msiexec.log.o'),
	p: msg('gen.msiexec.log.p'),
	v: msg('gen.msiexec.log.v'),
	x: msg('gen.msiexec.log.x'),
	'+': msg('gen.msiexec.log.Plus'),
	'!': msg('gen.msiexec.log.Bang'),
	'*': msg('gen.msiexec.log.Star'),
};

export const UI: Record<string, Msg> = {
	quiet: msg('gen.msiexec.ui.quiet'),
	passive: msg('gen.msiexec.ui.passive'),
	qn: msg('gen.msiexec.ui.qn'),
	'qn+': msg('gen.msiexec.ui.qnPlus'),
	qb: msg('gen.msiexec.ui.qb'),
	'qb+': msg('gen.msiexec.ui.qbPlus'),
	'qb-': msg('gen.msiexec.ui.qb.basicUiWithNo'),
	'qb!': msg('gen.msiexec.ui.qbBang'),
	'qb!-': msg('gen.msiexec.ui.qbBang.basicUiNoModal'),
	qr: msg('gen.msiexec.ui.qr'),
	qf: msg('gen.msiexec.ui.qf'),
};

export const RESTART: Record<string, Msg> = {
	norestart: msg('gen.msiexec.restart.norestart'),
	promptrestart: msg('gen.msiexec.restart.promptrestart'),
	forcerestart: msg('gen.msiexec.restart.forcerestart'),
};

export const spec: Spec = {
	id: 'msiexec',
	description: msg('gen.msiexec.description'),
	shells: ['powershell', 'cmd'],
	fields: [
		{
			name: 'action',
			kind: 'select',
			default: 'install',
			param: 'a',
			label: msg('gen.msiexec.field.action.label'),
			options: [
				{ value: 'install', label: msg('gen.msiexec.field.action.opt.install') },
				{ value: 'uninstall', label: msg('gen.msiexec.field.action.opt.uninstall') },
				{ value: 'repair', label: msg('gen.msiexec.field.action.opt.repair') },
				{ value: 'admin', label: msg('gen.msiexec.field.action.opt.admin') },
				{ value: 'patch', label: msg('gen.msiexec.field.action.opt.patch') },
				{ value: 'update', label: msg('gen.msiexec.field.action.opt.update') },
				{ value: 'unregister', label: msg('gen.msiexec.field.action.opt.unregister') },
				{ value: 'regserver', label: msg('gen.msiexec.field.action.opt.regserver') },
			],
		},
		{
			name: 'target',
			kind: 'text',
			default: 'C:\\Downloads\\example.msi',
			param: 't',
			label: msg('gen.msiexec.field.target.label'),
			help: msg('gen.msiexec.field.target.help'),
		},
		{
			name: 'repairFlags',
			kind: 'text',
			default: 'omus',
			param: 'rf',
			label: msg('gen.msiexec.field.repairFlags.label'),
			help: msg('gen.msiexec.field.repairFlags.help'),
		},
		{
			name: 'targetDir',
			kind: 'text',
			default: '',
			param: 'td',
			label: msg('gen.msiexec.field.targetDir.label'),
			placeholder: '\\\\server\\share\\app',
		},
		{
			name: 'patches',
			kind: 'list',
			default: [],
			param: 'p',
			label: msg('gen.msiexec.field.patches.label'),
			help: msg('gen.msiexec.field.patches.help'),
		},
		{
			name: 'ui',
			kind: 'select',
			default: '',
			param: 'ui',
			label: msg('gen.msiexec.field.ui.label'),
			options: [
				{ value: '', label: msg('gen.msiexec.field.ui.opt.none') },
				...Object.keys(UI).map((k) => ({
					value: k,
					label: msg('gen.msiexec.field.ui.opt', { flag: `/${k}`, text: UI[k]! }),
				})),
			],
		},
		{
			name: 'restart',
			kind: 'select',
			default: '',
			param: 'r',
			label: msg('gen.msiexec.field.restart.label'),
			options: [
				{ value: '', label: msg('gen.msiexec.field.restart.opt.none') },
				...Object.keys(RESTART).map((k) => ({
					value: k,
					label: msg('gen.common.literal', { text: `/${k}` }),
				})),
			],
		},
		{
			name: 'log',
			kind: 'text',
			default: '',
			param: 'log',
			label: msg('gen.msiexec.field.log.label'),
			placeholder: '%TEMP%\\install.log',
			help: msg('gen.msiexec.field.log.help'),
		},
		{
			name: 'logFlags',
			kind: 'text',
			default: '*v',
			param: 'lf',
			label: msg('gen.msiexec.field.logFlags.label'),
			help: msg('gen.msiexec.field.logFlags.help'),
		},
		{
			name: 'transforms',
			kind: 'text',
			default: '',
			param: 'mst',
			label: msg('gen.msiexec.field.transforms.label'),
			placeholder: 'custom.mst;lang.mst',
		},
		{
			name: 'properties',
			kind: 'list',
			default: [],
			param: 'prop',
			label: msg('gen.msiexec.field.properties.label'),
			placeholder: 'INSTALLDIR=C:\\Program Files\\App',
			help: msg('gen.msiexec.field.properties.help'),
		},
		{
			name: 'elevate',
			kind: 'checkbox',
			default: true,
			param: 'el',
			label: msg('gen.msiexec.field.elevate.label'),
		},
	],
	presets: [
		{
			id: 'go-silent',
			label: msg('gen.msiexec.preset.go-silent'),
			state: {
				action: 'install',
				target: '%USERPROFILE%\\Downloads\\go1.24.5.windows-amd64.msi',
				ui: 'quiet',
				restart: 'norestart',
				log: '%TEMP%\\go-install.log',
				logFlags: '*v',
				elevate: true,
			},
		},
	],
};

function buildArgs(s: State, b: Builder): void {
	const action = ACTIONS[str(s, 'action')] ? str(s, 'action') : 'install';
	const a = ACTIONS[action]!;
	const target = str(s, 'target');
	b.add('msiexec', msg('gen.msiexec.tok.msiexec'), CLASSIC);
	if (SERVICE.has(action)) {
		// The option stands alone (KB 315346): the other fields do not apply and are not written.
		b.add(a.flag, a.explain, a.href);
		return;
	}
	if (action === 'patch' || action === 'update') {
		const patches = list(s, 'patches');
		if (patches.length === 0) b.error('patches', msg('gen.msiexec.err.patches.giveAtLeastOne'));
		b.add(a.flag, a.explain, a.href);
		// Variables expand here as in every other path field (msiexec itself expands none).
		const arg = winPath(patches.join(';'));
		b.add(
			arg,
			isLiteral(arg)
				? msg('gen.msiexec.tok.patchPackagesSeparatedBy')
				: msg('gen.msiexec.tok.patchPackagesSeparatedBy.patchPackagesSeparatedBy'),
			a.href,
			'patches',
		);
	} else {
		let flag = a.flag;
		let explain = a.explain;
		if (action === 'repair') {
			// Command-line options are case-insensitive (Command-Line Options page).
			const letters = (str(s, 'repairFlags') || 'omus').toLowerCase();
			if (!/^[poedcaumsv]+$/.test(letters))
				b.error('repairFlags', msg('gen.msiexec.err.repairFlags.repairLettersAreP'));
			flag += letters;
			const named = [...letters].flatMap((c) => (REPAIR[c] ? [REPAIR[c]] : []));
			explain = msg('gen.msiexec.tok.repairLetters', {
				explain: a.explain,
				letters: joinMsgs(named, 'semi'),
			});
		}
		if (!target) b.error('target', msg('gen.msiexec.err.target.giveAPackagePath'));
		else if (target.startsWith('{') && !GUID.test(target))
			b.error('target', msg('gen.msiexec.err.target.aProductCodeLooks'));
		else if (action === 'admin' && GUID.test(target))
			b.error('target', msg('gen.msiexec.err.target.anAdministrativeInstallNeeds'));
		b.add(flag, explain, a.href);
		b.add(
			winPath(target),
			GUID.test(target)
				? msg('gen.msiexec.tok.productCodeOfThe')
				: msg('gen.msiexec.tok.pathOfThePackage'),
			a.href,
			'target',
		);
	}
	if (action === 'admin') {
		const dir = str(s, 'targetDir');
		if (dir) warnQuotedBackslash(b, dir);
		if (dir)
			b.add(
				['TARGETDIR=', ...partsOf(winPath(dir))],
				msg('gen.msiexec.tok.whereTheAdministrativeImage'),
				'https://learn.microsoft.com/windows/win32/msi/targetdir',
				'targetDir',
			);
	}
	const mst = str(s, 'transforms');
	if (mst)
		b.add(
			['TRANSFORMS=', ...partsOf(winPath(mst))],
			msg('gen.msiexec.tok.transformsAppliedToThe'),
			'https://learn.microsoft.com/windows/win32/msi/transforms',
			'transforms',
		);
	properties(s, b, action);
	const ui = str(s, 'ui');
	if (UI[ui]) b.add(`/${ui}`, UI[ui], ui === 'quiet' || ui === 'passive' ? STANDARD : CLASSIC);
	const restart = str(s, 'restart');
	if (RESTART[restart]) b.add(`/${restart}`, RESTART[restart], STANDARD);
	if (restart === 'promptrestart' && (ui === 'quiet' || ui.startsWith('qn')))
		b.error('restart', msg('gen.msiexec.err.restart.promptrestartCannotBeCombined'));
	if ((ui === 'quiet' || ui === 'passive') && !restart)
		b.warn(msg('gen.msiexec.warn.withoutNorestartQuietAnd'));
	logArgs(s, b);
}

const partsOf = (a: Arg): Part[] => (typeof a === 'string' ? [a] : [...a]);

/**
 * A value msiexec gets in quotes (it has a space or a %NAME%) that ends with \ prints as "C:\a b\".
 * Microsoft's command-line page documents only "" inside quotes, not what \" means to msiexec, so the
 * line is not one we can vouch for: say so, and that the trailing \ can go.
 */
function warnQuotedBackslash(b: Builder, value: string): void {
	if (value.endsWith('\\') && /[\s%]/u.test(value))
		b.warn(msg('gen.msiexec.warn.quotedTrailingBackslash', { value: shown(value) }));
}

function properties(s: State, b: Builder, action: string): void {
	const props = list(s, 'properties');
	if (props.length && action === 'repair') b.warn(msg('gen.msiexec.warn.repairFIgnoresProperties'));
	for (const p of props) {
		const m = /^([^=\s]+)=([\s\S]*)$/.exec(p);
		if (!m || !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(m[1]!)) {
			b.error('properties', msg('gen.msiexec.err.properties.notNameValue', { p }));
			continue;
		}
		const name = m[1]!.toUpperCase();
		if (name !== m[1])
			b.warn(msg('gen.msiexec.warn.msiexecReadsPropertyNames', { given: m[1]!, name }));
		if (name === 'PATCH' && action === 'patch') b.warn(msg('gen.msiexec.warn.withPAPatch'));
		const value = winPath(m[2]!);
		warnQuotedBackslash(b, m[2]!);
		const arg: Arg = isLiteral(value) ? `${name}=${value}` : [`${name}=`, ...value];
		b.add(
			arg,
			m[2] === ''
				? msg('gen.msiexec.tok.clearThePublicProperty', { name })
				: isLiteral(value)
					? msg('gen.msiexec.tok.setThePublicProperty', { name })
					: msg('gen.msiexec.tok.setThePublicProperty.setThePublicProperty', { name }),
			CLASSIC,
			'properties',
		);
	}
}

function logArgs(s: State, b: Builder): void {
	const log = str(s, 'log');
	if (!log) return;
	// Command-line options are case-insensitive: Microsoft's own example is /L*V.
	const flags = str(s, 'logFlags').toLowerCase();
	if (!/^[iwearucmopvx+!*]*$/.test(flags))
		b.error('logFlags', msg('gen.msiexec.err.logFlags.logFlagsAreI'));
	const names = joinMsgs(
		[...flags].flatMap((c) => (LOG[c] ? [LOG[c]] : [])),
		'comma',
	);
	b.add(
		`/l${flags}`,
		flags
			? msg('gen.msiexec.tok.logFlags', { flags: names })
			: msg('gen.msiexec.tok.logWithTheDefault'),
		CLASSIC,
	);
	b.add(winPath(log), msg('gen.msiexec.tok.logFileItsFolder'), CLASSIC, 'log');
}

export function generate(state: State, shell: Shell): Result {
	const b = new Builder();
	const elevate = bool(state, 'elevate');
	// msiexec is a windowed program: the shell waits for it only through its launcher.
	if (shell === 'powershell')
		b.launcher(
			{ filePath: 'msiexec.exe', elevate },
			`Start-Process${elevate ? ' -Verb RunAs' : ''} -Wait -PassThru`,
			msg(elevate ? 'gen.msiexec.tok.startProcessElevated' : 'gen.msiexec.tok.startProcess'),
			START_PROCESS,
		);
	else {
		b.launcher(
			{ filePath: 'msiexec.exe', elevate: false },
			'start /wait',
			msg('gen.msiexec.tok.startWait'),
			START,
		);
		if (elevate) b.warn(msg('gen.msiexec.warn.cmdCannotElevateA'));
	}
	buildArgs(state, b);
	return finish(b, shell, renderWin, 'msiexec');
}
