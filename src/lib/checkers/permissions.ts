// The permission checker: recognise what was pasted, then answer "can this user (or SYSTEM) create
// and delete files here?" and "is that right for what this folder is for?" (its role, given or
// inferred from the path; see permissions-roles.ts). POSIX rules: a process is judged by exactly one
// class (owner, else group, else other); creating or removing an entry needs w and x on the
// directory; with the sticky bit only the file's owner, the directory's owner or root may remove or
// rename (GNU coreutils, "Changing Special Mode Bits"). Every suggested command is an argv rendered
// by the shell modules (src/lib/shell), never pasted together by hand.
import { joinPosix } from '../shell/posix';
import { ShellError } from '../shell/types';
import { chmodLink } from './generator-links';
import { parsePermissionText } from './permissions-parse';
import type { IcaclsBlock, IdBlock, PermBlock, PosixEntry, WhoamiBlock } from './permissions-parse';
import { ROLES, inferRole, pathAccount } from './permissions-roles';
import type { Role, RoleChoice } from './permissions-roles';
import { SID } from './permissions-sids';
import {
	SUBJECT_SIDS,
	accountKey,
	grant,
	judgeAcl,
	judgeWhoami,
	principalKey,
	removeDenies,
	tokenPrincipals,
} from './permissions-windows';
import type { Elevation, FixCommand, WinVerdict } from './permissions-windows';

export type PosixSubject = 'owner' | 'group' | 'other' | 'root' | 'you';
export interface PosixVerdict {
	subject: PosixSubject;
	create: boolean;
	deleteOwn: boolean;
	deleteOthers: boolean;
}
/** What a role needs and whether the folder has it; problems are message keys (check.perm.problem.*). */
export interface RoleVerdict {
	role: Role;
	problems: string[];
}
interface Judged {
	/** The role the verdict is for: chosen, or inferred from the path (roleInferred). */
	role?: Role;
	roleInferred: boolean;
	/** The verdict for `role`; absent when the role is unknown or the output cannot decide. */
	verdict?: RoleVerdict;
	/** When the role is unknown: what each role would need, so the reader can pick theirs. */
	byRole: RoleVerdict[];
	/** Commands that print what this output cannot show. */
	checks: FixCommand[];
	fixes: FixCommand[];
}
export interface PosixReport extends Judged {
	kind: 'posix';
	source: 'ls' | 'stat';
	entry: PosixEntry;
	octal: string;
	sticky: boolean;
	worldWritable: boolean;
	verdicts: PosixVerdict[];
	you?: { user: string; uid: number };
	/** Why the mode bits alone do not decide: an ACL (ls "+") or a symbolic link. */
	undecided?: 'acl' | 'symlink';
}
export interface WindowsReport extends Judged {
	kind: 'windows';
	path: string;
	aceCount: number;
	verdicts: WinVerdict[];
	/** Principals that are neither well known nor named by a pasted whoami: not judged. */
	unknown: string[];
}
export interface TokenReport {
	kind: 'token';
	elevation: Elevation;
}
export interface IdReport {
	kind: 'id';
	user: string;
	uid: number;
	root: boolean;
	/** Member of a group that usually grants sudo (sudo on Debian/Ubuntu, wheel on Fedora/RHEL, admin on old Ubuntu). */
	sudoGroup?: string;
}
export type PermReport = PosixReport | WindowsReport | TokenReport | IdReport;

export const octal = (mode: number) => mode.toString(8).padStart(4, '0');

function classOf(e: PosixEntry, who: IdBlock): 'owner' | 'group' | 'other' {
	const isOwner = e.uid !== undefined ? who.uid === e.uid : who.user === e.owner;
	if (isOwner) return 'owner';
	const inGroup =
		e.gid !== undefined
			? who.gid === e.gid || who.groups.some((g) => g.id === e.gid)
			: who.groups.some((g) => g.name === e.group);
	return inGroup ? 'group' : 'other';
}

export function judgePosix(
	e: PosixEntry,
	subject: PosixSubject,
	cls?: 'owner' | 'group' | 'other',
): PosixVerdict {
	if (subject === 'root') return { subject, create: true, deleteOwn: true, deleteOthers: true };
	const c = cls ?? (subject as 'owner' | 'group' | 'other');
	const shift = c === 'owner' ? 6 : c === 'group' ? 3 : 0;
	const wx = ((e.mode >> shift) & 3) === 3;
	const sticky = (e.mode & 0o1000) !== 0;
	return { subject, create: wx, deleteOwn: wx, deleteOthers: wx && (!sticky || c === 'owner') };
}

/** A bash command from argv (quoted by the shell module); undefined if bash cannot carry it. */
function bashFix(argv: string[], link: string): FixCommand | undefined {
	try {
		return { shell: 'bash', argv, command: joinPosix(argv), link };
	} catch (e) {
		if (e instanceof ShellError) return undefined;
		throw e;
	}
}
/** `--` ends the options, so a path that starts with "-" is an operand (chmod(1), getfacl(1)). */
const operand = (path: string) => (path.startsWith('-') ? ['--', path] : [path]);

function posixProblems(e: PosixEntry, role: Role, you?: { cls: string; root: boolean }): string[] {
	const m = e.mode;
	const sticky = (m & 0o1000) !== 0;
	const p: string[] = [];
	if (role === 'system-temp' && (m & 0o1777) !== 0o1777) p.push('posix-tmp');
	if (role === 'shared') {
		if (((m >> 3) & 3) !== 3 && (m & 3) !== 3) p.push('posix-shared-nobody');
		else if (!sticky) p.push('posix-shared-sticky');
	}
	if (role === 'user-temp') {
		if (((m >> 6) & 7) !== 7) p.push('posix-user-owner');
		if (you && you.cls !== 'owner' && !you.root) p.push('posix-user-not-yours');
		if (m & 0o022 && !sticky) p.push('posix-user-open');
	}
	if (role === 'install' && m & 0o002) p.push('posix-install-world');
	return p;
}

function posixFixes(e: PosixEntry, problems: string[], sudo: boolean): FixCommand[] {
	const dir = e.type === 'directory';
	const chmod = (mode: string, root = sudo) =>
		bashFix(
			[...(root ? ['sudo'] : []), 'chmod', mode, ...operand(e.name)],
			chmodLink({ mode, path: e.name, dir }),
		);
	const out: Array<FixCommand | undefined> = [];
	for (const p of problems) {
		if (p === 'posix-tmp' || p === 'posix-shared-nobody') out.push(chmod('1777'));
		if (p === 'posix-shared-sticky') out.push(chmod('+t'));
		if (p === 'posix-user-owner' && !problems.includes('posix-user-not-yours'))
			out.push(chmod('u+rwx', false));
		if (p === 'posix-user-open' && !problems.includes('posix-user-not-yours'))
			out.push(chmod('go-w', false));
		if (p === 'posix-install-world') out.push(chmod('o-w'));
	}
	return out.filter((f): f is FixCommand => !!f);
}

function posixReport(
	block: Extract<PermBlock, { kind: 'ls' | 'stat' }>,
	id: IdBlock | undefined,
	choice: RoleChoice,
): PosixReport {
	const e = block.entry;
	const sticky = (e.mode & 0o1000) !== 0;
	const verdicts = (['owner', 'group', 'other', 'root'] as const).map((s) => judgePosix(e, s));
	const you = id ? { cls: classOf(e, id), root: id.uid === 0 } : undefined;
	if (id)
		verdicts.unshift(
			you!.root
				? { ...judgePosix(e, 'root'), subject: 'you' }
				: judgePosix(e, 'you', you!.cls as 'owner'),
		);
	const inferred = inferRole(e.name);
	const role = choice === 'auto' ? inferred : choice;
	const undecided = e.type === 'link' ? 'symlink' : e.acl ? 'acl' : undefined;
	const checks: FixCommand[] = [];
	if (undecided === 'symlink') {
		const f = bashFix(['ls', '-ldL', ...operand(e.name)], '/tools/permissions/');
		if (f) checks.push(f);
	}
	if (undecided === 'acl') {
		const f = bashFix(['getfacl', ...operand(e.name)], '/tools/permissions/');
		if (f) checks.push(f);
	}
	// root owns /tmp and the install folders: changing them takes sudo unless you are root.
	const sudo = e.owner === 'root' && !you?.root && !(you && you.cls === 'owner');
	const verdict =
		role && undecided !== 'symlink' ? { role, problems: posixProblems(e, role, you) } : undefined;
	return {
		kind: 'posix',
		source: block.kind,
		entry: e,
		octal: octal(e.mode),
		sticky,
		worldWritable: (e.mode & 0o2) !== 0,
		verdicts,
		...(id ? { you: { user: id.user, uid: id.uid } } : {}),
		...(undecided ? { undecided } : {}),
		...(role ? { role } : {}),
		roleInferred: choice === 'auto' && !!inferred,
		...(verdict ? { verdict } : {}),
		byRole:
			role || undecided === 'symlink'
				? []
				: ROLES.map((r) => ({ role: r, problems: posixProblems(e, r, you) })),
		checks,
		fixes: verdict && undecided !== 'acl' ? posixFixes(e, verdict.problems, sudo) : [],
	};
}

function winProblems(
	role: Role,
	by: (s: WinVerdict['subject']) => WinVerdict | undefined,
): string[] {
	const system = by('system')!;
	const admins = by('admins')!;
	const users = by('users')!;
	const p: string[] = [];
	if (role !== 'shared' && !system.deleteAny) p.push('win-system');
	if ((role === 'system-temp' || role === 'install') && !admins.deleteAny) p.push('win-admins');
	if ((role === 'system-temp' || role === 'shared') && !users.create) p.push('win-users-create');
	if ((role === 'system-temp' || role === 'shared') && users.deleteAny) p.push('win-users-wide');
	if (role === 'install' && users.create) p.push('win-install-users');
	if (role === 'user-temp') {
		const owner = by('you') ?? by('account');
		if (!owner) p.push('win-user-unknown');
		else if (!owner.create || !owner.deleteOwn) p.push('win-user-create');
	}
	return p;
}

function winFixes(
	block: IcaclsBlock,
	problems: string[],
	verdicts: WinVerdict[],
	account?: string,
): FixCommand[] {
	const path = block.path;
	const out: Array<FixCommand | undefined> = [...removeDenies(block, verdicts)];
	for (const p of problems) {
		if (p === 'win-system') out.push(grant(path, `*${SID.system}`, '(OI)(CI)', 'F'));
		if (p === 'win-admins') out.push(grant(path, `*${SID.admins}`, '(OI)(CI)', 'F'));
		// The stock C:\Windows\Temp entry: add files and folders, no listing of others' files.
		if (p === 'win-users-create') out.push(grant(path, `*${SID.users}`, '(CI)', '(S,WD,AD,X)'));
		if (p === 'win-user-create' && account) out.push(grant(path, account, '(OI)(CI)', 'F'));
	}
	const seen = new Set<string>();
	return out.filter((f): f is FixCommand => !!f && !seen.has(f.command) && !!seen.add(f.command));
}

function windowsReport(
	block: IcaclsBlock,
	token: WhoamiBlock | undefined,
	choice: RoleChoice,
): WindowsReport {
	const t = token ? tokenPrincipals(token) : undefined;
	const known = t?.known;
	const verdicts = (['system', 'admins', 'users'] as const).map((s) =>
		judgeAcl(block.aces, s, SUBJECT_SIDS[s], known),
	);
	// Principals that are not well known: the accounts (and local groups) this ACL names.
	const others = [...new Set(block.aces.map((a) => a.principal))].filter((p) =>
		principalKey(p, known).startsWith('name:'),
	);
	const owner = pathAccount(block.path)?.toLowerCase();
	const account =
		others.find((p) => p.toLowerCase().split('\\').pop() === owner) ??
		(others.length === 1 && !block.aces.every((a) => a.deny) ? others[0] : undefined);
	const inferred = inferRole(block.path);
	const role = choice === 'auto' ? inferred : choice;
	if (account && (role === 'user-temp' || !role))
		verdicts.push({
			...judgeAcl(block.aces, 'account', [accountKey(account), ...SUBJECT_SIDS.users], known),
			name: account,
		});
	if (t) verdicts.unshift(judgeAcl(block.aces, 'you', t.allow, known, t.denyOnly));
	const by = (s: WinVerdict['subject']) => verdicts.find((v) => v.subject === s);
	const verdict = role ? { role, problems: winProblems(role, by) } : undefined;
	const grantee = account ?? token?.user?.name;
	return {
		kind: 'windows',
		path: block.path,
		aceCount: block.aces.length,
		verdicts,
		unknown: others.filter((p) => p !== account),
		...(role ? { role } : {}),
		roleInferred: choice === 'auto' && !!inferred,
		...(verdict ? { verdict } : {}),
		byRole: role ? [] : ROLES.map((r) => ({ role: r, problems: winProblems(r, by) })),
		checks: [],
		fixes: verdict ? winFixes(block, verdict.problems, verdicts, grantee) : [],
	};
}

const SUDO_GROUPS = ['sudo', 'wheel', 'admin'];

/** Everything recognised in the paste, combined (an `id` or `whoami /groups` sharpens the verdicts). */
export function checkPermissions(text: string, role: RoleChoice = 'auto'): PermReport[] {
	const blocks = parsePermissionText(text);
	const id = blocks.find((b): b is IdBlock => b.kind === 'id');
	const token = blocks.find((b): b is WhoamiBlock => b.kind === 'whoami-groups');
	const out: PermReport[] = [];
	for (const b of blocks.slice(0, 20)) {
		if (b.kind === 'icacls') out.push(windowsReport(b, token, role));
		else if (b.kind === 'ls' || b.kind === 'stat') out.push(posixReport(b, id, role));
		else if (b.kind === 'whoami-groups') out.push({ kind: 'token', elevation: judgeWhoami(b) });
		else if (b.kind === 'id') {
			const sudo = b.groups.find((g) => SUDO_GROUPS.includes(g.name));
			out.push({
				kind: 'id',
				user: b.user,
				uid: b.uid,
				root: b.uid === 0,
				...(sudo ? { sudoGroup: sudo.name } : {}),
			});
		}
	}
	return out;
}
