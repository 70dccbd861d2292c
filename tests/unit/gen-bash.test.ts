import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as chmod from '~/lib/generators/chmod';
import { defaults } from '~/lib/generators/common';
import * as journalctl from '~/lib/generators/journalctl';
import * as systemctl from '~/lib/generators/systemctl';
import type { Generator, State } from '~/lib/generators/types';
import { display } from '~/lib/shell/types';
import { bashArgvs } from './shell-bash';

const RUNS = Number(process.env.IFG_PROPERTY_RUNS ?? 10000);
const text = fc.string({ unit: 'binary', minLength: 1 }).filter((s) => s.isWellFormed() && !/[\0\n]/.test(s) && s.trim() === s);

/** Free-text fields of each bash generator, filled with arbitrary Unicode. */
const cases: [string, Generator, (t: string) => object][] = [
	['chmod paths', chmod, (t) => ({ paths: [t] })],
	['chmod --reference', chmod, (t) => ({ reference: t })],
	['journalctl --grep (literal text)', journalctl, (t) => ({ grep: t.replace(/[\\^$.|?*+()[\]{}]/g, '') || 'x' })],
	['journalctl field match', journalctl, (t) => ({ matches: [`_COMM=${t}`] })],
	['systemctl unit', systemctl, (t) => ({ unit: t.replace(/[^A-Za-z0-9:_.\\@-]/g, '') || 'a.service' })],
];

describe('bash receives exactly the argv the explanation lists', () => {
	test.each(cases)(`%s (${RUNS} runs, one bash)`, (_name, g, fill) => {
		const states = fc.sample(text, RUNS).map((t) => ({ ...defaults(g.spec), ...(fill(t) as State) }));
		const results = states.map((s) => g.generate(s, 'bash')).filter((r) => r.errors.length === 0);
		expect(results.length).toBeGreaterThan(RUNS * 0.9);
		const got = bashArgvs(results.map((r) => r.command.replace(/^\S+ /, '')));
		results.forEach((r, i) => expect(got[i]).toEqual(r.argv.slice(1).map((a) => display(a))));
	});
});

describe('systemctl status', () => {
	test.each([
		[{}, 'systemctl status --no-pager nginx.service'],
		[{ noPager: false, unit: 'sshd' }, 'systemctl status sshd'],
		[{ user: true, full: true, lines: '50', unit: 'pipewire.service' }, 'systemctl --user status -l -n 50 --no-pager pipewire.service'],
	])('%j -> %s', (s, expected) => {
		const r = systemctl.generate({ ...defaults(systemctl.spec), ...(s as State) }, 'bash');
		expect(r.command).toBe(expected);
	});

	test('exit codes are the LSB table of systemctl(1), with 3 = not running whatever the enablement', () => {
		expect(systemctl.EXIT_CODES.map((e) => e.code)).toEqual([0, 1, 2, 3, 4]);
		expect(systemctl.EXIT_CODES[3]!.meaning.en).toMatch(/not active.*whether or not it is enabled/);
		expect(systemctl.EXIT_CODES[4]!.meaning.en).toMatch(/no such unit/);
	});

	test('a unit name with a space is refused', () => {
		expect(systemctl.generate({ ...defaults(systemctl.spec), unit: 'a b' }, 'bash').errors[0]!.field).toBe('unit');
	});
});
