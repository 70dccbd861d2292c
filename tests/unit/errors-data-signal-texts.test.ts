// What a shell prints for a command a signal ended ("Segmentation fault", "段错误", zsh's "killed",
// macOS's "Segmentation fault: 11"): the signal entries' printed texts
// (src/content/errors/sources/signal-descriptions.tsv, zsh-signal-messages.tsv and
// darwin-signal-texts.tsv) and lookup's reading of them, checked against the programs that print them:
// this machine's glibc (sigdescr_np() through python3's ctypes, and its Chinese catalog libc.mo through
// python3's gettext), bash itself, whose report of each job a signal ended is read back in the C and
// the zh_CN locale, and zsh, whose reports (interactive, on script(1)'s terminal) are read back too.
// .ci/run installs locales (for localedef), libc-l10n (libc.mo) and zsh; bash, python3 and script
// (bsdutils) are on every Debian machine. No macOS is at hand: its texts are checked against the rule
// of the Apple source they are pinned to, and read back as published reports print them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ErrorEntry } from '~/lib/errors/schema';
import { found, loadEntries, tsv } from '../fixtures/errors/load';

let entries: Map<string, ErrorEntry>;
let dir: string;
beforeAll(() => {
	entries = loadEntries();
	dir = mkdtempSync(join(tmpdir(), 'ifg-signals-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ids = (q: string) => found(q).map((m) => m.id);

/** The fatal signals (signal(7): default action Term or Core), one number each. */
const fatal = () => [
	...new Set(
		tsv('signal-numbers.tsv')
			.filter((r) => r.action === 'Term' || r.action === 'Core')
			.map((r) => Number(r.number)),
	),
];
const table = () => tsv('signal-descriptions.tsv');
const zshTable = () => tsv('zsh-signal-messages.tsv');
const darwinTable = () => tsv('darwin-signal-texts.tsv');
/** The Linux (x86/ARM) number of a signal name: signal-numbers.tsv. */
const linuxNumber = (name: string) =>
	tsv('signal-numbers.tsv').find((r) => r.signal === name)?.number;

describe('the printed texts are glibc’s', () => {
	test('the pinned table has every fatal signal, and the data carries its two texts as printed', () => {
		expect(table().map((r) => Number(r.number))).toEqual(fatal());
		for (const r of table()) {
			const e = entries.get(`signal/${r.number}`);
			expect(e?.names[0]?.name).toBe(r.signal);
			expect(e?.official.filter((o) => o.printed).map((o) => o.text)).toEqual([
				r.description,
				r.zh_CN,
				...zshTable()
					.filter((z) => z.number === r.number)
					.map((z) => z.message),
				...darwinTable()
					.filter((d) => linuxNumber(d.signal ?? '') === r.number)
					.map((d) => d.printed),
			]);
		}
		// No other code has a printed text, but OpenSSL's, read only after other programs' words
		// (families.ts printedAfter; errors-data-openssl.test.ts checks them).
		const others = [...entries.values()].filter(
			(e) => e.family !== 'signal' && e.family !== 'openssl' && e.official.some((o) => o.printed),
		);
		expect(others).toEqual([]);
	});

	test('glibc’s sigdescr_np() and its zh_CN catalog give the table’s texts', () => {
		const py = [
			'import ctypes, gettext, json, sys',
			"libc = ctypes.CDLL('libc.so.6')",
			'libc.sigdescr_np.restype = ctypes.c_char_p',
			"t = gettext.GNUTranslations(open('/usr/share/locale/zh_CN/LC_MESSAGES/libc.mo', 'rb'))",
			'out = []',
			'for n in json.loads(sys.argv[1]):',
			'    d = libc.sigdescr_np(n).decode()',
			'    out.append([n, d, t.gettext(d)])',
			'print(json.dumps(out, ensure_ascii=False))',
		].join('\n');
		const r = spawnSync('python3', ['-c', py, JSON.stringify(fatal())], { encoding: 'utf8' });
		expect(r.stderr).toBe('');
		const glibc = JSON.parse(r.stdout) as [number, string, string][];
		expect(glibc).toEqual(table().map((t) => [Number(t.number), t.description, t.zh_CN]));
	});
});

/**
 * bash's report of a job each signal ended, one line per signal: a child shell kills itself, and bash
 * (non-interactive: it reports all but SIGINT and SIGPIPE) prints the report on its standard error.
 * Core dumps on (into a temporary directory), so the signals that dump one print "(core dumped)"
 * where the machine writes cores.
 */
function reports(signals: number[], env: NodeJS.ProcessEnv): string[] {
	const script = `ulimit -c unlimited 2>/dev/null; for i in ${signals.join(' ')}; do sh -c 'kill -'$i' $$'; done`;
	const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], {
		cwd: dir,
		env,
		encoding: 'utf8',
	});
	return r.stderr.trimEnd().split('\n');
}
const reported = () => fatal().filter((n) => n !== 2 && n !== 13);

/** Every report bash prints in `env` holds the table's text in `column` and reads as its signal. */
function expectReadBack(env: NodeJS.ProcessEnv, column: 'description' | 'zh_CN') {
	const list = reported();
	const lines = reports(list, env);
	expect(lines.length).toBe(list.length);
	list.forEach((n, i) => {
		const line = lines[i] ?? '';
		expect(line).toContain(table().find((r) => Number(r.number) === n)?.[column] ?? '?');
		const first = found(line)[0];
		expect(first?.id, line).toBe(`signal/${n}`);
		expect(first?.via, line).toBe('phrase');
		// The process ID in the report is no code.
		expect(found(line).every((m) => m.via === 'phrase' || m.token.length < 3)).toBe(true);
	});
}

describe('bash’s report of a job a signal ended reads as that signal', () => {
	test('in the C locale', () => {
		expectReadBack({ PATH: process.env.PATH, LC_ALL: 'C' }, 'description');
	});

	test('in the zh_CN locale (built here with localedef)', () => {
		const locales = join(dir, 'locales');
		mkdirSync(locales, { recursive: true });
		const made = spawnSync(
			'localedef',
			['-i', 'zh_CN', '-f', 'UTF-8', join(locales, 'zh_CN.UTF-8')],
			{
				encoding: 'utf8',
			},
		);
		expect(made.status, `localedef: ${made.stderr}`).toBe(0);
		expectReadBack({ PATH: process.env.PATH, LOCPATH: locales, LC_ALL: 'zh_CN.UTF-8' }, 'zh_CN');
	});
});

/**
 * zsh's reports of jobs signals ended: an interactive zsh (it reports jobs only then) on script(1)'s
 * terminal runs `lines`; its output without the terminal's escapes, the report lines only.
 */
function zshReports(lines: string[]): string[] {
	const r = spawnSync('script', ['-qc', 'zsh -fi', '/dev/null'], {
		cwd: dir,
		input: ['ulimit -c 0', ...lines, 'exit'].join('\n') + '\n',
		env: { PATH: process.env.PATH, TERM: 'dumb', LC_ALL: 'C' },
		encoding: 'utf8',
	});
	expect(r.error).toBeUndefined();
	return r.stdout
		.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g'), '')
		.split(/\r?\n/)
		.map((l) => l.replace(/\r/g, ''))
		.filter((l) => /^(?:zsh: |\[\d+\] )/.test(l) && !/^\[\d+\] \d+$/.test(l));
}

describe('zsh’s report of a job a signal ended reads as that signal', () => {
	// A background job per fatal signal ("[1]  + killed     sh -c …"), then two in the long list form
	// ("[1]  + 20171 killed     sh -c …"), then a foreground one per signal zsh reports
	// ("zsh: killed     sh -c 'kill -9 $$'"; not SIGINT or SIGPIPE, as bash).
	let background: string[] = [];
	let long: string[] = [];
	let foreground: string[] = [];
	// The job tells through a FIFO when it runs (zsh's child between fork and exec may not yet die of
	// every signal), then the signal ends it; the command holds no number.
	const job = (n: number) => [
		"sh -c 'echo > ready; exec sleep infinity' &",
		`read < ready; kill -${n} %1; wait`,
	];
	beforeAll(() => {
		spawnSync('mkfifo', [join(dir, 'ready')]);
		background = zshReports(fatal().flatMap(job));
		long = zshReports(['setopt longlistjobs', ...[9, 11].flatMap(job)]);
		foreground = zshReports(reported().map((n) => `sh -c 'kill -${n} $$'`));
	});
	/** The message in a report: between zsh's prefix (and the process ID) and the command. */
	const messageOf = (line: string) =>
		/^(?:zsh: |\[\d+\] {2}[+-] (?:\d+ )?)(.*?) +sh -c/.exec(line)?.[1] ?? '?';
	const rowsOf = (n: number) => zshTable().filter((r) => Number(r.number) === n);

	test('zsh prints the table’s message for each signal (its name for SIGSTKFLT, which has none)', () => {
		expect(background.length).toBe(fatal().length);
		expect(foreground.length).toBe(reported().length);
		const printed = new Set<string>();
		fatal().forEach((n, i) => {
			const message = messageOf(background[i] ?? '');
			printed.add(`${n}\t${message}`);
			if (n === 16) expect(message).toBe('SIGSTKFLT');
			else expect(rowsOf(n).map((r) => r.message)).toContain(message);
		});
		reported().forEach((n, i) =>
			expect(printed).toContain(`${n}\t${messageOf(foreground[i] ?? '')}`),
		);
		// Every row is what this zsh prints, or the message of a number's other name, which a zsh built
		// with the other name first prints instead (one per number).
		for (const r of zshTable())
			if (!printed.has(`${r.number}\t${r.message}`))
				expect([...printed].filter((p) => p.startsWith(`${r.number}\t`))).toHaveLength(1);
	});

	test('each report reads as its signal first; the job number and the process ID are no codes', () => {
		const all = [
			...fatal().map((n, i) => [n, background[i] ?? ''] as const),
			...[9, 11].map((n, i) => [n, long[i] ?? ''] as const),
			...reported().map((n, i) => [n, foreground[i] ?? ''] as const),
		];
		expect(long.every((l) => /^\[1\] {2}\+ \d+ /.test(l))).toBe(true);
		for (const [n, line] of all) {
			// SIGSTKFLT has no message: zsh prints its name ("[1]  + SIGSTKFLT  sh -c …"), which is read
			// as a name among the line's other words and numbers.
			if (n === 16) {
				expect(found(line).find((m) => m.id === 'signal/16')?.via, line).toBe('name');
				continue;
			}
			const first = found(line)[0];
			expect(first?.id, line).toBe(`signal/${n}`);
			expect(first?.via, line).toBe('phrase');
		}
		// The background reports hold no other number than the job's and the process ID.
		for (const line of [...background, ...long].filter((l) => !l.includes('SIGSTKFLT')))
			expect(
				found(line).map((m) => m.via),
				line,
			).toEqual(['phrase']);
	});
});

describe('published reports', () => {
	test.each([
		['Segmentation fault (core dumped)', 'signal/11'],
		['segmentation fault', 'signal/11'],
		['Killed', 'signal/9'],
		// frcchang/zpar#12 (the title: a process ID, then bash's Chinese report)
		['2037 段错误 (核心已转储)', 'signal/11'],
		// tensorflower/seetaFace6Python#24, hit-computer/SC-LSTM#9
		['段错误 (核心已转储)', 'signal/11'],
		// YCG09/chinese_ocr#310
		['python:段错误（核心已转储）', 'signal/11'],
		// thunlp/Fast-TransX#36
		['段错误，核心已转储', 'signal/11'],
		// davidweidawang/MARL-UAVs-Targets-Tracking#7
		['运行main.py出现已放弃（核心已转储）问题', 'signal/6'],
		// beego/wetalk#32, golang/go#15537: Go's os/exec error (ProcessState.String)
		['go build github.com/astaxie/beego: signal: killed', 'signal/9'],
		[
			'go build github.com/gogo/protobuf/test: /home/gustav/go/pkg/tool/linux_amd64/compile: signal: killed',
			'signal/9',
		],
		['[1]+  Killed                  python train.py', 'signal/9'],
		['make: *** [Makefile:12: all] Segmentation fault (core dumped)', 'signal/11'],
		// zsh (macOS's shell): freecodexyz/free-code#29, hahwul/hwaro#782 (an invalid code signature)
		['zsh: killed     free-code /login', 'signal/9'],
		['% hwaro version\nzsh: killed hwaro version', 'signal/9'],
		// brunoleocam/ZPL2PDF#67, cortesi/modd#132: zsh's job report with the process ID
		['[1]    10169 killed     ./ZPL2PDF -help', 'signal/9'],
		['[1]    22082 killed     modd', 'signal/9'],
		// ggml-org/llama.cpp#3983 (title), a reverse-engineering write-up's AVX-512 binary
		['Can’t Quantize gguf files: zsh: illegal hardware instruction on M1 MacBook Pro', 'signal/4'],
		['Enter the flag: is_this_the_flag?\nzsh: illegal hardware instruction  ./sahuang', 'signal/4'],
		// zsh's SIGABRT after a failed assertion and after a Python check of the macOS version
		[
			'Assertion failed: (node_vec[9].int_value == 3), function main, file lab9.cpp, line 29.\nzsh: abort      ./lab9',
			'signal/6',
		],
		[
			'macOS 26 (2602) or later required, have instead 16 (1602) !\nzsh: abort      python3 main.py',
			'signal/6',
		],
	])('%s', (q, id) => {
		expect(ids(q)[0]).toBe(id);
	});

	test('the process ID before a report is no code', () => {
		// 2018 is a Win32 code (ERROR_ICM_NOT_ENABLED); here it is bash's process ID.
		expect(ids('bash: line 1:  2018 Segmentation fault      ./a.out')).toEqual(['signal/11']);
	});
});

// macOS's strsignal() (Apple's Libc, string/FreeBSD/strsignal.c) writes sys_siglist's text
// (gen/FreeBSD/siglist.c), ": " and the number, and macOS numbers signals its own way (signal(3),
// gen/FreeBSD/signal.3): "Bus error: 10" is SIGBUS, Linux's 7, not Linux's 10 (SIGUSR1).
describe('macOS’s texts', () => {
	test('the table follows strsignal()’s rule, for every signal macOS and Linux both end a process with', () => {
		const rows = darwinTable();
		// signal(3)'s fatal actions; SIGEMT (7) is macOS's only fatal signal Linux on x86/ARM lacks.
		expect(
			rows.every((r) => /^(?:terminate process|create core image)$/.test(r.action ?? '')),
		).toBe(true);
		expect(rows.map((r) => Number(r.number))).toEqual([
			1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 30, 31,
		]);
		const fatalNames = new Set(table().map((r) => r.signal));
		for (const r of rows) {
			expect(r.printed, r.signal).toBe(`${r.text}: ${r.number}`);
			expect(fatalNames.has(r.signal ?? ''), r.signal).toBe(true);
			const e = entries.get(`signal/${linuxNumber(r.signal ?? '')}`);
			const quoted = e?.official.filter((o) => o.text === r.printed) ?? [];
			expect(quoted, r.signal).toHaveLength(1);
			expect(quoted[0]?.printed).toBe(true);
			expect(quoted[0]?.source).toMatch(
				/^https:\/\/github\.com\/apple-oss-distributions\/Libc\/blob\/[0-9a-f]{40}\/string\/FreeBSD\/strsignal\.c$/,
			);
		}
		// Where the numbers differ, each text is on the page of the signal it names.
		expect(
			rows.filter((r) => linuxNumber(r.signal ?? '') !== r.number).map((r) => r.printed),
		).toEqual([
			'Bus error: 10',
			'Bad system call: 12',
			'User defined signal 1: 30',
			'User defined signal 2: 31',
		]);
	});

	test('each text reads as its signal, as macOS prints it and as people retype it, and its number is no code', () => {
		for (const r of darwinTable()) {
			const want = `signal/${linuxNumber(r.signal ?? '')}`;
			const text = r.text ?? '';
			const n = r.number ?? '';
			const forms = [
				r.printed ?? '',
				(r.printed ?? '').toLowerCase(),
				`${text}:${n}`,
				`${text} :${n}`,
				`/bin/sh: line 1: 4062 ${r.printed}  ./main -m model.bin`,
				`make: *** [spec] ${r.printed}`,
				`the program crashes with "${r.printed}" every time`,
				...(text.includes(' ') ? [`${text} ${n}`] : []),
			];
			for (const q of forms) {
				const m = found(q);
				expect(m[0]?.id, q).toBe(want);
				expect(m[0]?.via, q).toBe('phrase');
				// macOS's number is not read as a code of its own (nor bash's process ID).
				expect(
					m.filter((x) => x.via !== 'phrase').map((x) => x.id),
					q,
				).toEqual([]);
			}
		}
	});

	test.each([
		// mas-cli/mas#492, signal11/hidapi#330, red/red#2285 (in bold), ko-ichi-h/khcoder#86 (a title),
		// dosbox-staging/dosbox-staging#709
		['$mas search Xcode\nBus error: 10', 'signal/7'],
		['`mas` does not work at all, gives `Bus error:10`', 'signal/7'],
		['Consistent Bus error: 10', 'signal/7'],
		['**Bus error: 10**', 'signal/7'],
		['Bus error: 10で起動しない（Mac）', 'signal/7'],
		['returns the same "Bus Error: 10" as GP2.exe', 'signal/7'],
		// rudix-mac/rudix#104, crystal-lang/crystal#8086, ali-rantakari/trash#3, Sequel-Ace/Sequel-Ace#1962
		['bash-3.2$ rcs -i 0.txt\nAbort trap: 6', 'signal/6'],
		['  make: *** [spec] Abort trap: 6', 'signal/6'],
		[
			'the program crashes with the error message "Abort trap: 6" and exits with code 134.',
			'signal/6',
		],
		['Program Crashes Frequently - Namespace SIGNAL, Code 6 Abort trap: 6', 'signal/6'],
		// OSVR/OSVR-Core#347, ariok/TB_PeriscopePTR#1, Bipsync/VagrantBar#12, micronucleus/micronucleus#15
		['[OSVR Server] Loading auto-loadable plugins...\nSegmentation fault: 11', 'signal/11'],
		['Showing "Command failed due to Segmentation fault: 11."', 'signal/11'],
		['Segmentation Fault :11', 'signal/11'],
		['Get "segmentation Fault: 11" when started', 'signal/11'],
		['Segmentation Fault 11', 'signal/11'],
		// ggml-org/whisper.cpp#358 (bash's report on a macOS runner), factor/factor#848
		['4062 Illegal instruction: 4  ./main -m models/ggml-tiny.bin -f samples/jfk.wav', 'signal/4'],
		['Tetra:factor lukeworth$ ./factor\nIllegal instruction: 4', 'signal/4'],
		// samth/rackup#61, smartcontractkit/chainlink#6753, Siguza/ios-kern-utils#8 (an invalid code signature)
		['`rackup self-upgrade` failed with `Killed: 9` when running the new binary', 'signal/9'],
		['Fixes "Killed: 9" code-signing crash on MacOS', 'signal/9'],
		['Killed:9', 'signal/9'],
	])('%s', (q, id) => {
		expect(ids(q)[0]).toBe(id);
	});

	test.each([
		// Not macOS's number for the text, or inside a longer word or number.
		['Segmentation fault: 110', 'signal/11'],
		['XKilled: 9', 'signal/9'],
		['Bus error: 7', 'signal/7'],
		// A one-word text with a number after a space is a sentence ("Killed 9 processes").
		['Killed 9 processes', 'signal/9'],
		['Terminated 15 jobs', 'signal/15'],
		// SIGEMT, macOS's 7, has no Linux number: its text is not read as SIGBUS, Linux's 7.
		['EMT trap: 7', 'signal/7'],
	])('%s is not read as macOS’s report', (q, id) => {
		expect(found(q).some((m) => m.via === 'phrase' && m.id === id)).toBe(false);
	});
});

// Python's subprocess reports a child a signal ended with the negative signal number (Popen.returncode:
// "-N indicates that the child was terminated by signal N"), and programs built on it print that
// (torchrun's "failed (exitcode: -9)"). python3 is the oracle of the number.
describe('a negative exit code is the signal that ended the child', () => {
	test('python3’s returncode for each fatal signal, in the lines programs print it in, reads as that signal', () => {
		const numbers = fatal().filter((n) => n !== 1);
		const py = [
			'import json, subprocess, sys',
			'print(json.dumps([subprocess.run(["sh", "-c", f"kill -{n} $$"]).returncode',
			'                  for n in json.loads(sys.argv[1])]))',
		].join('\n');
		const r = spawnSync('python3', ['-c', py, JSON.stringify(numbers)], { encoding: 'utf8' });
		expect(r.stderr).toBe('');
		const codes = JSON.parse(r.stdout) as number[];
		expect(codes).toEqual(numbers.map((n) => -n));
		numbers.forEach((n, i) => {
			const rc = codes[i];
			for (const q of [
				// torch/distributed/elastic's line (as published in the threads below)
				`ERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: ${rc}) local_rank: 0 (pid: 2875) of binary: /usr/bin/python3`,
				`  exitcode  : ${rc} (pid: 2875)`,
				`subprocess.CalledProcessError: Command 'make' returned non-zero exit status ${rc}.`,
				`Process exited with code ${rc}`,
			]) {
				const m = found(q);
				expect(m[0]?.id, q).toBe(`signal/${n}`);
				expect(m[0]?.via, q).toBe('exit-signal');
			}
		});
	});

	test.each([
		// hpcaitech/ColossalAI#3514, meta-llama/llama#706, AkariAsai/self-rag#83 (out of memory: SIGKILL)
		[
			'ERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: -9) local_rank: 3 (pid: 812917) of binary: /data/chenhao/anaconda3/envs/ColossalAI-Chat/bin/python',
			'signal/9',
		],
		[
			'torch.distributed.elastic.multiprocessing.api: [ERROR] failed (exitcode: -9) local_rank: 0 (pid: 14447) of binary:',
			'signal/9',
		],
		// hiyouga/LlamaFactory#767 (a title, in Chinese), NVIDIA/Megatron-LM#1880
		[
			'ERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: -7) 这个错误是因为什么',
			'signal/7',
		],
		[
			'E1223 05:18:02.971000 3304089 site-packages/torch/distributed/elastic/multiprocessing/api.py:882] failed (exitcode: -11) local_rank: 0 (pid: 3304209) of binary: /root/miniconda',
			'signal/11',
		],
		// coin-or/Cbc#345
		['cbc spuriously fails with exit code -9', 'signal/9'],
	])('%s', (q, id) => {
		expect(ids(q)[0]).toBe(id);
	});

	test.each([
		// -1 is the failure value of countless programs, not SIGHUP; a negative number without exit words,
		// or one that is no signal's, is no signal either.
		'exit code -1',
		'Process finished with exit code -1',
		'-9',
		'error -9',
		'exit code -1073741819',
		'exit code -100',
	])('%s is no signal', (q) => {
		expect(ids(q).filter((id) => id.startsWith('signal/'))).toEqual([]);
	});
});

describe('where a description is only a word', () => {
	test.each([
		// kubectl describe pod: a container's state, then its exit code (kubernetes/kubernetes#122256)
		[
			'    Last State:     Terminated\n      Reason:       Error\n      Exit Code:    137',
			['signal/9'],
		],
		// bash's "Exit 1" in Chinese: 退出 is also SIGQUIT's description
		['[1]+  退出 1                  ./install.sh', []],
		['退出代码 139', ['signal/11']],
		['The installer was terminated', []],
		['Installation aborted.', []],
		['Quit the installer and retry', []],
		['I got Segmentation fault when installing', []],
		['OOMKilled (core dumped)', []],
		// zsh's lower-case texts are read after zsh's own prefixes only
		['Process 1234 killed', []],
		['[INFO] terminated workers', []],
		['the job was killed\nkilled\nretry', []],
		['zsh: command not found: msiexec', []],
	])('%s', (q, want) => {
		expect(ids(q).filter((id) => id.startsWith('signal/'))).toEqual(want);
	});
});
