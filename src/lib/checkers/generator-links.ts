// Links into the command generators, prefilled through their query-string state, and the commands
// the log checker suggests, rendered by those same generators (never assembled here). The
// parameter names belong to src/lib/generators/*.ts (spec.fields[].param);
// tests/unit/check-generator-links decodes these links with the generators' own fromQuery, so a
// renamed parameter fails a test.
import { defaults } from '../generators/common';
import { generate as msiexecGenerate, spec as msiexecSpec } from '../generators/msiexec';
import type { Shell, State } from '../generators/types';
import { toQuery } from '../generators/url-state';

const link = (tool: string, params: Record<string, string | undefined>) => {
	const q = new URLSearchParams();
	for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, v);
	const s = q.toString();
	return `/tools/${tool}/${s ? `?${s}` : ''}`;
};

/** msiexec /i <package> with a verbose log, elevated (the generator's defaults: install, *v, elevated). */
export function msiexecLink(pkg: string | undefined, log = '%TEMP%\\msi-install.log'): string {
	return link('msiexec', { t: pkg, log });
}

export function icaclsLink(o: {
	path: string;
	grant?: { principal: string; perm: string; inherit: boolean };
}): string {
	if (!o.grant) return link('icacls', { p: o.path });
	return link('icacls', {
		a: 'grant',
		p: o.path,
		who: o.grant.principal,
		perm: o.grant.perm,
		inh: o.grant.inherit ? undefined : '0',
	});
}

export function chmodLink(o: { mode: string; path: string; dir: boolean }): string {
	return link('chmod', { m: o.mode, p: o.path, type: o.dir ? 'dir' : undefined });
}

/** What a log says about how msiexec was run, for running it again the same way. */
export interface RerunFrom {
	action?: 'install' | 'uninstall';
	/** Package path or product code. */
	target?: string;
	/** UILevel property: 2 none (/qn), 3 basic (/qb), 4 reduced (/qr), 5 full (no switch). */
	uiLevel?: number;
	/** Public properties as typed on the command line. */
	properties?: Array<{ name: string; value: string }>;
	/** Where the failed run wrote its log (MsiLogFileLocation). */
	logPath?: string;
	/** Log flags: '*v' normally; '*vx' adds the extra debugging output custom actions need. */
	logFlags?: string;
	elevate?: boolean;
}

const UI_SWITCH: Record<number, string> = { 2: 'qn', 3: 'qb', 4: 'qr' };

// Properties the installer adds to the logged command line itself (the user never typed them), or
// that would turn a rerun into something else.
const ENGINE_PROPERTIES = new Set([
	'CURRENTDIRECTORY',
	'CLIENTUILEVEL',
	'CLIENTPROCESSID',
	'MSICLIENTUSESEXTERNALUI',
	'USERNAME',
	'COMPANYNAME',
	'SOURCEDIR',
	'ACTION',
	'EXECUTEACTION',
	'ROOTDRIVE',
	'INSTALLLEVEL',
	'SECONDSEQUENCE',
	'ADDDEFAULT',
	'MSINEWINSTANCE',
	'MSIPATCHREMOVE',
	'PATCH',
	'REINSTALL',
	'REINSTALLMODE',
	'REMOVE',
	'MSISESSIONGUID',
	'PRODUCTLANGUAGE',
	'MSIRESTARTMANAGERSESSIONKEY',
]);

/** The msiexec form state that repeats the logged run with a verbose log. */
export function rerunState(o: RerunFrom): State {
	const ui = o.uiLevel !== undefined ? UI_SWITCH[o.uiLevel & 7] : undefined;
	const properties = (o.properties ?? [])
		// Hidden values are logged as asterisks: never copy them into a command.
		.filter(
			(p) =>
				/^[A-Z_][A-Z0-9_.]*$/.test(p.name) &&
				!ENGINE_PROPERTIES.has(p.name) &&
				!/^\*+$/.test(p.value),
		)
		.map((p) => `${p.name}=${p.value}`);
	return {
		action: o.action ?? 'install',
		target: o.target ?? 'C:\\path\\to\\package.msi',
		...(ui ? { ui } : {}),
		properties,
		log: o.logPath ?? '%TEMP%\\msi-install.log',
		logFlags: o.logFlags ?? '*v',
		elevate: o.elevate ?? true,
	};
}

/** The rerun command as the msiexec generator renders it for `shell`, and the link that opens it there. */
export function msiexecRerun(o: RerunFrom, shell: Shell): { command: string; link: string } {
	const state = { ...defaults(msiexecSpec), ...rerunState(o) };
	const result = msiexecGenerate(state, shell);
	const q = toQuery(msiexecSpec, state, shell);
	return { command: result.command, link: `/tools/msiexec/${q ? `?${q}` : ''}` };
}
