// The shell family (bash(1), EXIT STATUS: 127 not found, 126 not executable, 2 a builtin's incorrect
// usage, 1 a failure), checked against the shells themselves: bash and sh (dash on Debian) run a
// command that does not exist, a file without the execute permission, a directory, a binary for no
// machine, scripts whose interpreter is missing (one saved with Windows line endings), a builtin given
// a bad option and a command that fails, and each exits with the status the data gives that case.
// Then lookup, on the lines CI runners and Docker print, and on what make, Python, npm and dpkg print
// for a command that exited with 1 or 2, run here.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foundIds, loadEntries, tsv } from '../fixtures/errors/load';

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'ifg-shell-'));
	writeFileSync(join(dir, 'noexec.sh'), 'echo hi\n');
	mkdirSync(join(dir, 'adir'));
	writeFileSync(join(dir, 'fakebin'), '\x7fELFgarbage');
	chmodSync(join(dir, 'fakebin'), 0o755);
	writeFileSync(join(dir, 'badinterp.sh'), '#!/usr/bin/no-such-interpreter\necho hi\n');
	chmodSync(join(dir, 'badinterp.sh'), 0o755);
	writeFileSync(join(dir, 'crlf.sh'), '#!/bin/bash\r\necho hi\r\n');
	chmodSync(join(dir, 'crlf.sh'), 0o755);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The status and the last line of the standard error of `command` run by `shell` in the folder. */
function run(shell: string, command: string) {
	const r = spawnSync(shell, ['-c', command], { cwd: dir, encoding: 'utf8' });
	return { status: r.status, line: r.stderr.trimEnd().split('\n').at(-1) ?? '' };
}

const CASES: [command: string, status: number][] = [
	['false', 1],
	['grep -q no-such-line /dev/null', 1],
	['cd --no-such-option', 2],
	['no-such-command-ifg', 127],
	['./missing.sh', 127],
	['./badinterp.sh', 127],
	['./crlf.sh', 127],
	['./noexec.sh', 126],
	['./adir', 126],
	['./fakebin', 126],
];

describe('bash and sh exit with the data’s statuses', () => {
	test('the data has bash(1)’s two statuses, each with its sentence', () => {
		const entries = loadEntries(['shell']);
		expect([...entries.keys()]).toEqual(['shell/1', 'shell/2', 'shell/126', 'shell/127']);
		for (const r of tsv('bash-exit-statuses.tsv'))
			expect(entries.get(`shell/${r.code}`)?.official.map((o) => o.text)).toEqual([r.text]);
	});

	test.each(['bash', 'sh'])('%s', (shell) => {
		for (const [command, status] of CASES)
			expect(run(shell, command).status, `${shell} -c ${command}`).toBe(status);
	});

	test('the note’s words are what bash prints for each case', () => {
		expect(run('bash', 'no-such-command-ifg').line).toMatch(/command not found$/);
		expect(run('bash', './crlf.sh').line).toMatch(/cannot execute: required file not found$/);
		expect(run('bash', './noexec.sh').line).toMatch(/Permission denied$/);
		expect(run('bash', './fakebin').line).toMatch(/cannot execute binary file: Exec format error$/);
		expect(run('sh', 'no-such-command-ifg').line).toMatch(/not found$/);
		// shell/2: a builtin's usage error.
		expect(run('bash', 'cd --no-such-option').line).toMatch(/^cd: usage: /);
		expect(run('sh', 'cd --no-such-option').line).toMatch(/cd: Illegal option -/);
	});
});

/** What `program args` prints (both streams, in order) and its status, in the folder. */
function output(program: string, args: string[], cwd = dir) {
	const r = spawnSync('sh', ['-c', '"$0" "$@" 2>&1', program, ...args], { cwd, encoding: 'utf8' });
	return { status: r.status, lines: r.stdout.trimEnd().split('\n') };
}

describe('what programs print for a command that exited with 1 or 2, read by lookup', () => {
	test('GNU make: the recipe’s "Error 1", and "Error 2" for a make inside it that failed', () => {
		mkdirSync(join(dir, 'mk', 'sub'), { recursive: true });
		writeFileSync(join(dir, 'mk', 'sub', 'Makefile'), 'all:\n\tfalse\n');
		writeFileSync(join(dir, 'mk', 'Makefile'), 'all:\n\t$(MAKE) -C sub\n');
		const { status, lines } = output('make', [], join(dir, 'mk'));
		expect(status).toBe(2);
		const inner = lines.find((l) => l.startsWith('make[1]: ***')) ?? '';
		const outer = lines.at(-1) ?? '';
		expect(inner).toMatch(/\] Error 1$/);
		expect(outer).toMatch(/^make: \*\*\* \[Makefile:2: all\] Error 2$/);
		expect(foundIds(inner)[0], inner).toBe('shell/1');
		expect(foundIds(outer)[0], outer).toBe('shell/2');
	});

	test('Python: subprocess’s "returned non-zero exit status 1." and "… 2."', () => {
		for (const [command, code] of [
			['false', 1],
			['cd --no-such-option', 2],
		] as const) {
			const { lines } = output('python3', [
				'-c',
				`import subprocess; subprocess.run(['sh', '-c', '${command}'], check=True)`,
			]);
			const line = lines.at(-1) ?? '';
			expect(line).toMatch(
				new RegExp(
					`^subprocess\\.CalledProcessError: .* returned non-zero exit status ${code}\\.$`,
				),
			);
			expect(foundIds(line)[0], line).toBe(`shell/${code}`);
		}
	});

	test('npm: a package whose postinstall script exits with 1, "npm error code 1"', () => {
		const project = join(dir, 'npm');
		mkdirSync(project, { recursive: true });
		writeFileSync(
			join(project, 'package.json'),
			JSON.stringify({ name: 'ifg-fail', version: '1.0.0', scripts: { postinstall: 'exit 1' } }),
		);
		// No dependency, so nothing is fetched; its cache and logs stay in the folder.
		const { status, lines } = output(
			'npm',
			['install', '--cache', join(project, 'cache'), '--no-audit', '--no-fund'],
			project,
		);
		expect(status).toBe(1);
		const line = lines.find((l) => /^npm (?:ERR!|error) code /.test(l)) ?? '';
		expect(line).toMatch(/^npm (?:ERR!|error) code 1$/);
		expect(foundIds(line)[0], line).toBe('shell/1');
		// npm 6 wrote the status as "errno": there too it is the script's, not EPERM.
		expect(foundIds('npm ERR! errno 1')[0]).toBe('shell/1');
	});

	// A package whose post-installation script fails, installed by dpkg into a folder of its own
	// (--root, --admindir), as any user (--force-not-root), the script run outside a chroot.
	const dpkg = ['dpkg', 'dpkg-deb'].every(
		(p) => spawnSync('sh', ['-c', `command -v ${p}`]).status === 0,
	);
	test.skipIf(!dpkg && !process.env.CI)(
		'dpkg: a post-installation script that exited with 1',
		() => {
			const pkg = join(dir, 'deb', 'pkg');
			const root = join(dir, 'deb', 'root');
			mkdirSync(join(pkg, 'DEBIAN'), { recursive: true });
			mkdirSync(join(root, 'var', 'lib', 'dpkg', 'info'), { recursive: true });
			mkdirSync(join(root, 'var', 'lib', 'dpkg', 'updates'), { recursive: true });
			writeFileSync(join(root, 'var', 'lib', 'dpkg', 'status'), '');
			writeFileSync(
				join(pkg, 'DEBIAN', 'control'),
				'Package: ifg-fail\nVersion: 1.0\nArchitecture: all\nMaintainer: ifg <ifg@example.invalid>\nDescription: fails\n',
			);
			writeFileSync(
				join(pkg, 'DEBIAN', 'postinst'),
				'#!/bin/sh\necho "cannot start" >&2\nexit 1\n',
			);
			chmodSync(join(pkg, 'DEBIAN', 'postinst'), 0o755);
			const deb = join(dir, 'deb', 'ifg-fail.deb');
			expect(output('dpkg-deb', ['--build', pkg, deb]).status).toBe(0);
			const { status, lines } = output('dpkg', [
				`--root=${root}`,
				`--admindir=${join(root, 'var', 'lib', 'dpkg')}`,
				'--force-not-root',
				'--force-script-chrootless',
				'--log=/dev/null',
				'-i',
				deb,
			]);
			expect(status).toBe(1);
			const line = lines.find((l) => l.includes('post-installation script')) ?? '';
			expect(line).toMatch(/subprocess returned error exit status 1$/);
			expect(foundIds(line)[0], line).toBe('shell/1');
		},
	);
});

describe('lookup', () => {
	const ids = foundIds;

	test.each([
		// GitHub Actions, Docker, Jenkins, a generic "exit status" (before: win32/127, ERROR_PROC_NOT_FOUND).
		['Error: Process completed with exit code 127.', 'shell/127'],
		['app exited with code 127', 'shell/127'],
		['ERROR: script returned exit code 126', 'shell/126'],
		['exit status 127', 'shell/127'],
		// GNU make's report of a recipe's exit status (before: win32/127, and win32/137 for SIGKILL).
		['make: *** [Makefile:12: build] Error 127', 'shell/127'],
		['make: *** [Makefile:12: build] Error 137', 'signal/9'],
		// What apt prints after dpkg failed, and pip after a compiler failed, as published (before:
		// win32/1, ERROR_INVALID_FUNCTION, then signtool/1, systemctl/1 and journald/1).
		['E: Sub-process /usr/bin/dpkg returned an error code (1)', 'shell/1'],
		["error: command 'gcc' failed with exit status 1", 'shell/1'],
		['Error: Process completed with exit code 1.', 'shell/1'],
		['退出状态 1', 'shell/1'],
		// A program's own family, named in the line, comes first: SignTool's failure, systemd's.
		['SignTool Error: signtool returned exit code 1', 'signtool/1'],
		['systemctl exit status 1', 'systemctl/1'],
		['Main process exited, code=exited, status=1/FAILURE', 'systemd-exit/1'],
	])('%s', (line, id) => {
		expect(ids(line)[0]).toBe(id);
	});

	test('the line number in bash’s and sh’s own reports is no code', () => {
		// As the shells print them here (before: win32/1, ERROR_INVALID_FUNCTION, and three more).
		for (const shell of ['bash', 'sh']) {
			const line = run(shell, 'no-such-command-ifg').line;
			expect(line).toMatch(/\b1: no-such-command-ifg: /);
			expect(ids(line), line).toBe('unknown');
		}
		// An MSI log's numbered fields keep their codes.
		expect(ids('MSI (s) (A0:B4) [12:01:02:345]: Note: 1: 2203 2: C:\\x.msi')).toEqual(['msi/2203']);
	});

	test('a bare 127 stays Win32’s, and 137 stays SIGKILL', () => {
		for (const bare of ['1', '2', 'Error 1', 'Error 2']) {
			expect(ids(bare)[0], bare).toMatch(/^win32\//);
			expect(ids(bare), bare).not.toContain(`shell/${bare.at(-1)}`);
		}
		expect(ids('127')).not.toContain('shell/127');
		expect(ids('Error 127')).not.toContain('shell/127');
		expect(ids('exit code 137')[0]).toBe('signal/9');
	});
});
