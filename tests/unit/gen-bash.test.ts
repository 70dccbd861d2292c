import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as chmod from '~/lib/generators/chmod';
import { defaults } from '~/lib/generators/common';
import * as journalctl from '~/lib/generators/journalctl';
import * as systemctl from '~/lib/generators/systemctl';
import type { Generator, State } from '~/lib/generators/types';
import { INVISIBLE, display } from '~/lib/shell/types';
import { bashArgvs } from './shell-bash';
import { en } from './gen-text';

import { RUNS, dashText, oneLine, shellText } from './arbitraries';

// Biased toward shell trouble, including leading dashes and invisible characters (escaped in bash).
const text = oneLine(fc.oneof(shellText, dashText)).filter((s) => s.trim() === s);

/** Free-text fields of each bash generator, filled with arbitrary Unicode. */
const cases: [string, Generator, (t: string) => object][] = [
	['chmod paths', chmod, (t) => ({ paths: [t] })],
	['chmod --reference', chmod, (t) => ({ reference: t })],
	[
		'journalctl --grep (literal text)',
		journalctl,
		(t) => ({ grep: t.replace(/[\\^$.|?*+()[\]{}]/g, '') || 'x' }),
	],
	['journalctl field match', journalctl, (t) => ({ matches: [`_COMM=${t}`] })],
	[
		'systemctl unit',
		systemctl,
		(t) => ({ unit: t.replace(/[^A-Za-z0-9:_.\\@-]/g, '') || 'a.service' }),
	],
];

describe('bash receives exactly the argv the explanation lists', () => {
	test.each(cases)(`%s (${RUNS} runs, one bash)`, (_name, g, fill) => {
		const states = fc
			.sample(text, RUNS)
			.map((t) => ({ ...defaults(g.spec), ...(fill(t) as State) }));
		const results = states.map((s) => g.generate(s, 'bash')).filter((r) => r.errors.length === 0);
		expect(results.length).toBeGreaterThan(RUNS * 0.5);
		for (const r of results) expect(r.command).not.toMatch(INVISIBLE);
		const got = bashArgvs(results.map((r) => r.command.replace(/^\S+ /, '')));
		results.forEach((r, i) => expect(got[i]).toEqual(r.argv.slice(1).map((a) => display(a))));
	});
});

describe('systemctl status', () => {
	test.each([
		[{}, 'systemctl status --no-pager nginx.service'],
		[{ noPager: false, unit: 'sshd' }, 'systemctl status sshd'],
		[
			{ user: true, full: true, lines: '50', unit: 'pipewire.service' },
			'systemctl --user status -l -n 50 --no-pager pipewire.service',
		],
	])('%j -> %s', (s, expected) => {
		const r = systemctl.generate({ ...defaults(systemctl.spec), ...(s as State) }, 'bash');
		expect(r.command).toBe(expected);
	});

	test('exit codes are the LSB table of systemctl(1), with 3 = not running whatever the enablement', () => {
		expect(systemctl.EXIT_CODES.map((e) => e.code)).toEqual([0, 1, 2, 3, 4]);
		expect(en(systemctl.EXIT_CODES[3]!.meaning)).toMatch(
			/not active.*whether or not it is enabled/,
		);
		expect(en(systemctl.EXIT_CODES[4]!.meaning)).toMatch(/no such unit/);
	});

	test('a unit name with a space is refused', () => {
		expect(
			systemctl.generate({ ...defaults(systemctl.spec), unit: 'a b' }, 'bash').errors[0]!.field,
		).toBe('unit');
	});
});

describe('systemctl never reads the unit as options (D2), against the real systemctl', () => {
	// Unit-name characters only, starting with -; plus the review's values.
	const dashUnit = fc.stringMatching(/^-[A-Za-z0-9:_.\\@-]{0,12}$/);
	const REVIEW = [
		'-Hroot@example.invalid',
		'--user',
		'--help',
		'-a',
		'-M.host',
		'-Mroot@.host',
		'--root',
		'-n5',
		'-.slice',
		'-.mount',
		'--version',
		'-h',
	];
	const N = Math.ceil(RUNS / 50);
	test(`same outcome as an ordinary unit name, and no ssh (${N + REVIEW.length} units, one bash)`, () => {
		const dir = mkdtempSync(join(tmpdir(), 'ifg-systemctl-'));
		mkdirSync(join(dir, 'bin'));
		// -H would run ssh: a fake one records that it was called.
		writeFileSync(join(dir, 'bin', 'ssh'), `#!/bin/sh\necho called >> ${dir}/ssh-called\n`, {
			mode: 0o755,
		});
		const units = ['zz-benign.service', ...REVIEW, ...fc.sample(dashUnit, N)];
		const lines = units.map((unit, i) => {
			const r = systemctl.generate({ ...defaults(systemctl.spec), unit }, 'bash');
			expect(r.errors).toEqual([]);
			return `${r.command} > ${dir}/o${i} 2>&1 < /dev/null; echo $? > ${dir}/rc${i}`;
		});
		writeFileSync(join(dir, 'run.sh'), lines.join('\n'));
		execFileSync('bash', [join(dir, 'run.sh')], {
			env: {
				PATH: `${join(dir, 'bin')}:${process.env.PATH}`,
				LC_ALL: 'C.UTF-8',
				SYSTEMD_PAGER: 'cat',
			},
		});
		const out = (i: number) => readFileSync(join(dir, `o${i}`), 'utf8');
		const rc = (i: number) => readFileSync(join(dir, `rc${i}`), 'utf8').trim();
		const noSystemd = /not been booted with systemd|Failed to connect to bus/.test(out(0));
		units.forEach((unit, i) => {
			expect({ unit, text: out(i) }).not.toMatchObject({
				text: expect.stringMatching(
					/invalid option|unrecognized option|Query or send control commands|^systemd \d+/m,
				),
			});
			// Without a running systemd every status call fails the same way before reading the unit.
			if (noSystemd)
				expect({ unit, text: out(i), rc: rc(i) }).toEqual({ unit, text: out(0), rc: rc(0) });
		});
		expect(existsSync(join(dir, 'ssh-called'))).toBe(false);
		rmSync(dir, { recursive: true, force: true });
	});

	test('the check can fail: without --, systemctl reads -.slice as options', () => {
		const r = spawnSync('systemctl', ['status', '--no-pager', '-.slice'], { encoding: 'utf8' });
		expect(r.stderr).toMatch(/invalid option|use "--"/);
	});
});

describe('D1: a pasted command cannot act on the line editor (real interactive bash, no bracketed paste)', () => {
	// bash 5.0 and older paste without bracketed paste: readline then acts on Ctrl-U (erase the
	// line so far) before the shell parses anything. A pty runs bash -i the way a terminal does.
	const paste = (line: string, marker: string) => {
		const py = [
			'import os, pty, sys, time, select',
			'pid, fd = pty.fork()',
			"if pid == 0: os.execvpe('bash', ['bash', '--norc', '--noprofile', '-i'], {'PATH': os.environ['PATH'], 'HOME': '/nonexistent', 'TERM': 'xterm', 'INPUTRC': '/dev/null', 'PS1': '$ '})",
			'def drain(t):',
			'    end = time.time() + t',
			'    while time.time() < end:',
			'        r, _, _ = select.select([fd], [], [], 0.05)',
			'        if r:',
			'            try: os.read(fd, 65536)',
			'            except OSError: return',
			'os.write(fd, b"bind \'set enable-bracketed-paste off\'\\n"); drain(1.0)',
			"os.write(fd, sys.argv[1].encode() + b'\\n'); drain(1.5)",
			"os.write(fd, b'exit\\n'); drain(0.5); os.waitpid(pid, 0)",
		].join('\n');
		spawnSync('python3', ['-c', py, line], { timeout: 30_000 });
		return existsSync(marker);
	};
	test('the old raw rendering runs the hidden command; the escaped one does not', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ifg-paste-'));
		const target = `x\u0015touch ${dir}/PWNED1 #`;
		// Control: what the generator printed before (single quotes around a raw U+0015).
		const before = paste(`chmod 755 '${target}'`, `${dir}/PWNED1`);
		rmSync(`${dir}/PWNED1`, { force: true });
		const r = chmod.generate({ ...defaults(chmod.spec), paths: [target] }, 'bash');
		expect(r.command).not.toMatch(INVISIBLE);
		const after = paste(r.command, `${dir}/PWNED1`);
		rmSync(dir, { recursive: true, force: true });
		expect({ before, after }).toEqual({ before: true, after: false });
	});
});
