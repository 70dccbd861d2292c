// The MSI log checker's report: plain data (strings and numbers) that crosses to the page.
import type { BurnReport } from './msi-log-burn';
import type { StatusKind } from './msi-log-lines';

export interface LogLine {
	n: number;
	text: string;
}
export interface MsiError extends LogLine {
	code: number;
	/** 'error': "Error NNNN." lines; 'internal': "DEBUG: Error" / "The error code is"; 'note': "Note: 1: NNNN". */
	kind: 'error' | 'internal' | 'note';
	/** Arguments [2], [3], ... of the message as logged (Note lines and "The arguments are:"). */
	args: string[];
	/** How many identical lines were folded into this one. */
	count: number;
}
export interface EngineReturn extends LogLine {
	side: 'c' | 's' | '?';
	code: number;
}
export type Verdict = 'elevated' | 'not-elevated' | 'unknown';
/** A product removed or installed inside the outer session (RemoveExistingProducts, nested installs). */
export interface NestedSession {
	product?: string;
	/** The nested session's own failing action, when it logged one. */
	action?: string;
	status?: number;
	elevation: Verdict;
	evidence: LogLine[];
}
export interface FailedCustomAction {
	name: string;
	n: number;
	code?: number;
	/** The action's own output: lines logged between its start and its end (capped). */
	lines: LogLine[];
}
export interface MsiLogReport {
	lines: number;
	/** First line of this attempt (appended logs hold several). */
	firstLine: number;
	/** True when the log ends before both its closing "=== ... logging stopped" line and any exit code. */
	truncated: boolean;
	/** True when at least one line looked like Windows Installer output. */
	recognised: boolean;
	header?: string;
	packagePath?: string;
	product: {
		name?: string;
		version?: string;
		code?: string;
		manufacturer?: string;
		language?: string;
	};
	firstFailure?: {
		action: string;
		n: number;
		time?: string;
		started?: string;
		nested?: NestedSession;
	};
	errors: MsiError[];
	errorsTotal: number;
	engineReturns: EngineReturn[];
	status?: { code: number; n: number; text: string; kind?: StatusKind };
	exitCode?: number;
	elevation: Elevation;
	commandLine?: { n: number; raw: string; properties: Array<{ name: string; value: string }> };
	failedCustomActions: FailedCustomAction[];
	/** "returned actual error code N but will be translated to success": not failures. */
	ignoredCustomActions: Array<{ name: string; n: number; code: number }>;
	reboot: { requested: boolean; evidence: LogLine[] };
	context: LogLine[];
	outcome: 'success' | 'failure' | 'cancelled' | 'unknown';
	/** The error that best explains the failure: the first "Error NNNN" at or before the first failing action. */
	primary?: MsiError;
	/** When the install stopped before any action ran: the first line that looks like an error. */
	suspect?: LogLine & { hresults: string[] };
	/** Per-user install (ALLUSERS unset, or ALLUSERS=2 with MSIINSTALLPERUSER=1): elevation is not needed. */
	perUser: boolean;
	/** UILevel as the client saw it: 2 none (/qn), 3 basic (/qb), 4 reduced (/qr), 5 full. */
	uiLevel?: number;
	/** MsiLogFileLocation: where this log was written. */
	logPath?: string;
	/** Languages recognised from translated action lines ('en', 'zh-CN', …; empty when unknown). */
	languages: string[];
	/** Earlier attempts in the same file (/l*v+ appends), oldest first; only on the last report. */
	earlier: MsiLogReport[];
	/** How many attempts the file held, this one included (earlier ones beyond 20 are counted, not kept). */
	attempts: number;
	/** A WiX Burn bundle's log (setup.exe): its packages and their results. */
	burn?: BurnReport;
	/** Every action in order of its start, with its result and times (capped at MAX_TIMELINE). */
	timeline: TimelineEntry[];
	/** The property dump at the end of the log (server values win over client ones), capped. */
	properties: Record<string, string>;
}
/** One action of the log: when it started and ended (the log's clock, whole seconds) and its result. */
export interface TimelineEntry {
	action: string;
	/** Line of the start (or of the end line, when the start was not logged). */
	n: number;
	/** Line of the end, when logged. */
	endN?: number;
	start?: string;
	end?: string;
	/** 0 not run, 1 success, 2 cancelled, 3 fatal error, 4 suspended; absent when it never ended. */
	value?: number;
	/** end − start in seconds (across midnight too), when both were logged. */
	seconds?: number;
}
export interface Elevation {
	clientLines: number;
	serverLines: number;
	properties: Partial<Record<ElevationProperty, string>>;
	verdict: Verdict;
	evidence: LogLine[];
}

export const ELEVATION_PROPS = [
	'Privileged',
	'AdminUser',
	'MsiRunningElevated',
	'MsiUIContext',
] as const;
export type ElevationProperty = (typeof ELEVATION_PROPS)[number];
