// What a shell prints for a command a signal ended ("Segmentation fault", "段错误"): the signal
// entries' printed texts (src/content/errors/sources/signal-descriptions.tsv) and lookup's reading of
// them, checked against the programs that print them: this machine's glibc (sigdescr_np() through
// python3's ctypes, and its Chinese catalog libc.mo through python3's gettext) and bash itself, whose
// report of each job a signal ended is read back, in the C and the zh_CN locale. .ci/run installs
// locales (for localedef) and libc-l10n (libc.mo); bash and python3 are on every Debian machine.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { refOfEntry } from '~/lib/errors/codes';
import { buildIndex, lookup, type CodeIndex } from '~/lib/errors/lookup';
import type { ErrorEntry } from '~/lib/errors/schema';
import { loadEntries, tsv } from '../fixtures/errors/load';

let entries: Map<string, ErrorEntry>;
let index: CodeIndex;
let dir: string;
beforeAll(() => {
	entries = loadEntries();
	index = buildIndex([...entries.values()].map(refOfEntry));
	dir = mkdtempSync(join(tmpdir(), 'ifg-signals-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const found = (q: string) => {
	const r = lookup(index, q);
	return r.kind === 'found' ? r.matches : [];
};
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

describe('the printed texts are glibc’s', () => {
	test('the pinned table has every fatal signal, and the data carries its two texts as printed', () => {
		expect(table().map((r) => Number(r.number))).toEqual(fatal());
		for (const r of table()) {
			const e = entries.get(`signal/${r.number}`);
			expect(e?.names[0]?.name).toBe(r.signal);
			expect(e?.official.filter((o) => o.printed).map((o) => o.text)).toEqual([
				r.description,
				r.zh_CN,
			]);
		}
		// No other code has a printed text.
		const others = [...entries.values()].filter(
			(e) => e.family !== 'signal' && e.official.some((o) => o.printed),
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
	])('%s', (q, id) => {
		expect(ids(q)[0]).toBe(id);
	});

	test('the process ID before a report is no code', () => {
		// 2018 is a Win32 code (ERROR_ICM_NOT_ENABLED); here it is bash's process ID.
		expect(ids('bash: line 1:  2018 Segmentation fault      ./a.out')).toEqual(['signal/11']);
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
	])('%s', (q, want) => {
		expect(ids(q).filter((id) => id.startsWith('signal/'))).toEqual(want);
	});
});
