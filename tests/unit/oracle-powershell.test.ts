// Real PowerShell (7.6, hosted from Microsoft.PowerShell.SDK) as the oracle of every generator that has a
// PowerShell rendering: the command text is run as pasted, with the native program replaced by a printer
// of the argv it received, and Start-Process / Get-WinEvent replaced by functions with the cmdlets'
// parameter blocks that record what was bound. See tests/oracles/README.md for what this proves.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SEED } from './seed';
import { explain } from '~/lib/explain';
import { defaults } from '~/lib/generators/common';
import { loaders } from '~/lib/generators/index';
import { GENERATOR_IDS } from '~/lib/tools';
import type { Field, Generator, State, Value } from '~/lib/generators/types';
import { INVISIBLE } from '~/lib/shell/types';
import {
	type Answer,
	type Call,
	Oracle,
	ensureBuilt,
	envValue,
	unavailable,
} from '../oracles/powershell';
import {
	INVISIBLES,
	RUNS,
	SHELL_PIECES,
	UNICODE_SPACES,
	shellText,
	visible,
	withInvisible,
} from './arbitraries';

const WHY = unavailable();
const MUST_RUN = Boolean(process.env.CI);
if (WHY && !MUST_RUN)
	console.warn(
		`PowerShell oracle tests SKIPPED: ${WHY}. Install the .NET 10 SDK and cc to run them (with CI set they fail instead).`,
	);

// ---------------------------------------------------------------------------------------------------
// Hostile text, from the shared arbitraries (tests/unit/arbitraries.ts) plus what is specific to
// PowerShell and to these generators. The generators refuse every invisible or control character in
// PowerShell, so hostile text is mostly VISIBLE (otherwise nearly every state is refused and the property
// proves little); invisible characters still come in, and their refusal is its own property below.
const range = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
/** Every invisible class: C0, DEL, C1 (U+0085 NEL), bidi, zero-width, U+2028/2029, and the shared list. */
const ALL_INVISIBLES = [
	...INVISIBLES,
	...range(0x01, 0x1f),
	'\u007f',
	...range(0x80, 0x9f),
	...range(0x202a, 0x202e),
	...range(0x2066, 0x2069),
	'\u200e',
	'\u200f',
	'\u061c',
	'\u200b',
	'\u200c',
	'\u200d',
	'\u2060',
	'\ufeff',
	'\u2028',
	'\u2029',
];
/** Visible characters PowerShell treats specially, beyond SHELL_PIECES. */
const EXTRA = [
	'\u2013',
	'\u2014',
	'\u2015', // PowerShell reads these as dashes
	...UNICODE_SPACES,
	...range(0x2000, 0x200a), // Unicode spaces (char.IsWhiteSpace)
	'\u0301',
	'e\u0301',
	'\ud83d\ude00',
	'新', // combining, astral, CJK
];
const TOKENS = [
	'--%',
	'--',
	'-',
	'-x',
	'--help',
	'-foo:bar',
	'-foo.bar',
	'/T',
	'/c',
	'@args',
	'@{a=1}',
	'$(1)',
	'${env:TEMP}',
	'$env:TEMP',
	'$null',
	'`n',
	'`',
	"''",
	'""',
	'\\"',
	'\\\\',
	' \\',
	'C:\\My Files\\',
	'\\\\server\\share',
	'%TEMP%',
	'%temp%',
	'%USERNAME%',
	'%IFG_UNDEFINED%',
	// Set in the test runner's own environment (bash and npm set `_`, npm sets INIT_CWD) but not on the
	// Windows the oracle models: undefined for PowerShell too (CI found `%_%` leaking /usr/bin/npm).
	'%_%',
	'%INIT_CWD%',
	'%%',
	'%',
	'%ProgramFiles(x86)%',
	'%ComSpec%',
	'%windir%',
	'0x10',
	'1kb',
	'1e3',
	'007',
	'-1',
	'+1',
	'~',
	'*',
	'a,b',
	'#x',
	';x',
	'&x',
	'|x',
	'<x',
	'>x',
	'2>&1',
	'x=y',
	'NAME="v"',
];
/** A hand-written PowerShell line explained: it must read with no error and no unknown word. */
function explainedWhole(line: string) {
	const e = explain(line, { shell: 'powershell' });
	expect(e.errors, line).toEqual([]);
	expect(
		e.tokens.filter((t) => t.unknown),
		line,
	).toEqual([]);
	return e;
}

/** The hosts cannot give PATH a Windows value (the printers are found through it); use TEMP there. */
const noPath = (t: string) => t.replace(/%path/gi, '%TEMP');
const piece = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...SHELL_PIECES) },
	{ weight: 2, arbitrary: fc.constantFrom(...EXTRA) },
	{ weight: 3, arbitrary: fc.constantFrom(...TOKENS) },
	{ weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 6 }) },
);
/** Mostly visible: the text that can pass validation and reach PowerShell. */
const visibleHostile = visible(fc.array(piece, { maxLength: 8 }).map((a) => noPath(a.join(''))));
/** With at least one invisible or control character: must always be refused. */
const invisibleHostile = fc
	.tuple(visibleHostile, fc.constantFrom(...ALL_INVISIBLES), visibleHostile)
	.map(([x, c, y]) => x + c + y);
const hostile = fc.oneof(
	{ weight: 14, arbitrary: visibleHostile },
	{ weight: 3, arbitrary: fc.constantFrom(...TOKENS) }, // a whole value equal to a token (--%, %UNDEFINED% …)
	{ weight: 2, arbitrary: invisibleHostile },
	{ weight: 1, arbitrary: fc.oneof(shellText, withInvisible).map(noPath) }, // the shared mix, any Unicode included
	{
		weight: 1,
		arbitrary: fc
			.tuple(piece, fc.integer({ min: 100, max: 3000 }))
			.map(([p, n]) => noPath(p.repeat(n))),
	}, // long
);

// Plausible values per field, so that a good share of cases pass validation and reach PowerShell.
const prefix = (...ps: string[]) =>
	fc.tuple(fc.constantFrom(...ps), hostile).map(([p, h]) => p + h);
const PLAUSIBLE: Record<string, fc.Arbitrary<string>> = {
	'msiexec.target': prefix('C:\\', '%TEMP%\\', '%IFG_UNDEFINED%\\', '\\\\srv\\share\\', ''),
	'msiexec.properties': fc
		.tuple(fc.constantFrom('INSTALLDIR', 'P', 'Prop_1', 'A.B'), hostile)
		.map(([n, v]) => `${n}=${v}`),
	'msiexec.repairFlags': fc.stringMatching(/^[poedcaumsv]{1,4}$/),
	'msiexec.logFlags': fc.stringMatching(/^[iwearucmopvx+!*]{0,4}$/),
	'signtool.policyGuid': fc.constant('{00AAC56B-CD44-11d0-8CC2-00C04FC295EE}'),
	'signtool.osVersion': fc.constant('2:6.1.7600'),
	'signtool.index': fc.oneof(fc.constant(''), fc.stringMatching(/^\d{1,4}$/)),
	'signtool.files': prefix('C:\\', '%TEMP%\\', '%IFG_UNDEFINED%\\', '.\\', ''),
	'signtool.catalogFile': prefix('C:\\', '%SystemRoot%\\', ''),
	'icacls.principal': prefix('', '*S-1-5-18', '%USERNAME%', 'DOMAIN\\').map((s) =>
		s.replace(/[:"]/g, ''),
	),
	'icacls.perm': fc.constantFrom(
		'F',
		'M',
		'RX',
		'r',
		'(D,WDAC)',
		'(OI)',
		'(IO)F',
		'(CI)(S,WD,AD,X)',
	),
	'icacls.more': fc
		.tuple(
			prefix('*S-1-5-32-544', '*S-1-3-0', '%USERNAME%', 'DOMAIN\\').map((s) =>
				s.replace(/[:"]/g, ''),
			),
			fc.constantFrom('F', '(OI)(CI)F', '(OI)(CI)(IO)F', '(CI)(S,WD,AD,X)', '(NP)RX'),
		)
		.map(([who, perm]) => `${who}:${perm}`),
	'event-query.provider': fc.stringMatching(/^[A-Za-z0-9 ._-]{1,20}$/),
	'event-query.eventId': fc.stringMatching(/^\d{1,5}$/),
	'event-query.moreIds': fc
		.array(fc.integer({ min: 0, max: 65535 }), { minLength: 1, maxLength: 3 })
		.map((ids) => ids.join(', ')),
	'event-query.count': fc.stringMatching(/^[1-9]\d{0,5}$/),
};

/** Fields with a fixed format (or a NAME= part): hostile text there is mostly refused, so it is drawn less often. */
const FORMATTED = new Set([
	'msiexec.properties',
	'msiexec.repairFlags',
	'msiexec.logFlags',
	'signtool.policyGuid',
	'signtool.osVersion',
	'signtool.index',
	'icacls.perm',
	'icacls.more',
	'event-query.provider',
	'event-query.eventId',
	'event-query.moreIds',
	'event-query.count',
]);

/** Any state of the form: every free-text field gets hostile text, the field's default or a plausible value. */
function stateArb(g: Generator): fc.Arbitrary<State> {
	// A formatted field is refused for nearly any hostile text, and each one refuses the whole state, so it
	// gets hostile text in about 1 case of 10 (signtool has three of them).
	const text = (f: Field) => {
		const formatted = FORMATTED.has(`${g.spec.id}.${f.name}`);
		return fc.oneof(
			{ weight: formatted ? 1 : 3, arbitrary: hostile },
			{
				weight: formatted ? 3 : 1,
				arbitrary: fc.constant(typeof f.default === 'string' ? f.default : ''),
			},
			...(PLAUSIBLE[`${g.spec.id}.${f.name}`]
				? [{ weight: formatted ? 6 : 3, arbitrary: PLAUSIBLE[`${g.spec.id}.${f.name}`]! }]
				: []),
		);
	};
	const entries = g.spec.fields.map((f): [string, fc.Arbitrary<unknown>] => {
		switch (f.kind) {
			case 'checkbox':
				return [f.name, fc.boolean()];
			case 'select':
				return [
					f.name,
					fc.oneof(
						{ weight: 9, arbitrary: fc.constantFrom(...f.options!.map((o) => o.value)) },
						{ weight: 1, arbitrary: hostile },
					),
				];
			case 'list':
				// Every item must pass, so several hostile items are mostly refused: one item is drawn more often.
				return [
					f.name,
					fc.oneof(
						{ weight: 1, arbitrary: fc.constant([]) },
						{ weight: 4, arbitrary: fc.array(text(f), { minLength: 1, maxLength: 1 }) },
						{ weight: 2, arbitrary: fc.array(text(f), { minLength: 2, maxLength: 3 }) },
					),
				];
			default:
				return [f.name, text(f)];
		}
	});
	return fc.record(Object.fromEntries(entries)) as fc.Arbitrary<State>;
}

// ---------------------------------------------------------------------------------------------------
// What each generator means, and how to compare PowerShell's answer with it.
type Part = string | { env: string };
type ArgLike = string | readonly Part[];
const partsOf = (a: ArgLike): readonly Part[] => (typeof a === 'string' ? [a] : a);
/** An argument's intended value: %NAME% becomes the variable's value, as on Windows. (An undefined
 * variable stops the PowerShell command instead: see `undefinedEnv`; here it stays %NAME%, for LEN.) */
const expand = (a: ArgLike): string =>
	partsOf(a)
		.map((p) => (typeof p === 'string' ? p : (envValue(p.env) ?? `%${p.env}%`)))
		.join('');

/** Review IDs (the project's generator review, generators.md) of known defect classes this case belongs to. */
function knownClasses(id: string, argv: readonly ArgLike[]): string[] {
	const out: string[] = [];
	// (D5, --% as a value, and D8, an undefined %NAME% passed as an empty string, are fixed: the
	// property below checks them, and the cases at the end of the file pin them.)
	// (LEN, a native call longer than the 32,767 characters of a Windows command line once %NAME%
	// values are filled in, is fixed: such a command is refused, each %NAME% counted as up to 260
	// characters; the case at the end of the file pins it.)
	void id;
	void argv;
	return out;
}

/** msiexec's reading of its command line (Microsoft Learn, "Command-Line Options"): blanks separate,
 * "…" groups, and "" inside quotes is one literal quote. Written here independently of src/lib/shell. */
function splitMsiexec(line: string): string[] {
	const out: string[] = [];
	let i = 0;
	for (;;) {
		while (line[i] === ' ' || line[i] === '\t') i++;
		if (i >= line.length) return out;
		let cur = '';
		let quoted = false;
		while (i < line.length && (quoted || (line[i] !== ' ' && line[i] !== '\t'))) {
			if (line[i] === '"') {
				if (quoted && line[i + 1] === '"') {
					cur += '"';
					i += 2;
				} else {
					quoted = !quoted;
					i++;
				}
			} else cur += line[i++];
		}
		out.push(cur);
	}
}

const show = (v: unknown) => JSON.stringify(v);
/** What real PowerShell 7.6.9 passed for TestExe '--%' 'C:\\My Files\\a.exe' (observed with the oracle). */
const D5_SEEN = ['C:\\My', 'Files\\a.exe'];
/** Long values shortened for a readable failure message. */
const clip = (t: string) =>
	t.length > 600 ? `${t.slice(0, 400)} … (${t.length} characters) … ${t.slice(-150)}` : t;
const num = (type: string, value: number) => ({ type, value: String(value) });

/** Names of the variables the argv references that the hosts do not define (as on a Windows without them). */
const undefinedEnv = (argv: readonly ArgLike[]): string[] =>
	argv.flatMap((a) =>
		partsOf(a).flatMap((p) =>
			typeof p !== 'string' && envValue(p.env) === undefined ? [p.env] : [],
		),
	);

/** Compare PowerShell's answer with the generator's intent; null when they agree. */
function mismatch(id: string, state: State, argv: readonly ArgLike[], a: Answer): string | null {
	// D8: an undefined variable must stop the command with an error, before any program or cmdlet runs.
	const missing = undefinedEnv(argv);
	if (missing.length) {
		if (!a.errors.length || a.native.length || a.calls.length)
			return `%${missing[0]}% is not defined, so PowerShell must stop with an error and start nothing; got ${show(a)}`;
		return null;
	}
	if (a.errors.length) return `PowerShell reported errors: ${show(a.errors)}`;
	const want = argv.map(expand);
	if (id === 'msiexec') {
		if (a.native.length || a.calls.length !== 1)
			return `expected one Start-Process call, got ${show(a)}`;
		const { command, bound } = a.calls[0]!;
		const expected: Record<string, unknown> = {
			FilePath: 'msiexec.exe',
			Wait: true,
			PassThru: true,
		};
		if (state.elevate === true) expected.Verb = 'RunAs';
		const { ArgumentList, ...rest } = bound as { ArgumentList?: unknown };
		if (command !== 'Start-Process' || show(sortKeys(rest)) !== show(sortKeys(expected)))
			return `Start-Process bound ${show(bound)}, expected ${show(expected)} and one ArgumentList string`;
		if (
			!Array.isArray(ArgumentList) ||
			ArgumentList.length !== 1 ||
			typeof ArgumentList[0] !== 'string'
		)
			return `ArgumentList bound as ${show(ArgumentList)}, expected one string`;
		const got = ['msiexec', ...splitMsiexec(ArgumentList[0])];
		if (show(got) !== show(want))
			return `msiexec would read ${show(got)} from ${show(ArgumentList[0])}, expected ${show(want)}`;
		if (a.output !== '0\n') return `$p.ExitCode printed ${show(a.output)}`;
		return null;
	}
	if (id === 'event-query') return eventMismatch(state, a);
	if (a.calls.length || a.native.length !== 1) return `expected one native call, got ${show(a)}`;
	const got = a.native[0]!;
	if (basename(got[0]!) !== want[0] || show(got.slice(1)) !== show(want.slice(1)))
		return `${basename(got[0]!)} received ${show(got.slice(1))}, expected ${show(want.slice(1))}`;
	return null;
}

const sortKeys = (o: Record<string, unknown>) =>
	Object.fromEntries(Object.entries(o).sort(([x], [y]) => (x < y ? -1 : 1)));

/** Get-WinEvent: the filter, count and order the form asked for, and the output stage that was chosen. */
function eventMismatch(state: State, a: Answer): string | null {
	const s = (k: string) => (typeof state[k] === 'string' ? (state[k] as string).trim() : '');
	const log = ['Application', 'System', 'Setup'].includes(s('log')) ? s('log') : 'Application';
	const filter: Record<string, unknown> = { LogName: log };
	if (s('provider')) filter.ProviderName = s('provider');
	// One ID is an Int32; several (eventId and moreIds) are an array of them.
	const ids = [s('eventId'), ...s('moreIds').split(/[ ,]+/)].filter((x) => x !== '');
	if (ids.length)
		filter.Id =
			ids.length === 1 ? num('Int32', Number(ids[0])) : ids.map((x) => num('Int32', Number(x)));
	const bound: Record<string, unknown> = {
		FilterHashtable: [filter],
		MaxEvents: num('Int64', Number(s('count') || '10')),
	};
	if (state.newest !== true) bound.Oldest = true;
	const expected = { command: 'Get-WinEvent', set: 'HashQuerySet', bound };
	if (a.native.length || a.calls.length !== 1)
		return `expected one Get-WinEvent call, got ${show(a)}`;
	const call = a.calls[0]!;
	const norm = (c: Call) =>
		show({
			command: c.command,
			set: c.set,
			bound: sortKeys({
				...c.bound,
				FilterHashtable: (c.bound.FilterHashtable as Record<string, unknown>[]).map(sortKeys),
			}),
		});
	if (norm(call) !== norm(expected))
		return `Get-WinEvent bound ${show(call)}, expected ${show(expected)}`;
	const xml = s('format') === 'xml';
	const ok = xml
		? a.output === '<Event/>\n'
		: /TimeCreated\s+: T\n/.test(a.output) && /Message\s+: M\n/.test(a.output);
	return ok ? null : `output stage printed ${show(a.output)} (format ${xml ? 'xml' : 'text'})`;
}

// ---------------------------------------------------------------------------------------------------
describe.skipIf(WHY !== null && !MUST_RUN)(
	'real PowerShell receives exactly what the generators mean',
	() => {
		let oracle: Oracle;
		const generators: Record<string, Generator> = {};

		beforeAll(async () => {
			if (WHY) throw new Error(`CI is set, so the PowerShell oracle must run, but ${WHY}.`);
			const b = ensureBuilt();
			const t0 = Date.now();
			oracle = await Oracle.start();
			console.info(
				`PowerShell oracle: ${b.built ? `built in ${b.ms} ms` : 'cached build'}, started in ${Date.now() - t0} ms; ${oracle.info.trim().replaceAll('\n', ', ')}`,
			);
			for (const id of GENERATOR_IDS) generators[id] = await loaders[id]!();
		}, 900_000);
		afterAll(() => oracle?.close());

		test('the oracle is PowerShell 7.6 in Standard argument passing, and the printers are native commands', () => {
			const [version, passing, ...programs] = oracle.info.trim().split('\n');
			expect(version).toMatch(/^7\.6\./);
			expect(passing).toBe('Standard');
			for (const p of programs) expect(p).toMatch(/^\w+=Application:\//);
		});

		// Documented examples, run through the same harness. TestExe is the argv printer under the name
		// about_Parsing uses for its own echo tool.
		const native = async (script: string) => {
			const a = await oracle.run(script);
			expect(a.errors).toEqual([]);
			expect(a.native).toHaveLength(1);
			return a.native[0]!.slice(1);
		};
		test.each([
			// about_Quoting_Rules
			['$i = 5; TestExe "The value of $i is $i."', ['The value of 5 is 5.']],
			['TestExe "The value of $(2+3) is 5."', ['The value of 5 is 5.']],
			['$i = 5; TestExe "The value of `$i is $i."', ['The value of $i is 5.']],
			["$i = 5; TestExe 'The value of $i is $i.'", ['The value of $i is $i.']],
			["TestExe 'The value of $(2+3) is 5.'", ['The value of $(2+3) is 5.']],
			[`TestExe 'As they say, "live and learn."'`, ['As they say, "live and learn."']],
			[`TestExe "As they say, 'live and learn.'"`, ["As they say, 'live and learn.'"]],
			['TestExe "As they say, ""live and learn."""', ['As they say, "live and learn."']],
			["TestExe 'don''t'", ["don't"]],
			[
				'TestExe "Use a quotation mark (`") to begin a string."',
				['Use a quotation mark (") to begin a string.'],
			],
			[
				"TestExe 'Use a quotation mark (`\") to begin a string.'",
				['Use a quotation mark (`") to begin a string.'],
			],
			[
				'TestExe "Double \u201c\u201csmart quotation marks`\u201d must be escaped in a double-quoted string."',
				['Double \u201csmart quotation marks\u201d must be escaped in a double-quoted string.'],
			],
			[
				"TestExe 'Single \u2018\u2018smart quotation marks\u2019\u2019 must be escaped in a single-quoted string.'",
				['Single \u2018smart quotation marks\u2019 must be escaped in a single-quoted string.'],
			],
			// about_Parsing, argument mode ($a is 4)
			['TestExe 2+2', ['2+2']],
			['$a = 4; TestExe $a+2', ['4+2']],
			['TestExe $-', ['$-']],
			['$a = 4; TestExe a$a', ['a4']],
			["$a = 4; TestExe a'$a'", ['a$a']],
			['$a = 4; TestExe a"$a"', ['a4']],
			['TestExe a$(2)', ['a2']],
			['TestExe !1', ['!1']],
			['TestExe /CECHO A,B', ['/CECHO', 'A,B']],
			["$AB = 'A','B'; TestExe /CECHO $AB", ['/CECHO', 'A', 'B']],
			["$AB = 'A','B'; TestExe /CECHO :$AB", ['/CECHO', ':A B']],
			// about_Parsing, native commands
			[
				'icacls X:\\VMS /grant Dom\\HVAdmin:`(CI`)`(OI`)F',
				['X:\\VMS', '/grant', 'Dom\\HVAdmin:(CI)(OI)F'],
			],
			[
				'icacls X:\\VMS --% /grant Dom\\HVAdmin:(CI)(OI)F',
				['X:\\VMS', '/grant', 'Dom\\HVAdmin:(CI)(OI)F'],
			],
			[`$a = 'a" "b'; TestExe -echoargs $a 'c" "d' e" "f`, ['-echoargs', 'a" "b', 'c" "d', 'e f']],
			["TestExe -echoargs '' a b ''", ['-echoargs', '', 'a', 'b', '']],
			[
				'TestExe -echoargs """${Env:ProgramFiles(x86)}\\Microsoft\\"""',
				['-echoargs', '"C:\\Program Files (x86)\\Microsoft\\"'],
			],
			[
				`TestExe -echoargs '"C:\\Program Files (x86)\\Microsoft\\"'`,
				['-echoargs', '"C:\\Program Files (x86)\\Microsoft\\"'],
			],
			['TestExe -echoargs -a -b -- -c', ['-echoargs', '-a', '-b', '--', '-c']],
		])('documented: %s', async (script, expected) => {
			expect(await native(script)).toEqual(expected);
		});

		const psIds = () =>
			GENERATOR_IDS.filter((id) => generators[id]!.spec.shells.includes('powershell'));
		test('the generators with a PowerShell rendering are the four checked below', () => {
			expect(psIds().sort()).toEqual(['event-query', 'icacls', 'msiexec', 'signtool']);
		});

		/** Run one case: null if PowerShell agrees (or the generator refused), else why not. */
		async function check(id: string, state: State, stats?: Stats): Promise<string | null> {
			const g = generators[id]!;
			let r;
			try {
				r = g.generate(state, 'powershell');
			} catch (e) {
				return `generate() threw ${String(e)}`;
			}
			if (r.errors.length) {
				if (stats)
					stats.refusedBy[r.errors[0]!.field] = (stats.refusedBy[r.errors[0]!.field] ?? 0) + 1;
				return null;
			}
			if (!r.command) return 'no errors but an empty command';
			// No invisible or control character may ever reach a command (the refusal property is below).
			// (The msiexec command is two lines: \n is the only control character allowed, between statements.)
			if (
				r.command.split('\n').some((line) => INVISIBLE.test(line)) ||
				r.argv.some((a) =>
					partsOf(a as ArgLike).some((p) => typeof p === 'string' && INVISIBLE.test(p)),
				)
			)
				return `rendered an invisible or control character: ${show(r.command)}`;
			const known = knownClasses(id, r.argv as readonly ArgLike[]);
			if (stats) {
				stats.rendered++;
				if (undefinedEnv(r.argv as readonly ArgLike[]).length) stats.stopped++;
				for (const k of known) stats.known[k] = (stats.known[k] ?? 0) + 1;
			}
			// Known defect classes (review IDs above) are left to the test.fails cases below.
			if (known.length) return null;
			return mismatch(id, state, r.argv as readonly ArgLike[], await ask(r.command));
		}
		// The same command text always gets the same answer, so each distinct command is run once.
		const asked = new Map<string, Promise<Answer>>();
		const ask = (command: string): Promise<Answer> => {
			let a = asked.get(command);
			if (!a) asked.set(command, (a = oracle.run(command)));
			return a;
		};
		interface Stats {
			rendered: number;
			/** Rendered with an undefined variable: PowerShell must stop. */
			stopped: number;
			/** Refused states, by the field of the first error. */
			refusedBy: Record<string, number>;
			known: Record<string, number>;
		}

		/** Shrink a failing state: fields back to their defaults, list items dropped, text cut down. */
		async function minimize(id: string, state: State): Promise<State> {
			const d = defaults(generators[id]!.spec);
			const cuts = (t: string): string[] => {
				const cps = [...t];
				const out = [cps.slice(cps.length >> 1).join(''), cps.slice(0, cps.length >> 1).join('')];
				if (cps.length <= 80)
					cps.forEach((_, i) => out.push([...cps.slice(0, i), ...cps.slice(i + 1)].join('')));
				return out.filter((c) => c !== t);
			};
			let cur = state;
			let budget = 3000;
			for (let progress = true; progress && budget > 0;) {
				progress = false;
				for (const [k, v] of Object.entries(cur)) {
					const cands: Value[] = show(v) === show(d[k]) ? [] : [d[k]!];
					if (Array.isArray(v))
						v.forEach((item, i) =>
							cands.push(
								v.filter((_, j) => j !== i),
								...cuts(item).map((c) => v.map((x, j) => (j === i ? c : x))),
							),
						);
					else if (typeof v === 'string') cands.push(...cuts(v));
					for (const c of cands) {
						if (--budget < 0) break;
						const next = { ...cur, [k]: c };
						if ((await check(id, next)) !== null) {
							cur = next;
							progress = true;
							break;
						}
					}
				}
			}
			return cur;
		}

		// Property: RUNS random states per generator (fast-check arbitraries, fixed seed printed), sent to
		// PowerShell in one pipelined batch; the first failure is shrunk and reported with its diff.
		test.each(['msiexec', 'signtool', 'icacls', 'event-query'])(
			`%s: PowerShell passes exactly the generator's argv (${RUNS} runs)`,
			async (id) => {
				const g = generators[id]!;
				const seed = SEED;
				const t0 = Date.now();
				const samples = fc.sample(stateArb(g), { seed, numRuns: RUNS });
				const stats: Stats = { rendered: 0, stopped: 0, refusedBy: {}, known: {} };
				const results = await Promise.all(samples.map((s) => check(id, s, stats)));
				const failures = results.filter((x) => x !== null).length;
				console.info(
					`PowerShell oracle ${id}: ${RUNS} runs (seed ${seed}), ${stats.rendered} rendered (${stats.stopped} of them must stop: undefined variable), ${RUNS - stats.rendered} refused ${show(stats.refusedBy)}, ${asked.size} distinct commands run so far, ${failures} mismatches, ` +
						`known classes set aside ${show(stats.known)}, ${Date.now() - t0} ms`,
				);
				const first = results.findIndex((x) => x !== null);
				if (first >= 0) {
					const small = await minimize(id, samples[first]!);
					const diff = (Object.keys(small) as string[]).filter(
						(k) => show(small[k]) !== show(defaults(g.spec)[k]),
					);
					expect.fail(
						`${failures} of ${RUNS} cases differ (seed ${seed}). Shrunk counterexample (fields changed from the defaults): ` +
							`${clip(show(Object.fromEntries(diff.map((k) => [k, small[k]]))))}\ncommand: ${clip(g.generate(small, 'powershell').command)}\n${clip((await check(id, small))!)}`,
					);
				}
				// A vacuous property (everything refused) would prove nothing.
				expect(stats.rendered).toBeGreaterThan(RUNS * 0.2);
			},
			900_000,
		);

		// Invisible and control characters: the PowerShell rendering refuses them (a reader cannot see what
		// would run). Property: take any state that renders, put one invisible character (every class, see
		// ALL_INVISIBLES) into a free-text field the command uses, and the generator must refuse it.
		test.each(['msiexec', 'signtool', 'icacls', 'event-query'])(
			`%s: any invisible or control character in free text is refused (${RUNS} runs)`,
			(id) => {
				const g = generators[id]!;
				const free = g.spec.fields.filter((f) =>
					['text', 'textarea', 'number', 'list'].includes(f.kind),
				);
				expect(free.length).toBeGreaterThan(0);
				let checked = 0;
				fc.assert(
					fc.property(
						stateArb(g),
						fc.nat(),
						fc.constantFrom(...ALL_INVISIBLES),
						fc.nat(),
						(state, fi, c, at) => {
							const f = free[fi % free.length]!;
							const v = state[f.name];
							const text = Array.isArray(v) ? (v[0] ?? '') : typeof v === 'string' ? v : '';
							// Inside the text, between visible characters: surrounding whitespace is trimmed (and a
							// line break separates list items), which is not what is tested here.
							const cps = [...text];
							const k = 1 + (at % Math.max(1, cps.length - 1));
							const [left, right] = [cps.slice(0, k).join(''), cps.slice(k).join('')];
							fc.pre(
								/\S/.test(left) && /\S/.test(right) && !(f.kind === 'list' && /[\n\r]/.test(c)),
							);
							const dirtyText = left + c + right;
							const clean = { ...state, [f.name]: Array.isArray(v) ? [text, ...v.slice(1)] : text };
							const dirty = {
								...state,
								[f.name]: Array.isArray(v) ? [dirtyText, ...v.slice(1)] : dirtyText,
							};
							const r = g.generate(clean, 'powershell');
							// Only where the clean text renders and the field is used (changing it changes the command).
							fc.pre(r.errors.length === 0);
							const other = g.generate(
								{ ...clean, [f.name]: Array.isArray(v) ? [`${text}x`, ...v.slice(1)] : `${text}x` },
								'powershell',
							);
							fc.pre(other.errors.length > 0 || other.command !== r.command);
							checked++;
							const d = g.generate(dirty, 'powershell');
							expect(
								d.errors.length,
								`${f.name} = ${show(dirtyText)} rendered ${show(d.command)}`,
							).toBeGreaterThan(0);
							expect(d.command).toBe('');
						},
					),
					{
						numRuns: Math.max(100, Math.round(RUNS / 10)),
						seed: SEED,
					},
				);
				expect(checked).toBeGreaterThan(0);
			},
		);

		// D5 (fixed): a value equal to --% is refused, because real PowerShell takes even the QUOTED '--%' as
		// the stop-parsing token and passes the rest of the line verbatim. The evidence first, then the refusal.
		test("D5 evidence: real PowerShell treats a quoted '--%' as stop-parsing", async () => {
			const got = await native("TestExe '--%' 'C:\\My Files\\a.exe'");
			expect(got).not.toContain('--%');
			expect(got).toEqual(D5_SEEN);
		});
		test.each([
			['signtool', { files: ['--%', 'C:\\My Files\\a.exe'] }],
			['icacls', { path: '--%' }],
			['signtool', { catalog: 'c', catalogFile: '--%' }],
		] as [string, State][])('D5: %s %j is refused in PowerShell', (id, s) => {
			const g = generators[id]!;
			const r = g.generate({ ...defaults(g.spec), ...s }, 'powershell');
			expect(r.errors.length).toBeGreaterThan(0);
			expect(r.command).toBe('');
		});

		// D8 (fixed): a variable outside the always-defined list is read with Get-Item -ErrorAction Stop, so
		// where it is undefined real PowerShell stops with an error and starts nothing; defined, it passes exactly.
		test.each([
			['signtool', { catalog: 'c', catalogFile: '%IFG_UNDEFINED%' }],
			['icacls', { path: 'a%IFG_UNDEFINED%b' }],
			['msiexec', { log: '%IFG_UNDEFINED%\\x.log' }],
		] as [string, State][])(
			'D8: %s %j — undefined: PowerShell stops, nothing is started',
			async (id, s) => {
				const g = generators[id]!;
				const state = { ...defaults(g.spec), ...s };
				const r = g.generate(state, 'powershell');
				expect(r.errors).toEqual([]);
				expect(r.command).toContain("Get-Item -LiteralPath 'Env:IFG_UNDEFINED' -ErrorAction Stop");
				const a = await oracle.run(r.command);
				expect(a.errors.length).toBeGreaterThan(0);
				expect(a.native).toEqual([]);
				expect(a.calls).toEqual([]);
				expect(mismatch(id, state, r.argv as readonly ArgLike[], a)).toBeNull();
			},
		);
		test.each([
			['signtool', { catalog: 'c', catalogFile: '%ProgramFiles(x86)%\\x.cat' }],
			['icacls', { path: '%USERPROFILE%\\a %windir% b' }],
			['msiexec', { log: '%ProgramFiles(x86)%\\x y.log' }],
		] as [string, State][])(
			'D8: %s %j — defined: PowerShell passes the value exactly',
			async (id, s) => {
				const g = generators[id]!;
				const state = { ...defaults(g.spec), ...s };
				const r = g.generate(state, 'powershell');
				expect(r.errors).toEqual([]);
				const a = await oracle.run(r.command);
				expect(a.errors).toEqual([]);
				expect(a.native.length + a.calls.length).toBe(1);
				expect(mismatch(id, state, r.argv as readonly ArgLike[], a)).toBeNull();
			},
		);

		// Explain mode reads Get-WinEvent lines written by hand (issue 10 §2): whatever state it reads from a
		// line, real PowerShell binds exactly that filter, count, order and output stage for the same line.
		test('explain reads hand-written Get-WinEvent lines as PowerShell binds them (property)', async () => {
			const cases = fc.record({
				log: fc.constantFrom('Application', 'System', 'Setup'),
				provider: fc.option(
					fc.stringMatching(/^[A-Za-z0-9._-]([A-Za-z0-9 ._-]{0,12}[A-Za-z0-9._-])?$/),
				),
				ids: fc.array(fc.integer({ min: 0, max: 65535 }), { maxLength: 4 }),
				count: fc.integer({ min: 1, max: 999999 }),
				oldest: fc.boolean(),
				xml: fc.boolean(),
				order: fc.constantFrom([0, 1, 2], [2, 1, 0], [1, 0, 2], [1, 2, 0]),
				space: fc.constantFrom('', ' ', '  '),
				quote: fc.constantFrom("'", '"'),
				casing: fc.constantFrom('as', 'lower', 'upper'),
			});
			const names = new Set<string>();
			await fc.assert(
				fc.asyncProperty(cases, async (c) => {
					const q = (v: string) => (c.quote === "'" ? `'${v}'` : `"${v}"`);
					const sp = c.space;
					const entries = [
						`LogName${sp}=${sp}${q(c.log)}`,
						c.provider === null ? '' : `ProviderName${sp}=${sp}${q(c.provider)}`,
						c.ids.length ? `Id${sp}=${sp}${c.ids.join(`${sp},${sp}`)}` : '',
					];
					const table = c.order
						.map((k) => entries[k]!)
						.filter(Boolean)
						.join(`${sp};${sp}`);
					const cased = (w: string) =>
						c.casing === 'lower' ? w.toLowerCase() : c.casing === 'upper' ? w.toUpperCase() : w;
					const line = [
						cased('Get-WinEvent'),
						cased('-FilterHashtable'),
						`@{${sp}${table}${sp}}`,
						cased('-MaxEvents'),
						String(c.count),
						...(c.oldest ? [cased('-Oldest')] : []),
						'|',
						...(c.xml
							? [cased('ForEach-Object'), cased('-MemberName'), cased('ToXml')]
							: [cased('Format-List'), `TimeCreated,${sp}Id,${sp}LevelDisplayName,${sp}Message`]),
					].join(' ');
					const e = explainedWhole(line);
					names.add(line);
					expect(eventMismatch(e.state!, await oracle.run(line)), line).toBeNull();
				}),
				{ numRuns: Math.max(50, Math.round(RUNS / 20)), seed: SEED },
			);
			expect(names.size).toBeGreaterThan(40);
		});

		// Get-WinEvent's other parameter sets (issue 10 §2 leftovers): explain reads -LogName / the log first,
		// -ProviderName, -FilterXPath, -MaxEvents, -Oldest and a Where-Object / Select-Object / Format-List /
		// ToXml stage; real PowerShell binds exactly what explain read (the parameter set, the log, the
		// provider, the XPath, which is the wevtutil form's /q: for the state explain read, the count, the order).
		test('explain reads the other Get-WinEvent parameter sets as PowerShell binds them (property)', async () => {
			const eq = generators['event-query']!;
			const cases = fc.record({
				set: fc.constantFrom('log', 'positional', 'provider', 'log+xpath', 'provider+xpath'),
				log: fc.constantFrom('Application', 'System', 'Setup'),
				provider: fc.constantFrom(
					'MsiInstaller',
					'Microsoft-Windows-RestartManager',
					'Service Control Manager',
				),
				ids: fc.array(fc.integer({ min: 0, max: 65535 }), { minLength: 1, maxLength: 3 }),
				xpathProvider: fc.boolean(),
				count: fc.option(fc.integer({ min: 1, max: 999999 })),
				oldest: fc.boolean(),
				stage: fc.constantFrom('', 'where', 'whereSimple', 'select', 'list', 'xml'),
				quote: fc.constantFrom("'", '"'),
				casing: fc.constantFrom('as', 'lower', 'upper'),
				// Block comments and redirections between any two words of the Get-WinEvent command,
				// a parameter and its value too (about_Comments, about_Redirection).
				asides: fc.array(
					fc.tuple(fc.nat(30), fc.constantFrom('<# c #>', '<#x#>', '2>$null', '3>&1', '4>$null')),
					{ maxLength: 3 },
				),
			});
			const names = new Set<string>();
			await fc.assert(
				fc.asyncProperty(cases, async (c) => {
					const cased = (w: string) =>
						c.casing === 'lower' ? w.toLowerCase() : c.casing === 'upper' ? w.toUpperCase() : w;
					const q = (v: string) => `${c.quote}${v}${c.quote}`;
					const conds = [
						c.xpathProvider ? `Provider[@Name='${c.provider}']` : '',
						`(${c.ids.map((x) => `EventID=${x}`).join(' or ')})`,
					].filter(Boolean);
					const xpath = `*[System[${conds.join(' and ')}]]`;
					const byProvider = c.set.startsWith('provider');
					const words = [
						cased('Get-WinEvent'),
						...(c.set === 'positional' ? [c.log] : byProvider ? [] : [cased('-LogName'), c.log]),
						...(byProvider ? [cased('-ProviderName'), q(c.provider)] : []),
						// An XPath in double quotes has its ' inside; in single quotes they are doubled.
						...(c.set.endsWith('xpath')
							? [
									cased('-FilterXPath'),
									c.quote === '"' ? `"${xpath}"` : `'${xpath.replaceAll("'", "''")}'`,
								]
							: []),
						...(c.count === null ? [] : [cased('-MaxEvents'), String(c.count)]),
						...(c.oldest ? [cased('-Oldest')] : []),
						...{
							'': [],
							where: ['|', cased('Where-Object'), `{ $_.Id -eq ${c.ids[0]} }`],
							whereSimple: ['|', cased('Where-Object'), 'Id', '-eq', String(c.ids[0])],
							select: ['|', cased('Select-Object'), '-First', '3', 'TimeCreated, Id, Message'],
							list: ['|', cased('Format-List'), 'TimeCreated, Id, LevelDisplayName, Message'],
							xml: ['|', cased('ForEach-Object'), cased('-MemberName'), cased('ToXml')],
						}[c.stage]!,
					];
					// Each stream is redirected once (twice is a parse error, tested below).
					const asides = c.asides.filter(
						([, w], k) => w.startsWith('<#') || !c.asides.slice(0, k).some(([, v]) => v === w),
					);
					const end = words.includes('|') ? words.indexOf('|') : words.length;
					for (const [at, w] of asides) words.splice(1 + (at % end), 0, w);
					const line = words.join(' ');
					const e = explainedWhole(line);
					for (const [, w] of asides)
						expect(e.tokens.find((t) => t.text === w)?.explain.key, line).toBe(
							w.startsWith('<#') ? 'explain.tok.comment.block' : 'explain.tok.redirect.ps',
						);
					const st = e.state!;
					const a = await oracle.run(line);
					expect(a.errors, line).toEqual([]);
					expect(a.calls.length, line).toBe(1);
					const call = a.calls[0]!;
					expect(call.set, line).toBe(byProvider ? 'GetProviderSet' : 'GetLogSet');
					const bound: Record<string, unknown> = {};
					if (byProvider) bound.ProviderName = [st.provider];
					else bound.LogName = [st.log];
					if (c.set.endsWith('xpath')) {
						// The XPath the wevtutil form writes for the state explain read.
						const cmd = eq.generate(
							{ ...st, provider: c.xpathProvider ? String(st.provider) : '' },
							'cmd',
						);
						const qArg = cmd.argv.map(String).find((x) => x.startsWith('/q:'))!;
						bound.FilterXPath = qArg.slice(3);
					}
					if (c.count !== null) bound.MaxEvents = num('Int64', Number(st.count));
					if (st.newest === false) bound.Oldest = true;
					expect(sortKeys(call.bound), line).toEqual(sortKeys(bound));
					names.add(line);
				}),
				{ numRuns: Math.max(50, Math.round(RUNS / 20)), seed: SEED },
			);
			expect(names.size).toBeGreaterThan(40);
		});

		test.each([
			'TestExe a >',
			'TestExe a > ; TestExe b',
			'TestExe a 2> | Out-Null',
			'TestExe a < x',
			'TestExe a 1>&2',
			'TestExe a 2>&1 2> x',
			'TestExe a <# open',
			'Get-WinEvent System <# open',
			'Get-WinEvent System >',
			'Get-WinEvent System 2>$null -Oldest 2>$null',
		])('explain refuses what PowerShell cannot parse: %s', async (line) => {
			const a = await oracle.run(line);
			expect(a.native).toEqual([]);
			expect(a.errors.join('\n')).toMatch(/^(?:Incomplete)?ParseException/);
			expect(explain(line, { shell: 'powershell' }).errors.map((m) => m.key)).not.toContain(
				'explain.err.unknownProgram',
			);
			expect(explain(line, { shell: 'powershell' }).errors).toHaveLength(1);
		});

		// Explain mode reads comments, redirections, pipes and chains around a native command (issue 10 §2
		// leftovers): whatever line is built from them, the argv explain reads is exactly what real PowerShell
		// passes the program, and every piece of syntax is shown as such (never as an argument).
		test('explain reads comments, redirections and chains as PowerShell does (property)', async () => {
			const dir = mkdtempSync(join(tmpdir(), 'ifg-ps-syntax-'));
			const file = fc
				.tuple(fc.constantFrom('o', 'e', 'x y'), fc.nat(99))
				.map(([n, k]) => `'${join(dir, `${n}${k}.txt`)}'`);
			const arg = fc.constantFrom(
				'a',
				'/qn',
				'C:\\x.msi',
				'x=1',
				"'a b'",
				'"c d"',
				"'#q'",
				"'>q'",
				"'a;b'",
			);
			const piece = fc.oneof(
				arg.map((a) => ({ a })),
				fc.constantFrom('<# c #>', '<#x#>').map((c) => ({ c })),
				fc
					.tuple(
						fc.constantFrom('>', '>>', '2>', '2>>', '*>', '3>>', '6>'),
						fc.constantFrom('', ' '),
						file,
					)
					.map(([op, sp, f]) => ({ r: `${op}${sp}${f}` })),
				fc.constantFrom('2>&1', '3>&1', '*>&1').map((r) => ({ r })),
			);
			const tail = fc.oneof(
				fc.constant(''),
				fc.constantFrom(
					' # done',
					' #',
					' ; TestExe z',
					' && TestExe z',
					' || TestExe z',
					' | Out-Null',
				),
				file.map((f) => ` | Out-File ${f}`),
			);
			let lines = 0;
			let refused = 0;
			try {
				await fc.assert(
					fc.asyncProperty(fc.array(piece, { maxLength: 7 }), tail, async (pieces, end) => {
						const line = `TestExe ${pieces.map((p) => ('a' in p ? p.a : 'c' in p ? p.c : p.r)).join(' ')}${end}`;
						const expected = pieces.filter((p) => 'a' in p).length;
						const e = explain(line, { shell: 'powershell' });
						const a = await oracle.run(line);
						// A stream redirected twice: PowerShell refuses to parse the line, and so does explain.
						if (a.errors.some((x) => x.startsWith('ParseException'))) {
							expect(a.native, line).toEqual([]);
							expect(
								e.errors.map((m) => m.key),
								line,
							).toEqual(['explain.err.tokenize']);
							refused++;
							return;
						}
						expect(
							e.errors.map((m) => m.key),
							line,
						).toEqual(['explain.err.unknownProgram']);
						expect(a.errors, line).toEqual([]);
						expect(e.argv.slice(1), line).toEqual(a.native[0]!.slice(1));
						expect(e.argv.length - 1, line).toBe(expected);
						// Syntax tokens: one per redirection and comment, one for the tail; no argument among them.
						const syntax = e.tokens.filter((t) => !t.unknown);
						const want = pieces.filter((p) => !('a' in p)).length + (end.trim() ? 1 : 0);
						expect(syntax.length, line).toBe(want);
						lines++;
					}),
					{ numRuns: Math.max(100, Math.round(RUNS / 10)), seed: SEED },
				);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
			console.info(
				`PowerShell syntax property: ${lines} lines read as PowerShell runs them, ${refused} refused by both`,
			);
			expect(lines).toBeGreaterThan(refused);
		});

		// Known defect, strict property on a minimal counterexample. test.fails: it passes while the defect
		// exists; when the generator is fixed (the value is refused or passed through), it fails — then drop
		// `.fails` and the LEN filter in knownClasses().
		const strict = async (id: string, s: State) => {
			const g = generators[id]!;
			const state = { ...defaults(g.spec), ...s };
			const r = g.generate(state, 'powershell');
			if (r.errors.length) return; // refused: fixed
			expect(
				mismatch(id, state, r.argv as readonly ArgLike[], await oracle.run(r.command)),
			).toBeNull();
		};
		test('LEN: signtool file %TEMP% × 3000 — 18,000 characters typed, 135,000 after expansion: refused (each %NAME% counted as up to 260 characters)', () =>
			strict('signtool', { files: ['%TEMP%'.repeat(3000)] }));
	},
);
