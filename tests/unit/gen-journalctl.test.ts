import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaults } from '~/lib/generators/common';
import { journalTime, parseJournalTime } from '~/lib/generators/journal-time';
import { PRIORITIES, generate, spec } from '~/lib/generators/journalctl';
import type { State } from '~/lib/generators/types';

const run = promisify(execFile);

// journalctl reads local time; both sides use UTC here.
process.env.TZ = 'UTC';
const RUNS = Number(process.env.IFG_PROPERTY_RUNS ?? 10000);
const base = defaults(spec);
const cmd = (s: object) => generate({ ...base, ...(s as State) }, 'bash');

describe('journalctl generator', () => {
	// Examples in journalctl(1) (EXAMPLES) and in the option descriptions.
	test.each([
		[{ noPager: false, matches: ['_SYSTEMD_UNIT=avahi-daemon.service'] }, 'journalctl _SYSTEMD_UNIT=avahi-daemon.service'],
		[{ noPager: false, matches: ['_SYSTEMD_UNIT=avahi-daemon.service', '_PID=28097'] }, 'journalctl _SYSTEMD_UNIT=avahi-daemon.service _PID=28097'],
		[{ noPager: false, kernel: true, boot: '-1' }, 'journalctl -b -1 -k'],
		[{ noPager: false, units: ['nginx.service', 'php-fpm.service'], since: '-1h', priority: 'err' }, 'journalctl -u nginx.service -u php-fpm.service --since -1h -p err'],
		[{ since: '2012-10-30 18:17:16', priority: 'emerg', priorityTo: 'err', numeric: true }, "journalctl --since '2012-10-30 18:17:16' -p 0..3 --no-pager"],
		[{ action: 'list-boots', noPager: false }, 'journalctl --list-boots'],
		[{ action: 'vacuum', vacuumTime: '2weeks', vacuumSize: '500M' }, 'journalctl --vacuum-time=2weeks --vacuum-size=500M'],
		[{ grep: 'fail(ed|ure)', lines: '50', output: 'short-iso' }, "journalctl -n 50 -o short-iso --grep 'fail(ed|ure)' --no-pager"],
	])('%j -> %s', (state, expected) => {
		const r = cmd(state);
		expect(r.errors).toEqual([]);
		expect(r.command).toBe(expected);
	});

	test.each([
		[{ since: 'bogus' }, 'since'],
		[{ since: '-1h', until: '-2h' }, 'until'],
		[{ since: '2024-05-02', until: '2024-05-01 23:00' }, 'until'],
		[{ since: 'today', until: 'yesterday' }, 'until'],
		[{ priorityTo: 'err' }, 'priority'],
		[{ matches: ['pid=1'] }, 'matches'],
		[{ lines: '0' }, 'lines'],
		[{ action: 'vacuum' }, 'vacuumTime'],
		[{ action: 'vacuum', vacuumSize: '1 GB' }, 'vacuumSize'],
	])('%j is refused on %s', (state, field) => {
		const r = cmd(state);
		expect(r.errors.map((e) => e.field)).toContain(field);
		expect(r.command).toBe('');
	});
});

const num = (min: number, max: number, w: number) => fc.integer({ min, max }).map((n) => String(n).padStart(w, '0'));
const unit = fc.constantFrom('us', 'ms', 's', 'sec', 'min', 'm', 'h', 'hours', 'd', 'days', 'w', 'weeks', 'M', 'months', 'y', 'years');
const span = fc.array(fc.tuple(fc.integer({ min: 0, max: 99 }), fc.constantFrom('', ' '), unit), { minLength: 1, maxLength: 3 })
	.map((a) => a.map(([n, s, u]) => `${n}${s}${u}`).join(' '));
const clock = fc.tuple(num(0, 23, 2), num(0, 59, 2), fc.option(num(0, 59, 2)), fc.option(num(0, 999999, 6)))
	.map(([h, m, s, us]) => `${h}:${m}${s ? `:${s}${us ? `.${us}` : ''}` : ''}`);
const date = fc.tuple(fc.integer({ min: 1971, max: 2099 }), num(1, 12, 2), num(1, 28, 2), fc.boolean())
	.map(([y, mo, d, short]) => `${short && y >= 2000 && y < 2069 ? String(y).slice(2) : y}-${mo}-${d}`);
/** Every form of timestamp the generator claims journalctl accepts. */
export const timeString = fc.oneof(
	fc.constantFrom('now', 'today', 'yesterday', 'tomorrow'),
	fc.tuple(fc.constantFrom('-', '+', '- '), span).map(([s, v]) => s + v),
	fc.tuple(span, fc.constantFrom(' ago', ' left')).map(([v, w]) => v + w),
	fc.integer({ min: 0, max: 4e9 }).map((n) => `@${n}`),
	fc.tuple(date, fc.option(clock), fc.boolean()).map(([d, c, utc]) => `${d}${c ? ` ${c}` : ''}${utc ? ' UTC' : ''}`),
	fc.tuple(clock, fc.boolean()).map(([c, utc]) => `${c}${utc ? ' UTC' : ''}`),
);

const prio = fc.constantFrom('', ...PRIORITIES);
const text = fc.string({ unit: 'binary', maxLength: 12 }).filter((s) => s.isWellFormed() && !/[\0\n]/.test(s) && s.trim() !== '');
const state = fc.record({
	action: fc.constantFrom('show', 'show', 'show', 'list-boots', 'disk-usage', 'vacuum'),
	units: fc.array(fc.stringMatching(/^[a-z][a-z0-9@._-]{0,10}\.(service|socket|timer)$/), { maxLength: 2 }),
	user: fc.boolean(),
	since: fc.option(timeString, { nil: '' }),
	until: fc.option(timeString, { nil: '' }),
	priority: prio,
	priorityTo: prio,
	numeric: fc.boolean(),
	boot: fc.constantFrom('', '0', '-1', '-2'),
	kernel: fc.boolean(),
	lines: fc.option(fc.integer({ min: 1, max: 5000 }).map(String), { nil: '' }),
	reverse: fc.boolean(),
	output: fc.constantFrom('', 'short', 'short-iso', 'json', 'cat', 'verbose', 'with-unit', 'export', 'json-seq'),
	grep: fc.option(fc.stringMatching(/^[a-z0-9 .*|()-]{1,10}$/), { nil: '' }),
	matches: fc.array(fc.tuple(fc.constantFrom('_PID', '_COMM', 'SYSLOG_IDENTIFIER', '_SYSTEMD_UNIT'), text).map(([f, v]) => `${f}=${v}`), { maxLength: 2 }),
	noPager: fc.boolean(),
	vacuumTime: fc.constantFrom('', '2weeks', '10d', '6months', '1y', '12h'),
	vacuumSize: fc.constantFrom('', '500M', '1G', '100K'),
});

/** Benign results on an empty journal directory: nothing to show, or no such boot. A PCRE2
 * rejection is expected too: the form does not check --grep and warns that it does not. */
const BENIGN = /^(No journal files were found\.|-- No entries --|Bad pattern .*|Data from the specified boot \([^)]*\) is not available: No such boot ID in journal|Vacuuming done.*|Archived and active journals take up.*)$/;

describe('journalctl accepts what the generator prints', () => {
	test('every generated time string parses, except spans reaching before 1970', () => {
		fc.assert(fc.property(timeString, (t) => {
			if (parseJournalTime(t) === null) expect(t).toMatch(/^- ?.*y|y.* ago$/);
		}), { numRuns: RUNS });
	});

	test(`journalctl parses every time string the generator accepts (${RUNS} strings)`, () => {
		// journalctl parses each --since as it reads it and stops at the first bad one, so many
		// strings can share one process; the form's own check decides which strings are offered.
		const dir = mkdtempSync(join(tmpdir(), 'ifg-journal-'));
		const strings = fc.sample(timeString, RUNS).filter((t) => parseJournalTime(t) !== null);
		expect(strings.length).toBeGreaterThan(RUNS * 0.9);
		const lines = [`mkdir ${dir}/empty`];
		for (let i = 0; i < strings.length; i += 100) {
			const args = strings.slice(i, i + 100).map((t) => `--since '${t}'`).join(' ');
			lines.push(`journalctl --directory=${dir}/empty ${args} --no-pager 2>&1 >/dev/null | grep -v '^No journal files were found.$' || true`);
		}
		writeFileSync(join(dir, 'run.sh'), lines.join('\n'));
		const out = execFileSync('bash', [join(dir, 'run.sh')], { env: { ...process.env, TZ: 'UTC' } }).toString();
		rmSync(dir, { recursive: true, force: true });
		expect(out).toBe('');
	});

	// Whole form states need one journalctl process each (15–40 ms here): they run in two bash
	// processes side by side, one per core. IFG_JOURNAL_RUNS overrides the count.
	const STATE_RUNS = Number(process.env.IFG_JOURNAL_RUNS ?? RUNS);
	test(`run against an empty journal directory (${STATE_RUNS} runs, two bash)`, async () => {
		const dir = mkdtempSync(join(tmpdir(), 'ifg-journal-'));
		const empty = join(dir, 'empty');
		const cases = fc.sample(state, STATE_RUNS);
		mkdirSync(empty);
		const lines: string[] = [];
		const ran: number[] = [];
		cases.forEach((c, i) => {
			const r = generate({ ...base, ...c }, 'bash');
			if (r.errors.length) return;
			ran.push(i);
			const t = [c.since, c.until].filter(Boolean).map((s) => parseJournalTime(s)!);
			// "now" moves between the two clocks; skip windows too narrow to compare reliably.
			if (t.length === 2 && Math.abs(t[0]! - t[1]!) < 120_000) return void ran.pop();
			lines.push(`${r.command.replace(/^journalctl /, `journalctl --directory=${empty} `)} >/dev/null 2>${dir}/e${i} </dev/null; echo "${i} $?"`);
		});
		const halves = [lines.filter((_, i) => i % 2 === 0), lines.filter((_, i) => i % 2 === 1)];
		const env = { ...process.env, TZ: 'UTC', SYSTEMD_PAGER: 'cat', LC_ALL: 'C.UTF-8' };
		const outs = await Promise.all(
			halves.map((half, k) => {
				writeFileSync(join(dir, `run${k}.sh`), half.join('\n'));
				return run('bash', [join(dir, `run${k}.sh`)], { maxBuffer: 1 << 28, env });
			}),
		);
		const out = outs.map((o) => o.stdout).join('\n');
		const status = new Map(out.trim().split('\n').map((l: string) => l.split(' ').map(Number) as [number, number]));
		expect(ran.length).toBeGreaterThan(STATE_RUNS * 0.5);
		for (const i of ran) {
			const err = readFileSync(join(dir, `e${i}`), 'utf8').trim();
			// Times anchored differently (local vs UTC or now) are not compared by the form: the
			// server's time zone decides, so journalctl may refuse the order.
			const [a, b] = [cases[i]!.since, cases[i]!.until].map((t) => (t ? journalTime(t) : null));
			const mixed = a && b && a.anchor !== b.anchor;
			const bad = err.split('\n').filter((l: string) => l && !BENIGN.test(l) && !(mixed && l === '--since= must be before --until=.'));
			expect({ i, command: generate({ ...base, ...cases[i]! }, 'bash').command, bad }).toEqual({
				i, command: expect.any(String), bad: [],
			});
			expect(status.has(i)).toBe(true);
		}
		rmSync(dir, { recursive: true, force: true });
	});
});
