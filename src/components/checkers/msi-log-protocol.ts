// Messages between the MSI log page and its Web Worker. Everything crossing is plain data. The
// analysis itself is shared with the command-line tool (src/lib/checkers/msi-log-analysis.ts).
import type { LogEncoding } from '~/lib/checkers/decode';
import type { Analysis } from '~/lib/checkers/msi-log-analysis';

export type { Analysis, AttemptAnalysis } from '~/lib/checkers/msi-log-analysis';

/**
 * `encoding`: the reader's choice on the page; absent = detect. `compare`: a log of a run that worked,
 * read after the first one (its encoding is always detected) and compared with its last attempt.
 */
export type ToWorker =
	| { type: 'file'; file: Blob; encoding?: LogEncoding; compare?: Blob }
	| { type: 'text'; text: string; compare?: Blob };

export type FromWorker =
	| { type: 'progress'; done: number; total: number }
	| { type: 'done'; result: Analysis }
	| { type: 'error'; message: string };
