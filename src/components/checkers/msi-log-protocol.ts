// Messages between the MSI log page and its Web Worker. Everything crossing is plain data. The
// analysis itself is shared with the command-line tool (src/lib/checkers/msi-log-analysis.ts).
import type { LogEncoding } from '~/lib/checkers/decode';
import type { Analysis } from '~/lib/checkers/msi-log-analysis';

export type { Analysis, AttemptAnalysis } from '~/lib/checkers/msi-log-analysis';

/** `encoding`: the reader's choice on the page; absent = detect. */
export type ToWorker =
	{ type: 'file'; file: Blob; encoding?: LogEncoding } | { type: 'text'; text: string };

export type FromWorker =
	| { type: 'progress'; done: number; total: number }
	| { type: 'done'; result: Analysis }
	| { type: 'error'; message: string };
