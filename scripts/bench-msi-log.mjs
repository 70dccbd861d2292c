// Times the log checker on a file in Node, reading it in 4 MB chunks as the Web Worker does:
//   node scripts/make-big-log.mjs && node scripts/bench-msi-log.mjs /tmp/big-msi.log
// The TypeScript library is bundled on the fly with esbuild (a dependency of Vite/Astro).
import { openSync, readSync, closeSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const file = process.argv[2] ?? '/tmp/big-msi.log';
const outfile = join(mkdtempSync(join(tmpdir(), 'ifg-bench-')), 'checker.mjs');
buildSync({
	entryPoints: [new URL('../src/lib/checkers/log-reader.ts', import.meta.url).pathname],
	bundle: true,
	format: 'esm',
	platform: 'node',
	outfile,
	logLevel: 'warning',
});
const { ByteLogReader } = await import(outfile);

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
console.log(
	JSON.stringify({
		file,
		megabytes: +(total / 1048576).toFixed(1),
		seconds: +(ms / 1000).toFixed(2),
		encoding: result.ok ? result.encoding : undefined,
		lines: r.lines,
		firstFailure: r.firstFailure?.action,
		primary: r.primary?.code,
		exitCode: r.exitCode,
		errors: r.errorsTotal,
		heapMB: Math.round(process.memoryUsage().heapUsed / 1048576),
	}),
);
