// journalctl's time arguments (systemd 252): timestamps for --since/--until (systemd.time(7),
// "PARSING TIMESTAMPS"), time spans for relative times and --vacuum-time ("PARSING TIME SPANS"),
// and sizes for --vacuum-size (journalctl(1)). Each rule below was checked against journalctl 252;
// tests/unit/gen-journalctl.test.ts runs accepted and refused strings through it.

// Span units in the order systemd tries them: the first one the text starts with is taken, so
// "1min" is minutes and "1m" months only when written M. Case matters ("1D" is refused).
const UNITS: [string, bigint][] = (
	[
		['seconds', 1e6],
		['second', 1e6],
		['sec', 1e6],
		['s', 1e6],
		['minutes', 6e7],
		['minute', 6e7],
		['min', 6e7],
		['months', 2629800e6],
		['month', 2629800e6],
		['M', 2629800e6],
		['msec', 1e3],
		['ms', 1e3],
		['m', 6e7],
		['hours', 3600e6],
		['hour', 3600e6],
		['hr', 3600e6],
		['h', 3600e6],
		['days', 86400e6],
		['day', 86400e6],
		['d', 86400e6],
		['weeks', 604800e6],
		['week', 604800e6],
		['w', 604800e6],
		['years', 31557600e6],
		['year', 31557600e6],
		['y', 31557600e6],
		['usec', 1],
		['us', 1],
		['\u00b5s', 1],
		['\u03bcs', 1],
	] as const
).map(([u, n]) => [u, BigInt(n)]);

const USEC_INFINITY = 2n ** 64n - 1n;
const LLONG_MAX = 2n ** 63n - 1n;
/** journalctl refuses timestamps after 9999-12-30 23:59:59 UTC (formattable in every time zone). */
export const MAX_MS = Date.UTC(9999, 11, 30, 23, 59, 59);
const HOUR = 3_600_000;
const COMPONENT = /^\s*(\d*)(?:\.(\d+))?\s*/;

/** A time span in microseconds ("1h 30min", "1.5d", "30" = seconds), or null as journalctl refuses it. */
export function parseSpan(text: string): bigint | null {
	let rest = text;
	let total = 0n;
	let any = false;
	while (rest.trim() !== '') {
		const m = COMPONENT.exec(rest)!;
		if (m[1] === '' && m[2] === undefined) return null;
		const whole = BigInt(m[1] || '0');
		if (whole > LLONG_MAX) return null;
		rest = rest.slice(m[0].length);
		const unit = UNITS.find(([u]) => rest.startsWith(u));
		const mult = unit ? unit[1] : 1_000_000n;
		if (unit) rest = rest.slice(unit[0].length);
		else if (rest !== '' && !/^[\d.\s]/.test(rest)) return null;
		// systemd's parse_time: "if ((usec_t) l >= USEC_INFINITY / multiplier) return -ERANGE" — a
		// whole part at the integer quotient is refused although its product would still fit.
		if (whole >= USEC_INFINITY / mult) return null;
		let part = whole * mult;
		if (m[2]) part += (BigInt(m[2]) * mult) / 10n ** BigInt(m[2].length);
		total += part;
		if (total >= USEC_INFINITY) return null;
		any = true;
	}
	return any ? total : null;
}

/** A size in bytes ("500M", "1.5G", "1G 1M"; B K M G T P E, base 1024), or null as journalctl refuses it. */
export function parseSize(text: string): bigint | null {
	const SUFFIX = 'BKMGTPE';
	let rest = text;
	let total = 0n;
	let any = false;
	// Each further part needs a smaller unit than the one before ("1G 1M", not "1M 1G" or "22 73");
	// no suffix means bytes and ranks below B ("1B 5" is accepted).
	let last = SUFFIX.length;
	while (rest.trim() !== '') {
		const m = /^\s*(\d+)(?:\.(\d*))?\s*([BKMGTPE]?)/.exec(rest);
		if (!m) return null;
		const unit = Math.max(SUFFIX.indexOf(m[3]!), 0);
		const rank = m[3] ? unit : -1;
		if (rank >= last) return null;
		last = rank;
		const mult = 1024n ** BigInt(unit);
		let part = BigInt(m[1]!) * mult;
		if (m[2]) part += (BigInt(m[2]) * mult) / 10n ** BigInt(m[2].length);
		total += part;
		if (total > USEC_INFINITY) return null;
		rest = rest.slice(m[0].length);
		any = true;
	}
	return any ? total : null;
}

/**
 * How a time is anchored, which decides what can be compared without knowing the server's zone:
 * "instant" (UTC, epoch, or relative to now), "wall" (a local date and time), "today" (a local time
 * on the server's current date), "zoned" (a named time zone; not compared here).
 */
export type Anchor = 'instant' | 'wall' | 'today' | 'zoned';
export interface JournalTime {
	/** Milliseconds since the epoch, reading local times in this runtime's zone. */
	readonly ms: number;
	/** Wall-clock milliseconds as if UTC, for comparing two local times without a zone. */
	readonly naive: number;
	readonly anchor: Anchor;
	/** Accepted or refused depending on the server's time zone (within a day of the limits). */
	readonly zoneDependent: boolean;
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY_FULL = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DATE =
	/^(?:([A-Za-z]+) )?(\d{4}|\d{1,2})-(\d{1,2})-(\d{1,2})(?: (\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.\d+)?)?)?$/;
const CLOCK = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.\d+)?)?$/;

/** Is this an IANA time zone name the runtime knows (journalctl checks /usr/share/zoneinfo)? */
function isZone(name: string): boolean {
	if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return false;
	try {
		// ICU ignores case, the zoneinfo file names do not: Asia/Shanghai, not asia/shanghai.
		const resolved = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
		return resolved === name || resolved.toLowerCase() !== name.toLowerCase();
	} catch {
		return false;
	}
}

/** Full reading of a --since/--until value, or null when journalctl refuses it in every time zone. */
export function journalTime(input: string, now: Date = new Date()): JournalTime | null {
	const t = input;
	const instant = (ms: number): JournalTime | null =>
		ms < 0 || ms > MAX_MS ? null : { ms, naive: ms, anchor: 'instant', zoneDependent: false };
	if (t === 'now') return instant(now.getTime());
	if (t.startsWith('@')) {
		const s = parseSpan(t.slice(1));
		return s === null
			? null
			: {
					ms: Number(s / 1000n),
					naive: Number(s / 1000n),
					anchor: 'instant',
					zoneDependent: false,
				};
	}
	if (t.startsWith('+') || t.startsWith('-')) {
		const s = parseSpan(t.slice(1));
		return s === null ? null : instant(now.getTime() + (t[0] === '-' ? -1 : 1) * Number(s / 1000n));
	}
	const rel = /^(.*) (ago|left)$/.exec(t);
	if (rel) {
		const s = parseSpan(rel[1]!);
		return s === null
			? null
			: instant(now.getTime() + (rel[2] === 'ago' ? -1 : 1) * Number(s / 1000n));
	}
	// A trailing " UTC" (any case) or a time zone name.
	let zone: 'local' | 'utc' | 'named' = 'local';
	let body = t;
	const sp = t.lastIndexOf(' ');
	if (sp > 0) {
		const word = t.slice(sp + 1);
		if (word.toUpperCase() === 'UTC') zone = 'utc';
		else if (isZone(word)) zone = 'named';
		if (zone !== 'local') body = t.slice(0, sp);
	}
	let y: number,
		mo: number,
		d: number,
		h = 0,
		mi = 0,
		s = 0;
	let anchor: Anchor = 'wall';
	const days = ({ today: 0, yesterday: -1, tomorrow: 1 } as Record<string, number>)[body];
	const date = DATE.exec(body);
	const clock = CLOCK.exec(body);
	if (days !== undefined || clock) {
		anchor = 'today';
		const base =
			zone === 'utc'
				? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
				: now;
		[y, mo, d] =
			zone === 'utc'
				? [base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate() + (days ?? 0)]
				: [base.getFullYear(), base.getMonth() + 1, base.getDate() + (days ?? 0)];
		if (clock) [h, mi, s] = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
	} else if (date) {
		y = Number(date[2]);
		if (date[2]!.length <= 2) y += y < 69 ? 2000 : 1900;
		[mo, d] = [Number(date[3]), Number(date[4])];
		[h, mi, s] = [Number(date[5] ?? 0), Number(date[6] ?? 0), Number(date[7] ?? 0)];
		if (date[1]) {
			// The weekday must be the date's own (Fri 2012-11-23 is accepted, Mon 2012-11-23 is not).
			const wd = date[1].toLowerCase();
			const want = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
			if (WEEKDAYS[want] !== wd && WEEKDAY_FULL[want] !== wd) return null;
		}
	} else return null;
	// strptime's ranges (glibc's %S takes 0–61, for leap seconds); mktime then normalises overflow
	// (2024-02-30 is 2024-03-01, 00:00:61 is 00:01:01).
	if (mo < 1 || mo > 12 || d > 31 || (date && d < 1) || h > 23 || mi > 59 || s > 61) return null;
	const naive = Date.UTC(y, mo - 1, d, h, mi, s);
	// With UTC the instant is known exactly (today UTC is the current UTC date).
	if (zone === 'utc') return instant(naive);
	// The server's zone is unknown: offsets run from UTC−12 to UTC+14.
	if (naive + 12 * HOUR < 0 || naive - 14 * HOUR > MAX_MS) return null;
	const zoneDependent = naive - 14 * HOUR < 0 || naive + 12 * HOUR > MAX_MS;
	return {
		ms: new Date(y, mo - 1, d, h, mi, s).getTime(),
		naive,
		anchor: zone === 'named' ? 'zoned' : anchor,
		zoneDependent,
	};
}

/** Milliseconds journalctl would use for `text` (local times in this runtime's zone), or null if refused. */
export function parseJournalTime(input: string, now: Date = new Date()): number | null {
	// journalTime already applies journalctl's range where journalctl does: "@<span>" has none beyond
	// the 64-bit microsecond limit (systemd's parse_timestamp returns parse_sec's result for it as is).
	const r = journalTime(input, now);
	return r === null ? null : r.ms;
}

/** Whether --since a --until b is certainly refused ("--since= must be before --until="), zone-independently. */
export function certainlyAfter(a: JournalTime, b: JournalTime): boolean {
	if (a.anchor !== b.anchor || a.anchor === 'zoned') return false;
	return a.naive > b.naive;
}
