// The answer card's chunks and name shards with the Win32 system error family (2,686 codes in
// 0–15999, names such as ERROR_ACCESS_DENIED, WAIT_TIMEOUT, WSAEACCES; issue 12 §3), whose codes sit
// among the msi and msiexec codes. Oracle: the whole index. The answers over the chosen chunks equal
// the answers over the whole index; and the bytes the four first queries of issue 12 §4 fetch grow by
// at most 2 KB (gzip bodies) over the same data without the family.
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formsOf } from '~/lib/errors/codes';
import type { Family } from '~/lib/errors/families';
import { lookupChunkPath } from '~/lib/errors/slices';
import { fromLookupIndex } from '~/lib/errors/lookup-index';
import { answerIndex, answerOf } from '~/lib/search/answer';
import { RUNS } from './arbitraries';
import { docsOf, fetchPlan, realRows, type Docs } from '../fixtures/errors/lookup-docs';

const WIN32 = 'win32' as Family;
const rowsOf = (locale: 'en' | 'zh-CN') => realRows(locale);
const withoutWin32 = (locale: 'en' | 'zh-CN') => rowsOf(locale).filter((r) => r.family !== WIN32);
const before = { en: docsOf(withoutWin32('en')), zh: docsOf(withoutWin32('zh-CN')) };
const after = { en: docsOf(rowsOf('en')), zh: docsOf(rowsOf('zh-CN')) };

/** The documents a query fetches, and its answer over them (as sliced-index.ts does). */
function fetched(d: Docs, query: string) {
	const { paths, chunks } = fetchPlan(d, query);
	const rows = chunks.flatMap((c) =>
		fromLookupIndex(d.docs.get(lookupChunkPath(c.family, c.index))),
	);
	return { paths, answer: answerOf(answerIndex(rows), query) };
}
const bytes = (d: Docs, paths: string[]) =>
	paths.reduce((n, p) => n + gzipSync(JSON.stringify(d.docs.get(p))).length, 0);

describe('with a Win32 family of 2,686 codes', () => {
	const d = after.en;
	const whole = answerIndex(d.rows);

	test('it is its own family, and 0x80070005 unwraps into it', () => {
		expect(d.rows.filter((r) => r.family === WIN32).length).toBeGreaterThan(2600);
		// msiexec's exit codes stay msiexec entries (not copied into win32): its name fetches no win32 chunk.
		const one = fetched(d, 'ERROR_INSTALL_ALREADY_RUNNING');
		expect(one.paths.filter((p) => p.includes('/lookup/win32/'))).toHaveLength(0);
		expect(one.answer).toEqual(answerOf(whole, 'ERROR_INSTALL_ALREADY_RUNNING'));
		expect(one.answer.kind === 'found' && one.answer.items.map((i) => i.id)).toEqual([
			'msiexec/1618',
		]);
		expect(answerOf(whole, '0x80070005')).toMatchObject({ kind: 'found' });
		const q = fetched(d, '0x80070005');
		expect(q.paths.filter((p) => p.includes('/win32/'))).toHaveLength(1);
		expect(q.answer).toEqual(answerOf(whole, '0x80070005'));
	});

	test('every form of every code and every name: the chunks answer as the whole index', () => {
		for (const r of d.rows)
			for (const q of [...formsOf(r).map((f) => f.value), ...r.names])
				expect(fetched(d, q).answer, q).toEqual(answerOf(whole, q));
	});

	test('property: random numbers in 0–15999 and their wrappings, and names, mixed', () => {
		const names = d.rows.flatMap((r) => r.names);
		const token = fc.oneof(
			fc.integer({ min: 0, max: 15999 }).map(String),
			fc.integer({ min: 0, max: 0xffff }).map((n) => `0x${(0x80070000 | n).toString(16)}`),
			fc.integer({ min: 10001, max: 19999 }).map(String),
			fc.constantFrom(...names),
			fc.constantFrom(...names).map((n) => n.toLowerCase()),
			fc.constantFrom(' ', 'Error ', '错误 ', ': '),
		);
		fc.assert(
			fc.property(fc.array(token, { maxLength: 6 }), (parts) => {
				const q = parts.join(' ');
				expect(fetched(d, q).answer, q).toEqual(answerOf(whole, q));
			}),
			{ numRuns: Math.min(RUNS, 2000) },
		);
	});

	test.each(['2503', '0x800B0101', 'CERT_E_EXPIRED', 'ERROR_INSTALL_ALREADY_RUNNING'])(
		'%s fetches at most 2 KB more (gzip bodies) in either language',
		(q) => {
			for (const lang of ['en', 'zh'] as const) {
				const [b, a] = [before[lang], after[lang]];
				const grew = bytes(a, fetched(a, q).paths) - bytes(b, fetched(b, q).paths);
				console.log(`${lang} ${q}: +${grew} B`);
				expect(grew, `${lang} ${q}`).toBeLessThanOrEqual(2048);
			}
		},
	);
});
