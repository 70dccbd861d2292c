// Every command a reader can copy from a guide or a knowledge-base note must run as written in the
// shell it is shown for. See tests/unit/content-lint.ts for the rules and their oracles (the
// project's parseCmd/parsePs and the real bash). Each review finding that was a command
// (H1, I3, I15, W2 in the project's content review, content.md) is kept below as a regression case.
import { describe, expect, test } from 'vitest';
import {
	type Block,
	docFiles,
	guideBlocks,
	lint,
	lintBash,
	lintCmd,
	lintPs,
	noteBlocks,
	noteFiles,
} from './content-lint';

/**
 * Variables a page means the reader to keep or replace, by block location prefix. Commented so a
 * new entry has to say why.
 */
const ALLOW_VARS: [RegExp, string[]][] = [
	// The uninstall example passes a ProductCode GUID ({…}) unquoted: it never contains a space.
	[/start\/go-msi-other-problems\.mdx/, ['code']],
];

const allowFor = (where: string) =>
	ALLOW_VARS.filter(([re]) => re.test(where)).flatMap(([, v]) => v);

function problemsOf(blocks: Block[]): string[] {
	return blocks.flatMap((b) =>
		lint(b, allowFor(b.where)).map((p) => `${b.where} (${b.shell}): ${p}`),
	);
}

describe('guides', () => {
	const files = docFiles();
	test('there are guides with commands to check', () => {
		expect(files.length).toBeGreaterThan(30);
		expect(files.flatMap((f) => guideBlocks(f).blocks).length).toBeGreaterThan(100);
	});
	test.each(files.map((f) => [f.replace(/.*src\/content\//, ''), f]))('%s', (_, file) => {
		const { blocks, problems } = guideBlocks(file);
		expect([...problems, ...problemsOf(blocks)]).toEqual([]);
	});
});

describe('knowledge-base notes', () => {
	test.each(noteFiles().map((f) => [f.replace(/.*src\/content\//, ''), f]))('%s', (_, file) => {
		expect(problemsOf(noteBlocks(file))).toEqual([]);
	});
});

// The commands the content review found wrong, verbatim from the pages before the fix: each must
// still be caught, so the rules above cannot quietly stop working.
describe('the reviewed defects are caught', () => {
	test('H1: the rename of C:\\Windows\\Temp ran whatever the check printed (cmd)', () => {
		const old = [
			'dir /a "%SystemRoot%" | findstr /i /r /c:" Temp$"',
			'ren "%SystemRoot%\\Temp" Temp.broken',
			'mkdir "%SystemRoot%\\Temp"',
			'icacls "%SystemRoot%\\Temp" /grant *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F',
		].join('\n');
		expect(lintCmd(old, true)).toEqual([
			'line 2: "ren" on a Windows system folder must be inside an if that checks first: ren "%SystemRoot%\\Temp" Temp.broken',
		]);
	});
	test('H1: the same in PowerShell', () => {
		const old = [
			'Test-Path "$env:SystemRoot\\Temp" -PathType Container   # False means it is a file or missing',
			'Rename-Item "$env:SystemRoot\\Temp" \'Temp.broken\'',
			'New-Item "$env:SystemRoot\\Temp" -ItemType Directory',
			"icacls \"$env:SystemRoot\\Temp\" /grant '*S-1-5-18:(OI)(CI)F' '*S-1-5-32-544:(OI)(CI)F'",
		].join('\n');
		expect(lintPs(old)).toEqual([
			'line 2: a change to a Windows system folder must be inside an if that checks first: Rename-Item "$env:SystemRoot\\Temp" \'Temp.broken\'',
		]);
	});
	test('H1 fixed: unquoted grants inside an if ( … ) block would end the block', () => {
		const bad =
			'if not exist "%SystemRoot%\\Temp\\" (\n  icacls "%SystemRoot%\\Temp" /grant:r *S-1-5-18:(OI)(CI)F\n)';
		expect(lintCmd(bad, true)).toEqual([
			'line 2: an unquoted ( or ) inside an if/for block ends the block early: icacls "%SystemRoot%\\Temp" /grant:r *S-1-5-18:(OI)(CI)F',
		]);
	});
	test('H2: a SYSTEM task ran a script from a folder users can change', () => {
		const old =
			'schtasks /create /tn "MSI health check" /ru SYSTEM /sc daily /st 09:00 /tr "powershell.exe -NoProfile -ExecutionPolicy Bypass -File C:\\ops\\check-msi.ps1"';
		expect(lintCmd(old, false)).toEqual([
			'line 1: a SYSTEM task must run a script only administrators can change (under Program Files)',
		]);
	});
	test('I3: `where go` in a block not tied to cmd, and in PowerShell', () => {
		expect(lintCmd('go version\nwhere go', false)).toEqual([
			'line 2: "where" means Where-Object in PowerShell; outside a cmd tab write where.exe',
		]);
		expect(lintCmd('go version\nwhere go', true)).toEqual([]);
		expect(lintPs('go version\nwhere go')).toEqual([
			'line 2: "where" is Where-Object in PowerShell; write where.exe',
		]);
		expect(lintPs("Get-Process | where { $_.Name -eq 'msiexec' }")).toEqual([]);
	});
	test('I15: a <ServiceName> placeholder is redirection in cmd and reserved in PowerShell', () => {
		expect(lintCmd('sc query <ServiceName>', true)).toEqual([
			'line 1: cmd reads "<ServiceName" as a redirection (a <placeholder>?)',
			'line 1: cmd reads ">" as a redirection (a <placeholder>?)',
		]);
		expect(lintPs('Get-Service <ServiceName>')).toContain(
			"line 1: '<' is reserved in PowerShell (a <placeholder>?)",
		);
		expect(lintCmd('sc query ServiceName', true)).toEqual([]);
	});
	test('W2: Start-Process -ArgumentList given an array', () => {
		const old =
			'$p = Start-Process msiexec.exe -ArgumentList \'/i\', "$PWD\\go.windows-amd64.msi", \'/l*v\', "$env:TEMP\\go-install.log" -Verb RunAs -Wait -PassThru';
		expect(lintPs(old)).toEqual([
			'-ArgumentList gets an array; PowerShell joins it with spaces and no quoting, so a path with a space splits: \'/i\', "$PWD\\go.windows-amd64.msi", \'/l*v\', "$env:TEMP\\go-install.log" -Verb RunAs -Wait -PassThru',
		]);
		const fixed =
			'$msi = "$PWD\\go1.23.5.windows-amd64.msi"\n$p = Start-Process msiexec.exe -ArgumentList "/i `"$msi`" /l*v `"$env:TEMP\\go-install.log`"" -Wait -PassThru';
		expect(lintPs(fixed)).toEqual([]);
		expect(lintPs('$msi = "x"\nStart-Process msiexec.exe -ArgumentList "/i $msi"')).toEqual([
			'-ArgumentList "/i $msi": $msi is not inside `"…`", a path with a space would split',
		]);
	});
	test('PowerShell: an unquoted (OI) grant, an unset variable, an unknown environment variable', () => {
		expect(lintPs('icacls C:\\x /grant *S-1-5-18:(OI)(CI)F')[0]).toMatch(
			/PowerShell would not pass/,
		);
		expect(lintPs('Get-Item $folder')).toEqual(['line 1: $folder is used but never set']);
		expect(lintPs('Get-Item $env:GO_HOME')).toEqual([
			'line 1: $env:go_home is not a standard variable',
		]);
	});
	test('bash: a <file> placeholder and an unset variable', () => {
		expect(lintBash('sha256sum <file>')).toContain(
			'line 1: bash reads "<file" as a redirection (a <placeholder>?)',
		);
		// Syntactically valid bash, so only our rule catches it:
		expect(lintBash('sha256sum <file> sums.txt')).toEqual([
			'line 1: bash reads "<file" as a redirection (a <placeholder>?)',
			'line 1: bash reads "> sums.txt" as a redirection (a <placeholder>?)',
		]);
		expect(lintBash('tar -C "$DEST" -xzf go.tar.gz')).toEqual([
			'line 1: $DEST is used but never set',
		]);
		expect(lintBash('echo "unterminated')[0]).toMatch(/^bash -n: /);
	});
});
