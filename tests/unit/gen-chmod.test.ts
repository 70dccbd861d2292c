import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyMode, compileMode, lsMode } from '~/lib/generators/chmod-mode';
import { canonical, generate, preview, rootness, spec, sync } from '~/lib/generators/chmod';
import { joinPosix } from '~/lib/shell/posix';
import { dashText, oneLine } from './arbitraries';
import { defaults } from '~/lib/generators/common';
import type { State } from '~/lib/generators/types';
import { en } from './gen-text';

import { RUNS } from './arbitraries';
const base = defaults(spec);

describe('chmod mode model', () => {
	// Examples from the coreutils manual ("Numeric Modes") and chmod-facts' observed ls -l strings.
	test.each([
		['4751', false, 0, '-rwsr-x--x'],
		['664', false, 0, '-rw-rw-r--'],
		['0', false, 0o777, '----------'],
		['4755', false, 0, '-rwsr-xr-x'],
		['4644', false, 0, '-rwSr--r--'],
		['2755', false, 0, '-rwxr-sr-x'],
		['2745', false, 0, '-rwxr-Sr-x'],
		['1777', true, 0, 'drwxrwxrwt'],
		['1776', true, 0, 'drwxrwxrwT'],
		['755', true, 0o2755, 'drwxr-sr-x'],
		['00755', true, 0o2755, 'drwxr-xr-x'],
		['u+x,g-w,o=r', false, 0o664, '-rwxr--r--'],
		['a+t', true, 0o777, 'drwxrwxrwt'],
		['o=t', true, 0o777, 'drwxrwx--T'],
		['g=u', false, 0o640, '-rw-rw----'],
		['a+X', false, 0o644, '-rw-r--r--'],
		['a+X', true, 0o644, 'drwxr-xr-x'],
	])('chmod %s on %s (now %o) gives %s', (mode, isDir, old, ls) => {
		const changes = compileMode(mode);
		expect(changes).not.toBeNull();
		expect(lsMode(applyMode(old, isDir, 0o022, changes!), isDir)).toBe(ls);
	});

	test.each(['8', '12345x', 'u+q', 'ug', '+,', 'u=7', '77777'])('%s is not a mode', (m) => {
		expect(compileMode(m)).toBeNull();
	});

	test('grid and text stay in step', () => {
		const fromGrid = sync({ ...base, ow: true }, 'ow');
		expect(fromGrid.mode).toBe('757');
		const fromText = sync({ ...base, mode: '1777', type: 'dir' }, 'mode');
		expect(fromText.sticky).toBe(true);
		expect(fromText.ow).toBe(true);
	});

	test.each([
		[{ mode: '777', type: 'dir' }, 'sticky'],
		[{ mode: '4755', paths: ['run.sh'] }, 'scripts'],
		[{ recursive: true, paths: ['/'] }, '--preserve-root'],
	])('%j warns (%s)', (state, word) => {
		const r = generate({ ...base, ...(state as State) }, 'bash');
		expect(r.warnings.map((w) => en(w)).join(' ')).toContain(word);
	});

	test('a mode starting with - gets --', () => {
		expect(generate({ ...base, mode: '-w' }, 'bash').command).toBe('chmod -- -w myfile');
	});
});

const who = fc.stringMatching(/^[ugoa]{0,2}$/);
const perms = fc.oneof(fc.stringMatching(/^[rwxXst]{0,3}$/), fc.constantFrom('u', 'g', 'o'));
const clause = fc
	.tuple(
		who,
		fc.array(fc.tuple(fc.constantFrom('+', '-', '='), perms), { minLength: 1, maxLength: 2 }),
	)
	.map(([w, ops]) => w + ops.map(([o, p]) => o + p).join(''));
const symbolic = fc.array(clause, { minLength: 1, maxLength: 3 }).map((c) => c.join(','));
const octalMode = fc
	.integer({ min: 0, max: 0o7777 })
	.chain((n) =>
		fc.constantFrom(n.toString(8), n.toString(8).padStart(4, '0'), n.toString(8).padStart(5, '0')),
	);
const operatorOctal = fc
	.tuple(fc.constantFrom('+', '-', '='), fc.integer({ min: 0, max: 0o7777 }))
	.map(([o, n]) => o + n.toString(8));

/**
 * Runs `commands` (one bash line per case, each run in its case's directory) in ONE bash process.
 * The set-up (files, starting modes) and the read-back (the mode bits, as stat -c %a shows them) are
 * the same system calls done from Node, so the only process per case is the real chmod under test.
 */
function runInBash(commands: string[], dirs: string[], env?: NodeJS.ProcessEnv) {
	const script = [
		'set -u',
		...commands.map((c, i) => `cd ${joinPosix([dirs[i]!])} && { ${c}; } 2>/dev/null`),
	];
	const file = join(tmpdir(), `ifg-chmod-${process.pid}-${Date.now()}.sh`);
	writeFileSync(file, script.join('\n'));
	try {
		execFileSync('bash', [file], {
			maxBuffer: 1 << 28,
			env: env ?? { PATH: process.env.PATH, LC_ALL: 'C.UTF-8' },
		});
	} finally {
		rmSync(file, { force: true });
	}
}
const modeOf = (p: string) => statSync(p).mode & 0o7777;

describe('chmod against the real chmod', () => {
	// The command does not depend on the targets' modes or types, so one chmod process changes one to
	// four targets, each with its own current mode and type, and every target is a check.
	test(`the mode the form shows is the mode chmod sets (${RUNS} runs of one chmod on 1–4 targets, one bash)`, () => {
		const dir = mkdtempSync(join(tmpdir(), 'ifg-chmod-'));
		const target = fc.record({
			current: fc.integer({ min: 0, max: 0o7777 }).map((n) => n.toString(8)),
			type: fc.constantFrom('file', 'dir'),
		});
		const cases = fc.sample(
			fc.record({
				mode: fc.oneof(octalMode, symbolic, operatorOctal),
				targets: fc.array(target, { minLength: 1, maxLength: 4 }),
				// D16: the preview must hold under the reader's umask, not only 022.
				umask: fc.oneof(
					fc.constantFrom('022', '002', '027', '077', '000', '777'),
					fc.integer({ min: 0, max: 0o777 }).map((n) => n.toString(8).padStart(3, '0')),
				),
			}),
			RUNS,
		);
		const commands: string[] = [];
		const checks: {
			i: number;
			t: (typeof cases)[number]['targets'][number];
			p: string;
			mode: string;
		}[] = [];
		cases.forEach((c, i) => {
			const paths = c.targets.map((_, k) => join(dir, `t${i}-${k}`));
			const r = generate({ ...base, mode: c.mode, umask: c.umask, paths }, 'bash');
			if (r.errors.length) return;
			c.targets.forEach((t, k) => {
				const p = paths[k]!;
				if (t.type === 'dir') mkdirSync(p);
				else writeFileSync(p, '');
				// A fresh file or folder has no set-ID bits, so the syscall sets exactly what `chmod NNNN` would.
				chmodSync(p, parseInt(t.current, 8));
				checks.push({
					i,
					t,
					p,
					mode: preview({ ...base, mode: c.mode, umask: c.umask, ...t })!.mode.toString(8),
				});
			});
			commands.push(`umask ${c.umask}; ${r.command}`);
		});
		runInBash(
			commands,
			commands.map(() => dir),
		);
		for (const { i, t, p, mode } of checks)
			expect({
				i,
				mode: cases[i]!.mode,
				umask: cases[i]!.umask,
				t,
				got: modeOf(p).toString(8),
			}).toEqual({ i, mode: cases[i]!.mode, umask: cases[i]!.umask, t, got: mode });
		rmSync(dir, { recursive: true, force: true });
		expect(commands.length).toBeGreaterThan(RUNS * 0.9);
	});
});

describe('operands are never read as options (D3), against the real chmod', () => {
	// A file name is what Linux allows: no NUL, no /, not . or .., at most 255 bytes.
	const fileName = oneLine(dashText).filter(
		(n) => !n.includes('/') && Buffer.byteLength(n) <= 255 && n !== '.' && n !== '..',
	);
	const DECOYS = ['755', '644', '-w', '--reference=x', 'x'];
	// One chmod process per case (the files are made and read from Node): a quarter of the runs.
	const N = Math.ceil(RUNS / 4);
	test(`only the named file changes, whatever its name (${N} runs, one bash)`, () => {
		const dir = mkdtempSync(join(tmpdir(), 'ifg-chmod-dash-'));
		const cases = fc.sample(
			fc.record({
				name: fc.oneof(fileName, fc.constantFrom(...DECOYS)),
				mode: fc.constantFrom('755', '600', 'u+x', 'go-r', '-w', '=r'),
				ref: fc.boolean(),
			}),
			N,
		);
		const commands: string[] = [];
		const dirs: string[] = [];
		cases.forEach((c, i) => {
			const d = join(dir, `c${i}`);
			const state = c.ref
				? { ...base, reference: 'rf', paths: [c.name] }
				: { ...base, mode: c.mode, paths: [c.name] };
			const r = generate(state, 'bash');
			expect(r.errors).toEqual([]);
			// Every file starts at 644, the reference file rf at 600; only the target may change.
			mkdirSync(d);
			for (const n of [...DECOYS, c.name]) writeFileSync(join(d, n), '', { mode: 0o644 });
			for (const n of [...DECOYS, c.name]) chmodSync(join(d, n), 0o644);
			writeFileSync(join(d, 'rf'), '');
			chmodSync(join(d, 'rf'), 0o600);
			commands.push(`umask 022; ${r.command}`);
			dirs.push(d);
		});
		runInBash(commands, dirs);
		cases.forEach((c, i) => {
			const names = [...new Set([...DECOYS, c.name])];
			const want = preview({ ...base, mode: c.mode, current: '644' })!.mode;
			const expected = names
				.map((n) => (n === c.name ? (c.ref ? 0o600 : want) : 0o644).toString(8))
				.join(' ');
			const modes = names.map((n) => modeOf(join(dirs[i]!, n)).toString(8)).join(' ');
			expect({ c, modes }).toEqual({ c, modes: expected });
		});
		rmSync(dir, { recursive: true, force: true });
	});
});

describe('chmod -R root check (D4)', () => {
	const seg = fc.constantFrom('', '.', '..', 'usr', 'a b', '-x', 'lib');
	const path = fc.array(seg, { maxLength: 6 }).map((s) => `/${s.join('/')}`);
	test(`the lexical canonical form is realpath -m -s's (${Math.ceil(RUNS / 10)} paths, one process)`, () => {
		const paths = fc.sample(path, Math.ceil(RUNS / 10));
		const out = execFileSync('realpath', ['-m', '-s', '--', ...paths])
			.toString()
			.trim()
			.split('\n');
		paths.forEach((p, i) => {
			expect({ p, c: canonical(p) }).toEqual({ p, c: out[i] });
			expect(rootness(p) === 'root').toBe(out[i] === '/');
		});
	});
});
