// Messages between the MSI log page and its Web Worker. Everything crossing is plain data.
import type { BinaryFormat, LogEncoding } from '~/lib/checkers/decode';
import type { MsiLogReport } from '~/lib/checkers/msi-log';
import type { LogComparison } from '~/lib/checkers/msi-log-compare';
import type { Hint, Summary } from '~/lib/checkers/msi-log-summary';

/**
 * `encoding`: the reader's choice on the page; absent = detect. `compare`: a log of a run that worked,
 * read after the first one (its encoding is always detected) and compared with its last attempt.
 */
export type ToWorker =
	| { type: 'file'; file: Blob; encoding?: LogEncoding; compare?: Blob }
	| { type: 'text'; text: string; compare?: Blob };

/** One attempt of a log (an /l*v+ file holds one per run), with its next steps in both shells. */
export interface AttemptAnalysis {
	report: MsiLogReport;
	summary: Summary;
	hints: { cmd: Hint[]; powershell: Hint[] };
}

export type Analysis =
	| {
			ok: true;
			encoding: LogEncoding | 'text';
			attempts: AttemptAnalysis[];
			total: number;
			/** Present when a second log was given: the comparison, or why that log could not be read. */
			comparison?: LogComparison | { unreadable: true };
	  }
	| { ok: false; reason: 'empty' | 'binary' | 'too-big' | 'encoding'; format?: BinaryFormat };

export type FromWorker =
	| { type: 'progress'; done: number; total: number }
	| { type: 'done'; result: Analysis }
	| { type: 'error'; message: string };
