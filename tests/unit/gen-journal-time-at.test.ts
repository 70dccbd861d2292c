// "@<span>" (seconds since the epoch, with units) is accepted by journalctl up to the 64-bit
// microsecond limit, not only up to year 9999 like dates: found by the random near-valid sample in
// gen-journalctl.test.ts ("@9444491235 min"). Checked here on fixed values against journalctl itself.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseJournalTime, parseSpan } from '~/lib/generators/journal-time';

const VALUES = [
	'@0',
	'@253402300799',
	'@253402300800',
	'@9444491235 min',
	'@99999999999 min',
	'@300000 y',
	'@584554 y',
	'@18446744073709 s',
	'@18446744073710 s',
	'@1.5',
	'@',
	'@x',
	// glibc's strptime %S takes 0–61 (found by the near-valid sample: '43-10-30 19:58:61.902612 Asia/Shanghai').
	'12:00:61',
	'12:00:61.5',
	'12:00:62',
	'2020-01-01 00:00:61 UTC',
	'43-10-30 19:58:61.902612 Asia/Shanghai',
	'43-10-30 19:58:62 Asia/Shanghai',
];

test('"@<span>" and clock boundaries are accepted exactly when journalctl accepts them', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ifg-journal-at-'));
	try {
		for (const v of VALUES) {
			const r = spawnSync(
				'journalctl',
				[`--directory=${dir}`, '--no-pager', '-n0', `--since=${v}`],
				{ env: { ...process.env, TZ: 'UTC', LC_ALL: 'C.UTF-8' }, encoding: 'utf8' },
			);
			expect(r.error, 'journalctl must be installed (apt package systemd)').toBeUndefined();
			const real = !r.stderr.includes('Failed to parse timestamp');
			expect(
				parseJournalTime(v) !== null,
				`${v}: journalctl ${real ? 'accepts' : 'refuses'} it`,
			).toBe(real);
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

// The same whole-part limit applies to every unit of a span (--vacuum-time uses parse_time too).
const SPANS = [
	'18446744073708s',
	'18446744073709s',
	'18446744073709551 ms',
	'18446744073709552 ms',
	'307445734561 min',
	'307445734562 min',
	'584542y',
	'584543y',
	'18446744073709551614us',
];

test('span whole parts at the 64-bit limit: accepted exactly when journalctl accepts them', () => {
	for (const v of SPANS) {
		const r = spawnSync(
			'journalctl',
			['--no-pager', `--vacuum-time=${v}`, '--directory=/nonexistent-ifg'],
			{ env: { ...process.env, LC_ALL: 'C.UTF-8' }, encoding: 'utf8' },
		);
		expect(r.error, 'journalctl must be installed (apt package systemd)').toBeUndefined();
		const real = !r.stderr.includes('Failed to parse vacuum time');
		expect(parseSpan(v) !== null, `${v}: journalctl ${real ? 'accepts' : 'refuses'} it`).toBe(real);
	}
});
