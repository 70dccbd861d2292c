import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as chmod from '~/lib/generators/chmod';
import { defaults } from '~/lib/generators/common';
import * as eventQuery from '~/lib/generators/event-query';
import * as icacls from '~/lib/generators/icacls';
import * as journalctl from '~/lib/generators/journalctl';
import * as msiexec from '~/lib/generators/msiexec';
import * as signtool from '~/lib/generators/signtool';
import * as systemctl from '~/lib/generators/systemctl';
import type { Field, Generator, State } from '~/lib/generators/types';
import { fromQuery, toQuery } from '~/lib/generators/url-state';
import { INVISIBLE } from '~/lib/shell/types';
import { en } from './gen-text';

const RUNS = Number(process.env.IFG_PROPERTY_RUNS ?? 10000);
const all: Generator[] = [msiexec, signtool, chmod, journalctl, icacls, eventQuery, systemctl];

const text = fc
	.string({ unit: 'binary', maxLength: 20 })
	.filter((s) => s.isWellFormed() && !s.includes('\0'));
const value = (f: Field) => {
	if (f.kind === 'checkbox') return fc.boolean();
	if (f.kind === 'select') return fc.constantFrom(...f.options!.map((o) => o.value));
	if (f.kind === 'number')
		return fc.oneof(fc.constant(''), fc.integer({ min: f.min ?? 0, max: 999 }).map(String));
	if (f.kind === 'list')
		return fc.array(
			text.filter((s) => s !== '' && !s.includes('\n')),
			{ maxLength: 3 },
		);
	return text;
};
const stateOf = (g: Generator) =>
	fc.record(
		Object.fromEntries(g.spec.fields.map((f) => [f.name, value(f)])),
	) as fc.Arbitrary<State>;

describe('URL state', () => {
	test('parameter names are unique per generator', () => {
		for (const g of all) {
			const names = g.spec.fields.map((f) => f.param ?? f.name);
			expect(new Set(names).size, g.spec.id).toBe(names.length);
			expect(names).not.toContain('sh');
		}
	});

	test.each(all.map((g) => [g.spec.id, g] as const))(
		`%s: state -> query -> state is lossless (${RUNS} runs)`,
		(_id, g) => {
			fc.assert(
				fc.property(stateOf(g), fc.constantFrom(...g.spec.shells), (state, shell) => {
					const back = fromQuery(g.spec, toQuery(g.spec, state, shell));
					// The only notices: values that carry invisible or control characters.
					const hidden = g.spec.fields.filter((f) => {
						const v = state[f.name];
						return (Array.isArray(v) ? v : [v]).some(
							(x) => typeof x === 'string' && INVISIBLE.test(x.replaceAll('\n', '')),
						);
					});
					expect(back.notices.map((n) => en(n).replace(/contains invisible.*/s, ''))).toEqual(
						hidden
							.filter((f) => f.kind !== 'select' && f.kind !== 'number' && f.kind !== 'checkbox')
							.map((f) => `The link's value for ${en(f.label)} `),
					);
					expect(back.shell).toBe(shell);
					const kept = (st: State) =>
						Object.fromEntries(
							g.spec.fields.filter((f) => !f.derived).map((f) => [f.name, st[f.name]]),
						);
					expect(kept(back.state)).toEqual(kept(state));
				}),
				{ numRuns: Math.ceil(RUNS / 7) },
			);
		},
	);

	test("chmod's grid is derived from the mode, not stored in the link", () => {
		const q = toQuery(
			chmod.spec,
			chmod.sync({ ...defaults(chmod.spec), mode: '1777', type: 'dir' }, 'mode'),
			'bash',
		);
		expect(q).toBe('m=1777&type=dir');
		const back = chmod.sync(fromQuery(chmod.spec, q).state, '');
		expect([back.sticky, back.ow, back.suid]).toEqual([true, true, false]);
	});

	test('defaults give an empty query', () => {
		for (const g of all) expect(toQuery(g.spec, defaults(g.spec), g.spec.shells[0]!)).toBe('');
	});

	test('malformed parameters fall back to defaults with a notice', () => {
		const r = fromQuery(msiexec.spec, 'a=format-disk&el=maybe&sh=zsh&ui=qz&unknown=1&t=%E4%B8%AD');
		expect(r.state.action).toBe('install');
		expect(r.state.elevate).toBe(true);
		expect(r.state.ui).toBe('');
		expect(r.state.target).toBe('中');
		expect(r.shell).toBe('powershell');
		expect(r.notices.map((n) => en(n))).toMatchInlineSnapshot(`
			[
			  "Unknown shell "zsh"; powershell is used.",
			  "The link's value "format-disk" for Action was not valid; the default is used.",
			  "The link's value "qz" for User interface was not valid; the default is used.",
			  "The link's value "maybe" for Run elevated (administrator) was not valid; the default is used.",
			]
		`);
	});

	test(`arbitrary query strings never throw (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (q) => {
				for (const g of all)
					expect(() => g.generate(fromQuery(g.spec, q).state, g.spec.shells[0]!)).not.toThrow();
			}),
			{ numRuns: Math.ceil(RUNS / 5) },
		);
	});
});
