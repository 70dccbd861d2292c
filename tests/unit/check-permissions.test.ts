import { execFileSync } from 'node:child_process';
import {
	chmodSync,
	chownSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { bestOf } from './timing';
import { modeFromSymbolic, parsePermissionText } from '~/lib/checkers/permissions-parse';
import { checkPermissions } from '~/lib/checkers/permissions';
import type { PosixReport, TokenReport, WindowsReport } from '~/lib/checkers/permissions';
import { bashArgvs } from './shell-bash';
import { parseCmd } from '~/lib/shell/parse/cmd';
import { parseCrt } from '~/lib/shell/parse/winargv';

const fixture = (n: string) =>
	readFileSync(new URL(`../fixtures/checkers/${n}`, import.meta.url), 'utf8');
const sh = (cmd: string, args: string[]) =>
	execFileSync(cmd, args, { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });

const base = mkdtempSync(join(tmpdir(), 'ifg-perm-'));
chmodSync(base, 0o755);
afterAll(() => rmSync(base, { recursive: true, force: true }));
let seq = 0;

describe('ls -ld and stat against the real tools', () => {
	test('property: parsed mode equals stat %a for every mode', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 0o7777 }), (mode) => {
				const dir = join(base, `m${seq++}`);
				sh('mkdir', [dir]);
				sh('chmod', [mode.toString(8).padStart(4, '0'), dir]);
				// chmod keeps a directory's setgid/setuid unless told otherwise; stat is the oracle.
				const real = parseInt(sh('stat', ['-c', '%a', dir]).trim(), 8);
				const ls = checkPermissions(sh('ls', ['-ld', dir]))[0] as PosixReport;
				const st = checkPermissions(sh('stat', [dir]))[0] as PosixReport;
				expect(ls.entry.mode).toBe(real);
				expect(st.entry.mode).toBe(real);
				expect(st.entry.name).toBe(dir);
				expect(ls.entry.name).toBe(dir);
				expect(modeFromSymbolic(sh('stat', ['-c', '%A', dir]).trim())).toBe(real);
			}),
			{ numRuns: 120 },
		);
	});

	test('ls --time-style=long-iso and names with spaces', () => {
		const dir = join(base, 'with space');
		sh('mkdir', [dir]);
		sh('chmod', ['2775', dir]);
		const r = checkPermissions(sh('ls', ['-ld', '--time-style=long-iso', dir]))[0] as PosixReport;
		expect(r.entry).toMatchObject({
			mode: 0o2775,
			type: 'directory',
			owner: 'root',
			group: 'root',
			name: dir,
		});
	});
});

// Real oracle: create and delete files as unprivileged users with setpriv (needs root to run).
// Outside CI a non-root run skips it and says so; under CI=true it fails instead of skipping silently.
const canSwitchUser = process.getuid?.() === 0 && existsSync('/usr/bin/setpriv');
if (!canSwitchUser && !process.env.CI)
	console.warn(
		'Kernel permission oracle SKIPPED: it needs root and /usr/bin/setpriv (with CI set it fails instead).',
	);
describe.skipIf(!canSwitchUser && !process.env.CI)('verdicts match what the kernel allows', () => {
	test('the oracle can run here (root and setpriv)', () => {
		expect({ root: process.getuid?.() === 0, setpriv: existsSync('/usr/bin/setpriv') }).toEqual({
			root: true,
			setpriv: true,
		});
	});
	const NOBODY = 65534;
	const DAEMON = 1;
	const as = (uid: number, gid: number, ...cmd: string[]) => {
		try {
			execFileSync('setpriv', [`--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', ...cmd], {
				stdio: 'ignore',
			});
			return true;
		} catch {
			return false;
		}
	};
	test('property: create / delete own / delete others for owner, group and other', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 0o1777 }), (mode) => {
				const dir = join(base, `k${seq++}`);
				sh('mkdir', [dir]);
				chownSync(dir, NOBODY, NOBODY);
				sh('chmod', [mode.toString(8), dir]);
				const report = checkPermissions(sh('stat', [dir]))[0] as PosixReport;
				const subjects = [
					['owner', NOBODY, NOBODY],
					['group', DAEMON, NOBODY],
					['other', DAEMON, DAEMON],
				] as const;
				for (const [subject, uid, gid] of subjects) {
					const v = report.verdicts.find((x) => x.subject === subject)!;
					const mine = join(dir, `mine-${subject}`);
					const created = as(uid, gid, 'touch', mine);
					expect(created, `${subject} create in ${mode.toString(8)}`).toBe(v.create);
					if (created) {
						as(uid, gid, 'rm', '-f', mine);
						expect(!existsSync(mine), `${subject} delete own`).toBe(v.deleteOwn);
					}
					const theirs = join(dir, `root-${subject}`);
					writeFileSync(theirs, '');
					as(uid, gid, 'rm', '-f', theirs);
					expect(!existsSync(theirs), `${subject} delete root's file in ${mode.toString(8)}`).toBe(
						v.deleteOthers,
					);
				}
			}),
			{ numRuns: 40 },
		);
	});
});

describe('verdicts follow the folder role (table)', () => {
	const ls = (mode: string, name: string, owner = 'root') =>
		`${mode}  2 ${owner} ${owner} 4096 Jun  1 10:00 ${name}`;
	test.each([
		// [paste, role chosen, role judged, inferred, problems, fix commands]
		[
			ls('drwxr-xr-x', '/tmp'),
			'auto',
			'system-temp',
			true,
			['posix-tmp'],
			['sudo chmod 1777 /tmp'],
		],
		[ls('drwxrwxrwt', '/tmp'), 'auto', 'system-temp', true, [], []],
		[
			ls('drwxrwxrwx', '/var/tmp'),
			'auto',
			'system-temp',
			true,
			['posix-tmp'],
			['sudo chmod 1777 /var/tmp'],
		],
		[ls('drwxr-xr-x', '/opt/go'), 'auto', 'install', true, [], []],
		[
			ls('drwxrwxrwx', '/opt/go'),
			'auto',
			'install',
			true,
			['posix-install-world'],
			['sudo chmod o-w /opt/go'],
		],
		[
			ls('drwxrwxrwx', '/srv/shared'),
			'shared',
			'shared',
			false,
			['posix-shared-sticky'],
			['sudo chmod +t /srv/shared'],
		],
		[
			ls('drwxr-xr-x', '/srv/shared'),
			'shared',
			'shared',
			false,
			['posix-shared-nobody'],
			['sudo chmod 1777 /srv/shared'],
		],
		[
			ls('dr-x------', '/home/ana/tmp', 'ana'),
			'user-temp',
			'user-temp',
			false,
			['posix-user-owner'],
			['chmod u+rwx /home/ana/tmp'],
		],
		// The same 755 is right for an install folder and wrong for a temp folder: the role decides.
		[
			ls('drwxr-xr-x', '/data/x'),
			'system-temp',
			'system-temp',
			false,
			['posix-tmp'],
			['sudo chmod 1777 /data/x'],
		],
		[ls('drwxr-xr-x', '/data/x'), 'install', 'install', false, [], []],
	] as const)('%s as %s', (paste, choice, role, inferred, problems, fixes) => {
		const r = checkPermissions(paste, choice)[0] as PosixReport;
		expect(r.role).toBe(role);
		expect(r.roleInferred).toBe(inferred);
		expect(r.verdict?.problems).toEqual(problems);
		expect(r.fixes.map((f) => f.command)).toEqual(fixes);
	});

	test('unknown role: no single verdict, and what each role needs', () => {
		const r = checkPermissions(ls('drwxrwxrwx', '/srv/drop'))[0] as PosixReport;
		expect(r.role).toBeUndefined();
		expect(r.verdict).toBeUndefined();
		expect(r.fixes).toEqual([]);
		expect(Object.fromEntries(r.byRole.map((b) => [b.role, b.problems]))).toEqual({
			'system-temp': ['posix-tmp'],
			shared: ['posix-shared-sticky'],
			'user-temp': ['posix-user-open'],
			install: ['posix-install-world'],
		});
	});

	test('with id: the current user is judged by exactly one class, and owns the fix', () => {
		const r = checkPermissions(
			'dr-xrwxrwx 2 ana devs 4096 Jun  1 10:00 /home/ana/tmp\nuid=1000(ana) gid=1000(ana) groups=1000(ana),27(sudo),1001(devs)',
			'user-temp',
		);
		const p = r[0] as PosixReport;
		// Owner class has no w even though group and other do: the owner cannot create here.
		expect(p.verdicts[0]).toEqual({
			subject: 'you',
			create: false,
			deleteOwn: false,
			deleteOthers: false,
		});
		expect(p.verdict?.problems).toEqual(['posix-user-owner', 'posix-user-open']);
		expect(p.fixes.map((f) => f.command)).toEqual([
			'chmod u+rwx /home/ana/tmp',
			'chmod go-w /home/ana/tmp',
		]);
		expect(r[1]).toEqual({ kind: 'id', user: 'ana', uid: 1000, root: false, sudoGroup: 'sudo' });
	});

	test("someone else's temp directory: no chmod, use your own", () => {
		const r = checkPermissions(
			'drwx------ 2 bo bo 4096 Jun  1 10:00 /run/user/1001\nuid=1000(ana) gid=1000(ana) groups=1000(ana)',
		);
		const p = r[0] as PosixReport;
		expect(p.role).toBe('user-temp');
		expect(p.verdict?.problems).toEqual(['posix-user-not-yours']);
		expect(p.fixes).toEqual([]);
	});

	test('an ACL (+) or a symbolic link: say what the output cannot decide and how to see it', () => {
		const acl = checkPermissions(
			'drwxrwxrwt+ 20 root root 4096 Jun  1 10:00 /tmp',
		)[0] as PosixReport;
		expect(acl.undecided).toBe('acl');
		expect(acl.fixes).toEqual([]);
		expect(acl.checks.map((c) => c.command)).toEqual(['getfacl /tmp']);
		const link = checkPermissions(
			'lrwxrwxrwx 1 root root 11 Jun  1 10:00 /tmp -> /private/tmp',
		)[0] as PosixReport;
		expect(link.undecided).toBe('symlink');
		expect(link.entry).toMatchObject({ name: '/tmp', target: '/private/tmp' });
		expect(link.verdict).toBeUndefined();
		expect(link.fixes).toEqual([]);
		expect(link.checks.map((c) => c.command)).toEqual(['ls -ldL /tmp']);
	});

	test('real ls: a directory with an ACL prints +, a symlink prints ->', () => {
		const dir = join(base, 'acl dir');
		sh('mkdir', [dir]);
		const linkPath = join(base, 'lnk');
		sh('ln', ['-s', dir, linkPath]);
		const link = checkPermissions(sh('ls', ['-ld', linkPath]))[0] as PosixReport;
		expect(link.entry).toMatchObject({ type: 'link', name: linkPath, target: dir });
		let hasSetfacl = true;
		try {
			sh('setfacl', ['-m', 'u:nobody:rwx', dir]);
		} catch {
			hasSetfacl = false;
		}
		if (hasSetfacl)
			expect((checkPermissions(sh('ls', ['-ld', dir]))[0] as PosixReport).undecided).toBe('acl');
	});
});

describe('suggested commands name exactly the pasted path (real bash, real chmod)', () => {
	// Names that would run code or split if pasted by hand; ls prints them in its shell-escape style.
	const names = [
		'x&&id',
		'my dir',
		"a'b",
		"a'b c",
		'-x',
		'$(id)',
		'semi;colon',
		'tab\tx',
		'new\nline',
		'ü ñ',
		'*',
		'`id`',
	];
	test.each(names)('%j', (n) => {
		const dir = join(base, 'q', n);
		sh('mkdir', ['-p', '--', dir]);
		sh('chmod', ['777', '--', dir]);
		for (const style of ['shell-escape', 'literal']) {
			const out = sh('ls', ['-ld', `--quoting-style=${style}`, '--', dir]);
			if (style === 'literal' && /\n/.test(n)) continue; // a literal newline splits the line itself
			const r = checkPermissions(out, 'shared')[0] as PosixReport;
			expect(r.entry.name, style).toBe(dir);
			const [fix] = r.fixes;
			expect(fix!.command).toMatch(/^sudo chmod \+t /);
			const [argv] = bashArgvs([fix!.command]);
			expect(argv).toEqual(fix!.argv);
			expect(argv!.at(-1)).toBe(dir);
			if (dir.startsWith('-')) expect(argv!.at(-2)).toBe('--');
		}
		// Run it for real (without sudo: the test owns the directory) and check with stat.
		const r = checkPermissions(
			sh('ls', ['-ld', '--quoting-style=shell-escape', '--', dir]),
			'shared',
		)[0] as PosixReport;
		execFileSync('bash', ['-c', r.fixes[0]!.command.replace(/^sudo /, '')], { cwd: base });
		expect(sh('stat', ['-c', '%a', '--', dir]).trim()).toBe('1777');
	});
	test('a relative name starting with - gets -- before it, and chmod applies it to that directory', () => {
		execFileSync('mkdir', ['--', '-rf'], { cwd: base });
		execFileSync('chmod', ['777', '--', '-rf'], { cwd: base });
		const r = checkPermissions(
			'drwxrwxrwx 2 ana ana 4096 Jun  1 10:00 -rf',
			'shared',
		)[0] as PosixReport;
		expect(r.fixes[0]!.command).toBe('chmod +t -- -rf');
		execFileSync('bash', ['-c', r.fixes[0]!.command], { cwd: base });
		expect(
			execFileSync('stat', ['-c', '%a', '--', '-rf'], { cwd: base, encoding: 'utf8' }).trim(),
		).toBe('1777');
	});
	// ls quotes the name on a terminal (shell-escape) and prints it as is into a pipe (literal); both get
	// pasted. Before the shell module rendered the fix, the literal form became `chmod +t /srv/x&&id`.
	test.each([
		["drwxrwxrwx 2 root root 4096 Jun  1 10:00 '/srv/x&&id'", 'shell-escape'],
		['drwxrwxrwx 2 root root 4096 Jun  1 10:00 /srv/x&&id', 'literal'],
		[
			'  File: /srv/x&&id\n  Size: 4096\tBlocks: 8 IO Block: 4096 directory\nAccess: (0777/drwxrwxrwx)  Uid: (    0/    root)   Gid: (    0/    root)',
			'stat',
		],
	])('the issue case: /srv/x&&id is one operand, never a second command (%j, %s)', (pasted) => {
		const r = checkPermissions(pasted, 'shared')[0] as PosixReport;
		expect(r.entry.name).toBe('/srv/x&&id');
		expect(r.fixes.map((f) => f.command)).toEqual(["sudo chmod +t '/srv/x&&id'"]);
		expect(bashArgvs([r.fixes[0]!.command])[0]).toEqual(['sudo', 'chmod', '+t', '/srv/x&&id']);
	});
	test('property: any name ls prints is decoded and quoted back to the same single operand', () => {
		// Names from fast-check; one mkdir, one ls and one bash for all of them (process starts are slow).
		const arb = fc
			.string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
			.filter((s) => !s.includes('/') && !s.includes('\0') && s !== '.' && s !== '..');
		const runs = Math.min(Number(process.env.IFG_PROPERTY_RUNS ?? 500), 2000);
		const dirs = [...new Set(fc.sample(arb, { numRuns: runs, seed: 42 }))].map((n) =>
			join(base, 'p', n),
		);
		sh('mkdir', ['-p', '--', ...dirs]);
		const out = sh('ls', ['-ld', '--quoting-style=shell-escape', '--', ...dirs]);
		// The checker reports up to 20 listings per paste, so feed it 20 lines at a time.
		const lines = out.trimEnd().split('\n');
		const reports = lines.flatMap((_, i) =>
			i % 20 ? [] : checkPermissions(lines.slice(i, i + 20).join('\n'), 'system-temp'),
		) as PosixReport[];
		expect(reports.map((r) => r.entry.name).sort()).toEqual([...dirs].sort());
		const argvs = bashArgvs(reports.map((r) => r.fixes[0]!.command));
		reports.forEach((r, i) => expect(argvs[i]).toEqual(['sudo', 'chmod', '1777', r.entry.name]));
	});
	test('id output from the real id command', () => {
		const r = checkPermissions(sh('id', []));
		expect(r[0]).toMatchObject({ kind: 'id', uid: process.getuid?.() });
	});
});

// What cmd hands icacls for a suggested command: cmd's own processing, then the C runtime's split.
const cmdArgv = (line: string) => parseCrt(parseCmd(line));

describe('icacls: verdicts by role, in any language (table)', () => {
	test.each([
		// [fixture, role judged, problems, fix commands]
		['icacls-windows-temp.txt', 'system-temp', [], []],
		['icacls-windows-temp-de.txt', 'system-temp', [], []],
		[
			'icacls-broken-temp.txt',
			'system-temp',
			['win-users-create'],
			['icacls C:\\Windows\\Temp /grant *S-1-5-32-545:(CI)(S,WD,AD,X)'],
		],
		[
			'icacls-windows-temp-fr-broken.txt',
			'system-temp',
			['win-users-create'],
			['icacls C:\\Windows\\Temp /grant *S-1-5-32-545:(CI)(S,WD,AD,X)'],
		],
		['icacls-program-files-fr.txt', 'install', [], []],
		// The issue case: the user's own temp folder, where the user may only read.
		[
			'icacls-user-temp-readonly.txt',
			'user-temp',
			['win-user-create'],
			['icacls C:\\Users\\li\\AppData\\Local\\Temp /grant DESKTOP-7Q2\\li:(OI)(CI)F'],
		],
		[
			'icacls-deny-user-temp.txt',
			'user-temp',
			['win-system', 'win-user-create'],
			[
				'icacls C:\\Users\\li\\AppData\\Local\\Temp /remove:d Everyone',
				'icacls C:\\Users\\li\\AppData\\Local\\Temp /grant *S-1-5-18:(OI)(CI)F',
				'icacls C:\\Users\\li\\AppData\\Local\\Temp /grant DESKTOP-7Q2\\li:(OI)(CI)F',
			],
		],
	] as const)('%s', (file, role, problems, fixes) => {
		const [r] = checkPermissions(fixture(file)) as WindowsReport[];
		expect(r!.role).toBe(role);
		expect(r!.roleInferred).toBe(true);
		expect(r!.verdict?.problems).toEqual(problems);
		expect(r!.fixes.map((f) => f.command)).toEqual(fixes);
		for (const f of r!.fixes) expect(cmdArgv(f.command)).toEqual(f.argv);
	});
	test('German and English stock C:\\Windows\\Temp read the same (names resolved by SID)', () => {
		const [en] = checkPermissions(fixture('icacls-windows-temp.txt')) as WindowsReport[];
		const [de] = checkPermissions(fixture('icacls-windows-temp-de.txt')) as WindowsReport[];
		expect(de!.verdicts).toEqual(en!.verdicts);
		expect(de!.unknown).toEqual([]);
		expect(en!.verdicts).toEqual([
			{ subject: 'system', create: true, deleteOwn: true, deleteAny: true, denies: [] },
			{ subject: 'admins', create: true, deleteOwn: true, deleteAny: true, denies: [] },
			{ subject: 'users', create: true, deleteOwn: true, deleteAny: false, denies: [] },
		]);
	});
	test('the same user temp ACL as another role: each role states what it needs', () => {
		const [r] = checkPermissions(
			fixture('icacls-user-temp-readonly.txt'),
			'install',
		) as WindowsReport[];
		expect(r!.verdict).toEqual({ role: 'install', problems: [] });
		const [s] = checkPermissions(
			fixture('icacls-user-temp-readonly.txt'),
			'system-temp',
		) as WindowsReport[];
		expect(s!.verdict?.problems).toEqual(['win-users-create']);
	});
	test('unknown role: what each role needs, no fix', () => {
		const text =
			'D:\\Build NT AUTHORITY\\SYSTEM:(OI)(CI)(F)\n        BUILTIN\\Administrators:(OI)(CI)(F)\n        BUILTIN\\Users:(OI)(CI)(M)\n';
		const [r] = checkPermissions(text) as WindowsReport[];
		expect(r!.role).toBeUndefined();
		expect(r!.fixes).toEqual([]);
		expect(Object.fromEntries(r!.byRole.map((b) => [b.role, b.problems]))).toEqual({
			'system-temp': ['win-users-wide'],
			shared: ['win-users-wide'],
			'user-temp': ['win-user-unknown'],
			install: ['win-install-users'],
		});
	});
	test('a principal that is neither well known nor in whoami is listed as not judged', () => {
		const text =
			'C:\\Windows\\Temp NT AUTHORITY\\SYSTEM:(OI)(CI)(F)\n                BUILTIN\\Administrators:(OI)(CI)(F)\n                BUILTIN\\Kullanıcılar:(CI)(S,WD,AD,X)\n                CONTOSO\\app:(OI)(CI)(M)\n';
		const [r] = checkPermissions(text) as WindowsReport[];
		expect(r!.unknown).toEqual(['BUILTIN\\Kullanıcılar', 'CONTOSO\\app']);
	});
	test('one ACE, path with spaces', () => {
		const [b] = parsePermissionText(fixture('icacls-one-ace-spaces.txt'));
		expect(b).toMatchObject({
			kind: 'icacls',
			path: 'C:\\Program Files\\Go',
			aces: [{ principal: 'NT SERVICE\\TrustedInstaller', inherited: true }],
		});
	});
	test('fix commands for paths cmd would misread are one argument each (cmd + C runtime rules)', () => {
		for (const path of [
			'C:\\Users\\Li Wei\\AppData\\Local\\Temp',
			'C:\\Users\\a&b\\AppData\\Local\\Temp',
			'C:\\Users\\x^y\\AppData\\Local\\Temp\\',
		]) {
			const text = `${path} NT AUTHORITY\\SYSTEM:(OI)(CI)(F)\n${' '.repeat(path.length + 1)}BUILTIN\\Administrators:(OI)(CI)(F)\n${' '.repeat(path.length + 1)}DESKTOP\\u1:(OI)(CI)(R)\n`;
			const [r] = checkPermissions(text) as WindowsReport[];
			expect(r!.path).toBe(path);
			expect(r!.fixes.length).toBeGreaterThan(0);
			for (const f of r!.fixes) {
				expect(cmdArgv(f.command)).toEqual(f.argv);
				expect(f.argv[1]).toBe(path);
			}
		}
	});
});

describe('whoami /groups in any language (read by SID)', () => {
	test.each([
		[
			'whoami-groups-filtered.txt',
			{ integrity: 'Medium', adminMember: true, adminFiltered: true, elevated: false },
		],
		[
			'whoami-groups-elevated.txt',
			{ integrity: 'High', adminMember: true, adminFiltered: false, elevated: true },
		],
		[
			'whoami-groups-zh.txt',
			{ integrity: 'Medium', adminMember: false, adminFiltered: false, elevated: false },
		],
		[
			'whoami-all-zh-wrapped.txt',
			{ integrity: 'Medium', adminMember: true, adminFiltered: true, elevated: false },
		],
		['whoami-groups-zh-list.txt', { adminMember: true, adminFiltered: false, elevated: true }],
		[
			'whoami-groups-fr-system.txt',
			{ integrity: 'System', adminMember: true, adminFiltered: false, elevated: true },
		],
		[
			'whoami-groups-de.csv.txt',
			{ integrity: 'Medium', adminMember: true, adminFiltered: true, elevated: false },
		],
	])('%s', (file, elevation) => {
		const r = checkPermissions(fixture(file)).filter((x): x is TokenReport => x.kind === 'token');
		expect(r).toHaveLength(1);
		expect(r[0]!.elevation).toEqual(elevation);
	});
	test('Chinese table: names and types are cut by display width, SIDs and attributes kept', () => {
		const [b] = parsePermissionText(fixture('whoami-groups-zh.txt'));
		expect(b).toMatchObject({ kind: 'whoami-groups' });
		const groups = (
			b as { groups: Array<{ name: string; type: string; sid: string; attributes: string[] }> }
		).groups;
		expect(groups).toHaveLength(11);
		expect(groups[7]).toEqual({
			name: 'NT AUTHORITY\\本地帐户',
			type: '已知组',
			sid: 'S-1-5-113',
			attributes: ['必需的组', '启用于默认', '启用的组'],
		});
		expect(groups[10]).toEqual({
			name: 'Mandatory Label\\Medium Mandatory Level',
			type: '标签',
			sid: 'S-1-16-8192',
			attributes: [],
		});
	});
	test('wrapped whoami /all: attributes on the next line, and the account itself', () => {
		const [b] = parsePermissionText(fixture('whoami-all-zh-wrapped.txt'));
		const wb = b as {
			groups: Array<{ name: string; sid: string; attributes: string[] }>;
			user?: { name: string; sid: string };
		};
		expect(wb.user).toEqual({
			name: 'raingray\\gbb',
			sid: 'S-1-5-21-3024751843-2535029458-3924619718-1001',
		});
		expect(wb.groups.find((g) => g.sid === 'S-1-5-32-544')).toMatchObject({
			name: 'BUILTIN\\Administrators',
			attributes: ['只用于拒绝的组'],
		});
		expect(wb.groups.find((g) => g.sid === 'S-1-1-0')?.attributes).toEqual([
			'必需的组',
			'启用于默认',
			'启用的组',
		]);
	});
	test('with whoami /groups, a filtered admin is judged as a user; an elevated one as an admin', () => {
		for (const [who, create] of [
			['whoami-groups-filtered.txt', false],
			['whoami-all-zh-wrapped.txt', false],
			['whoami-groups-de.csv.txt', false],
			['whoami-groups-elevated.txt', true],
			['whoami-groups-fr-system.txt', true],
		] as const) {
			const r = checkPermissions(`${fixture('icacls-broken-temp.txt')}\n${fixture(who)}`);
			expect((r[0] as WindowsReport).verdicts[0], who).toMatchObject({
				subject: 'you',
				create,
				deleteAny: create,
			});
		}
	});
	test('whoami names localized ACL principals: a German ACL and German whoami agree', () => {
		const r = checkPermissions(
			`${fixture('icacls-windows-temp-de.txt')}\n${fixture('whoami-groups-de.csv.txt')}`,
		);
		// A filtered German admin: Users may add files, not delete others'.
		expect((r[0] as WindowsReport).verdicts[0]).toMatchObject({
			subject: 'you',
			create: true,
			deleteOwn: true,
			deleteAny: false,
		});
	});
	test('the SID regexes run in linear time on a long hostile line', () => {
		const line = `${'S-1-'.repeat(20000)}x ${'= '.repeat(20000)}\n${'"a",'.repeat(20000)}`;
		expect(bestOf(() => parsePermissionText(line))).toBeLessThan(2000);
	});
});

test('nothing recognised gives an empty list', () => {
	expect(checkPermissions('hello world\n:(\n')).toEqual([]);
});
