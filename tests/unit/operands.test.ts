// Semantic property (issue 13 §6): an operand the reader typed is never read as an option. The argv is
// the one real bash builds from the generated command (one bash process for all runs); GNU getopt's
// rule then decides: an argv element starting with "-" is an option unless it comes after "--" or is
// the separate argument of an option that requires one (journalctl -u X, systemctl -n N). An attached
// "--opt=X" is one element and cannot be split. The real-tool checks of the same rule are in
// gen-chmod.test.ts (only the named file changes) and gen-bash.test.ts (systemctl's outcome).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as chmod from '~/lib/generators/chmod';
import { defaults } from '~/lib/generators/common';
import * as journalctl from '~/lib/generators/journalctl';
import * as systemctl from '~/lib/generators/systemctl';
import type { Generator, State } from '~/lib/generators/types';
import { RUNS, dashText, oneLine, shellText } from './arbitraries';
import { bashArgvs } from './shell-bash';

/** Options whose argument is the next argv element, from each tool's man page (getopt "x:"). */
const TAKES_ARGUMENT: Record<string, string[]> = {
	chmod: ['--reference'],
	journalctl: [
		'-u',
		'--unit',
		'--user-unit',
		'-p',
		'--priority',
		'-n',
		'--lines',
		'-o',
		'--output',
		'-S',
		'--since',
		'-U',
		'--until',
		'-g',
		'--grep',
		'-D',
		'--directory',
		'-M',
		'-t',
		'--identifier',
		'-F',
		'--field',
	],
	systemctl: [
		'-n',
		'--lines',
		'-H',
		'--host',
		'-M',
		'--machine',
		'-p',
		'--property',
		'-t',
		'--type',
		'-o',
		'--output',
		'--state',
		'--root',
	],
};

type Role = 'operand' | 'argument' | 'option' | 'end';

/** GNU getopt's reading of an argv (it permutes, so operands may come before options). */
export function roles(argv: string[], takesArgument: string[]): Role[] {
	const out: Role[] = ['operand'];
	for (let i = 1; i < argv.length; i++) {
		const a = argv[i]!;
		if (a === '--') {
			out.push('end', ...argv.slice(i + 1).map((): Role => 'operand'));
			break;
		}
		if (takesArgument.includes(a) && i + 1 < argv.length) {
			out.push('option', 'argument');
			i++;
		} else if (a.startsWith('--') && takesArgument.includes(a.slice(0, a.indexOf('='))))
			out.push('argument'); // --opt=X
		else out.push(a.startsWith('-') && a !== '-' ? 'option' : 'operand');
	}
	return out;
}

/** How getopt reads each occurrence of `operand` in `argv` (as itself, or attached as --opt=operand). */
export function readAs(argv: string[], operand: string, takesArgument: string[]): Role[] {
	const r = roles(argv, takesArgument);
	return argv.flatMap((a, i) =>
		i > 0 &&
		r[i] !== 'end' &&
		// A unit named "-u" after the generator's own "-u" ("-u -u"): that first "-u" is the option whose
		// argument is the operand, not the operand. An operand read as an option that swallows anything
		// else is still reported.
		!(r[i] === 'option' && r[i + 1] === 'argument' && argv[i + 1] === operand) &&
		(a === operand || (r[i] === 'argument' && a.startsWith('--') && a.endsWith(`=${operand}`)))
			? [r[i]!]
			: [],
	);
}

const text = oneLine(
	fc.oneof({ weight: 3, arbitrary: dashText }, { weight: 1, arbitrary: shellText }),
).filter((s) => s.trim() === s && s !== '--');
const unitChars = (t: string) => t.replace(/[^A-Za-z0-9:_.\\@-]/g, '');
const cases: [string, Generator, string, (t: string) => object][] = [
	['chmod path', chmod, 'paths', (t) => ({ paths: [t] })],
	['chmod path after --reference', chmod, 'paths', (t) => ({ reference: 'ref', paths: [t] })],
	['chmod --reference file', chmod, 'reference', (t) => ({ reference: t, paths: ['f'] })],
	[
		'chmod mode',
		chmod,
		'mode',
		(t) => ({ mode: ['-w', '-x', '-rwx', '-t', '-0', 'u-w'][t.length % 6]! }),
	],
	['journalctl -u unit', journalctl, 'units', (t) => ({ units: [unitChars(t) || '-x'] })],
	[
		'journalctl --grep pattern',
		journalctl,
		'grep',
		(t) => ({ grep: t.replace(/[\\^$.|?*+()[\]{}]/g, '').trim() || '-e' }), // a blank pattern is no pattern
	],
	['systemctl unit', systemctl, 'unit', (t) => ({ unit: unitChars(t) || '-.slice' })],
];

describe('an operand is never read as an option (bash builds the argv, getopt rules read it)', () => {
	test('the rule can fail: an unguarded leading dash is an option', () => {
		expect(readAs(['chmod', '755', '-w'], '-w', [])).toEqual(['option']);
		expect(readAs(['chmod', '755', '--', '-w'], '-w', [])).toEqual(['operand']);
		expect(readAs(['journalctl', '-u', '-b'], '-b', ['-u'])).toEqual(['argument']);
		expect(readAs(['journalctl', '--', '-u', '-b'], '-b', ['-u'])).toEqual(['operand']);
		expect(readAs(['journalctl', '-u', '-u', '--no-pager'], '-u', ['-u'])).toEqual(['argument']);
		expect(readAs(['journalctl', '-u', 'x'], '-u', ['-u'])).toEqual(['option']);
	});

	test.each(cases)(`%s (${RUNS} runs, one bash)`, (_name, g, field, fill) => {
		const tool = g.spec.id as keyof typeof TAKES_ARGUMENT;
		const states = fc
			.sample(text, RUNS)
			.map((t) => ({ ...defaults(g.spec), ...(fill(t) as State) }));
		const done = states
			.map((s) => ({ s, r: g.generate(s, 'bash') }))
			.filter(({ r }) => r.errors.length === 0);
		expect(done.length).toBeGreaterThan(RUNS * 0.5);
		const dashed = done.filter(({ s }) =>
			[s[field]].flat().some((v) => String(v).startsWith('-')),
		).length;
		expect(dashed).toBeGreaterThan(RUNS * 0.3);
		const argvs = bashArgvs(done.map(({ r }) => r.command));
		done.forEach(({ s }, i) => {
			for (const operand of [s[field]].flat().map(String)) {
				const seen = readAs(argvs[i]!, operand, TAKES_ARGUMENT[tool] ?? []);
				expect({
					operand,
					argv: argvs[i],
					seen: seen.length > 0 && seen.every((x) => x === 'operand' || x === 'argument'),
				}).toEqual({ operand, argv: argvs[i], seen: true });
			}
		});
	});
});
