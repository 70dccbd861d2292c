// Differential property: the byte reader (sniff, streaming TextDecoder in pieces, line splitting
// across chunks) fed a file at arbitrary boundaries gives exactly the report of analysing the whole
// text at once. The logs are the real ones of tests/fixtures/logs, appended to each other as /l*v+
// does until they pass the reader's 64 KB head (below it, boundaries never reach the decoder), with
// random line ends and characters that take two code units (or four UTF-8 bytes). Cuts fall anywhere,
// and on purpose inside a code unit or UTF-8 sequence, between the halves of a surrogate pair and
// between CR and LF.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { LogEncoding } from '~/lib/checkers/decode';
import { ByteLogReader } from '~/lib/checkers/log-reader';
import { analyzeMsiLog } from '~/lib/checkers/msi-log';
import { RUNS } from './arbitraries';

const dir = new URL('../fixtures/logs/', import.meta.url);
// The UTF-8 fixtures (the two UTF-16 ones hold logs the UTF-8 ones already have).
const NAMES = [
	'another-install-1618.txt',
	'appended-2503-then-success.txt',
	'before-actions-1620.txt',
	'burn-0x80070643.txt',
	'custom-action.txt',
	'fail-2503.txt',
	'ignored-ca-success.txt',
	'nested-removal.txt',
	'per-user-custom-action.txt',
	'privileges-1925.txt',
	'removal-1926.txt',
	'source-absent-1706.txt',
	'success.txt',
	'truncated.txt',
	'uninstall-1730.txt',
	'zh-cn-wac-bindsslport.txt',
] as const;
const LINES = new Map(
	NAMES.map((n) => [n, readFileSync(new URL(n, dir), 'utf8').split(/\r?\n/)] as const),
);
/** Past the reader's 64 KB head in every encoding (UTF-8 of ASCII is one byte a character). */
const MIN_CHARS = 70_000;
/** Two surrogate pairs (an emoji, a CJK Extension B ideograph), BMP CJK, a two-byte Latin letter. */
const SPECIALS = ['\u{1F600}', '\u{20000}', '安装', 'é'] as const;
const ENDS = ['\r\n', '\n', '\r'] as const;

type Form = { encoding: 'utf-16le' | 'utf-16be' | 'utf-8'; bom: boolean };
const FORMS: Form[] = [
	{ encoding: 'utf-16le', bom: true },
	{ encoding: 'utf-16le', bom: false },
	{ encoding: 'utf-16be', bom: true },
	{ encoding: 'utf-8', bom: true },
	{ encoding: 'utf-8', bom: false },
];

/** The file's bytes, and the byte offsets where a cut is most likely to go wrong. */
function encode(text: string, form: Form) {
	const utf16 = form.encoding !== 'utf-8';
	const body = Buffer.from(text, utf16 ? 'utf16le' : 'utf8');
	if (form.encoding === 'utf-16be') body.swap16();
	const bom = !form.bom
		? []
		: utf16
			? form.encoding === 'utf-16le'
				? [0xff, 0xfe]
				: [0xfe, 0xff]
			: [0xef, 0xbb, 0xbf];
	const bytes = new Uint8Array(Buffer.concat([Buffer.from(bom), body]));
	const inside: number[] = [];
	const pair: number[] = [];
	const crlf: number[] = [];
	let at = bom.length;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const width = utf16 ? 2 : c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : 3;
		for (let k = 1; k < width; k++) inside.push(at + k);
		if (c >= 0xd800 && c < 0xdc00) pair.push(at + 2);
		if (c === 13 && text.charCodeAt(i + 1) === 10) crlf.push(at + (utf16 ? 2 : 1));
		at += width;
		// A pair is one four-byte sequence in UTF-8: its low half has no bytes of its own.
		if (!utf16 && width === 4) i++;
	}
	return { bytes, inside, pair, crlf };
}

/** What a log is made of; the text is built in the property, so a counterexample stays short. */
const logArb = fc.record({
	names: fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 }),
	ends: fc.array(fc.constantFrom(...ENDS), { minLength: 1, maxLength: 8 }),
	inserts: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 200 }), fc.constantFrom(...SPECIALS)), {
		maxLength: 40,
	}),
});

function logText({
	names,
	ends,
	inserts,
}: typeof logArb extends fc.Arbitrary<infer T> ? T : never) {
	const one = names.flatMap((n) => LINES.get(n)!);
	const lines: string[] = [];
	for (let chars = 0; chars < MIN_CHARS;) {
		for (const l of one) {
			lines.push(l);
			chars += l.length + 2;
		}
	}
	for (const [line, pos, s] of inserts) {
		const i = line % lines.length;
		const l = lines[i]!;
		let p = Math.min(pos, l.length);
		// Never between the halves of a pair inserted before.
		if (p > 0 && p < l.length && l.charCodeAt(p) >= 0xdc00 && l.charCodeAt(p) < 0xe000) p++;
		lines[i] = l.slice(0, p) + s + l.slice(p);
	}
	return lines.map((l, i) => l + ends[i % ends.length]!).join('');
}

const cutArb = fc.array(
	fc.tuple(fc.constantFrom('any', 'inside', 'pair', 'crlf' as const), fc.nat()),
	{ minLength: 1, maxLength: 30 },
);

test('property: chunk boundaries anywhere give the whole text’s report (UTF-16 LE/BE, UTF-8)', () => {
	fc.assert(
		fc.property(logArb, fc.constantFrom(...FORMS), cutArb, (log, form, picks) => {
			const text = logText(log);
			const { bytes, ...at } = encode(text, form);
			const cuts = picks
				.map(([kind, n]) => {
					const list = kind === 'any' ? undefined : at[kind];
					if (!list) return n % (bytes.length + 1);
					return list.length ? list[n % list.length]! : n % (bytes.length + 1);
				})
				.sort((a, b) => a - b);
			const reader = new ByteLogReader();
			let from = 0;
			for (const cut of [...cuts, bytes.length]) {
				reader.push(bytes.subarray(from, cut));
				from = cut;
			}
			const expected: { ok: true; encoding: LogEncoding; report: unknown } = {
				ok: true,
				encoding: form.encoding,
				report: analyzeMsiLog(text),
			};
			expect(reader.end()).toEqual(expected);
		}),
		// Each run reads a 70,000-character log twice: a hundredth of the suite’s run count.
		{ numRuns: Math.max(20, Math.round(RUNS / 100)) },
	);
});
