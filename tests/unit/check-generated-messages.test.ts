// The checkers' code → text maps are generated from the knowledge-base data; on drift run
// `node scripts/gen-checker-messages.mjs`. The reference tables are the second oracle.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { AUTHENTICODE_HRESULTS } from '~/lib/checkers/hresult-messages.generated';
import { MSIEXEC_EXIT, MSI_MESSAGES } from '~/lib/checkers/msi-messages.generated';

type Entry = {
	code: number | string;
	names?: Array<{ name: string }>;
	official?: Array<{ text: string }>;
};
const kb = (family: string) =>
	Object.values(
		JSON.parse(
			readFileSync(new URL(`../../src/content/errors/${family}.json`, import.meta.url), 'utf8'),
		) as Record<string, Entry>,
	);
const tsv = (name: string) =>
	readFileSync(new URL(`../../src/content/errors/sources/${name}`, import.meta.url), 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((l) => l.split('\t'));

test('MSI messages equal the knowledge base and the official table', () => {
	expect(MSI_MESSAGES).toEqual(
		Object.fromEntries(kb('msi').map((e) => [e.code, e.official?.[0]?.text ?? ''])),
	);
	for (const [code, message] of tsv('msi-error-messages.tsv')) {
		expect(message!.split(' || ')[0], code).toBe(MSI_MESSAGES[Number(code)]);
	}
});

test('msiexec exit codes equal the knowledge base and the official table', () => {
	expect(Object.keys(MSIEXEC_EXIT)).toHaveLength(kb('msiexec').length);
	for (const [code, name, text] of tsv('msiexec-exit-codes.tsv')) {
		expect(MSIEXEC_EXIT[Number(code)], code).toEqual({ name, text });
	}
});

test('Authenticode HRESULTs equal the knowledge base and winerror.h', () => {
	expect(Object.keys(AUTHENTICODE_HRESULTS).sort()).toEqual(
		kb('hresult')
			.map((e) => String(e.code))
			.sort(),
	);
	const header = readFileSync('/usr/share/mingw-w64/include/winerror.h', 'latin1');
	for (const [hex, v] of Object.entries(AUTHENTICODE_HRESULTS)) {
		const def = new RegExp(`#define ${v.name}\\s+_HRESULT_TYPEDEF_\\((0x[0-9A-Fa-f]+)L?\\)`).exec(
			header,
		);
		expect(def?.[1]?.toUpperCase().replace('0X', '0x'), v.name).toBe(hex);
	}
});
