// One attempt of a log: everything between two "=== logging started" headers (an /l*v+ file
// holds several). Every regular expression here is anchored or bounded: linear in the line.
import { burnLine, burnPrefix, failedPackage } from './msi-log-burn';
import { actionLine, displayedError, statusLine, type StatusKind } from './msi-log-lines';
import { hresultsIn, parseCommandLine, splitNoteArgs } from './msi-log-parse';
import {
	ELEVATION_PROPS,
	type Elevation,
	type ElevationProperty,
	type LogLine,
	type MsiError,
	type MsiLogReport,
	type NestedSession,
	type TimelineEntry,
	type Verdict,
} from './msi-log-report';
import { isStandardAction } from './msi-standard-actions';

const MAX_LINE = 600;
const MAX_LIST = 300;
const BEFORE = 14;
const AFTER = 6;
const CA_LINES = 20;
/** Actions kept in the timeline: a big product runs a few hundred; nested sessions add their own. */
export const MAX_TIMELINE = 3000;
/** Properties kept from the dump: a product rarely sets more than a few hundred. */
export const MAX_PROPERTIES = 3000;

const PREFIX = /^MSI \(([cs])\) \([0-9A-Fa-f]{1,4}[:!][0-9A-Fa-f]{1,4}\) \[[0-9:]{1,16}\]: /;
const DEBUG_ERROR = /DEBUG: Error (\d{4}):/;
const ERROR_CODE_IS = /The error code is (\d{4})\.(?: The arguments are: (.{0,4000}))?/;
const NOTE = /Note: 1: (\d{1,5})(.{0,4000})/;
const ENGINE = /^MainEngineThread is returning (\d{1,10})/;
const PROPERTY = /^Property\(([CSN])\): ([\w.]{1,200}) = (.{0,4000})/;
const PROPERTY_CHANGE =
	/^PROPERTY CHANGE: (?:Adding|Modifying) ([\w.]{1,200}) property\. Its (?:current )?value is '(.{0,4000})'/;
const CA_RETURNED = /CustomAction (\S{1,200}) returned actual error code (\d+)/;
const CA_IN_MESSAGE = /Action:? ([A-Za-z_][\w.]{0,200}), (?:location|entry|script error)/;
const PRODUCT_LINE = /^(?:Product|\S{1,12}): (.{1,300}?) -- /;
const PRODUCT_CODE = /Product Code from property table after transforms:\s*'(\{[0-9A-Fa-f-]+\})'/;
const EXECUTING_ACTION = /^Executing op: ActionStart\(Name=([A-Za-z_][\w.]{0,200}),/;
// "Error-looking" for the lines before a failure that happened before any action: English words
// and HRESULT-like numbers; bounded and unanchored only on literal alternatives (linear).
const SUSPECT = /\b(?:error|failed|failure|denied|cannot|unable)\b|-21474\d{5}|0x8[0-9A-Fa-f]{7}/i;

const clip = (s: string) => (s.length > MAX_LINE ? `${s.slice(0, MAX_LINE)}…` : s);

function emptyReport(firstLine: number): MsiLogReport {
	return {
		lines: 0,
		firstLine,
		truncated: true,
		recognised: false,
		product: {},
		errors: [],
		errorsTotal: 0,
		engineReturns: [],
		elevation: { clientLines: 0, serverLines: 0, properties: {}, verdict: 'unknown', evidence: [] },
		failedCustomActions: [],
		ignoredCustomActions: [],
		reboot: { requested: false, evidence: [] },
		context: [],
		outcome: 'unknown',
		perUser: false,
		languages: [],
		earlier: [],
		attempts: 1,
		timeline: [],
		properties: {},
	};
}

/** One attempt: everything between two "=== logging started" headers. */
export class Attempt {
	r: MsiLogReport;
	/** The last BEFORE lines, as a circular buffer (no shifting per line). */
	#ring: LogLine[] = [];
	#ringAt = 0;
	#after = 0;
	#suspectRing: LogLine[] | undefined;
	#suspectAfter = 0;
	#suspectContext: LogLine[] = [];
	#stopped = false;
	#original = false;
	#notes = 0;
	#actions = 0;
	#errorKeys = new Map<string, MsiError>();
	#started = new Map<string, string>();
	#props = new Map<string, string>();
	#serverDump = false;
	/** Custom actions running now (started, not ended), with their output so far. */
	#running = new Map<string, LogLine[]>();
	#executing: string | undefined;
	/** Open RemoveExistingProducts (or other nesting) window. */
	#nested: NestedSession | undefined;
	/** Set once something failed: later ActionStart ops belong to the rollback, not the failure. */
	#frozen = false;
	#nestedDone: NestedSession | undefined;
	#languages = new Set<string>();
	/** Timeline entries still open (started, not ended), by action name: the latest start wins. */
	#open = new Map<string, TimelineEntry>();
	/** The property dump, kept in a Map while reading (a property may be named __proto__). */
	#dump = new Map<string, string>();

	constructor(firstLine: number) {
		this.r = emptyReport(firstLine);
	}

	/** A run is over once it logged "logging stopped" or an exit code; a later header starts another. */
	get ended(): boolean {
		return this.#stopped || this.r.engineReturns.length > 0 || this.r.status !== undefined;
	}

	line(n: number, full: string): void {
		const line: LogLine = { n, text: clip(full) };
		const r = this.r;
		if (this.#ring.length < BEFORE) this.#ring.push(line);
		else this.#ring[this.#ringAt] = line;
		this.#ringAt = (this.#ringAt + 1) % BEFORE;
		if (this.#after > 0) {
			r.context.push(line);
			this.#after--;
		}
		if (this.#suspectAfter > 0) {
			this.#suspectContext.push(line);
			this.#suspectAfter--;
		}
		if (full.length === 0) return;
		for (const out of this.#running.values()) if (out.length < CA_LINES) out.push(line);

		if (full.charCodeAt(0) === 91 /* [ */) {
			const b = burnPrefix(full);
			if (b) {
				r.recognised = true;
				r.burn ??= { packages: [], errors: [] };
				burnLine(r.burn, b.level, b.body, n);
				if (b.level === 'e' && r.context.length === 0) this.#captureContext();
				return;
			}
		}
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
		this.#body(body, side, line);
	}

	#body(body: string, side: 'c' | 's' | '?', line: LogLine): void {
		const r = this.r;
		const c0 = body.charCodeAt(0);
		if (c0 === 80 /* P */ && body.startsWith('Property(')) {
			const p = PROPERTY.exec(body);
			if (p) this.#property(p[2]!, p[3]!, p[1]!, line);
			return;
		}
		if (c0 === 61 /* = */ && body.startsWith('=== ')) {
			r.recognised = true;
			if (/logging started/i.test(body)) r.header ??= clip(body);
			if (/logging stopped/i.test(body)) this.#stopped = true;
			return;
		}
		if (side === '?') {
			const a = actionLine(body);
			if (a) return this.#action(a.time, a.action, a.value, a.lang, line);
		}
		if (c0 === 69 /* E */ && body.startsWith('Executing op: ')) {
			// Script operations (FileCopy, RegAddValue …) are most of a big log and hold nothing else
			// we read: one startsWith and done.
			if (body.startsWith('ActionStart(', 14)) {
				const m = EXECUTING_ACTION.exec(body);
				if (m && !this.#frozen) this.#executing = m[1]!;
			}
			return;
		}
		if (body.includes('DEBUG: Error') || body.includes('The error code is'))
			this.#internal(body, line);
		else {
			const code = displayedError(body);
			if (code !== undefined) this.#displayed(code, body, line);
		}
		if (body.includes('Note: 1: ')) {
			const m = NOTE.exec(body);
			if (m) this.#addError(Number(m[1]), 'note', splitNoteArgs(m[2]!), line);
		}
		if (c0 === 77 /* M */ && body.startsWith('MainEngineThread')) {
			const m = ENGINE.exec(body);
			if (m) pushCapped(r.engineReturns, { side, code: Number(m[1]), ...line });
			return;
		}
		if (body.includes('Windows')) {
			const s = statusLine(body);
			if (s) return this.#status(s.code, s.kind, body, line);
		}
		if (body.startsWith('Command Line: ')) {
			// msiexec's own limit on a command line is 32767 characters.
			const raw = body.slice('Command Line: '.length, 'Command Line: '.length + 32767).trim();
			r.commandLine ??= { n: line.n, raw: clip(raw), properties: parseCommandLine(raw, 100) };
			return;
		}
		if (body.startsWith('PROPERTY CHANGE')) {
			const m = PROPERTY_CHANGE.exec(body);
			if (m) this.#property(m[1]!, m[2]!, side === 's' ? 'S' : 'C', line);
			return;
		}
		if (body.includes(' -- ')) {
			const m = PRODUCT_LINE.exec(body);
			if (m) {
				if (this.#nested) this.#nested.product ??= m[1]!;
				else if (body.startsWith('Product: ')) r.product.name ??= m[1]!;
			}
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
		if (body.includes('returned actual error code')) {
			const m = CA_RETURNED.exec(body);
			if (m && m[2] !== '0') {
				// msidbCustomActionTypeContinue: the engine ignores the code and carries on.
				if (body.includes('translated to success')) {
					pushCapped(r.ignoredCustomActions, { name: m[1]!, n: line.n, code: Number(m[2]) }, 50);
					// Its error is ignored: a later failure must not be blamed on it.
					if (this.#executing === m[1]) this.#executing = undefined;
				} else this.#customAction(m[1]!, line, Number(m[2]));
			}
			return;
		}
		if (
			body.includes('with elevated privileges') ||
			body.includes('with user privileges') ||
			body.startsWith('MSI_LUA: ') ||
			body.includes('UAC elevation tracks that of parent')
		) {
			pushCapped(r.elevation.evidence, line, 20);
			if (this.#nested) pushCapped(this.#nested.evidence, line, 5);
			return;
		}
		if (
			body.includes('requires a system restart') ||
			body.includes('Failed to grab execution mutex')
		) {
			if (body.includes('restart')) this.#reboot(line);
			else pushCapped(r.elevation.evidence, line, 20);
			return;
		}
		if (!this.#suspectRing && this.#actions === 0 && SUSPECT.test(body)) {
			this.#suspectRing = this.#recent();
			this.#suspectAfter = AFTER;
			r.suspect = { ...line, hresults: hresultsIn(body) };
		}
	}

	#action(
		time: string,
		action: string,
		value: number | undefined,
		lang: string | undefined,
		line: LogLine,
	): void {
		const r = this.r;
		r.recognised = true;
		if (lang) this.#languages.add(lang);
		this.#timeline(time, action, value, line.n);
		if (value === undefined) {
			this.#actions++;
			this.#started.set(action, time);
			if (action === 'ForceReboot' || action === 'ScheduleReboot') this.#reboot(line);
			if (!isStandardAction(action) && this.#running.size < 8) this.#running.set(action, []);
			if (action === 'RemoveExistingProducts' && !this.#nested && !r.firstFailure) {
				this.#nested = { elevation: 'unknown', evidence: [] };
			}
			return;
		}
		const output = this.#running.get(action);
		this.#running.delete(action);
		if (action === 'RemoveExistingProducts' && this.#nested) {
			const done = this.#nested;
			done.elevation = verdictFromLines(done.evidence);
			this.#nestedDone = done;
			this.#nested = undefined;
		}
		if (value !== 3) return;
		if (this.#nested) {
			// A failing action inside the nested session: remember it, report the outer action.
			this.#nested.action ??= action;
			return;
		}
		if (r.firstFailure) return;
		const started = this.#started.get(action);
		const nested = action === 'RemoveExistingProducts' ? this.#nestedDone : undefined;
		r.firstFailure = {
			action,
			n: line.n,
			time,
			...(started ? { started } : {}),
			...(nested ? { nested } : {}),
		};
		if (!isStandardAction(action)) this.#customAction(action, line, undefined, output);
		// A deferred custom action fails inside InstallFinalize/InstallExecute: name it too.
		else if (this.#executing && !isStandardAction(this.#executing))
			this.#customAction(this.#executing, line);
		this.#captureContext();
	}

	#timeline(time: string, action: string, value: number | undefined, n: number): void {
		const list = this.r.timeline;
		if (value === undefined) {
			if (list.length >= MAX_TIMELINE) return;
			const entry: TimelineEntry = { action, n, start: time };
			list.push(entry);
			this.#open.set(action, entry);
			return;
		}
		const open = this.#open.get(action);
		this.#open.delete(action);
		if (open) {
			open.endN = n;
			open.end = time;
			open.value = value;
			const seconds = secondsBetween(open.start!, time);
			if (seconds !== undefined) open.seconds = seconds;
		} else if (list.length < MAX_TIMELINE) list.push({ action, n, endN: n, end: time, value });
	}

	#status(code: number, kind: StatusKind | undefined, body: string, line: LogLine): void {
		const r = this.r;
		r.recognised = true;
		// indexOf, not a regex with several lazy groups: product names may hold anything.
		const field = (name: string, next: string) => {
			const at = body.indexOf(`${name}: `);
			if (at < 0) return undefined;
			const from = at + name.length + 2;
			const to = body.indexOf(`. ${next}`, from);
			return to < 0 ? undefined : body.slice(from, to);
		};
		const name = field('Product Name', 'Product Version');
		if (this.#nested) {
			this.#nested.status = code;
			if (name !== undefined) this.#nested.product ??= name;
			return;
		}
		r.status = { code, ...line, ...(kind ? { kind } : {}) };
		const p = r.product;
		const version = field('Product Version', 'Product Language');
		const manufacturer = field('Manufacturer', '');
		if (name !== undefined) p.name ??= name;
		if (version !== undefined) p.version ??= version;
		if (manufacturer !== undefined) p.manufacturer ??= manufacturer;
		if (code === 3010 || code === 1641) this.#reboot(line);
	}

	#internal(body: string, line: LogLine): void {
		let m = DEBUG_ERROR.exec(body);
		if (m) return this.#addError(Number(m[1]), 'internal', [], line);
		m = ERROR_CODE_IS.exec(body);
		if (m) {
			const split = m[2] ? m[2].split(',').map((a) => a.trim()) : [];
			// "The arguments are: , , " means none: fold it with the DEBUG line of the same code.
			const args = split.every((a) => a === '') ? [] : split;
			this.#addError(Number(m[1]), 'internal', args, line);
		}
	}

	#displayed(code: number, body: string, line: LogLine): void {
		this.#addError(code, 'error', [], line);
		if (code >= 1720 && code <= 1723) {
			const ca = CA_IN_MESSAGE.exec(body);
			if (ca) this.#customAction(ca[1]!, line);
		}
	}

	#addError(code: number, kind: MsiError['kind'], args: string[], line: LogLine): void {
		const r = this.r;
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
		if (kind !== 'note') this.#frozen = true;
		if (!r.firstFailure && kind !== 'note' && r.context.length === 0) this.#captureContext();
	}

	#property(name: string, value: string, side: string, line: LogLine): void {
		const r = this.r;
		const p = r.product;
		if (side === 'N') return; // a nested session's own dump
		if (side === 'S') this.#serverDump = true;
		const dump = this.#dump;
		if (dump.has(name) ? side === 'S' : dump.size < MAX_PROPERTIES) dump.set(name, clip(value));
		if (name === 'ProductName') p.name ??= value;
		else if (name === 'ProductVersion') p.version ??= value;
		else if (name === 'ProductCode') p.code ??= value;
		else if (name === 'Manufacturer') p.manufacturer ??= value;
		else if (name === 'ProductLanguage') p.language ??= value;
		else if (name === 'ReplacedInUseFiles') this.#reboot(line);
		else if (name === 'MsiLogFileLocation') r.logPath ??= clip(value);
		else if (name === 'UILevel' && /^\d{1,3}$/.test(value)) {
			// The client's view is what the user typed (/qn …); the server's is a fallback.
			if (side === 'C' || r.uiLevel === undefined) r.uiLevel = Number(value);
		} else if ((ELEVATION_PROPS as readonly string[]).includes(name)) {
			const props = r.elevation.properties;
			const key = name as ElevationProperty;
			// The server's (service's) view decides elevation; a client value is only a fallback.
			if (side === 'S' || props[key] === undefined) props[key] = value;
		}
		if (name === 'ALLUSERS' || name === 'MSIINSTALLPERUSER') {
			if (side === 'S' || !this.#props.has(name)) this.#props.set(name, value);
		}
	}

	#customAction(name: string, line: { n: number }, code?: number, output?: LogLine[]): void {
		this.#frozen = true;
		const list = this.r.failedCustomActions;
		const seen = list.find((c) => c.name === name);
		if (seen) {
			if (code !== undefined) seen.code ??= code;
			if (output && seen.lines.length === 0) seen.lines = output;
			return;
		}
		pushCapped(
			list,
			{ name, n: line.n, ...(code !== undefined ? { code } : {}), lines: output ?? [] },
			50,
		);
	}

	#reboot(line: LogLine): void {
		this.r.reboot.requested = true;
		pushCapped(this.r.reboot.evidence, line, 10);
	}

	/** The ring's lines, oldest first. */
	#recent(): LogLine[] {
		if (this.#ring.length < BEFORE) return [...this.#ring];
		return [...this.#ring.slice(this.#ringAt), ...this.#ring.slice(0, this.#ringAt)];
	}

	#captureContext(): void {
		this.r.context = this.#recent();
		this.#after = AFTER;
	}

	finish(lines: number): MsiLogReport {
		const r = this.r;
		r.lines = lines;
		// A plain object for the page and the JSON; fromEntries defines __proto__ as an own property.
		r.properties = Object.fromEntries(this.#dump);
		const last = r.engineReturns.at(-1);
		let exit = r.status?.code ?? last?.code;
		if (exit === undefined && r.burn) {
			// A bundle's result is an HRESULT: 0x80070643 is HRESULT_FROM_WIN32(1603).
			const hr = r.burn.result ?? failedPackage(r.burn)?.result;
			const value = hr ? Number.parseInt(hr.slice(2), 16) : NaN;
			if (value === 0) exit = 0;
			else if (value >>> 16 === 0x8007) exit = value & 0xffff;
			if (hr) this.#stopped = true;
		}
		if (exit !== undefined) r.exitCode = exit;
		r.truncated = !this.#stopped && exit === undefined;
		// A custom action that ran with its output still open when the log ended is not a failure.
		const ff = r.firstFailure;
		// Output of the failing custom actions that returned a code before the end line.
		for (const c of r.failedCustomActions) {
			const out = this.#running.get(c.name);
			if (out && c.lines.length === 0) c.lines = out;
		}
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
		const all = this.#props.get('ALLUSERS');
		r.perUser =
			(this.#serverDump && (all === undefined || all === '')) ||
			(all === '2' && this.#props.get('MSIINSTALLPERUSER') === '1');
		r.languages = [...this.#languages];
		if (r.outcome === 'success') {
			// Nothing failed: no "lines around the failure", no suspect line.
			r.context = [];
			delete r.suspect;
		} else if (this.#actions > 0 || !this.#suspectRing) delete r.suspect;
		else if (r.context.length === 0) r.context = [...this.#suspectRing, ...this.#suspectContext];
		return r;
	}
}

// "Running product … with elevated|user privileges" (the service), and for a nested session
// "MSI_LUA: Nested installation UAC elevation tracks that of parent (is|is not elevated)".
function verdictFromLines(lines: LogLine[]): Verdict {
	if (
		lines.some(
			(l) => l.text.includes('with elevated privileges') || l.text.includes('(is elevated)'),
		)
	)
		return 'elevated';
	if (
		lines.some(
			(l) => l.text.includes('with user privileges') || l.text.includes('(is not elevated)'),
		)
	)
		return 'not-elevated';
	return 'unknown';
}

function elevationVerdict(e: Elevation): Verdict {
	const p = e.properties;
	// Explicit values first: the service's own properties.
	if (p.MsiRunningElevated === '1' || p.Privileged === '1') return 'elevated';
	if (p.Privileged === '0' || p.MsiRunningElevated === '0') return 'not-elevated';
	const lines = verdictFromLines(e.evidence);
	if (lines !== 'unknown') return lines;
	// The property dump at the end lists every set property: Privileged missing there means unset.
	if (p.AdminUser !== undefined && p.Privileged === undefined) return 'not-elevated';
	return 'unknown';
}

/** Seconds from one "h:mm:ss" clock time to a later one; a smaller end time is past midnight. */
function secondsBetween(from: string, to: string): number | undefined {
	const sec = (t: string) => {
		const [h, m, s] = t.split(':').map(Number);
		return h! * 3600 + m! * 60 + s!;
	};
	const a = sec(from);
	const b = sec(to);
	if (!Number.isFinite(a) || !Number.isFinite(b)) return undefined;
	return b >= a ? b - a : b + 86400 - a;
}

function pushCapped<T>(list: T[], item: T, cap = MAX_LIST): void {
	if (list.length < cap) list.push(item);
}
