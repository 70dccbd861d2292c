import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaults } from '~/lib/generators/common';
import { journalTime, parseJournalTime, parseSize, parseSpan } from '~/lib/generators/journal-time';
import { PRIORITIES, generate, spec } from '~/lib/generators/journalctl';
import type { State } from '~/lib/generators/types';

const run = promisify(execFile);

// journalctl reads local time; both sides use UTC here (vitest.config.ts sets TZ for every file).
import { RUNS } from './arbitraries';
const base = defaults(spec);
const cmd = (s: object) => generate({ ...base, ...(s as State) }, 'bash');

describe('journalctl generator', () => {
	// Examples in journalctl(1) (EXAMPLES) and in the option descriptions.
	test.each([
		[
			{ noPager: false, matches: ['_SYSTEMD_UNIT=avahi-daemon.service'] },
			'journalctl _SYSTEMD_UNIT=avahi-daemon.service',
		],
		[
			{ noPager: false, matches: ['_SYSTEMD_UNIT=avahi-daemon.service', '_PID=28097'] },
			'journalctl _SYSTEMD_UNIT=avahi-daemon.service _PID=28097',
		],
		[{ noPager: false, kernel: true, boot: '-1' }, 'journalctl -b -1 -k'],
		[
			{
				noPager: false,
				units: ['nginx.service', 'php-fpm.service'],
				since: '-1h',
				priority: 'err',
			},
			'journalctl -u nginx.service -u php-fpm.service --since -1h -p err',
		],
		[
			{ since: '2012-10-30 18:17:16', priority: 'emerg', priorityTo: 'err', numeric: true },
			"journalctl --since '2012-10-30 18:17:16' -p 0..3 --no-pager",
		],
		[{ action: 'list-boots', noPager: false }, 'journalctl --list-boots'],
		[
			{ action: 'vacuum', vacuumTime: '2weeks', vacuumSize: '500M' },
			'journalctl --vacuum-time=2weeks --vacuum-size=500M',
		],
		[
			{ grep: 'fail(ed|ure)', lines: '50', output: 'short-iso' },
			"journalctl -n 50 -o short-iso --grep 'fail(ed|ure)' --no-pager",
		],
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

const num = (min: number, max: number, w: number) =>
	fc.integer({ min, max }).map((n) => String(n).padStart(w, '0'));
const unit = fc.constantFrom(
	'us',
	'ms',
	's',
	'sec',
	'min',
	'm',
	'h',
	'hours',
	'd',
	'days',
	'w',
	'weeks',
	'M',
	'months',
	'y',
	'years',
);
const span = fc
	.array(fc.tuple(fc.integer({ min: 0, max: 99 }), fc.constantFrom('', ' '), unit), {
		minLength: 1,
		maxLength: 3,
	})
	.map((a) => a.map(([n, s, u]) => `${n}${s}${u}`).join(' '));
const clock = fc
	.tuple(num(0, 23, 2), num(0, 59, 2), fc.option(num(0, 59, 2)), fc.option(num(0, 999999, 6)))
	.map(([h, m, s, us]) => `${h}:${m}${s ? `:${s}${us ? `.${us}` : ''}` : ''}`);
const date = fc
	.tuple(fc.integer({ min: 1971, max: 2099 }), num(1, 12, 2), num(1, 28, 2), fc.boolean())
	.map(
		([y, mo, d, short]) => `${short && y >= 2000 && y < 2069 ? String(y).slice(2) : y}-${mo}-${d}`,
	);
/** Every form of timestamp the generator claims journalctl accepts. */
export const timeString = fc.oneof(
	fc.constantFrom('now', 'today', 'yesterday', 'tomorrow'),
	fc.tuple(fc.constantFrom('-', '+', '- '), span).map(([s, v]) => s + v),
	fc.tuple(span, fc.constantFrom(' ago', ' left')).map(([v, w]) => v + w),
	fc.integer({ min: 0, max: 4e9 }).map((n) => `@${n}`),
	fc
		.tuple(date, fc.option(clock), fc.boolean())
		.map(([d, c, utc]) => `${d}${c ? ` ${c}` : ''}${utc ? ' UTC' : ''}`),
	fc.tuple(clock, fc.boolean()).map(([c, utc]) => `${c}${utc ? ' UTC' : ''}`),
);

const prio = fc.constantFrom('', ...PRIORITIES);
const text = fc
	.string({ unit: 'binary', maxLength: 12 })
	.filter((s) => s.isWellFormed() && !/[\0\n]/.test(s) && s.trim() !== '');
const state = fc.record({
	action: fc.constantFrom('show', 'show', 'show', 'list-boots', 'disk-usage', 'vacuum'),
	units: fc.array(fc.stringMatching(/^[a-z][a-z0-9@._-]{0,10}\.(service|socket|timer)$/), {
		maxLength: 2,
	}),
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
	output: fc.constantFrom(
		'',
		'short',
		'short-iso',
		'json',
		'cat',
		'verbose',
		'with-unit',
		'export',
		'json-seq',
	),
	grep: fc.option(fc.stringMatching(/^[a-z0-9 .*|()-]{1,10}$/), { nil: '' }),
	matches: fc.array(
		fc
			.tuple(fc.constantFrom('_PID', '_COMM', 'SYSLOG_IDENTIFIER', '_SYSTEMD_UNIT'), text)
			.map(([f, v]) => `${f}=${v}`),
		{ maxLength: 2 },
	),
	noPager: fc.boolean(),
	vacuumTime: fc.constantFrom('', '2weeks', '10d', '6months', '1y', '12h'),
	vacuumSize: fc.constantFrom('', '500M', '1G', '100K'),
});

/** Benign results on an empty journal directory: nothing to show, or no such boot. A PCRE2
 * rejection is expected too: the form does not check --grep and warns that it does not. */
const BENIGN =
	/^(No journal files were found\.|-- No entries --|Bad pattern .*|Data from the specified boot \([^)]*\) is not available: No such boot ID in journal|Vacuuming done.*|Archived and active journals take up.*)$/;

describe('journalctl accepts what the generator prints', () => {
	test('every generated time string parses, except spans reaching before 1970', () => {
		fc.assert(
			fc.property(timeString, (t) => {
				if (parseJournalTime(t) === null) expect(t).toMatch(/^- ?.*y|y.* ago$/);
			}),
			{ numRuns: RUNS },
		);
	});

	test(`journalctl parses every time string the generator accepts (${RUNS} strings)`, () => {
		// journalctl parses each --since as it reads it and stops at the first bad one, so many
		// strings can share one process; the form's own check decides which strings are offered.
		const dir = mkdtempSync(join(tmpdir(), 'ifg-journal-'));
		const strings = fc.sample(timeString, RUNS).filter((t) => parseJournalTime(t) !== null);
		expect(strings.length).toBeGreaterThan(RUNS * 0.9);
		const lines = [`mkdir ${dir}/empty`];
		for (let i = 0; i < strings.length; i += 100) {
			const args = strings
				.slice(i, i + 100)
				.map((t) => `--since '${t}'`)
				.join(' ');
			lines.push(
				`journalctl --directory=${dir}/empty ${args} --no-pager 2>&1 >/dev/null | grep -v '^No journal files were found.$' || true`,
			);
		}
		writeFileSync(join(dir, 'run.sh'), lines.join('\n'));
		const out = execFileSync('bash', [join(dir, 'run.sh')], {
			env: { ...process.env, TZ: 'UTC' },
		}).toString();
		rmSync(dir, { recursive: true, force: true });
		expect(out).toBe('');
	});

	// Whole form states need one journalctl process each (about 40 ms of CPU here): journalctl parses
	// one argument vector per run, and a repeated option accumulates (-u, matches) or replaces the last
	// (--since, -p, -n), so states cannot share a process. The values themselves are checked at the full
	// count in few processes (time strings above, the verdict tests below); this test adds how options
	// combine, with a fifth of the runs, in two bash processes side by side (one per core).
	// IFG_JOURNAL_RUNS overrides the count.
	const STATE_RUNS = Number(process.env.IFG_JOURNAL_RUNS ?? Math.ceil(RUNS / 5));
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
			lines.push(
				`${r.command.replace(/^journalctl /, `journalctl --directory=${empty} `)} >/dev/null 2>${dir}/e${i} </dev/null; echo "${i} $?"`,
			);
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
		const status = new Map(
			out
				.trim()
				.split('\n')
				.map((l: string) => l.split(' ').map(Number) as [number, number]),
		);
		expect(ran.length).toBeGreaterThan(STATE_RUNS * 0.5);
		for (const i of ran) {
			const err = readFileSync(join(dir, `e${i}`), 'utf8').trim();
			// Times anchored differently (local vs UTC or now) are not compared by the form: the
			// server's time zone decides, so journalctl may refuse the order.
			const [a, b] = [cases[i]!.since, cases[i]!.until].map((t) => (t ? journalTime(t) : null));
			const mixed = a && b && a.anchor !== b.anchor;
			const bad = err
				.split('\n')
				.filter(
					(l: string) =>
						l && !BENIGN.test(l) && !(mixed && l === '--since= must be before --until=.'),
				);
			expect({ i, command: generate({ ...base, ...cases[i]! }, 'bash').command, bad }).toEqual({
				i,
				command: expect.any(String),
				bad: [],
			});
			expect(status.has(i)).toBe(true);
		}
		rmSync(dir, { recursive: true, force: true });
	});
});

/**
 * journalctl's verdict on many values of one option, in few processes: it parses options in order
 * and stops at the first it refuses, naming it ("Failed to parse timestamp: X"), so each run
 * settles every value up to the first refused one.
 */
function journalVerdicts(
	option: string,
	failPrefix: string,
	values: string[],
): Map<string, boolean> {
	const dir = mkdtempSync(join(tmpdir(), 'ifg-journal-verdict-'));
	const verdict = new Map<string, boolean>();
	let rest = [...new Set(values)];
	while (rest.length) {
		const r = spawnSync(
			'journalctl',
			[`--directory=${dir}`, '--no-pager', ...rest.map((v) => `${option}=${v}`)],
			{
				env: { ...process.env, TZ: 'UTC', LC_ALL: 'C.UTF-8' },
				encoding: 'utf8',
				maxBuffer: 1 << 26,
			},
		);
		const line = r.stderr.split('\n').find((l) => l.startsWith(failPrefix));
		const at = line === undefined ? rest.length : rest.indexOf(line.slice(failPrefix.length));
		expect(at, r.stderr).toBeGreaterThanOrEqual(0);
		rest.slice(0, at).forEach((v) => verdict.set(v, true));
		if (at < rest.length) verdict.set(rest[at]!, false);
		rest = rest.slice(at + 1);
	}
	rmSync(dir, { recursive: true, force: true });
	return verdict;
}

// Near-valid time strings: every form journalctl knows, with values around and past each limit.
const any = <T>(...xs: T[]) => fc.constantFrom(...xs);
const n = (max: number) => fc.integer({ min: 0, max }).map(String);
const badUnit = any(
	'us',
	'ms',
	's',
	'min',
	'm',
	'h',
	'hr',
	'd',
	'w',
	'M',
	'y',
	'years',
	'\u00b5s',
	'\u03bcs',
	'',
	'D',
	'H',
	'ns',
	'mo',
	'x',
);
const spanish = fc
	.array(
		fc.tuple(
			fc.oneof(
				n(99),
				n(9999999999),
				any('99999999999999999999', '.5', '1.', '0.25', '7975', '7000'),
			),
			any('', ' '),
			badUnit,
		),
		{ minLength: 1, maxLength: 3 },
	)
	.map((a) => a.map(([v, s, u]) => v + s + u).join(' '));
const zone = any(
	'',
	'',
	' UTC',
	' utc',
	' Asia/Shanghai',
	' Pacific/Auckland',
	' Nowhere/Zone',
	' CET',
	' Z',
	' +0100',
	' asia/shanghai',
);
const nearDate = fc
	.tuple(
		fc.option(any('Fri', 'fri', 'FRI', 'Friday', 'Mon', 'Fr', 'Sun'), { nil: undefined }),
		fc.oneof(
			n(99),
			fc.integer({ min: 1960, max: 2100 }).map(String),
			any('9999', '10000', '0999', '1969', '1970'),
		),
		n(13),
		n(32),
		fc.option(
			fc.tuple(
				n(25),
				n(61),
				fc.option(n(61), { nil: undefined }),
				fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: undefined }),
			),
			{ nil: undefined },
		),
		zone,
	)
	.map(
		([wd, y, mo, d, t, z]) =>
			`${wd ? `${wd} ` : ''}${y}-${mo}-${d}${t ? ` ${t[0]}:${t[1]}${t[2] !== undefined ? `:${t[2]}${t[3] ? `.${t[3]}` : ''}` : ''}` : ''}${z}`,
	);
const nearTime = fc.oneof(
	fc
		.tuple(
			any(
				'now',
				'today',
				'yesterday',
				'tomorrow',
				'Today',
				'NOW',
				'epoch',
				'utc',
				'12:00',
				'1:5',
				'24:00',
				'23:60',
				'23:59:60',
			),
			zone,
		)
		.map(([a, z]) => a + z),
	fc
		.tuple(any('-', '+', '- ', '@', ''), spanish, any('', '', ' ago', ' left', ' UTC'))
		.map(([a, b, c]) => a + b + c),
	nearDate,
);

// The near-valid samples have found real disagreements with journalctl (each now pinned in
// gen-journal-time-at.test.ts): a fixed seed keeps CI reproducible, IFG_SEED explores others.
const NEAR_SEED = Number(process.env.IFG_SEED ?? 20261130);
console.info(`gen-journalctl near-valid samples: seed ${NEAR_SEED} (IFG_SEED=<n> replays another)`);

describe('the form agrees with journalctl 252 on times, spans and sizes (D17)', () => {
	// Each refused value costs one journalctl process; a twentieth of the runs keeps this to about
	// as many processes as the state test above.
	const N = Math.ceil(RUNS / 20);
	test(`--since: accepted exactly when journalctl accepts it (${N} near-valid strings, TZ=UTC)`, () => {
		const strings = fc
			.sample(nearTime, { seed: NEAR_SEED, numRuns: N })
			.filter((t) => !t.includes('\n'));
		const real = journalVerdicts('--since', 'Failed to parse timestamp: ', strings);
		const ours = (t: string) => parseJournalTime(t) !== null;
		const differ = [...real]
			.filter(([t, ok]) => ours(t) !== ok)
			.map(([t, ok]) => ({ t, journalctl: ok }));
		expect(differ).toEqual([]);
		expect([...real.values()].filter(Boolean).length).toBeGreaterThan(N / 10);
		expect([...real.values()].filter((v) => !v).length).toBeGreaterThan(N / 10);
	});

	test(`--vacuum-time and --vacuum-size: accepted exactly when journalctl accepts them (${N} each)`, () => {
		const spans = fc.sample(spanish, { seed: NEAR_SEED, numRuns: N });
		const sizes = fc.sample(
			fc
				.array(
					fc.tuple(
						fc.oneof(
							n(99),
							n(99999999999),
							any(
								'.5',
								'1.',
								'1.5',
								'18446744073709551615',
								'18446744073709551616',
								'16',
								'15',
								'17179869184',
							),
						),
						any('', ' '),
						any('', 'B', 'K', 'M', 'G', 'T', 'P', 'E', 'k', 'KB', 'x'),
					),
					{ minLength: 1, maxLength: 2 },
				)
				.map((a) => a.map((p) => p.join('')).join('')),
			{ seed: NEAR_SEED, numRuns: N },
		);
		for (const [option, prefix, values, ours] of [
			[
				'--vacuum-time',
				'Failed to parse vacuum time: ',
				spans,
				(v: string) => parseSpan(v) !== null,
			],
			[
				'--vacuum-size',
				'Failed to parse vacuum size: ',
				sizes,
				(v: string) => parseSize(v) !== null,
			],
		] as const) {
			const real = journalVerdicts(option, prefix, values);
			expect(
				[...real]
					.filter(([v, ok]) => ours(v) !== ok)
					.map(([v, ok]) => ({ option, v, journalctl: ok })),
			).toEqual([]);
		}
	});

	test('review inputs: field matches and --grep patterns, run by journalctl', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ifg-journal-m-'));
		const runJ = (args: string[]) =>
			spawnSync('journalctl', [`--directory=${dir}`, '--no-pager', ...args], { encoding: 'utf8' })
				.stderr;
		for (const m of [
			['__CURSOR=x'],
			['+', '_PID=1'],
			['_PID=1', '+'],
			['a=b'],
			['_PID=28097', '+', '_SYSTEMD_UNIT=dbus.service'],
			['1A=x'],
			['/bin/sh'],
		]) {
			const r = cmd({ matches: m });
			const refused = /Failed to add match|can only be used between|Couldn't canonicalize/.test(
				runJ(m),
			);
			expect({ m, refused: r.errors.length > 0 }).toEqual({ m, refused });
		}
		// --grep: PCRE2 and JavaScript disagree both ways, so the form must not decide (D12).
		for (const [g, pcre2ok] of [
			['[]', false],
			['\\u0041', false],
			['(?<=a+)b', false],
			['(?i)error', true],
			['[[:alpha:]]', true],
			['\\Qa.b\\E', true],
			['a++', true],
			['a{,3}', true],
		] as const) {
			expect({ g, pcre2ok: !/Bad pattern/.test(runJ(['--grep', g])) }).toEqual({ g, pcre2ok });
			expect(cmd({ grep: g }).errors).toEqual([]);
		}
		rmSync(dir, { recursive: true, force: true });
	});
});
