import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { modeFromSymbolic, parsePermissionText } from '~/lib/checkers/permissions-parse';
import { checkPermissions } from '~/lib/checkers/permissions';
import type { PosixReport, TokenReport, WindowsReport } from '~/lib/checkers/permissions';

const fixture = (n: string) => readFileSync(new URL(`../fixtures/checkers/${n}`, import.meta.url), 'utf8');
const sh = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });

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
		expect(r.entry).toMatchObject({ mode: 0o2775, type: 'directory', owner: 'root', group: 'root', name: dir });
	});
});

// Real oracle: create and delete files as unprivileged users with setpriv (needs root to run).
const canSwitchUser = process.getuid?.() === 0 && existsSync('/usr/bin/setpriv');
describe.skipIf(!canSwitchUser)('verdicts match what the kernel allows', () => {
	const NOBODY = 65534;
	const DAEMON = 1;
	const as = (uid: number, gid: number, ...cmd: string[]) => {
		try {
			execFileSync('setpriv', [`--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', ...cmd], { stdio: 'ignore' });
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
					expect(!existsSync(theirs), `${subject} delete root's file in ${mode.toString(8)}`).toBe(v.deleteOthers);
				}
			}),
			{ numRuns: 40 },
		);
	});
});

describe('sticky bit and fixes', () => {
	test.each([
		['drwxrwxrwt 20 root root 4096 Jun  1 10:00 /tmp', false, []],
		['drwxrwxrwx  2 root root 4096 Jun  1 10:00 /srv/shared', true, ['chmod +t /srv/shared']],
		['drwxrwxrwT  2 root root 4096 Jun  1  2024 /srv/drop', false, []],
		["drwxrwxrwx  2 root root 4096 Jun  1 10:00 /srv/my dir", true, ["chmod +t '/srv/my dir'"]],
	])('%s', (line, unprotected, fixes) => {
		const r = checkPermissions(line)[0] as PosixReport;
		expect(r.unprotectedShared).toBe(unprotected);
		expect(r.fixes.map((f) => f.command)).toEqual(fixes);
	});
	test('with id: the current user is judged by exactly one class', () => {
		const r = checkPermissions(
			'dr-xrwxrwx 2 ana devs 4096 Jun  1 10:00 /opt/tool\nuid=1000(ana) gid=1000(ana) groups=1000(ana),27(sudo),1001(devs)',
		);
		const p = r[0] as PosixReport;
		// Owner class has no w even though group and other do: the owner cannot create here.
		expect(p.verdicts[0]).toEqual({ subject: 'you', create: false, deleteOwn: false, deleteOthers: false });
		// World-writable without the sticky bit as well: both fixes.
		expect(p.fixes.map((f) => f.command)).toEqual(['chmod +t /opt/tool', 'chmod u+wx /opt/tool']);
		expect(r[1]).toEqual({ kind: 'id', user: 'ana', uid: 1000, root: false, sudoGroup: 'sudo' });
	});
	test('id output from the real id command', () => {
		const r = checkPermissions(sh('id', []));
		expect(r[0]).toMatchObject({ kind: 'id', uid: process.getuid?.() });
	});
});

describe('icacls', () => {
	test('default C:\\Windows\\Temp: everyone can create, only SYSTEM and admins delete others\' files', () => {
		const [r] = checkPermissions(fixture('icacls-windows-temp.txt')) as WindowsReport[];
		expect(r!.path).toBe('C:\\Windows\\Temp');
		expect(r!.aceCount).toBe(5);
		expect(r!.verdicts).toEqual([
			{ subject: 'system', create: true, deleteOwn: true, deleteAny: true, denies: [] },
			{ subject: 'admins', create: true, deleteOwn: true, deleteAny: true, denies: [] },
			{ subject: 'users', create: true, deleteOwn: true, deleteAny: false, denies: [] },
		]);
		expect(r!.fixes).toEqual([]);
	});
	test('SYSTEM missing and Users read-only: the fix grants them back', () => {
		const [r] = checkPermissions(fixture('icacls-broken-temp.txt')) as WindowsReport[];
		// SYSTEM's token holds Administrators, so SYSTEM still gets in through that ACE.
		expect(r!.verdicts.map((v) => [v.subject, v.create])).toEqual([
			['system', true],
			['admins', true],
			['users', false],
		]);
		expect(r!.fixes.map((f) => f.command)).toEqual(['icacls "C:\\Windows\\Temp" /grant "BUILTIN\\Users:(CI)(S,WD,AD,X)"']);
	});
	test('a deny ACE for Everyone blocks every subject, and the fix removes it', () => {
		const [r] = checkPermissions(fixture('icacls-deny-user-temp.txt')) as WindowsReport[];
		expect(r!.path).toBe('C:\\Users\\li\\AppData\\Local\\Temp');
		expect(r!.verdicts.every((v) => !v.create && v.denies[0] === 'Everyone')).toBe(true);
		expect(r!.fixes[0]?.command).toBe('icacls "C:\\Users\\li\\AppData\\Local\\Temp" /remove:d "Everyone"');
	});
	test('one ACE, path with spaces', () => {
		const [b] = parsePermissionText(fixture('icacls-one-ace-spaces.txt'));
		expect(b).toMatchObject({ kind: 'icacls', path: 'C:\\Program Files\\Go', aces: [{ principal: 'NT SERVICE\\TrustedInstaller', inherited: true }] });
	});
	test('with whoami /groups, a filtered admin is judged as a user (Administrators deny-only)', () => {
		const r = checkPermissions(`${fixture('icacls-broken-temp.txt')}\n${fixture('whoami-groups-filtered.txt')}`);
		const win = r[0] as WindowsReport;
		expect(win.verdicts[0]).toMatchObject({ subject: 'you', create: false });
		const r2 = checkPermissions(`${fixture('icacls-broken-temp.txt')}\n${fixture('whoami-groups-elevated.txt')}`);
		expect((r2[0] as WindowsReport).verdicts[0]).toMatchObject({ subject: 'you', create: true, deleteAny: true });
	});
});

describe('whoami /groups', () => {
	test('medium integrity with Administrators for deny only: an admin, not elevated', () => {
		const [r] = checkPermissions(fixture('whoami-groups-filtered.txt')) as TokenReport[];
		expect(r!.elevation).toEqual({ integrity: 'Medium', adminMember: true, adminFiltered: true, elevated: false });
	});
	test('high integrity: elevated', () => {
		const [r] = checkPermissions(fixture('whoami-groups-elevated.txt')) as TokenReport[];
		expect(r!.elevation).toEqual({ integrity: 'High', adminMember: true, adminFiltered: false, elevated: true });
	});
});

test('nothing recognised gives an empty list', () => {
	expect(checkPermissions('hello world\n:(\n')).toEqual([]);
});
