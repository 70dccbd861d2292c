// Times the log checker on a file in Node, reading it in 4 MB chunks as the Web Worker does, side by
// side with the fastest thing a person could do by hand, `iconv -f UTF-16LE -t UTF-8 | grep -c`:
//   node scripts/bench-msi-log.mjs [file]      # default bench/.tmp/big-msi.log, made if missing
//   node scripts/bench-msi-log.mjs --lines     # 1 MB single lines, worst cases for the patterns
// `npm run bench -- --log` runs the same comparison and checks its budget (bench/budgets.json).
// The TypeScript library is bundled with esbuild (a dependency of Vite/Astro). Each analyzer run is a
// fresh Node process, as each dropped file gets a fresh worker; its time excludes Node's start-up and
// the bundling (the worker is already running), the grep time includes starting bash, iconv and grep.
import { spawnSync } from 'node:child_process';
import {
	closeSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	openSync,
	readSync,
	statSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const self = fileURLToPath(import.meta.url);
const root = resolve(dirname(self), '..');
/** The log the bench reads; bench/.tmp is ignored by git. */
export const BIG_LOG = join(root, 'bench', '.tmp', 'big-msi.log');
const MB = 1024 * 1024;

/**
 * Makes a UTF-16 LE log of `mb` megabytes (scripts/make-big-log.mjs) unless a full-size one is there.
 * @param {string} [file] @param {number} [mb]
 */
export function ensureBigLog(file = BIG_LOG, mb = 100) {
	if (existsSync(file) && statSync(file).size >= (mb - 1) * MB) return file;
	mkdirSync(dirname(file), { recursive: true });
	const made = spawnSync(
		process.execPath,
		[join(root, 'scripts', 'make-big-log.mjs'), file, String(mb)],
		{ stdio: 'inherit' },
	);
	if (made.status !== 0) throw new Error(`scripts/make-big-log.mjs failed for ${file}`);
	return file;
}

/** Bundles the reader and the analyzer into one ES module; returns its path. */
function bundle() {
	const outfile = join(mkdtempSync(join(tmpdir(), 'ifg-bench-')), 'checker.mjs');
	buildSync({
		stdin: {
			contents:
				"export { ByteLogReader } from './log-reader'; export { analyzeMsiLog } from './msi-log';",
			resolveDir: join(root, 'src', 'lib', 'checkers'),
			loader: 'ts',
		},
		bundle: true,
		format: 'esm',
		platform: 'node',
		outfile,
		logLevel: 'warning',
	});
	return outfile;
}

/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * The analyzer and `iconv | grep` on the same file, alternately `rounds` times; medians and their
 * ratio (grep's time over the analyzer's: 1 means as fast as grep, the budget asks for 1/3).
 * @param {string} file @param {number} [rounds]
 */
export function compareWithGrep(file, rounds = 3) {
	const checker = bundle();
	/** @type {number[]} */
	const analyzer = [];
	/** @type {number[]} */
	const grep = [];
	/** @type {Record<string, unknown>} */
	let found = {};
	let matches = NaN;
	for (let i = 0; i < rounds; i++) {
		const run = spawnSync(process.execPath, [self, '--analyze', checker, file], {
			encoding: 'utf8',
		});
		if (run.status !== 0) throw new Error(`analyzer run failed: ${run.stderr}`);
		found = JSON.parse(run.stdout);
		analyzer.push(Number(found.seconds));
		if (typeof found.encoding !== 'string') throw new Error(`${file} is not a text log`);
		// iconv knows every TextDecoder label the reader picks, in capitals (UTF-16LE, GB18030 …).
		const from = found.encoding.toUpperCase();
		const g0 = performance.now();
		const cmd = spawnSync(
			'bash',
			['-c', 'iconv -f "$1" -t UTF-8 "$2" | grep -c "Return value 3"', 'bash', from, file],
			{ encoding: 'utf8' },
		);
		grep.push((performance.now() - g0) / 1000);
		// grep -c exits 1 when it counts 0; anything on stderr is iconv failing.
		matches = Number(cmd.stdout.trim());
		if (cmd.stderr || !Number.isInteger(matches)) throw new Error(`iconv | grep: ${cmd.stderr}`);
	}
	const a = median(analyzer);
	const g = median(grep);
	return {
		// Relative to the repository: results and the committed baseline name no path of this machine.
		file: relative(root, file),
		megabytes: +(statSync(file).size / MB).toFixed(1),
		rounds,
		msiLogSeconds: +a.toFixed(2),
		grepSeconds: +g.toFixed(2),
		msiLogSpeedVsGrep: +(g / a).toFixed(2),
		grepMatches: matches,
		loadAverage: +(loadavg()[0] ?? NaN).toFixed(2),
		encoding: found.encoding,
		lines: found.lines,
		firstFailure: found.firstFailure,
		primary: found.primary,
		exitCode: found.exitCode,
		errors: found.errors,
		heapMB: found.heapMB,
	};
}

/**
 * One analyzer run in this process (the child side of compareWithGrep).
 * @param {string} checker @param {string} file
 */
async function analyzeOnce(checker, file) {
	const { ByteLogReader } = await import(checker);
	const start = performance.now();
	const fd = openSync(file, 'r');
	const reader = new ByteLogReader();
	const buf = new Uint8Array(4 * MB);
	for (;;) {
		const n = readSync(fd, buf, 0, buf.length, null);
		if (n === 0) break;
		if (!reader.push(buf.subarray(0, n))) break;
	}
	closeSync(fd);
	const result = reader.end();
	const ms = performance.now() - start;
	const r = result.ok ? result.report : result;
	return {
		seconds: +(ms / 1000).toFixed(3),
		encoding: result.ok ? result.encoding : undefined,
		lines: r.lines,
		firstFailure: r.firstFailure?.action,
		primary: r.primary?.code,
		exitCode: r.exitCode,
		errors: r.errorsTotal,
		heapMB: Math.round(process.memoryUsage().heapUsed / MB),
	};
}

/** Worst-case single lines for the patterns, each analysed five times: median milliseconds. */
async function lines() {
	const { analyzeMsiLog } = await import(bundle());
	const P = 'MSI (s) (1:2) [1:2:3:4]: ';
	/** @param {string} s @param {number} n */
	const rep = (s, n) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
	const M = 1_000_000;
	const cases = {
		'random text': Array.from({ length: M }, (_, i) =>
			String.fromCharCode(32 + ((i * 7919) % 95)),
		).join(''),
		'Note arguments': `${P}Note: 1: 1234${rep(' 2: x', M)}`,
		'status by shape': `${P}Windows Installer ${rep('. ', M)}: 1.`,
		'action line': `x 1:00:00: ${rep('a.', M)}`,
		'command line': `${P}Command Line: ${rep(' A=x', M)}`,
		'error words': `${P}Product: X${rep(' -- Error ', M)}`,
	};
	for (const [name, line] of Object.entries(cases)) {
		analyzeMsiLog(line);
		const times = [];
		for (let i = 0; i < 5; i++) {
			const t0 = performance.now();
			analyzeMsiLog(line);
			times.push(performance.now() - t0);
		}
		console.log(
			JSON.stringify({ line: name, chars: line.length, medianMs: +median(times).toFixed(1) }),
		);
	}
}

if (process.argv[1] === self) {
	const [arg, ...rest] = process.argv.slice(2);
	if (arg === '--analyze')
		console.log(JSON.stringify(await analyzeOnce(rest[0] ?? '', rest[1] ?? '')));
	else if (arg === '--lines') await lines();
	else {
		const file = arg ? resolve(arg) : ensureBigLog();
		console.log(JSON.stringify(compareWithGrep(file)));
	}
}
