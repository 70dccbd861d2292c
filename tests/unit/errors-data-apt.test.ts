// APT's exit status (the apt family): the pinned table (apt-exit-statuses.tsv) and the data, checked
// against APT itself. The manual pages Debian ships with it (apt-get(8) and apt(8), DIAGNOSTICS, from
// the package apt), and apt-get run here where it fails in the note's ways: it exits with 100 and
// prints the line the note quotes. Then lookup, on the lines Docker prints for a RUN line that failed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { foundIds, loadEntries, tsv } from '../fixtures/errors/load';

/** A man page section's text as it reads: font escapes, groff's \- and \& and requests removed. */
function section(path: string, name: string) {
	const roff = gunzipSync(readFileSync(path)).toString('utf8');
	const start = roff.indexOf(`.SH "${name}"`);
	const end = roff.indexOf('.SH ', start + 1);
	return roff
		.slice(start, end)
		.split('\n')
		.filter((l) => !l.startsWith('.'))
		.join(' ')
		.replace(/\\f[BIPR]/g, '')
		.replace(/\\-/g, '-')
		.replace(/\\&/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

const apt = spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;

describe('the table is APT’s own documentation', () => {
	test('apt-get(8) and apt(8) give each sentence, and the data quotes them with their pages', () => {
		const rows = tsv('apt-exit-statuses.tsv');
		expect(rows.map((r) => r.program)).toEqual(['apt-get', 'apt']);
		for (const r of rows)
			expect(section(`/usr/share/man/man8/${r.program}.8.gz`, 'DIAGNOSTICS')).toBe(r.text);
		const entries = loadEntries(['apt']);
		expect([...entries.keys()]).toEqual(['apt/100']);
		expect(entries.get('apt/100')?.official).toEqual([
			{ text: rows[0]?.text, source: 'https://manpages.debian.org/bookworm/apt/apt-get.8.en.html' },
			{ text: rows[1]?.text, source: 'https://manpages.debian.org/bookworm/apt/apt.8.en.html' },
		]);
	});
});

describe.skipIf(!apt && !process.env.CI)(
	'apt-get exits with 100 where the note says it fails',
	() => {
		test('a package it does not know: "E: Unable to locate package" (simulated, changes nothing)', () => {
			const r = spawnSync('apt-get', ['-s', 'install', 'no-such-package-ifg'], {
				encoding: 'utf8',
			});
			expect(r.status).toBe(100);
			expect(r.stderr).toContain('E: Unable to locate package no-such-package-ifg');
			// apt-cache policy prints nothing for it, as the note's second fix says.
			const policy = spawnSync('apt-cache', ['policy', 'no-such-package-ifg'], {
				encoding: 'utf8',
			});
			expect([policy.status, policy.stdout.trim()]).toEqual([0, '']);
		});

		// The lock: as a user who is not root (skipped where this process cannot become one).
		const asNobody =
			process.getuid?.() === 0 && spawnSync('runuser', ['-u', 'nobody', 'true']).status === 0;
		test.skipIf(!asNobody)('an install as a user who is not root: the lock file, errno 13', () => {
			const r = spawnSync(
				'runuser',
				['-u', 'nobody', '--', 'apt-get', 'install', '-y', 'no-such-package-ifg'],
				{
					encoding: 'utf8',
				},
			);
			expect(r.status).toBe(100);
			const line = r.stderr.split('\n')[0] ?? '';
			expect(line).toBe(
				'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)',
			);
			expect(JSON.stringify(loadEntries(['apt']).get('apt/100')?.causes)).toContain(line);
			// Lookup reads the errno in it, not APT's status.
			expect(foundIds(line)[0]).toBe('errno/13');
		});
	},
);

describe('lookup', () => {
	test.each([
		// Docker's classic builder and BuildKit, for a RUN line that ran apt-get (before: win32/100,
		// ERROR_TOO_MANY_SEMAPHORES).
		["The command '/bin/sh -c apt-get install -y curl' returned a non-zero code: 100", 'apt/100'],
		[
			'ERROR: failed to solve: process "/bin/sh -c apt-get update && apt-get install -y curl" did not complete successfully: exit code: 100',
			'apt/100',
		],
		['apt exit code 100', 'apt/100'],
		// apt's report of dpkg's failure is dpkg's status, not APT's.
		['E: Sub-process /usr/bin/dpkg returned an error code (1)', 'shell/1'],
	])('%s', (line, id) => {
		expect(foundIds(line)[0]).toBe(id);
	});

	test('100 without APT’s name stays Win32’s, and apt_pkg is another word', () => {
		for (const q of ['100', 'Error 100', 'exit code 100', 'apt_pkg error 100']) {
			expect(foundIds(q), q).not.toContain('apt/100');
			expect(foundIds(q)[0], q).toBe('win32/100');
		}
	});
});
