import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { normalizeHresult, readSigntoolOutput } from '~/lib/checkers/signtool-output';

const fixture = (n: string) =>
	readFileSync(new URL(`../fixtures/checkers/${n}`, import.meta.url), 'utf8');
// The oracle for message text and names: the reference table built from winerror.h.
// A pinned copy of shared/reference/authenticode-hresults.tsv, the table built from winerror.h.
const tsv = readFileSync(
	new URL('../../src/content/errors/sources/authenticode-hresults.tsv', import.meta.url),
	'utf8',
)
	.trim()
	.split('\n')
	.slice(1)
	.map((l) => l.split('\t'));
const fromTsv = (hex: string) => tsv.find((r) => r[0] === hex)!;

describe('signtool verify /pa /v: success', () => {
	const r = readSigntoolOutput(fixture('signtool-ok.txt'));
	test('chain, signer, timestamp, counts', () => {
		expect(r.recognised).toBe(true);
		expect(r.exitCode).toBe(0);
		expect(r.counts).toEqual({ verified: 1, warnings: 0, errors: 0 });
		const f = r.files[0]!;
		expect(f.file).toBe('go1.23.5.windows-amd64.msi');
		expect(f.verified).toBe(true);
		expect(f.signatureIndex).toBe('0 (Primary Signature)');
		expect(f.chain.map((c) => c.issuedTo)).toEqual([
			'DigiCert Trusted Root G4',
			'DigiCert Trusted G4 Code Signing RSA4096 SHA384 2021 CA1',
			'Google LLC',
		]);
		expect(f.chain.map((c) => c.depth)).toEqual([4, 8, 12]);
		expect(r.signer).toEqual({
			issuedTo: 'Google LLC',
			issuedBy: 'DigiCert Trusted G4 Code Signing RSA4096 SHA384 2021 CA1',
			expires: 'Wed Jul 02 16:59:59 2025',
			sha1: '2F1A0C5E8B7D3A946E0F1B2C3D4E5F60718293A4',
			depth: 12,
		});
		expect(f.timestamp).toBe('Thu Jan 16 19:40:08 2025');
		expect(f.timestampChain.at(-1)?.issuedTo).toBe('DigiCert Timestamp 2024');
		expect(f.messages).toEqual([]);
	});
});

test('expired certificate, not timestamped: 0x800B0101 with its winerror.h name', () => {
	const r = readSigntoolOutput(fixture('signtool-expired.txt').replace(/\n/g, '\r\n'));
	const f = r.files[0]!;
	expect(r.exitCode).toBe(1);
	expect(f.verified).toBe(false);
	expect(f.notTimestamped).toBe(true);
	expect(f.messages).toHaveLength(1);
	expect(f.messages[0]).toMatchObject({
		level: 'error',
		hresult: '0x800B0101',
		name: fromTsv('0x800B0101')[3],
	});
	expect(f.messages[0]!.text).toContain(fromTsv('0x800B0101')[4]);
	expect(r.signer?.issuedTo).toBe('Old Tool Ltd');
});

test('an error given only as text is matched to its HRESULT (wrapped over two lines)', () => {
	const r = readSigntoolOutput(fixture('signtool-untrusted-root.txt'));
	expect(r.files[0]!.messages[0]).toMatchObject({
		hresult: '0x800B0109',
		name: 'CERT_E_UNTRUSTEDROOT',
	});
});

test('unsigned file: an error without HRESULT, exit code 1', () => {
	const r = readSigntoolOutput(fixture('signtool-unsigned.txt'));
	expect(r.files[0]!.messages).toEqual([{ level: 'error', text: 'No signature found.' }]);
	expect(r.exitCode).toBe(1);
});

test.each([
	['0 errors, 1 warning', 'Number of warnings: 1\nNumber of errors: 0', 2],
	['errors win over warnings', 'Number of warnings: 3\nNumber of errors: 2', 1],
])('exit code: %s', (_, text, code) => {
	expect(readSigntoolOutput(text).exitCode).toBe(code);
});

test('every HRESULT in the table is recognised from its own message text', () => {
	for (const [hex, , , name, text] of tsv) {
		const r = readSigntoolOutput(`SignTool Error: ${text}`);
		expect(r.messages[0], hex).toMatchObject({ hresult: hex, name });
	}
});

test('normalizeHresult', () => {
	expect(normalizeHresult('0x800b0101')).toBe('0x800B0101');
	expect(readSigntoolOutput('nothing here').recognised).toBe(false);
});
