// The subset of systemd.time(7) timestamps that journalctl --since/--until accept, checked against
// journalctl 252 (tests/unit/gen-journalctl.test.ts runs each accepted form through it).
const UNIT =
	'(?:usec|us|µs|msec|ms|seconds|second|sec|s|minutes|minute|min|months|month|M|m|hours|hour|hr|h|days|day|d|weeks|week|w|years|year|y)';
const SPAN = new RegExp(`^(?:\\d+(?:\\.\\d+)?\\s*${UNIT}\\s*)+$`);
const SECONDS: [RegExp, number][] = [
	[/^(usec|us|µs)$/, 1e-6], [/^(msec|ms)$/, 1e-3], [/^(seconds|second|sec|s)$/, 1],
	[/^(minutes|minute|min|m)$/, 60], [/^(hours|hour|hr|h)$/, 3600], [/^(days|day|d)$/, 86400],
	[/^(weeks|week|w)$/, 604800], [/^(months|month|M)$/, 2629800], [/^(years|year|y)$/, 31557600],
];

function spanSeconds(span: string): number {
	let total = 0;
	for (const m of span.matchAll(new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(${UNIT})`, 'g'))) {
		const unit = SECONDS.find(([re]) => re.test(m[2]!));
		total += Number(m[1]) * (unit ? unit[1] : 0);
	}
	return total;
}

const ABS = /^(\d{2}|\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?)?( UTC)?$/;
const CLOCK = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?( UTC)?$/;

/**
 * Milliseconds since the epoch that journalctl would use for `text` (local time unless " UTC"),
 * or null when the text is not a form we know journalctl accepts.
 */
export function parseJournalTime(input: string, now: Date = new Date()): number | null {
	const ms = parseAny(input.trim(), now);
	// journalctl refuses times before the epoch (e.g. -82y): "Failed to parse timestamp".
	return ms === null || ms < 0 || Number.isNaN(ms) ? null : ms;
}

function parseAny(t: string, now: Date): number | null {
	const midnight = (days: number) => {
		const d = new Date(now);
		d.setHours(0, 0, 0, 0);
		d.setDate(d.getDate() + days);
		return d.getTime();
	};
	if (t === 'now') return now.getTime();
	if (t === 'today') return midnight(0);
	if (t === 'yesterday') return midnight(-1);
	if (t === 'tomorrow') return midnight(1);
	if (/^@\d+(\.\d+)?$/.test(t)) return Number(t.slice(1)) * 1000;
	const rel = /^([+-])\s?(.+)$/.exec(t);
	if (rel && SPAN.test(rel[2]!)) return now.getTime() + (rel[1] === '-' ? -1 : 1) * spanSeconds(rel[2]!) * 1000;
	const word = /^(.+?)\s+(ago|left)$/.exec(t);
	if (word && SPAN.test(word[1]!)) return now.getTime() + (word[2] === 'ago' ? -1 : 1) * spanSeconds(word[1]!) * 1000;
	const a = ABS.exec(t);
	if (a) {
		let year = Number(a[1]);
		if (a[1]!.length === 2) year += year < 69 ? 2000 : 1900;
		return build(year, Number(a[2]), Number(a[3]), Number(a[4] ?? 0), Number(a[5] ?? 0), Number(a[6] ?? 0), !!a[7]);
	}
	const c = CLOCK.exec(t);
	if (c)
		return build(now.getFullYear(), now.getMonth() + 1, now.getDate(), Number(c[1]), Number(c[2]), Number(c[3] ?? 0), !!c[4], c[4] ? now : undefined);
	return null;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, utc: boolean, utcNow?: Date): number | null {
	if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
	if (d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
	if (y < 1970 || y > 9999) return null;
	if (utc) {
		if (utcNow) return Date.UTC(utcNow.getUTCFullYear(), utcNow.getUTCMonth(), utcNow.getUTCDate(), h, mi, s);
		return Date.UTC(y, mo - 1, d, h, mi, s);
	}
	return new Date(y, mo - 1, d, h, mi, s).getTime();
}
