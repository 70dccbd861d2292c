import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCmd } from '~/lib/shell/parse/cmd';
import { parsePs } from '~/lib/shell/parse/powershell';
import { display } from '~/lib/shell/types';
import { parseMsiexec } from '~/lib/shell/parse/winargv';
import { defaults } from '~/lib/generators/common';
import { generate, spec } from '~/lib/generators/msiexec';
import type { State } from '~/lib/generators/types';
import { en } from './gen-text';

import { RUNS, oneLine, shellText, visible } from './arbitraries';
const base: State = { ...defaults(spec), elevate: false };
const cmdLine = (s: State) => {
	const r = generate({ ...base, ...s }, 'cmd');
	expect(r.errors).toEqual([]);
	const [first, second] = r.command.split('\n');
	expect(first!.startsWith('start /wait ')).toBe(true);
	expect(second).toBe('echo %ERRORLEVEL%');
	return first!.slice('start /wait '.length);
};

describe('msiexec generator', () => {
	// Examples from Microsoft's "Command-Line Options" page; the generator writes properties
	// before /q and /l, so examples are those whose order matches.
	test.each([
		[{ target: 'A:\\Example.msi' }, 'msiexec /i A:\\Example.msi'],
		[
			{ target: 'A:\\Example.msi', properties: ['PROPERTY=VALUE'] },
			'msiexec /i A:\\Example.msi PROPERTY=VALUE',
		],
		[
			{ target: 'A:\\Example.msi', properties: ['PROPERTY=Embedded White Space'] },
			'msiexec /i A:\\Example.msi PROPERTY="Embedded White Space"',
		],
		[
			{ target: 'A:\\Example.msi', properties: ['PROPERTY='] },
			'msiexec /i A:\\Example.msi PROPERTY=""',
		],
		[
			{ target: 'A:\\Example.msi', properties: ['PROPERTY=Embedded "Quotes" White Space'] },
			'msiexec /i A:\\Example.msi PROPERTY="Embedded ""Quotes"" White Space"',
		],
		[
			{ target: 'A:\\Example.msi', properties: ['PATCH=msipatch.msp;msipatch2.msp'], ui: 'qb' },
			'msiexec /i A:\\Example.msi PATCH=msipatch.msp;msipatch2.msp /qb',
		],
		[
			{ action: 'patch', patches: ['msipatch.msp', 'msipatch2.msp'], ui: 'qb' },
			'msiexec /p msipatch.msp;msipatch2.msp /qb',
		],
		// Standard options page: /package and /quiet forms are written with their classic equivalents' flags.
		[
			{
				action: 'uninstall',
				target: '{7D4BFC7C-8A67-4A8A-B8B6-2F0FE31B0C8A}',
				ui: 'quiet',
				restart: 'norestart',
			},
			'msiexec /x {7D4BFC7C-8A67-4A8A-B8B6-2F0FE31B0C8A} /quiet /norestart',
		],
		[
			{ action: 'repair', repairFlags: 'omus', target: 'A:\\Example.msi' },
			'msiexec /fomus A:\\Example.msi',
		],
		[
			{ action: 'admin', target: 'A:\\Example.msi', targetDir: '\\\\server\\share\\app' },
			'msiexec /a A:\\Example.msi TARGETDIR=\\\\server\\share\\app',
		],
		[
			{ target: 'C:\\My Files\\go.msi', log: '%TEMP%\\go.log', logFlags: '*v' },
			'msiexec /i "C:\\My Files\\go.msi" /l*v "%TEMP%\\go.log"',
		],
		[{ target: 'a.msi', properties: ['COMPANY=A&B 100'] }, 'msiexec /i a.msi COMPANY="A&B 100"'],
		[{ target: 'a.msi', properties: ['COMPANY=A&B'] }, 'msiexec /i a.msi COMPANY=A^&B'],
	])('%j -> %s', (state, expected) => {
		expect(cmdLine(state as State)).toBe(expected);
	});

	test('Go preset in PowerShell: elevated Start-Process with the exit code', () => {
		const r = generate(spec.presets![0]!.state, 'powershell');
		expect(r.errors).toEqual([]);
		expect(r.command).toMatchInlineSnapshot(`
			"$p = Start-Process -FilePath msiexec.exe -ArgumentList "/i \`"\${env:USERPROFILE}\\Downloads\\go1.24.5.windows-amd64.msi\`" /quiet /norestart /l*v \`"\${env:TEMP}\\go-install.log\`"" -Verb RunAs -Wait -PassThru
			$p.ExitCode"
		`);
	});

	test.each([
		[{ restart: 'promptrestart', ui: 'quiet' }, 'restart'],
		[{ target: '{not-a-guid}' }, 'target'],
		[{ action: 'admin', target: '{7D4BFC7C-8A67-4A8A-B8B6-2F0FE31B0C8A}' }, 'target'],
		[{ properties: ['1BAD=x'] }, 'properties'],
		[{ log: 'x.log', logFlags: 'vq' }, 'logFlags'],
		[{ action: 'repair', repairFlags: 'z' }, 'repairFlags'],
		[{ properties: ['A=100% sure'] }, 'properties'],
		[{ properties: ['A=line\nbreak'] }, 'properties'],
	])('invalid %j is reported on %s and prints no command', (state, field) => {
		const r = generate({ ...base, ...(state as State) }, 'cmd');
		expect(r.errors.map((e) => e.field)).toContain(field);
		expect(r.command).toBe('');
	});

	test('lowercase property names are uppercased with a warning', () => {
		const r = generate({ ...base, target: 'a.msi', properties: ['installdir=C:\\Go'] }, 'cmd');
		expect(r.command.split('\n')[0]).toBe('start /wait msiexec /i a.msi INSTALLDIR=C:\\Go');
		expect(r.warnings.map((w) => en(w)).join()).toContain('INSTALLDIR');
	});

	const value = visible(oneLine(shellText)).filter((s) => !s.includes('%'));
	const path = fc.stringMatching(/^[A-Za-z]:\\[^"\0\n\r%<>|*?]{0,30}\.msi$/);

	test(`cmd: what msiexec receives equals the argv (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(path, fc.array(value, { maxLength: 3 }), (target, vals) => {
				const properties = vals.map((v, i) => `P${i}=${v}`);
				const r = generate({ ...base, target, properties: properties }, 'cmd');
				expect(r.errors).toEqual([]);
				const line = parseCmd(r.command.split('\n')[0]!.slice('start /wait '.length));
				expect(parseMsiexec(line)).toEqual(r.argv.map((a) => display(a)));
			}),
			{ numRuns: RUNS },
		);
	});

	test(`PowerShell: the ArgumentList string is msiexec's view of the argv (${RUNS} runs)`, () => {
		const anyValue = visible(shellText);
		fc.assert(
			fc.property(path, fc.array(anyValue, { maxLength: 3 }), (target, vals) => {
				const properties = vals.map((v, i) => `P${i}=${v}`);
				const r = generate({ ...base, target, properties }, 'powershell');
				expect(r.errors).toEqual([]);
				const first = r.command.split('\n$p.ExitCode')[0]!;
				// Each variable "expands" to its own %NAME% text, so the result compares with the display form.
				const env = Object.fromEntries(
					r.argv
						.flatMap((a) => (typeof a === 'string' ? [] : a))
						.flatMap((p) => (typeof p === 'string' ? [] : [[p.env, `%${p.env}%`]])),
				);
				const words = parsePs(first.replace(/^\$p = /, ''), env);
				expect(words.slice(0, 4)).toEqual([
					'Start-Process',
					'-FilePath',
					'msiexec.exe',
					'-ArgumentList',
				]);
				expect(parseMsiexec(`msiexec ${words[4]}`)).toEqual(r.argv.map((a) => display(a)));
			}),
			{ numRuns: RUNS },
		);
	});
});
