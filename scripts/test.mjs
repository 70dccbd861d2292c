// `npm test`: every check CI runs (README, "Tests"), in four stages. Inside a stage, lanes that share no
// files run side by side, so the machine's two cores stay busy while a single-threaded step (ESLint,
// astro check, the build) runs; each lane's scripts run in order. The timing-sensitive end-to-end stages
// run alone. A failed lane lets the other lanes of its stage finish (so one run reports every failure)
// and then stops: no later stage starts, and the exit code is 1.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Stages of lanes of `npm run` scripts (package.json). */
const stages = [
	// ESLint and Prettier only read; astro check writes .astro/ (its `astro sync`), which tsc then reads.
	[['lint'], ['format:check'], ['check', 'typecheck']],
	// The unit tests write only to the system's temporary folder, except what both render with Mermaid
	// (src/styles/mermaid-theme.generated.css and the diagram cache): scripts/mermaid.mjs writes those
	// whole or not at all, with the same content from either side. The build writes dist/ and .astro/.
	[['test:unit'], ['build']],
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
