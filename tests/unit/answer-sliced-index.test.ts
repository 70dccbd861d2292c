// The answer card's loader (src/lib/search/sliced-index.ts) over a fake fetch that serves the real
// chunks (in each language) and name shards: which documents each query fetches, that each is
// fetched once and several start together, that chunks come from the page's language and names from
// the one copy, and that a failed fetch gives null (the card shows nothing), never a throw.
import { describe, expect, test } from 'vitest';
import { lookupChunkPath, nameShardPath, needsOf } from '~/lib/errors/slices';
import { answerIndex, answerOf } from '~/lib/search/answer';
import { slicedIndex } from '~/lib/search/sliced-index';
import { docsOf, realRows, type Docs } from '../fixtures/errors/lookup-docs';

const en = docsOf(realRows('en'));
const zh = docsOf(realRows('zh-CN'));
const whole = answerIndex(en.rows);

/** A fake fetch: records each request, answers from `d` after a tick, fails the paths in `down`. */
function server(d: Docs = en, down = new Set<string>()) {
	const requests: string[] = [];
	const localized: string[] = [];
	let inFlight = 0;
	let maxInFlight = 0;
	const fetchJson = async (path: string, isLocalized: boolean) => {
		requests.push(path);
		if (isLocalized) localized.push(path);
		maxInFlight = Math.max(maxInFlight, ++inFlight);
		await new Promise((r) => setTimeout(r, 1));
		inFlight--;
		if (down.has(path)) throw new TypeError('Failed to fetch');
		return JSON.parse(JSON.stringify(d.docs.get(path) ?? null)) as unknown;
	};
	return { fetchJson, requests, localized, max: () => maxInFlight };
}

/** The chunk of `family` whose range holds `code` (read from the manifest). */
const chunkOf = (family: 'msi' | 'msiexec' | 'hresult' | 'winget' | 'signal', code: number) => {
	const i = (en.manifest.chunks[family] ?? []).findIndex(([lo, hi]) => code >= lo && code <= hi);
	expect(i).toBeGreaterThanOrEqual(0);
	return lookupChunkPath(family, i);
};
const shardOf = (word: string) => nameShardPath(needsOf(word, en.manifest).shards[0] ?? '');

describe('what each query fetches', () => {
	test.each([
		// Only msi's chunk: msiexec's and win32's chunks end before their gaps around 2503.
		['2503', () => [chunkOf('msi', 2503)]],
		['0x800B0101', () => [chunkOf('hresult', 0x800b0101)]],
		['-2146762495', () => [chunkOf('hresult', 0x800b0101)]],
		// The shard first, then the chunk the name is in.
		['CERT_E_EXPIRED', () => [shardOf('CERT_E_EXPIRED'), chunkOf('hresult', 0x800b0101)]],
		[
			'ERROR_INSTALL_ALREADY_RUNNING',
			() => [shardOf('ERROR_INSTALL_ALREADY_RUNNING'), chunkOf('msiexec', 1618)],
		],
		// A line of words may be what a shell printed ("段错误"): the signals' one chunk, nothing else.
		['证书已过期', () => [chunkOf('signal', 11)]],
		['-1978335226', () => [chunkOf('winget', 0x8a150006)]],
	])('%j', async (query, expected) => {
		const s = server();
		const index = await slicedIndex(s.fetchJson, en.manifest)(query);
		expect(s.requests.sort()).toEqual(expected().sort());
		// Chunks in the page's language, names from the one copy.
		expect(s.localized.every((p) => p.startsWith('/api/errors/lookup/'))).toBe(true);
		expect(
			s.requests.filter((p) => !s.localized.includes(p)).every((p) => p.includes('/names/')),
		).toBe(true);
		expect(index && answerOf(index, query)).toEqual(answerOf(whole, query));
	});

	test('the Chinese chunks carry the title and the one-line meaning', async () => {
		const s = server(zh);
		const index = await slicedIndex(s.fetchJson, zh.manifest)('2503');
		const answer = index && answerOf(index, '2503');
		const entry = answer?.kind === 'found' ? answer.items[0]?.entry : undefined;
		expect(entry?.text).toBe('Called RunScript when not marked in progress.');
		expect(entry?.title).toMatch(/[\u4e00-\u9fff]/);
		expect(entry?.meaning).toMatch(/^Windows Installer 的内部错误.*。$/);
	});

	test('a decimal MSI code never fetches winget, the whole index or another msi chunk', async () => {
		const s = server();
		const indexFor = slicedIndex(s.fetchJson, en.manifest);
		for (const q of ['2503', '2502', 'Error 2503']) await indexFor(q);
		expect(s.requests.filter((p) => p.includes('winget') || p.endsWith('/lookup.json'))).toEqual(
			[],
		);
		expect(s.requests.filter((p) => p.includes('/lookup/msi/'))).toEqual([chunkOf('msi', 2503)]);
	});

	test('each document is fetched once, and a query’s documents are fetched together', async () => {
		const s = server();
		const indexFor = slicedIndex(s.fetchJson, en.manifest);
		await Promise.all(['2503', '2503', '1603'].map(indexFor));
		await indexFor('0x80070643');
		await indexFor('Error 0x80070643 CERT_E_EXPIRED');
		expect(s.requests.filter((p, i) => s.requests.indexOf(p) !== i)).toEqual([]);
		expect(s.max()).toBeGreaterThanOrEqual(2);
	});
});

describe('a failed fetch', () => {
	test('gives null, never a throw, and is tried again on the next query', async () => {
		// 1603 is in an msi chunk and an msiexec chunk: one fails, the other comes and is kept.
		const down = new Set([chunkOf('msiexec', 1603)]);
		const s = server(en, down);
		const indexFor = slicedIndex(s.fetchJson, en.manifest);
		await expect(indexFor('1603')).resolves.toBeNull();
		// A query that needs only chunks that came still answers.
		const hr = await indexFor('0x800B0101');
		expect(hr && answerOf(hr, '0x800B0101').kind).toBe('found');
		down.clear();
		const index = await indexFor('1603');
		expect(index && answerOf(index, '1603')).toEqual(answerOf(whole, '1603'));
		expect(s.requests.filter((p) => p === chunkOf('msiexec', 1603))).toHaveLength(2);
		expect(s.requests.filter((p) => p === chunkOf('msi', 1603))).toHaveLength(1);
	});

	test('a name shard that fails or is not ours gives null', async () => {
		const shard = shardOf('CERT_E_EXPIRED');
		const failing = server(en, new Set([shard]));
		await expect(slicedIndex(failing.fetchJson, en.manifest)('CERT_E_EXPIRED')).resolves.toBeNull();
		const wrong = slicedIndex(async (p) => (p === shard ? { version: 99 } : null), en.manifest);
		await expect(wrong('CERT_E_EXPIRED')).resolves.toBeNull();
		// A 404 (the fetch resolves null) is a failure too.
		await expect(slicedIndex(async () => null, en.manifest)('2503')).resolves.toBeNull();
	});
});
