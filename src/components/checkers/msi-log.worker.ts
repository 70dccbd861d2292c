// Reads a dropped log in 4 MB slices so a 200 MB file never sits in memory whole, and reports
// progress after each slice. Cancel = the page terminates this worker.
import { replacementShare } from '~/lib/checkers/decode';
import { ByteLogReader, MAX_LOG_BYTES } from '~/lib/checkers/log-reader';
import { MsiLogAnalyzer } from '~/lib/checkers/msi-log';
import { analysisOf } from '~/lib/checkers/msi-log-analysis';
import { compareReports } from '~/lib/checkers/msi-log-compare';
import type { LogEncoding } from '~/lib/checkers/decode';
import type { Analysis, FromWorker, ToWorker } from './msi-log-protocol';

const CHUNK = 4 << 20;
const post = (m: FromWorker) => postMessage(m);
async function readFile(file: Blob, encoding?: LogEncoding): Promise<Analysis> {
	if (file.size === 0) return { ok: false, reason: 'empty' };
	if (file.size > MAX_LOG_BYTES) return { ok: false, reason: 'too-big' };
	const reader = new ByteLogReader(encoding);
	for (let at = 0; at < file.size; at += CHUNK) {
		const bytes = new Uint8Array(await file.slice(at, at + CHUNK).arrayBuffer());
		if (!reader.push(bytes)) break;
		post({ type: 'progress', done: Math.min(file.size, at + CHUNK), total: file.size });
	}
	const r = reader.end();
	return r.ok ? analysisOf(r.report, r.encoding) : r;
}

function readText(text: string): Analysis {
	if (text.length === 0) return { ok: false, reason: 'empty' };
	const head = text.slice(0, 65536);
	// Pasted binary shows up as U+FFFD or many NULs; a few NULs are dropped by the analyzer.
	const nuls = head.length - head.replaceAll('\u0000', '').length;
	if (replacementShare(head) > 0.01 || nuls > head.length / 100)
		return { ok: false, reason: 'binary', format: 'unknown' };
	const analyzer = new MsiLogAnalyzer();
	for (let at = 0; at < text.length; at += CHUNK) {
		analyzer.feed(text.slice(at, at + CHUNK));
		post({ type: 'progress', done: Math.min(text.length, at + CHUNK), total: text.length });
	}
	return analysisOf(analyzer.end(), 'text');
}

/** The last attempt of each log, compared (the first log is the failing one, by convention). */
async function withComparison(first: Analysis, other: Blob | undefined): Promise<Analysis> {
	if (!other || !first.ok) return first;
	const second = await readFile(other);
	const a = first.attempts.at(-1)!.report;
	const b = second.ok ? second.attempts.at(-1)!.report : undefined;
	return {
		...first,
		comparison: b?.recognised ? compareReports(a, b) : { unreadable: true },
	};
}

addEventListener('message', (e: MessageEvent<ToWorker>) => {
	const msg = e.data;
	const run = (
		msg.type === 'file' ? readFile(msg.file, msg.encoding) : Promise.resolve(readText(msg.text))
	).then((first) => withComparison(first, msg.compare));
	run.then(
		(result) => post({ type: 'done', result }),
		(err: unknown) =>
			post({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
	);
});
