// Reads an icacls ACL the way Windows would for the subjects an install cares about: SYSTEM (the
// Windows Installer service), an elevated administrator, a standard (or not yet elevated) user,
// the account a user temp folder belongs to, and the pasting account (whoami). Principals are
// compared by SID (permissions-sids.ts), so localized account names read the same as English ones.
// Rights letters: icacls /? ("simple rights" and "specific rights"); a deny ACE that matches wins
// (icacls lists explicit deny ACEs first, and Windows evaluates them first).
import { joinCmd } from '../shell/cmd';
import { ShellError } from '../shell/types';
import { icaclsLink } from './generator-links';
import type { Ace, IcaclsBlock, WhoamiBlock } from './permissions-parse';
import { INTEGRITY, SID, nameKey, sidOf } from './permissions-sids';

/** A command that repairs something, the argv it must pass, and the generator page that explains it. */
export interface FixCommand {
	shell: 'bash' | 'cmd';
	argv: string[];
	command: string;
	link: string;
}

/** icacls argv rendered for cmd by the shell module; undefined when cmd cannot carry it literally. */
export function icaclsFix(argv: string[], link: string): FixCommand | undefined {
	try {
		return { shell: 'cmd', argv, command: joinCmd(argv), link };
	} catch (e) {
		if (e instanceof ShellError) return undefined;
		throw e;
	}
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

export type WinSubject = 'system' | 'admins' | 'users' | 'account' | 'you';
const EVERYONE = [SID.everyone, SID.authenticatedUsers];
export const SUBJECT_SIDS: Record<'system' | 'admins' | 'users', string[]> = {
	// The SYSTEM token holds the Administrators group too.
	system: [SID.system, SID.admins, ...EVERYONE],
	admins: [SID.admins, SID.users, SID.interactive, ...EVERYONE],
	users: [SID.users, SID.interactive, ...EVERYONE],
};

/** The key a principal is compared by: its SID when known, else its name. */
export function principalKey(principal: string, known?: ReadonlyMap<string, string>): string {
	return sidOf(principal, known) ?? `name:${nameKey(principal)}`;
}
export const accountKey = (name: string) => `name:${nameKey(name)}`;

export interface WinVerdict {
	subject: WinSubject;
	/** For 'account': the account's name as the ACL prints it. */
	name?: string;
	create: boolean;
	deleteOwn: boolean;
	deleteAny: boolean;
	/** Principals of deny ACEs that apply to this subject. */
	denies: string[];
}

/** Whether the given principals (keys) may create files in the folder and delete them afterwards. */
export function judgeAcl(
	aces: Ace[],
	subject: WinSubject,
	keys: string[],
	known?: ReadonlyMap<string, string>,
	denyOnly: string[] = [],
): WinVerdict {
	const mine = new Set(keys);
	const denyMine = new Set([...keys, ...denyOnly]);
	const key = (a: Ace) => principalKey(a.principal, known);
	const allow = (pred: (a: Ace) => boolean, right: string, who = mine) =>
		aces.some((a) => !a.deny && who.has(key(a)) && pred(a) && rights(a).has(right));
	const deny = (pred: (a: Ace) => boolean, right: string) =>
		aces.some((a) => a.deny && denyMine.has(key(a)) && pred(a) && rights(a).has(right));
	const onSelf = (a: Ace) => a.self;
	const onFiles = (a: Ace) => a.files;
	const creator = new Set([...mine, SID.creatorOwner]);
	const create = allow(onSelf, 'WD') && !deny(onSelf, 'WD');
	const dc = allow(onSelf, 'DC') && !deny(onSelf, 'DC');
	const deleteOwn = create && (dc || (allow(onFiles, 'DE', creator) && !deny(onFiles, 'DE')));
	const deleteAny = create && (dc || (allow(onFiles, 'DE') && !deny(onFiles, 'DE')));
	const denies = [
		...new Set(aces.filter((a) => a.deny && denyMine.has(key(a))).map((a) => a.principal)),
	];
	return { subject, create, deleteOwn, deleteAny, denies };
}

export interface Elevation {
	integrity?: (typeof INTEGRITY)[string];
	adminMember: boolean;
	/** Administrators is in the token but "used for deny only": a UAC-filtered (not elevated) admin. */
	adminFiltered: boolean;
	elevated: boolean;
}

// "Group used for deny only" as whoami prints it: English, Chinese (只用于拒绝的组), German
// (Gruppe wird nur für Verweigerung verwendet); "refus" is the French stem (not seen in a published
// output, so the integrity label below decides when the wording is unknown).
const DENY_ONLY = /deny only|拒绝|verweigerung|refus/i;
const isDenyOnly = (attrs: string[]) => attrs.some((a) => DENY_ONLY.test(a));

/** Elevation read from SIDs only: the integrity label (S-1-16-…) and Administrators (S-1-5-32-544). */
export function judgeWhoami(b: WhoamiBlock): Elevation {
	const label = b.groups.find((g) => g.sid.startsWith('S-1-16-'));
	const integrity = label ? INTEGRITY[label.sid] : undefined;
	const admin = b.groups.find((g) => g.sid === SID.admins);
	// Under UAC a medium (or lower) token never holds Administrators enabled: it is the filtered one.
	const low = integrity === 'Medium' || integrity === 'Low' || integrity === 'Untrusted';
	const adminFiltered = !!admin && (isDenyOnly(admin.attributes) || low);
	return {
		...(integrity ? { integrity } : {}),
		adminMember: !!admin,
		adminFiltered,
		elevated:
			integrity === 'High' || integrity === 'System' || (!!admin && !adminFiltered && !integrity),
	};
}

/** The token whoami describes, as principal keys; and the names it maps to SIDs on that machine. */
export function tokenPrincipals(b: WhoamiBlock): {
	allow: string[];
	denyOnly: string[];
	known: Map<string, string>;
} {
	const groups = b.groups.filter((g) => !g.sid.startsWith('S-1-16-'));
	const admin = judgeWhoami(b);
	const deny = (g: (typeof groups)[number]) =>
		isDenyOnly(g.attributes) ||
		(admin.adminFiltered && (g.sid === SID.admins || g.sid === SID.localAdmin));
	const known = new Map(b.groups.map((g) => [nameKey(g.name), g.sid] as const));
	if (b.user) known.set(nameKey(b.user.name), b.user.sid);
	return {
		allow: [...groups.filter((g) => !deny(g)).map((g) => g.sid), ...(b.user ? [b.user.sid] : [])],
		denyOnly: groups.filter(deny).map((g) => g.sid),
		known,
	};
}

/** icacls commands that remove deny entries of the given verdicts. */
export function removeDenies(block: IcaclsBlock, verdicts: WinVerdict[]): FixCommand[] {
	const out: FixCommand[] = [];
	for (const d of new Set(verdicts.flatMap((v) => v.denies))) {
		const f = icaclsFix(['icacls', block.path, '/remove:d', d], icaclsLink({ path: block.path }));
		if (f) out.push(f);
	}
	return out;
}

/** icacls /grant <principal>:<flags><perm>; principals by SID (*S-1-…) work in every language. */
export function grant(
	path: string,
	principal: string,
	flags: string,
	perm: string,
): FixCommand | undefined {
	return icaclsFix(
		['icacls', path, '/grant', `${principal}:${flags}${perm}`],
		icaclsLink({ path, grant: { principal, perm, inherit: flags === '(OI)(CI)' } }),
	);
}
