// Messages between the MSI log page and its Web Worker. Everything crossing is plain data.
import type { BinaryFormat, LogEncoding } from '~/lib/checkers/decode';
import type { MsiLogReport } from '~/lib/checkers/msi-log';
import type { Hint, Summary } from '~/lib/checkers/msi-log-summary';

export type ToWorker = { type: 'file'; file: Blob } | { type: 'text'; text: string };

export type Analysis =
	| { ok: true; encoding: LogEncoding | 'text'; report: MsiLogReport; summary: Summary; hints: Hint[] }
	| { ok: false; reason: 'empty' | 'binary' | 'too-big' | 'encoding'; format?: BinaryFormat };

export type FromWorker =
	| { type: 'progress'; done: number; total: number }
	| { type: 'done'; result: Analysis }
	| { type: 'error'; message: string };
