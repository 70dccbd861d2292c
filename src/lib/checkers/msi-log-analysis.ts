// A log's full analysis as the MSI log page shows it and `ifg log --json` prints it: every attempt of
// the file (an /l*v+ log holds one per run) with its summary and its next steps in both shells. One
// function for both, so the page and the command-line tool cannot reach different verdicts.
import type { BinaryFormat, LogEncoding } from './decode';
import type { MsiLogReport } from './msi-log';
import type { LogComparison } from './msi-log-compare';
import { type Hint, hints, type Summary, summarize } from './msi-log-summary';

/** One attempt of a log, with its next steps in both shells. */
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

const attempt = (report: MsiLogReport): AttemptAnalysis => ({
	report,
	summary: summarize(report),
	hints: { cmd: hints(report, 'cmd'), powershell: hints(report, 'powershell') },
});

/** Every attempt analysed on its own, oldest first; the page and the tool show the last first. */
export function analysisOf(
	last: MsiLogReport,
	encoding: LogEncoding | 'text',
): Extract<Analysis, { ok: true }> {
	const attempts = [...last.earlier.map(attempt), attempt({ ...last, earlier: [] })];
	return { ok: true, encoding, attempts, total: last.attempts };
}
