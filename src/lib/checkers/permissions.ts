// The permission checker: recognise what was pasted, then answer "can this user (or SYSTEM) create
// and delete files here?" with the fix as a command. POSIX rules: a process is judged by exactly one
// class (owner, else group, else other); creating or removing an entry needs w and x on the
// directory; with the sticky bit only the file's owner, the directory's owner or root may remove or
// rename (GNU coreutils, "Changing Special Mode Bits").
import { parsePermissionText } from './permissions-parse';
import type { IcaclsBlock, IdBlock, PermBlock, PosixEntry, WhoamiBlock } from './permissions-parse';
import {
	SUBJECT_PRINCIPALS,
	icaclsFixes,
	judgeAcl,
	judgeWhoami,
	tokenPrincipals,
} from './permissions-windows';
import type { Elevation, FixCommand, WinVerdict } from './permissions-windows';
import { chmodLink } from './generator-links';

export type PosixSubject = 'owner' | 'group' | 'other' | 'root' | 'you';
export interface PosixVerdict {
	subject: PosixSubject;
	create: boolean;
	deleteOwn: boolean;
	deleteOthers: boolean;
}
export interface PosixReport {
	kind: 'posix';
	source: 'ls' | 'stat';
	entry: PosixEntry;
	octal: string;
	sticky: boolean;
	worldWritable: boolean;
	/** A directory anyone can write to without the sticky bit: anyone can delete anyone's files. */
	unprotectedShared: boolean;
	verdicts: PosixVerdict[];
	you?: { user: string; uid: number };
	fixes: FixCommand[];
}
export interface WindowsReport {
	kind: 'windows';
	path: string;
	aceCount: number;
	verdicts: WinVerdict[];
	fixes: FixCommand[];
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

export function judgePosix(e: PosixEntry, subject: PosixSubject, cls?: 'owner' | 'group' | 'other'): PosixVerdict {
	if (subject === 'root') return { subject, create: true, deleteOwn: true, deleteOthers: true };
	const c = cls ?? (subject as 'owner' | 'group' | 'other');
	const shift = c === 'owner' ? 6 : c === 'group' ? 3 : 0;
	const wx = ((e.mode >> shift) & 3) === 3;
	const sticky = (e.mode & 0o1000) !== 0;
	return { subject, create: wx, deleteOwn: wx, deleteOthers: wx && (!sticky || c === 'owner') };
}

function posixReport(block: Extract<PermBlock, { kind: 'ls' | 'stat' }>, id?: IdBlock): PosixReport {
	const e = block.entry;
	const sticky = (e.mode & 0o1000) !== 0;
	const worldWritable = (e.mode & 0o2) !== 0;
	const dir = e.type === 'directory';
	const verdicts = (['owner', 'group', 'other', 'root'] as const).map((s) => judgePosix(e, s));
	if (id) verdicts.unshift(id.uid === 0 ? { ...judgePosix(e, 'root'), subject: 'you' } : judgePosix(e, 'you', classOf(e, id)));
	const name = e.name && !/[\s'"\\$`]/.test(e.name) ? e.name : `'${e.name.replace(/'/g, "'\\''")}'`;
	const fixes: FixCommand[] = [];
	const fix = (mode: string) => ({ command: `chmod ${mode} ${name}`, link: chmodLink({ mode, path: e.name, dir }) });
	if (dir && worldWritable && !sticky) fixes.push(fix('+t'));
	const you = verdicts.find((v) => v.subject === 'you');
	// Only the owner's own missing bits get a chmod; anything else is a job for sudo, not for
	// loosening a directory someone else owns.
	if (dir && you && !you.create && id && classOf(e, id) === 'owner') fixes.push(fix('u+wx'));
	return {
		kind: 'posix',
		source: block.kind,
		entry: e,
		octal: octal(e.mode),
		sticky,
		worldWritable,
		unprotectedShared: dir && worldWritable && !sticky,
		verdicts,
		...(id ? { you: { user: id.user, uid: id.uid } } : {}),
		fixes,
	};
}

function windowsReport(block: IcaclsBlock, token?: WhoamiBlock): WindowsReport {
	const verdicts = (['system', 'admins', 'users'] as const).map((s) =>
		judgeAcl(block.aces, s, SUBJECT_PRINCIPALS[s]),
	);
	if (token) {
		const t = tokenPrincipals(token);
		verdicts.unshift(judgeAcl(block.aces, 'you', t.allow, t.denyOnly));
	}
	return { kind: 'windows', path: block.path, aceCount: block.aces.length, verdicts, fixes: icaclsFixes(block, verdicts) };
}

const SUDO_GROUPS = ['sudo', 'wheel', 'admin'];

/** Everything recognised in the paste, combined (an `id` or `whoami /groups` sharpens the verdicts). */
export function checkPermissions(text: string): PermReport[] {
	const blocks = parsePermissionText(text);
	const id = blocks.find((b): b is IdBlock => b.kind === 'id');
	const token = blocks.find((b): b is WhoamiBlock => b.kind === 'whoami-groups');
	const out: PermReport[] = [];
	for (const b of blocks.slice(0, 20)) {
		if (b.kind === 'icacls') out.push(windowsReport(b, token));
		else if (b.kind === 'ls' || b.kind === 'stat') out.push(posixReport(b, id));
		else if (b.kind === 'whoami-groups') out.push({ kind: 'token', elevation: judgeWhoami(b) });
		else if (b.kind === 'id') {
			const sudo = b.groups.find((g) => SUDO_GROUPS.includes(g.name));
			out.push({ kind: 'id', user: b.user, uid: b.uid, root: b.uid === 0, ...(sudo ? { sudoGroup: sudo.name } : {}) });
		}
	}
	return out;
}
