// Entry of the packaged tool (packages/ifg/build.mjs bundles this file): the bundled data, the
// process's streams, argv and environment (its LANG), and the exit code. Nothing else touches
// `process`.
import data from 'virtual:ifg-resources';
import { run } from './main';
import type { Resources } from './types';

const io = {
	out: (text: string) => process.stdout.write(text),
	err: (text: string) => process.stderr.write(text),
};

run(process.argv.slice(2), io, data as Resources, process.env).then(
	(code) => {
		process.exitCode = code;
	},
	(e: unknown) => {
		// A bug, not bad input: say so plainly, with the stack for the report.
		process.stderr.write(
			`ifg: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
		);
		process.exitCode = 3;
	},
);
