// `npm test`: every check CI runs (README, "Tests"), in stages. Inside a stage, lanes that share no files
// run side by side, so both cores stay busy while single-threaded checks run (ESLint, Prettier, astro
// check); each lane's scripts run in order. The unit tests and the build each keep both cores busy
// (run side by side, they took as long as one after the other), and the end-to-end stages are sensitive
// to load, so those run alone. A failed lane lets the other lanes of its stage finish (one run reports
// every failure of the stage), then the run stops: no later stage starts, and the exit code is 1.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Stages of lanes of `npm run` scripts (package.json). */
const stages = [
	// ESLint and Prettier only read; astro check writes .astro/ (its `astro sync`), which tsc then reads.
	[['lint'], ['format:check'], ['check', 'typecheck']],
	[['test:unit']],
	[['build']],
	[['test:e2e']],
	[['test:e2e:extra']],
];

/** @param {string} script @returns {Promise<{ script: string, code: number, seconds: number }>} */
function run(script) {
	const started = Date.now();
	const child = spawn('npm', ['run', script], { stdio: ['ignore', 'pipe', 'pipe'] });
	for (const stream of [child.stdout, child.stderr])
		createInterface({ input: stream }).on('line', (line) => console.log(`[${script}] ${line}`));
	return new Promise((done) =>
		child.on('close', (code, signal) =>
			done({ script, code: code ?? (signal ? 1 : 0), seconds: (Date.now() - started) / 1000 }),
		),
	);
}

/** @param {string[]} lane */
async function runLane(lane) {
	const results = [];
	for (const script of lane) {
		const r = await run(script);
		results.push(r);
		if (r.code !== 0) break;
	}
	return results;
}

/** @type {{ script: string, code: number, seconds: number }[]} */
const summary = [];
let failed = false;
for (const [i, stage] of stages.entries()) {
	const started = Date.now();
	const results = (await Promise.all(stage.map(runLane))).flat();
	summary.push(...results);
	const seconds = Math.round((Date.now() - started) / 1000);
	console.log(
		`[test] stage ${i + 1}/${stages.length} (${stage.map((l) => l.join(' → ')).join(' | ')}): ${seconds} s`,
	);
	if (results.some((r) => r.code !== 0)) {
		failed = true;
		break;
	}
}
for (const r of summary)
	console.log(`[test] ${r.code === 0 ? 'ok  ' : 'FAIL'} ${r.script} (${Math.round(r.seconds)} s)`);
process.exitCode = failed ? 1 : 0;
