// The shell family (bash(1), EXIT STATUS: 127 not found, 126 not executable), checked against the
// shells themselves: bash and sh (dash on Debian) run a command that does not exist, a file without
// the execute permission, a directory, a binary for no machine, and scripts whose interpreter is
// missing (one saved with Windows line endings), and each exits with the status the data gives that
// case. Then lookup, on the lines CI runners and Docker print.
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
		expect([...entries.keys()]).toEqual(['shell/126', 'shell/127']);
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
	});
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
		expect(ids('127')).not.toContain('shell/127');
		expect(ids('Error 127')).not.toContain('shell/127');
		expect(ids('exit code 137')[0]).toBe('signal/9');
	});
});
