// What a folder needs depends on what it is for. The same mode is right for one role and wrong for
// another (755 is right for an install folder, wrong for /tmp), so a verdict needs the role: given
// in the form, or inferred from a path whose role is known.
// Sources: /tmp is 1777 (sticky bit: only a file's owner, the directory's owner or root may delete
// or rename; stock Debian 12 shows drwxrwxrwt) — GNU coreutils "Changing Special Mode Bits" and
// https://www.gnu.org/software/coreutils/manual/html_node/Changing-Special-Mode-Bits.html; systemd's tmpfiles.d/tmp.conf creates /tmp and /var/tmp as
// "1777 root root". C:\Windows\Temp's stock ACL: SYSTEM and Administrators full, Users
// (CI)(S,WD,AD,X) (add files, no listing of others' files; GHSA-rf39-3f98-xr7r quotes it),
// CREATOR OWNER full on what each user creates. A user's %LOCALAPPDATA%\Temp: the user, SYSTEM and
// Administrators full. Program Files: Users read and execute only.
export const ROLES = ['system-temp', 'shared', 'user-temp', 'install'] as const;
export type Role = (typeof ROLES)[number];
export type RoleChoice = Role | 'auto';

const POSIX_ROLE: Array<[RegExp, Role]> = [
	[/^\/(?:tmp|var\/tmp|dev\/shm)\/?$/, 'system-temp'],
	[/^\/run\/user\/\d+\/?$/, 'user-temp'],
	[/^\/(?:opt|usr\/local|usr)(?:\/|$)/, 'install'],
];
// %SystemRoot%\Temp, %LOCALAPPDATA%\Temp (its real path, also with an 8.3 user name such as LIWEI~1),
// %ProgramFiles%; case-insensitive like Windows paths.
const WIN_ROLE: Array<[RegExp, Role]> = [
	[/^(?:[a-z]:\\windows|%systemroot%|%windir%)\\(?:system)?temp\\?$/i, 'system-temp'],
	[/^(?:[a-z]:\\users\\[^\\]+\\appdata\\local|%localappdata%)\\temp\\?$/i, 'user-temp'],
	[/^%(?:temp|tmp)%\\?$/i, 'user-temp'],
	[/^[a-z]:\\users\\public\\?$/i, 'shared'],
	[/^(?:[a-z]:\\program files(?: \(x86\))?|%programfiles(?:\(x86\))?%)(?:\\|$)/i, 'install'],
];

/** The role of a well-known path; undefined when the path alone does not say. */
export function inferRole(path: string): Role | undefined {
	const p = path.trim();
	const table = /^\//.test(p) ? POSIX_ROLE : WIN_ROLE;
	return table.find(([re]) => re.test(p))?.[1];
}

/** The account a C:\Users\<name>\… path belongs to (as the folder is named). */
export function pathAccount(path: string): string | undefined {
	return /^[a-z]:\\users\\([^\\]+)\\/i.exec(path)?.[1];
}
