// Windows Setup's extend codes ("0xC1900101 - 0x4000D"): the tables of src/lib/errors/extend.ts
// against an independent transcription of Learn's page (upgrade-extend-codes.tsv), and lookup reading
// them after a result code as Learn's own pages and published reports write them.
import { describe, expect, test } from 'vitest';
import { extendAfter, OPERATIONS, PHASES, readExtend } from '~/lib/errors/extend';
import type { LookupResult } from '~/lib/errors/lookup';
import type { IndexedCode } from '~/lib/errors/lookup-index';
import { answerFrom } from '~/lib/search/answer';
import { lookupSite, tsv } from '../fixtures/errors/load';

describe('the tables', () => {
	test("match Learn's tables, row by row", () => {
		const rows = tsv('upgrade-extend-codes.tsv');
		const of = (kind: string) =>
			rows.filter((r) => r.kind === kind).map((r) => [parseInt(r.hex ?? '', 16), r.name]);
		expect(of('phase')).toEqual(PHASES.map((p, i) => [i, `SP_EXECUTION_${p}`]));
		expect(of('operation')).toEqual(OPERATIONS.map((o, i) => [i, `SP_EXECUTION_OP_${o}`]));
		expect(rows.length).toBe(PHASES.length + OPERATIONS.length);
	});

	test('every phase and operation the tables name is read, and nothing past them', () => {
		for (let p = 0; p < 16; p++)
			for (let o = 0; o < 256; o++) {
				const token = `0x${p.toString(16)}00${o.toString(16).padStart(2, '0')}`;
				const x = readExtend(token);
				if (p < PHASES.length && o < OPERATIONS.length)
					expect(x).toEqual({
						token,
						value: (p << 16) | o,
						phase: `SP_EXECUTION_${PHASES[p]}`,
						operation: `SP_EXECUTION_OP_${OPERATIONS[o]}`,
					});
				else expect(x).toBeNull();
			}
	});

	test('only the form of an extend code, after a dash', () => {
		expect(extendAfter('0xC1900101 - 0x4000D', 10)?.extend?.phase).toBe('SP_EXECUTION_OOBE_BOOT');
		expect(extendAfter('0xC1900101-0x4000d', 10)?.extend?.operation).toBe(
			'SP_EXECUTION_OP_MIGRATE_DATA',
		);
		// Not an extend code: no dash, a longer or shorter number, digits between phase and operation.
		for (const after of [
			' 0x4000D',
			' - 0x4000D0',
			' - 0x400D',
			' - 0x4010D',
			' - 4000D',
			' -- 0x4000D',
		])
			expect(extendAfter(`0xC1900101${after}`, 10), after).toBeNull();
		// Its form, but a phase Learn's table does not name (Learn's own "0x80070070 - 0x60000").
		expect(extendAfter('0x80070070 - 0x60000', 10)).toEqual({ to: 20, extend: null });
	});
});

describe('lookup reads the extend code with its result code', () => {
	const read = (input: string) => {
		const r = lookupSite(input);
		if (r.kind !== 'found') return r.kind;
		return r.matches.map((m) => [m.id, m.extend?.phase ?? null, m.extend?.operation ?? null]);
	};

	test.each([
		// Learn's example on "Windows 10 upgrade error codes".
		['0xC1900101 - 0x4000D', 'upgrade/0xC1900101', 'OOBE_BOOT', 'MIGRATE_DATA'],
		// Setup's dialog as a blog copied it: its second line names the same phase and operation.
		[
			'0xC1900101 - 0x20017\nThe installation failed in the SAFE_OS phase with an error during BOOT operation',
			'upgrade/0xC1900101',
			'SAFE_OS',
			'BOOT',
		],
		// A post on Win 10 20H2, with an en dash.
		['0xC1900101 \u2013 0x20017 Windows 10 error', 'upgrade/0xC1900101', 'SAFE_OS', 'BOOT'],
		// A SetupDiag report.
		[
			'Error: SetupDiag reports abrupt down-level failure.Last Operation: Error: 0xC190020E - 0x4001E',
			'upgrade/0xC190020E',
			'OOBE_BOOT',
			'PRE_OOBE',
		],
		// Learn's "Windows 10 upgrade resolution procedures": result codes that are Win32 errors.
		['0x80070004 - 0x50012', 'win32/4', 'UNINSTALL', 'DISABLE_FEATURE'],
		['0x80070070 - 0x50011', 'win32/112', 'UNINSTALL', 'ENABLE_FEATURE'],
		['0xC1900101 - 0x30018', 'upgrade/0xC1900101', 'FIRST_BOOT', 'SYSPREP'],
	])('%s', (input, id, phase, operation) => {
		expect(read(input)).toEqual([[id, `SP_EXECUTION_${phase}`, `SP_EXECUTION_OP_${operation}`]]);
	});

	test('an extend code is never read as a code of its own', () => {
		// 0x60000 is no phase Learn names: the result code answers alone, without an extend.
		expect(read('0x80070070 - 0x60000')).toEqual([['win32/112', null, null]]);
		// Alone, 0x00017 is 23 (ERROR_CRC); after a result code it is an extend code.
		expect(read('0x80070002 - 0x00017')).toEqual([
			['win32/2', 'SP_EXECUTION_UNKNOWN', 'SP_EXECUTION_OP_BOOT'],
		]);
		expect(read('0x00017')).not.toBe('unknown');
	});

	test('a result code without an extend code, or a dash between other numbers, has none', () => {
		expect(read('0xC1900101')).toEqual([['upgrade/0xC1900101', null, null]]);
		expect(read('Error 0x80070005 - access denied')).toEqual([['win32/5', null, null]]);
		// A decimal result code, as no Setup report writes one.
		const decimal = read('1603 - 0x40017');
		expect(decimal).not.toBe('unknown');
		for (const [, phase] of decimal as unknown[][]) expect(phase).toBeNull();
	});

	test('the answer card carries it', () => {
		const q = '0xC1900101 - 0x4000D';
		// The card reads only the match's extend here, not the entry's texts.
		const a = answerFrom(lookupSite(q) as LookupResult<IndexedCode>, q);
		expect(a.kind === 'found' && a.items[0]?.extend?.token).toBe('0x4000D');
	});
});
