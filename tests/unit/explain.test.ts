// Explain mode (issue 10 §2). Round trip: for every valid form state, explaining the rendered command
// gives back a state that renders the same command, with no unknown token (RUNS per generator and
// shell). Oracles: the generators' own renderer (finish -> src/lib/shell), which explain() does not use
// to read; bash lines are also split by real bash (shell-bash.ts) where available.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_INPUT, detectShell, explain } from '~/lib/explain';
import * as chmod from '~/lib/generators/chmod';
import * as eventQuery from '~/lib/generators/event-query';
import * as icacls from '~/lib/generators/icacls';
import * as journalctl from '~/lib/generators/journalctl';
import * as msiexec from '~/lib/generators/msiexec';
import * as signtool from '~/lib/generators/signtool';
import * as systemctl from '~/lib/generators/systemctl';
import type { Field, Generator, Shell, State } from '~/lib/generators/types';
import { fromQuery } from '~/lib/generators/url-state';
import { RUNS, dashText, oneLine, shellText } from './arbitraries';

const all: Generator[] = [msiexec, signtool, icacls, eventQuery, chmod, journalctl, systemctl];

/** Values a user types: the field's own default, placeholder and options first, then hostile text. */
const plausible = [
	'C:\\Program Files\\App\\setup.msi',
	'%TEMP%\\install.log',
	'%ProgramFiles(x86)%\\x',
	'{12345678-ABCD-1234-ABCD-1234567890AB}',
	'a b',
	'nginx.service',
	'-.slice',
	'/var/www',
	'INSTALLDIR=C:\\Program Files\\App',
	'ALLUSERS=1',
	'_COMM=msiexec',
	'+',
	'-1h',
	'2026-01-01 10:00:00',
	'1',
	'42',
	'u+x',
	'g-w,o=r',
	'2755',
	'Everyone',
	'*S-1-5-32-545',
	'(D,WDAC)',
	'2:6.1.7600',
	'quiet',
	'err',
];
const text = (f: Field) =>
	fc.oneof(
		{ weight: 4, arbitrary: fc.constant('') },
		{
			weight: 4,
			arbitrary: fc.constantFrom(
				...[f.default, f.placeholder ?? ''].filter((x) => typeof x === 'string'),
				...plausible,
			) as fc.Arbitrary<string>,
		},
		{ weight: 1, arbitrary: oneLine(shellText) },
		{ weight: 1, arbitrary: oneLine(dashText) },
	);
const value = (f: Field) => {
	if (f.kind === 'checkbox') return fc.boolean();
	if (f.kind === 'select') return fc.constantFrom(...f.options!.map((o) => o.value));
	if (f.kind === 'number')
		return fc.oneof(
			fc.constant(''),
			fc.integer({ min: f.min ?? 0, max: f.max ?? 999 }).map(String),
		);
	if (f.kind === 'list')
		return fc.array(
			text(f).filter((s) => s.trim() !== '' && !/[\n\r]/.test(s)),
			{ maxLength: 3 },
		);
	return text(f);
};
const stateOf = (g: Generator) =>
	fc.record(
		Object.fromEntries(g.spec.fields.map((f) => [f.name, value(f)])),
	) as fc.Arbitrary<State>;

/** The shells each generator is explained in: its own, and wevtutil is the cmd form of event-query. */
const cases = all.flatMap((g) =>
	g.spec.shells
		.filter((sh) => !(g.spec.id === 'event-query' && sh === 'powershell'))
		.map((sh) => [g.spec.id, sh, g] as const),
);

describe('explain: round trip', () => {
	test.each(cases)(
		`%s in %s: explain(render(state)) renders the same command (${RUNS} runs)`,
		(id, shell, g) => {
			let valid = 0;
			fc.assert(
				fc.property(stateOf(g), (state) => {
					const r = g.generate(state, shell as Shell);
					if (!r.command) return;
					// signtool reads /word as a switch wherever it stands (generate warns, gen.common.warn.slashPath):
					// that command does not carry the form's state, so it is outside the round trip.
					if (
						id === 'signtool' &&
						(state.files as string[]).some((f) => /^\/[^\\/.]*$/.test(f.trim()))
					)
						return;
					if (id === 'icacls' && /^\/(?:t|reset|grant(?::r)?)$/i.test(String(state.path).trim()))
						return;
					valid++;
					const e = explain(r.command, { shell: shell as Shell });
					expect(e.errors).toEqual([]);
					expect(e.tool).toBe(id);
					expect(e.tokens.filter((t) => t.unknown)).toEqual([]);
					expect(g.generate(e.state!, shell as Shell).command).toBe(r.command);
					// The link carries that same state: the generator page opens with the same command.
					const back = fromQuery(g.spec, e.link!.split('?')[1] ?? '');
					expect(g.generate(back.state, back.shell).command).toBe(r.command);
				}),
				{ numRuns: RUNS },
			);
			// The biased values must give valid forms often enough for the property to mean something.
			expect(valid).toBeGreaterThan(RUNS / 20);
		},
	);
});
