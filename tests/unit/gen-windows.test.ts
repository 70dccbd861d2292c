import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCmd } from '~/lib/shell/parse/cmd';
import { parsePs } from '~/lib/shell/parse/powershell';
import { display } from '~/lib/shell/types';
import { parseCrt } from '~/lib/shell/parse/winargv';
import { defaults } from '~/lib/generators/common';
import * as eventQuery from '~/lib/generators/event-query';
import * as icacls from '~/lib/generators/icacls';
import * as signtool from '~/lib/generators/signtool';
import type { Generator, Shell, State } from '~/lib/generators/types';
import { en } from './gen-text';

import { RUNS, oneLine, shellText, visible } from './arbitraries';
const run = (g: Generator, s: object, shell: Shell = 'cmd') => {
	const r = g.generate({ ...defaults(g.spec), ...(s as State) }, shell);
	expect(r.errors).toEqual([]);
	return r.command;
};

describe('signtool verify', () => {
	// "Using SignTool to Verify a File Signature" (Microsoft Learn); the page writes SignTool.
	test.each([
		[{ policy: '', verbose: false, files: ['MyControl.exe'] }, 'SignTool verify MyControl.exe'],
		[{ verbose: false, files: ['MyControl.exe'] }, 'SignTool verify /pa MyControl.exe'],
		[
			{ policy: '', catalog: 'a', verbose: false, files: ['SysFile.dll'] },
			'SignTool verify /a SysFile.dll',
		],
		[
			{ policy: '', catalog: 'c', catalogFile: 'MyCat.cat', verbose: false, files: ['MyFile.ini'] },
			'SignTool verify /c MyCat.cat MyFile.ini',
		],
		[{ policy: '', files: ['MyControl.exe'] }, 'SignTool verify /v MyControl.exe'],
	])('%j -> %s', (state, doc) => {
		expect(run(signtool, state)).toBe(doc.replace(/^SignTool/, 'signtool'));
	});

	test('driver policy warning and exit codes', () => {
		const r = signtool.generate({ ...defaults(signtool.spec), policy: '' }, 'cmd');
		expect(en(r.warnings[0]!)).toContain('/pa');
		expect(signtool.EXIT_CODES.map((e) => e.code)).toEqual([0, 1, 2]);
	});

	test.each([
		[{ policy: 'pg', policyGuid: 'nope' }, 'policyGuid'],
		[{ index: '1', all: true }, 'index'],
		[{ osVersion: '6.1' }, 'osVersion'],
		[{ files: [] }, 'files'],
		[{ files: ['C:\\a"b.exe'] }, 'files'],
	])('%j is refused on %s', (state, field) => {
		const r = signtool.generate({ ...defaults(signtool.spec), ...(state as State) }, 'powershell');
		expect(r.errors.map((e) => e.field)).toContain(field);
	});
});

describe('icacls', () => {
	// Examples from the icacls page (Microsoft Learn, Windows Commands).
	test.each([
		[
			{
				action: 'grant',
				path: 'file',
				principal: 'Administrator',
				perm: '(D,WDAC)',
				inherit: false,
			},
			'icacls file /grant Administrator:(D,WDAC)',
		],
		[
			{ action: 'grant', path: 'file', principal: '*S-1-1-0', perm: '(D,WDAC)', inherit: false },
			'icacls file /grant *S-1-1-0:(D,WDAC)',
		],
		[{}, 'icacls "%TEMP%"'],
		[{ action: 'grant', principal: '*S-1-5-18' }, 'icacls "%TEMP%" /grant *S-1-5-18:(OI)(CI)F'],
		[{ action: 'grant' }, 'icacls "%TEMP%" /grant "%USERNAME%:(OI)(CI)F"'],
		[
			{ action: 'reset', path: 'C:\\Windows\\Temp', recurse: true },
			'icacls C:\\Windows\\Temp /reset /T',
		],
	])('%j -> %s', (state, expected) => {
		expect(run(icacls, state)).toBe(expected);
	});

	test('PowerShell expands the same variables', () => {
		expect(run(icacls, { action: 'grant' }, 'powershell')).toBe(
			'icacls "${env:TEMP}" /grant "${env:USERNAME}:(OI)(CI)F"',
		);
	});

	test.each([
		[{ action: 'grant', principal: '*S-1-x' }, 'principal'],
		[{ action: 'grant', perm: 'FULL' }, 'perm'],
	])('%j refused on %s', (s, field) => {
		expect(
			icacls
				.generate({ ...defaults(icacls.spec), ...(s as State) }, 'cmd')
				.errors.map((e) => e.field),
		).toContain(field);
	});
});

describe('event query', () => {
	test.each([
		// wevtutil page example.
		[{ provider: '', count: '3' }, 'cmd', 'wevtutil qe Application /c:3 /rd:true /f:text'],
		[
			{},
			'cmd',
			'wevtutil qe Application /q:"*[System[Provider[@Name=\'MsiInstaller\']]]" /c:10 /rd:true /f:text',
		],
		[
			{ eventId: '11708', format: 'xml' },
			'cmd',
			'wevtutil qe Application /q:"*[System[Provider[@Name=\'MsiInstaller\'] and (EventID=11708)]]" /c:10 /rd:true /f:xml',
		],
		[
			{},
			'powershell',
			"Get-WinEvent -FilterHashtable @{LogName='Application'; ProviderName='MsiInstaller'} -MaxEvents 10 | Format-List TimeCreated, Id, LevelDisplayName, Message",
		],
	])('%j in %s -> %s', (state, shell, expected) => {
		expect(run(eventQuery, state, shell as Shell)).toBe(expected);
	});

	test("a provider with ' is refused (it would end the XPath string)", () => {
		expect(
			eventQuery.generate({ ...defaults(eventQuery.spec), provider: "a'b" }, 'cmd').errors[0]!
				.field,
		).toBe('provider');
	});
});

describe('Windows generators: free text reaches the program unchanged', () => {
	const text = visible(oneLine(shellText)).filter(
		(s) => !/["%]/.test(s) && s.trim() === s && s.length < 200,
	);
	test.each(['cmd', 'powershell'] as const)(`signtool and icacls in %s (${RUNS} runs)`, (shell) => {
		fc.assert(
			fc.property(text, text, (file, who) => {
				for (const [g, s] of [
					[signtool, { files: [file] }],
					[
						icacls,
						{ action: 'grant', path: file, principal: who.replace(/[:*]/g, '').trim() || 'x' },
					],
				] as const) {
					const r = g.generate({ ...defaults(g.spec), ...(s as State) }, shell);
					if (r.errors.length) {
						// Only PowerShell refuses, for arguments versions pass differently.
						expect(shell).toBe('powershell');
						continue;
					}
					const got = shell === 'cmd' ? parseCrt(parseCmd(r.command)) : parsePs(r.command);
					expect(got).toEqual(r.argv.map((a) => display(a)));
				}
			}),
			{ numRuns: RUNS },
		);
	});
});
