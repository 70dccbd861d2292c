// Reads an icacls ACL the way Windows would for the three subjects an install cares about: SYSTEM
// (the Windows Installer service), an elevated administrator, and a standard (or not yet elevated)
// user. Rights letters: icacls /? ("simple rights" and "specific rights"); a deny ACE that matches
// wins (icacls lists explicit deny ACEs first, and Windows evaluates them first).
import { icaclsLink } from './generator-links';
import type { Ace, IcaclsBlock, WhoamiBlock } from './permissions-parse';

/** A command that repairs something, and the generator page that builds (and explains) it. */
export interface FixCommand {
	command: string;
	link: string;
}

const SIMPLE: Record<string, string[]> = {
	F: ['WD', 'AD', 'DE', 'DC', 'RD', 'X'],
	M: ['WD', 'AD', 'DE', 'RD', 'X'],
	RX: ['RD', 'X'],
	R: ['RD'],
	W: ['WD', 'AD'],
	D: ['DE'],
	GA: ['WD', 'AD', 'DE', 'DC', 'RD', 'X'],
	GW: ['WD', 'AD'],
	GR: ['RD'],
	GE: ['X'],
};
function rights(ace: Ace): Set<string> {
	const out = new Set<string>();
	for (const t of ace.tokens) for (const r of SIMPLE[t] ?? [t]) out.add(r);
	return out;
}

export type WinSubject = 'system' | 'admins' | 'users' | 'you';
const norm = (s: string) => s.trim().toLowerCase();
const EVERYONE = ['everyone', 'nt authority\\authenticated users'];
export const SUBJECT_PRINCIPALS: Record<Exclude<WinSubject, 'you'>, string[]> = {
	// The SYSTEM token holds the Administrators group too.
	system: ['nt authority\\system', 'builtin\\administrators', ...EVERYONE],
	admins: ['builtin\\administrators', 'builtin\\users', 'nt authority\\interactive', ...EVERYONE],
	users: ['builtin\\users', 'nt authority\\interactive', ...EVERYONE],
};

export interface WinVerdict {
	subject: WinSubject;
	create: boolean;
	deleteOwn: boolean;
	deleteAny: boolean;
	/** Principals of deny ACEs that apply to this subject. */
	denies: string[];
}

/** Whether the given principals may create files in the folder and delete them afterwards. */
export function judgeAcl(aces: Ace[], subject: WinSubject, principals: string[], denyOnly: string[] = []): WinVerdict {
	const mine = new Set(principals.map(norm));
	const denyMine = new Set([...mine, ...denyOnly.map(norm)]);
	const allow = (pred: (a: Ace) => boolean, right: string, who = mine) =>
		aces.some((a) => !a.deny && who.has(norm(a.principal)) && pred(a) && rights(a).has(right));
	const deny = (pred: (a: Ace) => boolean, right: string) =>
		aces.some((a) => a.deny && denyMine.has(norm(a.principal)) && pred(a) && rights(a).has(right));
	const onSelf = (a: Ace) => a.self;
	const onFiles = (a: Ace) => a.files;
	const creator = new Set([...mine, 'creator owner']);
	const create = allow(onSelf, 'WD') && !deny(onSelf, 'WD');
	const dc = allow(onSelf, 'DC') && !deny(onSelf, 'DC');
	const deleteOwn = create && (dc || (allow(onFiles, 'DE', creator) && !deny(onFiles, 'DE')));
	const deleteAny = create && (dc || (allow(onFiles, 'DE') && !deny(onFiles, 'DE')));
	const denies = [...new Set(aces.filter((a) => a.deny && denyMine.has(norm(a.principal))).map((a) => a.principal))];
	return { subject, create, deleteOwn, deleteAny, denies };
}

export interface Elevation {
	integrity?: 'Untrusted' | 'Low' | 'Medium' | 'Medium Plus' | 'High' | 'System';
	adminMember: boolean;
	/** Administrators is in the token but "used for deny only": a UAC-filtered (not elevated) admin. */
	adminFiltered: boolean;
	elevated: boolean;
}

export function judgeWhoami(b: WhoamiBlock): Elevation {
	const label = b.groups.find((g) => /^Mandatory Label\\/i.test(g.name));
	const m = label ? /^Mandatory Label\\(.+?) Mandatory Level$/i.exec(label.name) : null;
	const integrity = m ? (m[1] as Elevation['integrity']) : undefined;
	const admin = b.groups.find((g) => g.sid === 'S-1-5-32-544');
	const adminFiltered = !!admin?.attributes.some((a) => /deny only/i.test(a));
	return {
		...(integrity ? { integrity } : {}),
		adminMember: !!admin,
		adminFiltered,
		elevated: integrity === 'High' || integrity === 'System' || (!!admin && !adminFiltered && !integrity),
	};
}

/** Principals of the token described by whoami /groups: enabled groups, and deny-only ones. */
export function tokenPrincipals(b: WhoamiBlock): { allow: string[]; denyOnly: string[] } {
	const groups = b.groups.filter((g) => !/^Mandatory Label\\/i.test(g.name));
	const denyOnly = groups.filter((g) => g.attributes.some((a) => /deny only/i.test(a)));
	return {
		allow: groups.filter((g) => !denyOnly.includes(g)).map((g) => g.name),
		denyOnly: denyOnly.map((g) => g.name),
	};
}

const q = (s: string) => `"${s.replace(/"/g, '')}"`;

/** icacls commands that would give the missing rights back (never a blanket Everyone:F). */
export function icaclsFixes(block: IcaclsBlock, verdicts: WinVerdict[]): FixCommand[] {
	const out: FixCommand[] = [];
	const path = q(block.path);
	const by = (s: WinSubject) => verdicts.find((v) => v.subject === s);
	const grant = (principal: string, perm: string) => ({
		command: `icacls ${path} /grant ${q(`${principal}:(OI)(CI)${perm}`)}`,
		link: icaclsLink({ path: block.path, grant: { principal, perm, inherit: true } }),
	});
	for (const v of verdicts) {
		for (const d of v.denies) out.push({ command: `icacls ${path} /remove:d ${q(d)}`, link: icaclsLink({ path: block.path }) });
	}
	if (by('system') && !by('system')!.deleteAny) out.push(grant('NT AUTHORITY\\SYSTEM', 'F'));
	if (by('admins') && !by('admins')!.deleteAny) out.push(grant('BUILTIN\\Administrators', 'F'));
	const users = by('users');
	if (users && !users.create && /^[a-z]:\\windows\\temp\\?$/i.test(block.path)) {
		// The usual ACE on C:\Windows\Temp: users may add files and folders but not list others'.
		out.push({ command: `icacls ${path} /grant ${q('BUILTIN\\Users:(CI)(S,WD,AD,X)')}`, link: icaclsLink({ path: block.path }) });
	}
	const seen = new Set<string>();
	return out.filter((f) => !seen.has(f.command) && seen.add(f.command));
}
