// Every checker returns plain data: strings, numbers, booleans, arrays and plain objects that a
// Web Worker can post (structured clone) and the page renders with textContent. User text must come
// back verbatim (never turned into markup), and no payload may touch a prototype.
import { describe, expect, test } from 'vitest';
import { analyzeMsiLog } from '~/lib/checkers/msi-log';
import { hints, summarize } from '~/lib/checkers/msi-log-summary';
import { checkPermissions } from '~/lib/checkers/permissions';
import { readSigntoolOutput } from '~/lib/checkers/signtool-output';
import { parseWizardPath, walkWizard } from '~/lib/checkers/wizard-tree';
import { XSS_PAYLOADS } from '../fixtures/checkers/xss-payloads';

function assertPlain(value: unknown, path = '$'): void {
	if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return;
	if (Array.isArray(value)) {
		expect(Object.getPrototypeOf(value), path).toBe(Array.prototype);
		value.forEach((v, i) => assertPlain(v, `${path}[${i}]`));
		return;
	}
	expect(typeof value, path).toBe('object');
	expect(Object.getPrototypeOf(value), path).toBe(Object.prototype);
	for (const [k, v] of Object.entries(value as object)) assertPlain(v, `${path}.${k}`);
}
const strings = (v: unknown): string[] =>
	typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

test('there are at least 50 payloads', () => {
	expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
});

describe.each(XSS_PAYLOADS.map((p, i) => [i, p] as const))('payload %i', (_, p) => {
	test('MSI log analyzer', () => {
		const log = [
			`MSI (s) (D4:2C) [14:07:55:179]: Original package ==> C:\\${p}.msi`,
			`MSI (s) (D4:2C) [14:07:55:210]: Command Line: NAME=${p} OTHER="${p}"`,
			`Action start 14:07:55: ${p}.`,
			`MSI (s) (D4:2C) [14:07:55:351]: Note: 1: 2203 2: ${p} 3: -2147287035 `,
			`MSI (s) (D4:2C) [14:07:55:352]: Product: ${p} -- Error 1722. There is a problem. Action ${p}, location: x, command: y`,
			`MSI (s) (D4:2C) [14:07:55:353]: CustomAction ${p} returned actual error code 1603`,
			`Action ended 14:07:55: ${p}. Return value 3.`,
			`Property(S): ProductName = ${p}`,
			`Property(S): Privileged = ${p}`,
		].join('\r\n');
		const r = analyzeMsiLog(log);
		const out = { r, s: summarize(r), h: hints(r) };
		assertPlain(out);
		expect(structuredClone(out)).toEqual(out);
		expect(Object.prototype).not.toHaveProperty('__xss');
		// The payload comes back as the same characters, not as markup or escaped entities.
		expect(r.product.name).toBe(p.trim());
		expect(r.context.some((l) => l.text.includes(p.trim()))).toBe(true);
	});
	test('permission checker', () => {
		const text = [
			`C:\\${p} NT AUTHORITY\\SYSTEM:(OI)(CI)(F)`,
			`drwxrwxrwx 2 root root 4096 Jun  1 10:00 /tmp/${p}`,
			`uid=1000(${p}) gid=1000(x) groups=1000(${p})`,
		].join('\n');
		const r = checkPermissions(text);
		assertPlain(r);
		expect(structuredClone(r)).toEqual(r);
		expect(strings(r).some((s) => s.includes(`/tmp/${p}`.trim()) || s.includes(p.trim()))).toBe(
			true,
		);
	});
	test('SignTool output reader', () => {
		const r = readSigntoolOutput(
			`Verifying: ${p}\nSigning Certificate Chain:\n    Issued to: ${p}\n    Issued by: ${p}\nSignTool Error: ${p}\nNumber of errors: 1\n`,
		);
		assertPlain(r);
		expect(structuredClone(r)).toEqual(r);
		expect(r.files[0]?.file).toBe(p.trim());
		expect(r.signer?.issuedTo).toBe(p.trim());
	});
	test('wizard path', () => {
		const w = walkWizard(parseWizardPath(`?path=${p}`));
		expect(w.current.id).toBe('os');
		expect(w.path).toEqual([]);
	});
});
