// Every message a generator can produce has its text in every catalog, and the Chinese catalog
// really is Chinese. Walks each spec (labels, help, options, groups, presets), then generates over
// the defaults, every preset and arbitrary form states in every shell (shell-breaking text from
// ./arbitraries), and decodes arbitrary links; every Msg met (nested parameters included) is
// checked against the real catalogs (src/i18n/<lang>/*.json, read with the site's loader).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readCatalog } from '~/i18n/loader';
import { LOCALES, LOCALE_INFO } from '~/i18n/locales';
import { format, keysOf, type Msg } from '~/i18n/msg';
import { generators } from '~/components/generator/all';
import { defaults } from '~/lib/generators/common';
import { loaders } from '~/lib/generators/index';
import type { Field, Generator, Result, State } from '~/lib/generators/types';
import { fromQuery } from '~/lib/generators/url-state';
import { GENERATOR_IDS } from '~/lib/tools';
import { RUNS, shellText } from './arbitraries';
import { EN, ZH } from './gen-text';

const all = GENERATOR_IDS.map((id) => generators[id]);
const catalogs = await Promise.all(
	LOCALES.filter((l) => !LOCALE_INFO[l].pseudo).map(
		async (l) => [l, await readCatalog(l)] as const,
	),
);

const specMsgs = (g: Generator): Msg[] =>
	[
		g.spec.description,
		...g.spec.fields.flatMap((f) => [
			f.label,
			f.help,
			f.group,
			...(f.options ?? []).map((o) => o.label),
		]),
		...(g.spec.presets ?? []).map((p) => p.label),
	].filter((m): m is Msg => m !== undefined);
const resultMsgs = (r: Result): Msg[] => [
	...r.tokens.map((t) => t.explain),
	...r.warnings,
	...r.errors.map((e) => e.message),
];

const value = (f: Field): fc.Arbitrary<unknown> => {
	if (f.kind === 'checkbox') return fc.boolean();
	if (f.kind === 'select') return fc.constantFrom(...f.options!.map((o) => o.value), 'bogus');
	const typed = fc.oneof(fc.constant(f.default as string), fc.constant(''), shellText);
	if (f.kind === 'list') return fc.array(typed, { maxLength: 3 });
	return f.kind === 'number'
		? fc.oneof(fc.constant(''), fc.nat(70000).map(String), shellText)
		: typed;
};
const stateOf = (g: Generator) =>
	fc.record(
		Object.fromEntries(g.spec.fields.map((f) => [f.name, value(f)])),
	) as fc.Arbitrary<State>;

/** Keys the messages use that a catalog lacks. */
const missing = (msgs: readonly Msg[]) =>
	catalogs.flatMap(([lang, cat]) =>
		msgs
			.flatMap(keysOf)
			.filter((k) => !(k in cat))
			.map((k) => `${lang}: ${k}`),
	);

// Names that are the same in every language (a log's name, a hash algorithm, a permission bit).
const SAME_IN_ALL = new Set([
	'gen.common.literal',
	'gen.signtool.field.hash.opt.SHA1',
	'gen.signtool.field.hash.opt.SHA256',
	'gen.event-query.field.log.opt.Application',
	'gen.event-query.field.log.opt.System',
	'gen.event-query.field.log.opt.Setup',
	'gen.event-query.field.format.opt.xml',
	'gen.chmod.bit.suid',
	'gen.chmod.bit.sgid',
]);
const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
/** Messages whose Chinese text is missing, English, or has no Chinese in it. */
const notChinese = (msgs: readonly Msg[]) =>
	msgs
		.filter(
			(m) =>
				!SAME_IN_ALL.has(m.key) &&
				(format(ZH, m) === format(EN, m) || !CHINESE.test(format(ZH, m))),
		)
		.map((m) => `${m.key}: ${format(ZH, m)}`);

describe('generator messages and catalogs', () => {
	test("the generator map and the loaders list exactly the tools registry's generators", () => {
		expect(Object.keys(generators).sort()).toEqual([...GENERATOR_IDS].sort());
		expect(Object.keys(loaders).sort()).toEqual([...GENERATOR_IDS].sort());
		for (const id of GENERATOR_IDS) expect(generators[id].spec.id).toBe(id);
	});

	test.each(GENERATOR_IDS)(
		'%s: every label, help text, option and preset is in every catalog, and Chinese in zh-CN',
		(id) => {
			const msgs = specMsgs(generators[id]);
			expect(missing(msgs)).toEqual([]);
			expect(notChinese(msgs)).toEqual([]);
		},
	);

	test.each(GENERATOR_IDS)(
		'%s: defaults and presets in every shell give catalog messages, Chinese in zh-CN',
		(id) => {
			const g = generators[id];
			const states = [
				defaults(g.spec),
				...(g.spec.presets ?? []).map((p) => ({ ...defaults(g.spec), ...p.state })),
			];
			const msgs = states.flatMap((s) =>
				g.spec.shells.flatMap((sh) => resultMsgs(g.generate(s, sh))),
			);
			expect(msgs.length).toBeGreaterThan(0);
			expect(missing(msgs)).toEqual([]);
			expect(notChinese(msgs)).toEqual([]);
		},
	);

	test.each(GENERATOR_IDS)(
		`%s: arbitrary form states give only catalog messages, Chinese in zh-CN (${RUNS} runs)`,
		(id) => {
			const g = generators[id];
			fc.assert(
				fc.property(stateOf(g), fc.constantFrom(...g.spec.shells), (state, shell) => {
					const msgs = resultMsgs(g.generate(state, shell));
					expect(missing(msgs)).toEqual([]);
					expect(notChinese(msgs)).toEqual([]);
				}),
				{ numRuns: RUNS },
			);
		},
	);

	test(`link notices are catalog messages (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(fc.constantFrom(...all), fc.string({ maxLength: 60 }), (g, q) => {
				const msgs = fromQuery(g.spec, q).notices;
				expect(missing(msgs)).toEqual([]);
				expect(notChinese(msgs)).toEqual([]);
			}),
			{ numRuns: RUNS },
		);
		// Fixed cases that reach every notice: bad value, malformed escape, unknown shell, hidden character.
		const msgs = fromQuery(msiexec(), 'a=bogus&t=%E0%A4%A&sh=zsh&log=a%E2%80%AEb').notices;
		expect(msgs.map((m) => m.key).sort()).toEqual([
			'gen.common.url.bad',
			'gen.common.url.hidden',
			'gen.common.url.malformed',
			'gen.common.url.unknownShell',
		]);
		expect(missing(msgs)).toEqual([]);
		expect(notChinese(msgs)).toEqual([]);
	});

	test('a message shows Chinese where the same message shows English (not a fallback)', () => {
		const r = generators.systemctl.generate(defaults(generators.systemctl.spec), 'bash');
		const status = r.tokens.find((t) => t.text === 'status')!.explain;
		expect(format(EN, status)).toMatch(/^Show the unit's state.*Exit code: 0 = Unit is active/);
		expect(format(ZH, status)).toMatch(/^显示单元状态.*退出代码：0 = 单元处于活动状态/);
	});
});

function msiexec(): Generator['spec'] {
	return generators.msiexec.spec;
}
