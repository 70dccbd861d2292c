import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyMode, compileMode, lsMode } from '~/lib/generators/chmod-mode';
import { generate, preview, spec, sync } from '~/lib/generators/chmod';
import { defaults } from '~/lib/generators/common';
import type { State } from '~/lib/generators/types';

const RUNS = Number(process.env.IFG_PROPERTY_RUNS ?? 10000);
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
		expect(r.warnings.map((w) => w.en).join(' ')).toContain(word);
	});

	test('a mode starting with - gets --', () => {
		expect(generate({ ...base, mode: '-w' }, 'bash').command).toBe('chmod -- -w myfile');
	});
});

const who = fc.stringMatching(/^[ugoa]{0,2}$/);
const perms = fc.oneof(fc.stringMatching(/^[rwxXst]{0,3}$/), fc.constantFrom('u', 'g', 'o'));
const clause = fc.tuple(who, fc.array(fc.tuple(fc.constantFrom('+', '-', '='), perms), { minLength: 1, maxLength: 2 }))
	.map(([w, ops]) => w + ops.map(([o, p]) => o + p).join(''));
const symbolic = fc.array(clause, { minLength: 1, maxLength: 3 }).map((c) => c.join(','));
const octalMode = fc.integer({ min: 0, max: 0o7777 }).chain((n) =>
	fc.constantFrom(n.toString(8), n.toString(8).padStart(4, '0'), n.toString(8).padStart(5, '0')));
const operatorOctal = fc.tuple(fc.constantFrom('+', '-', '='), fc.integer({ min: 0, max: 0o7777 })).map(([o, n]) => o + n.toString(8));

describe('chmod against the real chmod', () => {
	test(`the mode the form shows is the mode chmod sets (${RUNS} runs, one bash)`, () => {
		const dir = mkdtempSync(join(tmpdir(), 'ifg-chmod-'));
		const cases = fc.sample(
			fc.record({
				mode: fc.oneof(octalMode, symbolic, operatorOctal),
				current: fc.integer({ min: 0, max: 0o7777 }).map((n) => n.toString(8)),
				type: fc.constantFrom('file', 'dir'),
			}),
			RUNS,
		);
		const lines = ['umask 022'];
		const expected: (number | null)[] = [];
		cases.forEach((c, i) => {
			const p = join(dir, `t${i}`);
			const r = generate({ ...base, ...c, paths: [p] }, 'bash');
			const pv = preview({ ...base, ...c });
			expected.push(r.errors.length ? null : pv!.mode);
			if (r.errors.length) return;
			lines.push(c.type === 'dir' ? `mkdir ${p}` : `: > ${p}`, `chmod ${c.current} ${p}`, `${r.command} 2>/dev/null`, `printf '%s %s\\n' ${i} "$(stat -c %a ${p})"`);
		});
		writeFileSync(join(dir, 'run.sh'), lines.join('\n'));
		const out = execFileSync('bash', [join(dir, 'run.sh')], { maxBuffer: 1 << 28 }).toString();
		rmSync(dir, { recursive: true, force: true });
		const got = new Map(out.trim().split('\n').map((line: string) => line.split(' ').map(Number) as [number, number]));
		let checked = 0;
		expected.forEach((mode, i) => {
			if (mode === null) return;
			checked++;
			expect({ i, case: cases[i], mode: parseInt(String(got.get(i)), 8) }).toEqual({ i, case: cases[i], mode });
		});
		expect(checked).toBeGreaterThan(RUNS * 0.9);
	});
});
