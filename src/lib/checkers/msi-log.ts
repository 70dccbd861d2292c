// Streaming reader of Windows Installer verbose logs (msiexec /l*v). Feed decoded text in chunks of
// any size; call end() for the report. Memory stays bounded: every list is capped and lines are
// clipped, so a 200 MB log costs no more than a small one. The report is plain data (strings and
// numbers) for the UI to render as text.
import { isStandardAction } from './msi-standard-actions';

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
export interface MsiLogReport {
	lines: number;
	/** True when the log ends before both its closing "=== ... logging stopped" line and any exit code. */
	truncated: boolean;
	/** True when at least one line looked like Windows Installer output. */
	recognised: boolean;
	header?: string;
	packagePath?: string;
	product: { name?: string; version?: string; code?: string; manufacturer?: string; language?: string };
	firstFailure?: { action: string; n: number; time?: string; started?: string };
	errors: MsiError[];
	errorsTotal: number;
	engineReturns: EngineReturn[];
	status?: { code: number; n: number; text: string };
	exitCode?: number;
	elevation: Elevation;
	commandLine?: { n: number; raw: string; properties: Array<{ name: string; value: string }> };
	failedCustomActions: Array<{ name: string; n: number; code?: number }>;
	reboot: { requested: boolean; evidence: LogLine[] };
	context: LogLine[];
	outcome: 'success' | 'failure' | 'cancelled' | 'unknown';
	/** The error that best explains the failure: the first "Error NNNN" at or before the first failing action. */
	primary?: MsiError;
}
export interface Elevation {
	clientLines: number;
	serverLines: number;
	properties: Partial<Record<ElevationProperty, string>>;
	verdict: 'elevated' | 'not-elevated' | 'unknown';
	evidence: LogLine[];
}
const ELEVATION_PROPS = ['Privileged', 'AdminUser', 'MsiRunningElevated', 'MsiUIContext'] as const;
type ElevationProperty = (typeof ELEVATION_PROPS)[number];

const MAX_LINE = 600;
const MAX_LIST = 300;
const BEFORE = 14;
const AFTER = 6;

const PREFIX = /^MSI \(([cs])\) \([0-9A-Fa-f]{1,4}[:!][0-9A-Fa-f]{1,4}\) \[[0-9:]+\]: /;
const ACTION_START = /^Action start (\d{1,2}:\d\d:\d\d): (.+)\.$/;
const ACTION_END = /^Action ended (\d{1,2}:\d\d:\d\d): (.+)\. Return value (\d+)\.$/;
const ERROR = /(?:^|: |-- )(?:Internal )?Error (\d{4})\. ?(.*)$/;
const DEBUG_ERROR = /DEBUG: Error (\d{4}):\s*(.*)$/;
const ERROR_CODE_IS = /The error code is (\d{4})\.(?: The arguments are: (.*))?/;
const NOTE = /Note: 1: (\d+)(.*)$/;
const ENGINE = /MainEngineThread is returning (\d+)/;
const STATUS = /Installation success or error status: (\d+)/;
const INSTALLED =
	/Windows Installer (?:installed|reconfigured|removed) the product\. Product Name: (.*?)\. Product Version: (.*?)\. Product Language: (\d*)\. Manufacturer: (.*?)\. Installation success/;
const PROPERTY = /^Property\(([CSN])\): (\w+) = (.*)$/;
const PROPERTY_CHANGE = /PROPERTY CHANGE: (?:Adding|Modifying) (\w+) property\. Its (?:current )?value is '(.*?)'/;
const CA_RETURNED = /CustomAction (\S+) returned actual error code (\d+)/;
const CA_IN_MESSAGE = /Action:? ([A-Za-z_][\w.]*), (?:location|entry|script error)/;
const PRODUCT_LINE = /^Product: (.+?) -- /;
const PRODUCT_CODE = /Product Code from property table after transforms:\s*'(\{[0-9A-Fa-f-]+\})'/;

/** Splits "2: a 3: b 4: c" (the tail of a Note line) into ['a', 'b', 'c']. */
export function splitNoteArgs(tail: string): string[] {
	const parts = tail.split(/ (?=\d{1,2}: )/).filter((p) => /^\d{1,2}: /.test(p));
	return parts.map((p) => p.replace(/^\d{1,2}: ?/, '').trim());
}

/**
 * Parses a logged "Command Line: A=1 B="x y" C=C:\Program Files\X" into name/value pairs. The log
 * keeps values as typed, so an unquoted value may contain spaces: it runs up to the next " NAME=".
 */
export function parseCommandLine(raw: string): Array<{ name: string; value: string }> {
	const out: Array<{ name: string; value: string }> = [];
	const key = /(?:^|\s)([A-Za-z_][\w.]*)=/g;
	let m = key.exec(raw);
	while (m) {
		const name = m[1]!;
		const from = m.index + m[0].length;
		let value: string;
		if (raw[from] === '"') {
			let i = from + 1;
			while (i < raw.length && !(raw[i] === '"' && raw[i + 1] !== '"')) i += raw[i] === '"' ? 2 : 1;
			value = raw.slice(from + 1, i).replace(/""/g, '"');
			key.lastIndex = i + 1;
			m = key.exec(raw);
		} else {
			m = key.exec(raw);
			value = raw.slice(from, m ? m.index : raw.length).trim();
		}
		out.push({ name, value });
	}
	return out;
}

const clip = (s: string) => (s.length > MAX_LINE ? `${s.slice(0, MAX_LINE)}…` : s);

export class MsiLogAnalyzer {
	#rest = '';
	#n = 0;
	#ring: LogLine[] = [];
	#after = 0;
	#stopped = false;
	#original = false;
	#notes = 0;
	#errorKeys = new Map<string, MsiError>();
	#started = new Map<string, string>();
	#r: MsiLogReport = {
		lines: 0,
		truncated: true,
		recognised: false,
		product: {},
		errors: [],
		errorsTotal: 0,
		engineReturns: [],
		elevation: { clientLines: 0, serverLines: 0, properties: {}, verdict: 'unknown', evidence: [] },
		failedCustomActions: [],
		reboot: { requested: false, evidence: [] },
		context: [],
		outcome: 'unknown',
	};

	feed(chunk: string): void {
		const text = this.#rest + chunk;
		let start = 0;
		for (;;) {
			const nl = text.indexOf('\n', start);
			if (nl < 0) break;
			this.#line(text.slice(start, nl));
			start = nl + 1;
		}
		this.#rest = text.slice(start);
		// A single line that never ends (binary junk decoded as text) must not grow without bound.
		if (this.#rest.length > 1 << 20) {
			this.#line(this.#rest);
			this.#rest = '';
		}
	}

	end(): MsiLogReport {
		if (this.#rest) this.#line(this.#rest);
		this.#rest = '';
		return this.#finish();
	}

	#line(raw: string): void {
		const n = ++this.#n;
		const full = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
		const line: LogLine = { n, text: clip(full) };
		const r = this.#r;
		this.#ring.push(line);
		if (this.#ring.length > BEFORE) this.#ring.shift();
		if (this.#after > 0) {
			r.context.push(line);
			this.#after--;
		}
		if (full.length === 0) return;

		let body = full;
		let side: 'c' | 's' | '?' = '?';
		if (full.startsWith('MSI (')) {
			const m = PREFIX.exec(full);
			if (m) {
				side = m[1] as 'c' | 's';
				body = full.slice(m[0].length);
				r.recognised = true;
				if (side === 'c') r.elevation.clientLines++;
				else r.elevation.serverLines++;
			}
		}
		const c0 = body.charCodeAt(0);

		if (c0 === 65 /* A */ && body.startsWith('Action ')) {
			r.recognised = true;
			const s = ACTION_START.exec(body);
			if (s) {
				this.#started.set(s[2]!, s[1]!);
				if (s[2] === 'ForceReboot' || s[2] === 'ScheduleReboot') this.#reboot(line);
				return;
			}
			const e = ACTION_END.exec(body);
			if (e && e[3] === '3' && !r.firstFailure) {
				const started = this.#started.get(e[2]!);
				r.firstFailure = { action: e[2]!, n, time: e[1]!, ...(started ? { started } : {}) };
				this.#captureContext();
			}
			return;
		}
		if (c0 === 80 /* P */ && body.startsWith('Property(')) {
			const p = PROPERTY.exec(body);
			if (p) this.#property(p[2]!, p[3]!, p[1] === 'S', line);
			return;
		}
		if (c0 === 61 /* = */ && body.startsWith('=== ')) {
			r.recognised = true;
			if (/logging started/i.test(body)) r.header ??= clip(body);
			if (/logging stopped/i.test(body)) this.#stopped = true;
			return;
		}

		if (body.includes('Error')) this.#errors(body, line);
		if (body.includes('Note: 1: ')) {
			const m = NOTE.exec(body);
			if (m) this.#addError(Number(m[1]), 'note', splitNoteArgs(m[2]!), line);
		}
		if (body.startsWith('MainEngineThread')) {
			const m = ENGINE.exec(body);
			if (m) pushCapped(r.engineReturns, { side, code: Number(m[1]), ...line });
			return;
		}
		if (body.includes('error status: ')) {
			const m = STATUS.exec(body);
			if (m) r.status = { code: Number(m[1]), ...line };
			const p = INSTALLED.exec(body);
			if (p) {
				r.product.name ??= p[1]!;
				r.product.version ??= p[2]!;
				if (p[3]) r.product.language ??= p[3];
				r.product.manufacturer ??= p[4]!;
			}
			if (m && (m[1] === '3010' || m[1] === '1641')) this.#reboot(line);
			return;
		}
		if (body.startsWith('Command Line: ')) {
			const raw = body.slice('Command Line: '.length).trim();
			r.commandLine ??= { n, raw: clip(raw), properties: parseCommandLine(raw).slice(0, 100) };
			return;
		}
		if (body.startsWith('PROPERTY CHANGE')) {
			const m = PROPERTY_CHANGE.exec(body);
			if (m) this.#property(m[1]!, m[2]!, side === 's', line);
			return;
		}
		if (body.startsWith('Product: ')) {
			const m = PRODUCT_LINE.exec(body);
			if (m) r.product.name ??= m[1]!;
		}
		if (body.startsWith('Original package ==> ')) {
			if (!this.#original) r.packagePath = clip(body.slice('Original package ==> '.length).trim());
			this.#original = true;
			return;
		}
		if (side === '?' && body.trimStart().startsWith('******* Product: ')) {
			// The RunEngine block names the package as given on the command line; a full path is
			// still worth having when the server never logged "Original package".
			const given = body.trimStart().slice('******* Product: '.length).trim();
			if (given.includes('\\') && !this.#original) r.packagePath ??= clip(given);
			return;
		}
		if (body.startsWith('Product Code from property table after')) {
			const m = PRODUCT_CODE.exec(body);
			if (m) r.product.code ??= m[1]!;
			return;
		}
		if (body.includes('CustomAction ') && body.includes('returned actual error code')) {
			const m = CA_RETURNED.exec(body);
			if (m && m[2] !== '0') this.#customAction(m[1]!, line, Number(m[2]));
			return;
		}
		if (
			body.includes('with elevated privileges') ||
			body.includes('with user privileges') ||
			body.startsWith('MSI_LUA: ')
		) {
			pushCapped(r.elevation.evidence, line, 20);
			return;
		}
		if (body.includes('requires a system restart') || body.includes('Failed to grab execution mutex')) {
			if (body.includes('restart')) this.#reboot(line);
			else pushCapped(r.elevation.evidence, line, 20);
		}
	}

	#errors(body: string, line: LogLine): void {
		let m = DEBUG_ERROR.exec(body);
		if (m) return this.#addError(Number(m[1]), 'internal', [], line);
		m = ERROR_CODE_IS.exec(body);
		if (m) {
			const split = m[2] ? m[2].split(',').map((a) => a.trim()) : [];
			// "The arguments are: , , " means none: fold it with the DEBUG line of the same code.
			const args = split.every((a) => a === '') ? [] : split;
			return this.#addError(Number(m[1]), 'internal', args, line);
		}
		m = ERROR.exec(body);
		if (m) {
			this.#addError(Number(m[1]), 'error', [], line);
			const ca = CA_IN_MESSAGE.exec(m[2]!);
			if (ca && Number(m[1]) >= 1720 && Number(m[1]) <= 1723) this.#customAction(ca[1]!, line);
		}
	}

	#addError(code: number, kind: MsiError['kind'], args: string[], line: LogLine): void {
		const r = this.#r;
		r.errorsTotal++;
		// The same message is often logged twice (server line and the "Product: X -- " echo) or
		// hundreds of times (Notes in loops): fold repeats of code + kind + arguments.
		const key = `${kind}|${code}|${args.join('\u0000')}`;
		const seen = this.#errorKeys.get(key);
		if (seen) {
			seen.count++;
			return;
		}
		const e: MsiError = { code, kind, args: args.map(clip), count: 1, ...line };
		// Notes have their own budget: thousands of harmless ones must not crowd out a real error.
		const note = kind === 'note';
		if ((note ? this.#notes : r.errors.length - this.#notes) < MAX_LIST) {
			if (note) this.#notes++;
			r.errors.push(e);
			this.#errorKeys.set(key, e);
		}
		if (!r.firstFailure && kind !== 'note' && r.context.length === 0) this.#captureContext();
	}

	#property(name: string, value: string, server: boolean, line: LogLine): void {
		const r = this.#r;
		const p = r.product;
		if (name === 'ProductName') p.name ??= value;
		else if (name === 'ProductVersion') p.version ??= value;
		else if (name === 'ProductCode') p.code ??= value;
		else if (name === 'Manufacturer') p.manufacturer ??= value;
		else if (name === 'ProductLanguage') p.language ??= value;
		else if (name === 'ReplacedInUseFiles') this.#reboot(line);
		else if ((ELEVATION_PROPS as readonly string[]).includes(name)) {
			const props = r.elevation.properties;
			const key = name as ElevationProperty;
			// The server's (service's) view decides elevation; a client value is only a fallback.
			if (server || props[key] === undefined) props[key] = value;
		}
	}

	#customAction(name: string, line: { n: number }, code?: number): void {
		const list = this.#r.failedCustomActions;
		const seen = list.find((c) => c.name === name);
		if (seen) {
			if (code !== undefined) seen.code ??= code;
			return;
		}
		pushCapped(list, { name, n: line.n, ...(code !== undefined ? { code } : {}) }, 50);
	}

	#reboot(line: LogLine): void {
		this.#r.reboot.requested = true;
		pushCapped(this.#r.reboot.evidence, line, 10);
	}

	#captureContext(): void {
		this.#r.context = [...this.#ring];
		this.#after = AFTER;
	}

	#finish(): MsiLogReport {
		const r = this.#r;
		r.lines = this.#n;
		const last = r.engineReturns.at(-1);
		const exit = r.status?.code ?? last?.code;
		if (exit !== undefined) r.exitCode = exit;
		r.truncated = !this.#stopped && exit === undefined;
		const ff = r.firstFailure;
		if (ff && !isStandardAction(ff.action)) this.#customAction(ff.action, ff);
		const real = r.errors.filter((e) => e.kind !== 'note' && e.code !== 1708);
		const primary = (ff ? real.find((e) => e.n <= ff.n) : undefined) ?? real[0];
		if (primary) r.primary = primary;
		r.outcome =
			exit === 0 || exit === 3010 || exit === 1641
				? 'success'
				: exit === 1602
					? 'cancelled'
					: exit !== undefined || ff
						? 'failure'
						: 'unknown';
		if (exit === 1641 || exit === 3010) r.reboot.requested = true;
		r.elevation.verdict = elevationVerdict(r.elevation);
		return r;
	}
}

function elevationVerdict(e: Elevation): Elevation['verdict'] {
	const p = e.properties;
	if (p.MsiRunningElevated === '1' || p.Privileged === '1') return 'elevated';
	if (e.evidence.some((l) => l.text.includes('with elevated privileges'))) return 'elevated';
	if (e.evidence.some((l) => l.text.includes('with user privileges'))) return 'not-elevated';
	// The property dump at the end lists every set property: Privileged missing there means unset.
	if (p.AdminUser !== undefined && p.Privileged === undefined) return 'not-elevated';
	return 'unknown';
}

function pushCapped<T>(list: T[], item: T, cap = MAX_LIST): void {
	if (list.length < cap) list.push(item);
}

/** Convenience for tests and small inputs. */
export function analyzeMsiLog(text: string): MsiLogReport {
	const a = new MsiLogAnalyzer();
	a.feed(text);
	return a.end();
}

/** A negative 32-bit number logged as decimal (e.g. -2147287035) as an HRESULT: 0x80030005. */
export function asHresult(arg: string): string | undefined {
	if (!/^-\d{1,10}$/.test(arg)) return undefined;
	const n = Number(arg);
	if (n < -0x80000000) return undefined;
	return `0x${(n >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
}
