// The systemd-exit family (a service process's exit codes, systemd.exec(5)) and the signal family
// (signal(7)), checked against what we did not write: the programs that print these names. systemd's
// own `systemd-analyze exit-status` lists every exit status with the name systemctl status and the
// journal print ("status=203/EXEC"); bash's `kill -l N` names signal N as systemd prints it ("KILL").
// Both programs are on CI's machines (.ci/run installs systemd; bash is the shell it runs in).
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, test } from 'vitest';
import { idOf } from '~/lib/errors/codes';
import type { ErrorEntry } from '~/lib/errors/schema';
import { found, loadEntries, lookupSite, tsv } from '../fixtures/errors/load';

let entries: Map<string, ErrorEntry>;
const family = (f: string) => [...entries.values()].filter((e) => e.family === f);
beforeAll(() => {
	entries = loadEntries();
});
const ids = (q: string) => found(q).map((m) => m.id);

const analyze = (() => {
	try {
		return execFileSync('systemd-analyze', ['exit-status'], { encoding: 'utf8' });
	} catch {
		return undefined;
	}
})();

describe('systemd-exit', () => {
	test('every row of the pinned systemd.exec(5) table is an entry: symbolic name, shown name, text', () => {
		const rows = tsv('systemd-exit-codes.tsv');
		expect(rows.length).toBe(66);
		expect(family('systemd-exit').length).toBe(rows.length);
		for (const r of rows) {
			const e = entries.get(`systemd-exit/${r.code}`);
			expect(e?.names.map((n) => n.name)).toEqual([r.symbolic_name, r.shown_as]);
			expect(e?.official[0]?.text).toBe(r.description);
		}
	});

	// systemd 252's man page lists EXIT_BPF as 245, its program as 244 (exit-status.h counts 244): the
	// status line prints what the program says, so the entry is 244 and says where the page differs.
	test('EXIT_BPF is 244, as systemd prints it, with the man page’s 245 as a remark', () => {
		const e = entries.get('systemd-exit/244');
		expect(e?.names.map((n) => n.name)).toEqual(['EXIT_BPF', 'BPF']);
		expect(e?.official[0]?.remarks).toMatch(/245/);
		expect(entries.has('systemd-exit/245')).toBe(false);
	});

	test.skipIf(analyze === undefined)(
		'systemd-analyze exit-status lists exactly these codes, names and classes (255 EXCEPTION aside)',
		() => {
			const program = (analyze ?? '')
				.trim()
				.split('\n')
				.slice(1)
				.map((l) => l.trim().split(/\s+/))
				.map(([name, status, cls]) => `${status} ${name} ${cls}`);
			const ours = tsv('systemd-exit-codes.tsv').map((r) => `${r.code} ${r.shown_as} ${r.class}`);
			// 255 (EXCEPTION) has no row in systemd.exec(5), so no description to show: left out.
			expect(program.filter((l) => !l.startsWith('255 '))).toEqual(ours);
			expect(program.length).toBe(ours.length + 1);
		},
	);
	if (analyze === undefined)
		test('systemd-analyze is missing here: the oracle above was skipped (CI installs systemd)', () => {
			expect(process.env.CI, 'CI must run the systemd-analyze oracle').toBeFalsy();
		});
});

describe('signal', () => {
	test('one entry per number 1–31; synonyms are second names, the shown name follows the first', () => {
		const rows = tsv('signal-numbers.tsv');
		const list = family('signal');
		expect(list.map((e) => e.code)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
		for (const e of list) {
			const mine = rows.filter((r) => Number(r.number) === e.code);
			const [first, ...rest] = mine.map((r) => r.signal ?? '');
			expect(e.names.map((n) => n.name)).toEqual([first, first?.slice(3), ...rest]);
			// (What a shell prints for the signal follows: tests/unit/errors-data-signal-texts.test.ts.)
			expect(e.official.filter((o) => !o.printed).map((o) => o.text)).toEqual(
				mine.map((r) => r.comment),
			);
		}
		expect(entries.get('signal/6')?.names.map((n) => n.name)).toEqual([
			'SIGABRT',
			'ABRT',
			'SIGIOT',
		]);
	});

	test('bash’s kill -l names each number as the entry’s shown name', () => {
		const names = execFileSync('bash', ['-c', 'for i in $(seq 1 31); do kill -l $i; done'], {
			encoding: 'utf8',
		})
			.trim()
			.split('\n');
		expect(family('signal').map((e) => e.names[1]?.name)).toEqual(names);
	});
});

// Lines as people pasted them into issue threads (each cited), and what the lookup must answer.
describe('lookup reads systemd’s status lines', () => {
	test.each([
		// kyuupichan/electrumx#307
		[
			'Nov 04 00:20:04 ubuntu-1gb-fra1-01 systemd[1]: electrumx.service: Main process exited, code=exited, status=203/EXEC',
			['systemd-exit/203'],
		],
		// WebControlCNC/WebControl#184: the PID 2176 is not Win32 error 2176.
		[
			'  Process: 2176 ExecStart=/home/b0rgn1ne/webcontrol/webcontrol (code=exited, status=203/EXEC)\n Main PID: 2176 (code=exited, status=203/EXEC)',
			['systemd-exit/203'],
		],
		// shawn1m/overture#252
		[
			'overture.service: Failed at step EXEC spawning /root/overture/overture: Exec format error',
			['systemd-exit/203'],
		],
		// fatihak/InkyPi#428: signal 9, not exit code 9 (nor Win32 error 9).
		[
			'Nov 20 17:40:45 inky systemd[1]: inkypi.service: Main process exited, code=killed, status=9/KILL',
			['signal/9'],
		],
		// systemd/systemd#20118
		['Child 240 (bash) died (code=killed, status=15/TERM)', ['signal/15']],
		['Main PID: 1234 (code=killed, signal=TERM)', ['signal/15']],
		['Main PID: 812 (code=exited, status=1/FAILURE)', ['systemd-exit/1']],
		['code=exited, status=217/USER', ['systemd-exit/217']],
		['status=244/BPF', ['systemd-exit/244']],
		['status=64/USAGE', ['systemd-exit/64']],
		['EXIT_EXEC', ['systemd-exit/203']],
		['EX_CONFIG', ['systemd-exit/78']],
		['SIGSEGV', ['signal/11']],
		['sigkill', ['signal/9']],
		['SIGIOT', ['signal/6']],
	])('%s', (q, want) => {
		expect(ids(q)).toEqual(want);
	});

	test('a process ID is not a code', () => {
		for (const q of [
			'sshd[1603]: Accepted publickey',
			'Main PID: 1603 (code=exited, status=203/EXEC)',
			'Process: 1603 ExecStart=/usr/bin/foo',
			'Received SIGCHLD from PID 1603 (bash).',
			'Child 1603 (bash) died',
		])
			expect(
				ids(q).filter((id) => id.endsWith('/1603')),
				q,
			).toEqual([]);
		// The same number after other words is still a code.
		expect(ids('MainEngineThread is returning 1603')[0]).toBe('msiexec/1603');
	});

	test('a shown name is an ordinary word anywhere else', () => {
		for (const q of ['user', 'exec', 'KILL', 'memory', 'FAILURE', 'step user', 'signal=term'])
			expect(
				ids(q).filter((id) => /^(systemd-exit|signal)\//.test(id)),
				q,
			).toEqual([]);
	});

	test('a number written as systemd writes one (N/NAME) is read with its name only', () => {
		// 9 is not EXEC's number: neither systemd-exit/203 nor Win32's 9 (nothing else writes 9/EXEC).
		expect(lookupSite('status=9/EXEC').kind).toBe('unknown');
		// The other numbers of the line are still read.
		expect(ids('status=9/EXEC 0x80070005')).toEqual(['win32/5']);
	});

	test('a number with a systemd or signal word lists that family first', () => {
		expect(ids('systemd exit status 203')[0]).toBe('systemd-exit/203');
		expect(ids('killed by signal 9')[0]).toBe('signal/9');
		// Without one, a number is not read in these families: 3 is not EXIT_NOTIMPLEMENTED, 5 not SIGTRAP.
		expect(ids('203')).toEqual(['win32/203']);
		for (const q of ['3', 'Error 5', 'exit code 1'])
			expect(
				ids(q).filter((id) => /^(systemd-exit|signal)\//.test(id)),
				q,
			).toEqual([]);
	});

	test('every entry is found by each of its names where systemd prints it', () => {
		for (const e of [...family('systemd-exit'), ...family('signal')]) {
			const shown = e.names[1]?.name ?? '';
			expect(ids(`status=${e.code}/${shown}`), idOf(e)).toEqual([idOf(e)]);
			expect(ids(e.names[0]?.name ?? ''), idOf(e)).toContain(idOf(e));
		}
	});
});

// bash(1), EXIT STATUS: "When a command terminates on a fatal signal N, bash uses the value of 128+N as
// the exit status"; Docker, Kubernetes and CI runners pass that status on. The shells are the oracle.
describe('lookup reads a shell’s exit status 128 + N as signal N', () => {
	// The signals whose default action ends a process (signal(7): Term or Core), bar the two that a
	// non-interactive shell's background job ignores (SIGINT, SIGQUIT) and may inherit ignored.
	const fatal = () =>
		tsv('signal-numbers.tsv')
			.filter(
				(r) =>
					(r.action === 'Term' || r.action === 'Core') && !/^SIG(INT|QUIT)$/.test(r.signal ?? ''),
			)
			.map((r) => Number(r.number))
			.filter((n, i, all) => all.indexOf(n) === i);

	test.each(['bash', 'dash'])(
		'the status %s reports for a child ended by each fatal signal',
		(sh) => {
			const list = fatal();
			expect(list.length).toBeGreaterThan(15);
			// Each child is a real process (sleep) killed by the signal; the shell prints what wait returned.
			const script = `set -m; for i in ${list.join(' ')}; do sleep 30 & kill -$i $!; wait $!; echo $?; done`;
			const statuses = execFileSync(sh, ['-c', script], {
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
			})
				.trim()
				.split('\n')
				.map(Number);
			expect(statuses.length).toBe(list.length);
			list.forEach((n, i) => {
				const q = `Process completed with exit code ${statuses[i]}.`;
				const first = found(q)[0];
				expect(first?.id, q).toBe(`signal/${n}`);
				expect(first?.via, q).toBe('exit-status');
			});
		},
	);

	test('bash’s kill -l names the signal of every status 129–159 as the entry read from it', () => {
		const statuses = Array.from({ length: 31 }, (_, i) => 129 + i);
		const names = execFileSync(
			'bash',
			['-c', `for s in ${statuses.join(' ')}; do kill -l $s; done`],
			{
				encoding: 'utf8',
			},
		)
			.trim()
			.split('\n');
		const read = statuses.map((s) => {
			const m = found(`exit status ${s}`).find((x) => x.via === 'exit-status');
			return m?.entry.names[1];
		});
		expect(read).toEqual(names);
	});

	test.each([
		// mozilla/addons#5259
		['Exited with code 137', 'signal/9'],
		// kubernetes/kubernetes#122256 (kubectl describe pod)
		[
			'    Last State:     Terminated\n      Reason:       Error\n      Exit Code:    137',
			'signal/9',
		],
		// kubernetes/kubernetes#77806
		[
			'command terminated with non-zero exit code: Error executing in Docker Container: 137',
			'signal/9',
		],
		// mattshma/bigdata#118
		[
			'Exec lifecycle hook (xxx) for Container "xxxx" in Pod "xxx" failed - error: command \'xxxx\' exited with 137: , message: \'\'',
			'signal/9',
		],
		// kubernetes/minikube#4248
		['Process exited with status 137 from signal KILL', 'signal/9'],
		// skupperproject/skupper-router#1240, jackc/pgx#1934
		['Error: Process completed with exit code 143.', 'signal/15'],
		// RayWangQvQ/BiliBiliTool.Docs#3
		['Process completed with exit code 134.', 'signal/6'],
		// coderaiser/cloudcmd#440 (docker inspect)
		['State:{\nDead:false,\nError:"",\nExitCode:137,\nOOMKilled:false,', 'signal/9'],
		['退出代码 139', 'signal/11'],
	])('%s', (q, want) => {
		expect(ids(q)[0]).toBe(want);
		// The number as a code of its own is still offered, after it (Win32 has a 137 too).
		expect(ids(q)).toContain(`win32/${Number(/\d{3}/.exec(q)?.[0])}`);
	});

	test('without exit wording, or outside 129–159, or not decimal, a number is no signal', () => {
		for (const q of [
			'137',
			'Error 137',
			'error code 143',
			'exit code 128',
			'exit code 160',
			'exit code 8b',
			'exit code 0x89',
			'exit code 9',
		])
			expect(
				ids(q).filter((id) => id.startsWith('signal/')),
				q,
			).toEqual([]);
	});
});
