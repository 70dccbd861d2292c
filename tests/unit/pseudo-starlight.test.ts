// The pseudo-locale's Starlight strings (src/content/i18n/en-XA.json, written by scripts/pseudo-docs.mjs for
// the pseudo build): checked against what we did not write, the English that Starlight, Expressive Code
// and Pagefind UI ship in node_modules. A key missing here would show the library's English in en-XA.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bestOf } from './timing';
import { pseudoStarlightStrings } from '../../src/i18n/loader';
import { accent, pseudo, STARLIGHT_PASSED_ON_EN } from '../../src/i18n/pseudo';

const modules = join(import.meta.dirname, '..', '..', 'node_modules');
const read = (path: string) => readFileSync(join(modules, path), 'utf8');

/** Pagefind UI's English strings: the object literal holding `search_label: "Search this site"`. */
function pagefindEnglish(): Record<string, string> {
	const source = read('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs');
	const at = source.indexOf('search_label: "Search this site"');
	const start = source.lastIndexOf('{', at);
	const end = source.indexOf('}', at);
	expect(at, 'Pagefind UI English strings not found').toBeGreaterThan(0);
	const out: Record<string, string> = {};
	for (const m of source.slice(start, end).matchAll(/^\s*(\w+): "([^"\n]*)",?$/gm))
		out[m[1]!] = m[2]!;
	return out;
}

/** The `expressiveCode.*` and `pagefind.*` keys of Starlight's i18n schema with their documented English. */
function starlightSchemaDefaults(): Record<string, string> {
	const source = read('@astrojs/starlight/dist/schemas/i18n.js');
	const out: Record<string, string> = {};
	for (const m of source.matchAll(
		/"((?:expressiveCode|pagefind)\.\w+)": z\.string\(\)\.meta\(\{ description: "[^"]*?English default value: `\\"([^`]*)\\"`/g,
	))
		out[m[1]!] = m[2]!.replace(/\\"/g, '"');
	return out;
}

describe('Starlight strings in the pseudo-locale', () => {
	test("every Pagefind UI string has Pagefind's own English (placeholder: Starlight's search.label)", () => {
		const { placeholder, ...english } = pagefindEnglish();
		expect(placeholder).toBe('Search');
		expect(Object.keys(english).length).toBeGreaterThan(20);
		for (const [key, value] of Object.entries(english))
			expect(STARLIGHT_PASSED_ON_EN[`pagefind.${key}`], key).toBe(value);
	});

	test("every passed-on key of Starlight's schema is there with its documented English", () => {
		const defaults = starlightSchemaDefaults();
		expect(Object.keys(defaults).length).toBeGreaterThanOrEqual(13);
		for (const [key, value] of Object.entries(defaults))
			expect(STARLIGHT_PASSED_ON_EN[key], key).toBe(value);
	});

	test("en-XA.json covers Starlight's built-ins, our overrides and the passed-on keys, all pseudo-localised", async () => {
		const strings = await pseudoStarlightStrings();
		const builtins = read('@astrojs/starlight/dist/translations/en.js');
		const keys = [...builtins.matchAll(/^\s*"([\w.]+)": "/gm)].map((m) => m[1]!);
		const overrides = JSON.parse(
			readFileSync(join(import.meta.dirname, '..', '..', 'src/content/i18n/en.json'), 'utf8'),
		) as Record<string, string>;
		expect(keys).toContain('heading.anchorLabel');
		for (const key of [...keys, ...Object.keys(overrides), ...Object.keys(STARLIGHT_PASSED_ON_EN)])
			expect(strings[key], key).toMatch(/^\[.*·\]$/s);
		expect(strings['heading.anchorLabel']).toBe(pseudo(overrides['heading.anchorLabel']!));
		expect(strings['pagefind.many_results']).toMatch(/^\[\[COUNT\] \S+ \S+ \[SEARCH_TERM\] ·+\]$/);
	});

	test("Pagefind's [TOKENS] are kept, other brackets accented, in linear time", () => {
		expect(accent('No results for [SEARCH_TERM]')).toBe('Ñö ŕéšûļţš ƒöŕ [SEARCH_TERM]');
		expect(accent('[see] [Note]')).toBe('[šéé] [Ñöţé]');
		// Windows Installer's conditional parts are words a reader sees (the /en-xa/errors/ table showed
		// "{ Error … was returned by WinVerifyTrust.}" in English); {name} and GUIDs stay as they are.
		expect(accent('signature.{ Error … was returned by WinVerifyTrust.}')).toBe(
			'šîĝñåţûŕé.{ Éŕŕöŕ … ŵåš ŕéţûŕñéđ ƀý ŴîñṼéŕîƒýŢŕûšţ.}',
		);
		expect(accent('{{Disk full: }}{code} {00AAC56B-CD44-11d0-8CC2-00C04FC295EE}')).toBe(
			'{{Đîšķ ƒûļļ: }}{code} {00AAC56B-CD44-11d0-8CC2-00C04FC295EE}',
		);
		const hostile = '['.repeat(100_000) + 'A'.repeat(100_000);
		expect(accent(hostile)).toBe('['.repeat(100_000) + 'Å'.repeat(100_000));
		expect(bestOf(() => accent(hostile))).toBeLessThan(2_000);
	});
});
