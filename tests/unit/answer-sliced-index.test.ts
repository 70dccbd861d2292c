// The answer card's loader (src/lib/search/sliced-index.ts) over a fake fetch that serves the real
// slices and name index: which documents each query fetches, that each is fetched once and several
// start together, and that a failed fetch gives null (the card shows nothing), never a throw.
import { describe, expect, test } from 'vitest';
import { FAMILIES } from '~/lib/errors/families';
import { lookupSlicePath, toLookupIndex, type IndexedCode } from '~/lib/errors/lookup-index';
import { LOOKUP_NAMES_PATH, toLookupNames } from '~/lib/errors/slices';
import { answerIndex, answerOf } from '~/lib/search/answer';
import { slicedIndex } from '~/lib/search/sliced-index';
import { loadEntries } from '../fixtures/errors/load';

const rows: IndexedCode[] = [...loadEntries().values()].map((e) => ({
	family: e.family,
	code: e.code,
	names: e.names.map((n) => n.name),
	text: e.official[0]?.text ?? '',
}));
const docs = new Map<string, unknown>([
	[LOOKUP_NAMES_PATH, toLookupNames(rows)],
	...FAMILIES.map(
		(f) => [lookupSlicePath(f), toLookupIndex(rows.filter((r) => r.family === f))] as const,
	),
]);
const whole = answerIndex(rows);

/** A fake fetch: records each request, answers from `docs` after a tick, fails the paths in `down`. */
function server(down = new Set<string>()) {
	const requests: string[] = [];
	let inFlight = 0;
	let maxInFlight = 0;
	const fetchJson = async (path: string) => {
		requests.push(path);
		maxInFlight = Math.max(maxInFlight, ++inFlight);
		await new Promise((r) => setTimeout(r, 1));
		inFlight--;
		if (down.has(path)) throw new TypeError('Failed to fetch');
		return JSON.parse(JSON.stringify(docs.get(path) ?? null)) as unknown;
	};
	return { fetchJson, requests, max: () => maxInFlight };
}

const slice = (f: string) => `/api/errors/lookup/${f}.json`;

describe('what each query fetches', () => {
	test.each([
		// win32's range (0–65535) reaches 2503 too, though no Win32 code is 2503.
		['2503', [slice('msi'), slice('msiexec'), slice('win32')]],
		['0x800B0101', [slice('hresult')]],
		['-2146762495', [slice('hresult')]],
		// The name index first, then the slice of the family it names.
		['CERT_E_EXPIRED', [LOOKUP_NAMES_PATH, slice('hresult')]],
		['证书已过期', []],
		['-1978335226', [slice('hresult'), slice('winget')]],
	])('%j', async (query, expected) => {
		const s = server();
		const index = await slicedIndex(s.fetchJson)(query);
		expect(s.requests.sort()).toEqual([...expected].sort());
		expect(index && answerOf(index, query)).toEqual(answerOf(whole, query));
	});

	test('a decimal MSI code never fetches the winget slice or the whole index', async () => {
		const s = server();
		const indexFor = slicedIndex(s.fetchJson);
		for (const q of ['2503', '1603', 'Error 1603', '2203']) await indexFor(q);
		expect(s.requests.filter((p) => p.includes('winget') || p.endsWith('/lookup.json'))).toEqual(
			[],
		);
	});

	test('each document is fetched once, and a query’s slices are fetched together', async () => {
		const s = server();
		const indexFor = slicedIndex(s.fetchJson);
		await Promise.all(['2503', '2503', '1603'].map(indexFor));
		await indexFor('0x80070643');
		await indexFor('Error 0x80070643 CERT_E_EXPIRED');
		expect(s.requests.filter((p, i) => s.requests.indexOf(p) !== i)).toEqual([]);
		expect(s.max()).toBeGreaterThanOrEqual(2);
	});
});

describe('a failed fetch', () => {
	test('gives null, never a throw, and is tried again on the next query', async () => {
		const down = new Set([slice('msiexec')]);
		const s = server(down);
		const indexFor = slicedIndex(s.fetchJson);
		await expect(indexFor('2503')).resolves.toBeNull();
		// A query that needs only slices that came still answers.
		const hr = await indexFor('0x800B0101');
		expect(hr && answerOf(hr, '0x800B0101').kind).toBe('found');
		down.clear();
		const index = await indexFor('2503');
		expect(index && answerOf(index, '2503')).toEqual(answerOf(whole, '2503'));
		expect(s.requests.filter((p) => p === slice('msiexec'))).toHaveLength(2);
		expect(s.requests.filter((p) => p === slice('msi'))).toHaveLength(1);
	});

	test('a name index that fails or is not ours gives null', async () => {
		const failing = server(new Set([LOOKUP_NAMES_PATH]));
		await expect(slicedIndex(failing.fetchJson)('CERT_E_EXPIRED')).resolves.toBeNull();
		const wrong = slicedIndex(async (p) => (p === LOOKUP_NAMES_PATH ? { version: 99 } : null));
		await expect(wrong('CERT_E_EXPIRED')).resolves.toBeNull();
		// A 404 (the fetch resolves null) is a failure too.
		await expect(slicedIndex(async () => null)('2503')).resolves.toBeNull();
	});
});
