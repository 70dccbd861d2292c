// Times the log checker on a file in Node, reading it in 4 MB chunks as the Web Worker does, and
// compares it with the fastest thing a person could do by hand (iconv | grep):
//   node scripts/make-big-log.mjs && node scripts/bench-msi-log.mjs /tmp/big-msi.log
//   node scripts/bench-msi-log.mjs --lines     # 1 MB single lines, worst cases for the patterns
// The TypeScript library is bundled on the fly with esbuild (a dependency of Vite/Astro).
import { spawnSync } from 'node:child_process';
import { openSync, readSync, closeSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const outfile = join(mkdtempSync(join(tmpdir(), 'ifg-bench-')), 'checker.mjs');
buildSync({
	stdin: {
		contents:
			"export { ByteLogReader } from './log-reader'; export { analyzeMsiLog } from './msi-log';",
		resolveDir: new URL('../src/lib/checkers/', import.meta.url).pathname,
		loader: 'ts',
	},
	bundle: true,
	format: 'esm',
	platform: 'node',
	outfile,
	logLevel: 'warning',
});
const { ByteLogReader, analyzeMsiLog } = await import(outfile);

if (process.argv[2] === '--lines') {
	const P = 'MSI (s) (1:2) [1:2:3:4]: ';
	/** @param {string} s @param {number} n */
	const rep = (s, n) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
	const MB = 1_000_000;
	const lines = {
		'random text': Array.from({ length: MB }, (_, i) =>
			String.fromCharCode(32 + ((i * 7919) % 95)),
		).join(''),
		'Note arguments': `${P}Note: 1: 1234${rep(' 2: x', MB)}`,
		'status by shape': `${P}Windows Installer ${rep('. ', MB)}: 1.`,
		'action line': `x 1:00:00: ${rep('a.', MB)}`,
		'command line': `${P}Command Line: ${rep(' A=x', MB)}`,
		'error words': `${P}Product: X${rep(' -- Error ', MB)}`,
	};
	for (const [name, line] of Object.entries(lines)) {
		analyzeMsiLog(line);
		const times = [];
		for (let i = 0; i < 5; i++) {
			const t0 = performance.now();
			analyzeMsiLog(line);
			times.push(performance.now() - t0);
		}
		times.sort((a, b) => a - b);
		console.log(
			JSON.stringify({ line: name, chars: line.length, medianMs: +(times[2] ?? NaN).toFixed(1) }),
		);
	}
	process.exit(0);
}

const file = process.argv[2] ?? '/tmp/big-msi.log';
const start = performance.now();
const fd = openSync(file, 'r');
const reader = new ByteLogReader();
const buf = new Uint8Array(4 << 20);
let total = 0;
for (;;) {
	const n = readSync(fd, buf, 0, buf.length, null);
	if (n === 0) break;
	total += n;
	if (!reader.push(buf.subarray(0, n))) break;
}
closeSync(fd);
const result = reader.end();
const ms = performance.now() - start;
const r = result.ok ? result.report : result;

// The baseline: decode and search for the failing action, nothing else.
const from = result.ok && result.encoding.startsWith('utf-16') ? 'UTF-16LE' : 'UTF-8';
const g0 = performance.now();
const grep = spawnSync(
	'sh',
	['-c', `iconv -f ${from} -t UTF-8 "$1" | grep -c 'Return value 3'`, 'sh', file],
	{ encoding: 'utf8' },
);
const grepMs = performance.now() - g0;

console.log(
	JSON.stringify({
		file,
		megabytes: +(total / 1048576).toFixed(1),
		seconds: +(ms / 1000).toFixed(2),
		megabytesPerSecond: +(total / 1048576 / (ms / 1000)).toFixed(1),
		grepSeconds: +(grepMs / 1000).toFixed(2),
		grepMatches: Number(grep.stdout.trim()),
		// ≥ 1/3 is the target: the analyzer does all of its work at a third of grep's speed or better.
		speedVsGrep: +(grepMs / ms).toFixed(2),
		encoding: result.ok ? result.encoding : undefined,
		lines: r.lines,
		firstFailure: r.firstFailure?.action,
		primary: r.primary?.code,
		exitCode: r.exitCode,
		errors: r.errorsTotal,
		heapMB: Math.round(process.memoryUsage().heapUsed / 1048576),
	}),
);
