// Streaming reader of Windows Installer logs (msiexec /l*v, also /l* and /l*v+ appended logs). Feed
// decoded text in chunks of any size; call end() for the report. Memory stays bounded: every list is
// capped and lines are clipped, so a 200 MB log costs no more than a small one. The report is plain
// data (strings and numbers) for the UI to render as text. Language-independent line shapes live in
// msi-log-lines.ts; every regular expression here is anchored or bounded (linear in the line).
import { Attempt } from './msi-log-attempt';
import type { MsiLogReport } from './msi-log-report';

export type * from './msi-log-report';
export { asHresult, parseCommandLine, splitNoteArgs } from './msi-log-parse';

const MAX_ATTEMPTS = 20;
const MAX_RAW_LINE = 1 << 20;

export class MsiLogAnalyzer {
	#rest = '';
	#n = 0;
	/** Inside a line longer than MAX_RAW_LINE whose start was already analysed: skip to its end. */
	#skipping = false;
	#attempt = new Attempt(1);
	#earlier: MsiLogReport[] = [];
	#attempts = 1;

	feed(chunk: string): void {
		// The kept rest holds no LF, and no CR before its last character: search the new chunk only,
		// so a line that spans many chunks costs its length once, not once per chunk.
		const old = this.#rest;
		let nl = chunk.indexOf('\n');
		let start = 0;
		if (nl >= 0 && old) {
			const first = old + chunk.slice(0, nl);
			this.#raw(first, 0, first.length);
			start = nl + 1;
			nl = chunk.indexOf('\n', start);
		}
		for (; nl >= 0; nl = chunk.indexOf('\n', start)) {
			this.#raw(chunk, start, nl);
			start = nl + 1;
		}
		const fresh = start > 0 || !old;
		let rest = fresh ? chunk.slice(start) : old + chunk;
		// Lone CRs (old Mac line ends, or a log edited on one) are line breaks too. A CR at the very
		// end may be the first half of CRLF: keep it until the next chunk says.
		let cr = -1;
		if (fresh) cr = rest.length < 2 ? -1 : rest.lastIndexOf('\r', rest.length - 2);
		else if (chunk.length >= 2) {
			cr = chunk.lastIndexOf('\r', chunk.length - 2);
			if (cr >= 0) cr += old.length;
		}
		if (cr < 0 && !fresh && chunk.length > 0 && old.charCodeAt(old.length - 1) === 13) {
			cr = old.length - 1;
		}
		if (cr >= 0) {
			this.#raw(rest, 0, cr + 1);
			rest = rest.slice(cr + 1);
		}
		// A line that never ends (binary junk decoded as text) must not grow without bound: analyse
		// its first megabyte and skip the rest of it, counting it as one line.
		if (rest.length > MAX_RAW_LINE) {
			if (!this.#skipping) this.#line(rest);
			this.#skipping = true;
			rest = '';
		}
		this.#rest = rest;
	}

	end(): MsiLogReport {
		if (this.#rest || this.#skipping) this.#raw(this.#rest, 0, this.#rest.length);
		this.#rest = '';
		const last = this.#attempt.finish(this.#n);
		last.earlier = this.#earlier;
		last.attempts = this.#attempts;
		return last;
	}

	/** text[from, to) is one physical line up to LF (CR kept); split at lone CRs. */
	#raw(text: string, from: number, to: number): void {
		let end = to;
		if (end > from && text.charCodeAt(end - 1) === 13) end--;
		// Search for CR inside this line only: an indexOf on the whole chunk would cost a chunk per line.
		const line = text.slice(from, end);
		if (!line.includes('\r')) return this.#emit(line);
		for (const part of line.split('\r')) this.#emit(part);
	}

	#emit(line: string): void {
		if (this.#skipping) {
			// The tail of an over-long line: same line number, nothing new to learn.
			this.#skipping = false;
			return;
		}
		this.#line(line);
	}

	#line(raw: string): void {
		const n = ++this.#n;
		const full = raw.includes('\u0000') ? dropNuls(raw) : raw;
		// /l*v+ appends each run to the same file: a second header starts a new attempt.
		if (
			full.startsWith('=== ') &&
			/^=== (?:Verbose )?logging started/i.test(full) &&
			this.#attempt.ended
		) {
			const done = this.#attempt.finish(n - 1);
			if (this.#earlier.length >= MAX_ATTEMPTS) this.#earlier.shift();
			this.#earlier.push(done);
			this.#attempts++;
			this.#attempt = new Attempt(n);
		}
		this.#attempt.line(n, full);
	}
}

/**
 * NUL runs (a block zeroed by a crash or a preallocated file) and NULs at a line's edges are not
 * text: drop them so the line still parses. A single NUL inside a line is kept as written.
 */
function dropNuls(raw: string): string {
	let out = '';
	let from = 0;
	for (let i = 0; i < raw.length;) {
		if (raw.charCodeAt(i) !== 0) {
			i++;
			continue;
		}
		let j = i;
		while (j < raw.length && raw.charCodeAt(j) === 0) j++;
		if (j - i >= 2 || i === 0 || j === raw.length) {
			out += raw.slice(from, i);
			from = j;
		}
		i = j;
	}
	return out + raw.slice(from);
}

/** Convenience for tests and small inputs. */
export function analyzeMsiLog(text: string): MsiLogReport {
	const a = new MsiLogAnalyzer();
	a.feed(text);
	return a.end();
}
