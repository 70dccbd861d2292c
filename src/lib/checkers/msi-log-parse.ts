// Small parsers for parts of a log line: Note arguments, the logged command line, HRESULTs.
import { hexId } from '../errors/codes';
import { readNumber } from '../errors/lookup';

const HRESULT_DEC = /-2\d{9}/g;
const HRESULT_HEX = /0x8[0-9A-Fa-f]{7}/g;

/** Splits "2: a 3: b 4: c" (the tail of a Note line) into ['a', 'b', 'c']. */
export function splitNoteArgs(tail: string): string[] {
	const parts = tail.split(/ (?=\d{1,2}: )/).filter((p) => /^\d{1,2}: /.test(p));
	return parts.map((p) => p.replace(/^\d{1,2}: ?/, '').trim());
}

/**
 * Parses a logged "Command Line: A=1 B="x y" C=C:\Program Files\X" into name/value pairs. The log
 * keeps values as typed, so an unquoted value may contain spaces: it runs up to the next " NAME=".
 */
export function parseCommandLine(
	raw: string,
	limit = Infinity,
): Array<{ name: string; value: string }> {
	const out: Array<{ name: string; value: string }> = [];
	const key = /(?:^|\s)([A-Za-z_][\w.]*)=/g;
	let m = key.exec(raw);
	while (m && out.length < limit) {
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

/** A negative 32-bit number logged as decimal (e.g. -2147287035) as an HRESULT: 0x80030005. */
export function asHresult(arg: string): string | undefined {
	if (!/^-\d{1,10}$/.test(arg)) return undefined;
	const [value] = readNumber('-', arg.slice(1));
	return value === undefined ? undefined : hexId(value);
}

/** HRESULTs in a line, as 0x8XXXXXXX: decimal -2147024891 or hex 0x80070005. */
export function hresultsIn(body: string): string[] {
	const out = new Set<string>();
	const head = body.slice(0, 4000);
	for (const m of head.matchAll(HRESULT_DEC)) {
		const hex = asHresult(m[0]);
		if (hex) out.add(hex);
	}
	for (const m of head.matchAll(HRESULT_HEX)) out.add(`0x${m[0].slice(2).toUpperCase()}`);
	return [...out].slice(0, 4);
}
