// Issue 10 §2 leftovers: comments and redirections in cmd and PowerShell, read by the shells' own
// tokenizers (parseCmd with CmdSyntax, parsePs with PsSyntax) and shown as what they are, never as a
// program's arguments. There is no cmd here, so the cmd cases are Microsoft's documented rules and
// examples (each cited) and lines of the shape published install scripts use; PowerShell is checked
// against real PowerShell 7.6 in oracle-powershell.test.ts (a property), plus the fixed cases below.
import { describe, expect, test } from 'vitest';
import { bestOf } from './timing';
import { MAX_INPUT, explain } from '~/lib/explain';
import { type CmdSyntax, parseCmd } from '~/lib/shell/parse/cmd';
import { type PsSyntax, parsePs } from '~/lib/shell/parse/powershell';
import { en, zh } from './gen-text';

const view = (line: string, shell: 'cmd' | 'powershell') => {
	const e = explain(line, { shell });
	return {
		argv: e.argv,
		syntax: e.tokens
			.filter((t) => /^explain\.tok\.(?:redirect|pipe|next|comment)/.test(t.explain.key))
			.map((t) => [t.text, t.explain.key.replace('explain.tok.', '')]),
		unknown: e.tokens.filter((t) => t.unknown).map((t) => t.text),
		errors: e.errors.map((m) => m.key),
		state: e.state,
	};
};

describe('cmd: redirections, & && | ||, rem and :: (Microsoft documentation)', () => {
	// "Using command redirection operators" (https://learn.microsoft.com/previous-versions/windows/it-pro/windows-xp/bb490982(v=technet.10)):
	// its own examples. The program is not one the site explains; its argv is still what cmd passes.
	test.each([
		['dir>c:\\file.txt 2>&1', ['dir'], ['>c:\\file.txt', '2>&1']],
		['sort<file.txt', ['sort'], ['<file.txt']],
		['dir>>dirlist.txt', ['dir'], ['>>dirlist.txt']],
		['sort 0<file.txt', ['sort'], ['0<file.txt']],
		['dir 1>nul 2>nul', ['dir'], ['1>nul', '2>nul']],
		['tasklist > c:\\tasklist.txt', ['tasklist'], ['>c:\\tasklist.txt']],
		['dir 2> "C:\\My Logs\\err.txt" /b', ['dir', '/b'], ['2>"C:\\My Logs\\err.txt"']],
	])('documented: %s', (line, argv, redirections) => {
		const v = view(line, 'cmd');
		expect(v.argv).toEqual(argv);
		expect(v.syntax).toEqual(redirections.map((r) => [r, 'redirect']));
	});

	// Lines of the shape published install scripts use (vendor deployment notes, SCCM/Intune wrappers).
	test('msiexec with its output and errors discarded: the options are read, the redirections are not arguments', () => {
		const v = view(
			'msiexec /i "C:\\Deploy\\app x64.msi" /qn /norestart /l*v "%TEMP%\\app.log" >nul 2>&1',
			'cmd',
		);
		expect(v.argv).toEqual([
			'msiexec',
			'/i',
			'C:\\Deploy\\app x64.msi',
			'/qn',
			'/norestart',
			'/l*v',
			'%TEMP%\\app.log',
		]);
		expect(v.syntax).toEqual([
			['>nul', 'redirect'],
			['2>&1', 'redirect'],
		]);
		expect(v.unknown).toEqual([]);
		expect(v.state).toMatchObject({
			target: 'C:\\Deploy\\app x64.msi',
			ui: 'qn',
			log: '%TEMP%\\app.log',
		});
	});
	test.each([
		['start /wait msiexec /x {11111111-2222-3333-4444-555555555555} /qn & echo %ERRORLEVEL%', '&'],
		['start /wait msiexec /x {11111111-2222-3333-4444-555555555555} /qn && echo removed', '&&'],
		['start /wait msiexec /x {11111111-2222-3333-4444-555555555555} /qn || exit /b 1', '||'],
	])(
		'a second command after %s is shown as such ("Command shell overview": & && ||)',
		(line, op) => {
			const v = view(line, 'cmd');
			expect(v.argv.at(-1)).toBe('/qn');
			expect(v.unknown).toEqual([]);
			expect(v.syntax).toHaveLength(1);
			expect(v.syntax[0]![0]!.startsWith(`${op} `)).toBe(true);
			expect(v.syntax[0]![1]).toBe('next.cmd');
		},
	);
	test('a pipe: the next program is shown, not read as arguments', () => {
		const v = view('icacls C:\\App /grant Users:(OI)(CI)RX | findstr /i users', 'cmd');
		expect(v.argv).toEqual(['icacls', 'C:\\App', '/grant', 'Users:(OI)(CI)RX']);
		expect(v.syntax).toEqual([['| findstr /i users', 'pipe']]);
	});
	test('^ escapes an operator and "…" quotes it: then it is an argument (the cmd page: "precede them with ^ or quote them")', () => {
		expect(view('icacls C:\\x /grant "a&b>c":F', 'cmd').argv).toEqual([
			'icacls',
			'C:\\x',
			'/grant',
			'a&b>c:F',
		]);
		const v = view('icacls C:\\x /grant Users:F ^> out.txt ^& y', 'cmd');
		expect(v.argv).toEqual(['icacls', 'C:\\x', '/grant', 'Users:F', '>', 'out.txt', '&', 'y']);
		expect(v.syntax).toEqual([]);
		// An escaped ^ inside a redirection target is the target's character.
		const f: CmdSyntax = { redirections: [] };
		expect(parseCmd('x >a^&b.txt y', {}, f)).toBe('x  y');
		expect(f.redirections).toEqual(['>a&b.txt']);
	});
	test('a handle digit counts only at the start of a word: `a2>x` is the argument a2', () => {
		const f: CmdSyntax = { redirections: [] };
		expect(parseCmd('dir a2>x.txt', {}, f)).toBe('dir a2');
		expect(f.redirections).toEqual(['>x.txt']);
	});
	test('rem and :: lines of a script are comments, shown with the command (rem; goto: "If a line begins with a colon … any commands on that line are ignored")', () => {
		const v = view(
			'rem Install the agent silently\r\n:: log to %TEMP%\r\nmsiexec /i agent.msi /qn /l*v "%TEMP%\\agent.log"',
			'cmd',
		);
		expect(v.argv).toEqual(['msiexec', '/i', 'agent.msi', '/qn', '/l*v', '%TEMP%\\agent.log']);
		expect(v.syntax).toEqual([
			['rem Install the agent silently', 'comment.rem'],
			[':: log to %TEMP%', 'comment.label'],
		]);
		expect(v.errors).toEqual([]);
		expect(v.unknown).toEqual([]);
	});
	test('REM and @rem in any case; "remark" is not rem', () => {
		for (const c of ['REM x', '@rem x', 'Rem', 'rem\tx']) {
			const f: CmdSyntax = { redirections: [] };
			expect(parseCmd(c, {}, f), c).toBe('');
			expect(f.comment, c).toBe(c.trim());
		}
		const f: CmdSyntax = { redirections: [] };
		expect(parseCmd('remark x', {}, f)).toBe('remark x');
		expect(f.comment).toBeUndefined();
	});
	test('only a comment: nothing runs, and the page says so', () => {
		expect(view('rem msiexec /i x.msi', 'cmd').errors).toEqual(['explain.err.commentOnly']);
		expect(view(':: msiexec /i x.msi', 'cmd').errors).toEqual(['explain.err.commentOnly']);
	});
	test('a redirection without a target is refused, as cmd does ("The syntax of the command is incorrect")', () => {
		expect(view('msiexec /i x.msi >', 'cmd').errors).toEqual(['explain.err.tokenize']);
	});
	test('without the syntax collector parseCmd still refuses operators (the generators round-trip check)', () => {
		expect(() => parseCmd('msiexec /i x.msi >nul')).toThrow(/unescaped >/);
	});
});

describe('PowerShell: comments, redirections, pipes and chains (about_Comments, about_Redirection)', () => {
	const ps = (line: string) => {
		const f: PsSyntax = { redirections: [], comments: [] };
		return { argv: parsePs(line, {}, true, f), ...f };
	};
	test.each([
		[
			'signtool verify /pa a.exe > C:\\out.txt',
			['signtool', 'verify', '/pa', 'a.exe'],
			['>C:\\out.txt'],
		],
		[
			'signtool verify /pa a.exe *>> C:\\all.txt',
			['signtool', 'verify', '/pa', 'a.exe'],
			['*>>C:\\all.txt'],
		],
		[
			"signtool verify /pa a.exe 2> 'C:\\x y.txt' 3>&1",
			['signtool', 'verify', '/pa', 'a.exe'],
			["2>'C:\\x y.txt'", '3>&1'],
		],
		[
			'signtool verify >C:\\o.txt /pa a.exe',
			['signtool', 'verify', '/pa', 'a.exe'],
			['>C:\\o.txt'],
		],
	])('%s', (line, argv, redirections) => {
		const r = ps(line);
		expect(r.argv).toEqual(argv);
		expect(r.redirections).toEqual(redirections);
	});
	test('# starts a comment only at the start of a token; <# #> is a block anywhere a token starts', () => {
		expect(ps('signtool verify /pa a.exe # check it')).toMatchObject({
			argv: ['signtool', 'verify', '/pa', 'a.exe'],
			comments: ['# check it'],
		});
		expect(ps('signtool <# inline #> verify /pa a.exe')).toMatchObject({
			argv: ['signtool', 'verify', '/pa', 'a.exe'],
			comments: ['<# inline #>'],
		});
		expect(() => ps('signtool verify <# open')).toThrow(/unterminated/);
	});
	test('the explanation: each piece named, in both languages', () => {
		const e = explain(
			'# verify the signature\nsigntool verify /pa C:\\a.exe 2>&1 | Out-File C:\\v.txt',
			{ shell: 'powershell' },
		);
		expect(e.errors).toEqual([]);
		expect(e.argv).toEqual(['signtool', 'verify', '/pa', 'C:\\a.exe']);
		const keys = e.tokens.slice(4).map((t) => [t.text, t.explain.key]);
		expect(keys).toEqual([
			['2>&1', 'explain.tok.redirect.ps'],
			['| Out-File C:\\v.txt', 'explain.tok.pipe.outFile'],
			['# verify the signature', 'explain.tok.comment'],
		]);
		for (const t of e.tokens.slice(4)) {
			expect(en(t.explain)).not.toMatch(/\{|\}/);
			expect(zh(t.explain)).toMatch(/[\u4e00-\u9fff]/);
		}
	});
	test.each([';', '&&', '||'])('%s: the next statement is shown, not read as arguments', (op) => {
		const e = explain(`signtool verify /pa a.exe ${op} Write-Host done`, { shell: 'powershell' });
		expect(e.argv).toEqual(['signtool', 'verify', '/pa', 'a.exe']);
		expect(e.tokens.at(-1)).toMatchObject({
			text: `${op} Write-Host done`,
			explain: { key: 'explain.tok.next.powershell' },
		});
	});
	test('a redirection without a file is refused (PowerShell: "Missing file specification after redirection operator")', () => {
		for (const l of [
			'signtool verify a.exe >',
			'signtool verify a.exe > ; x',
			'signtool verify a.exe 2> | x',
		])
			expect(
				explain(l, { shell: 'powershell' }).errors.map((m) => m.key),
				l,
			).toEqual(['explain.err.tokenize']);
	});
	test('< and 1>&2 are PowerShell parse errors ("reserved for future use"): refused, not explained', () => {
		for (const l of ['signtool verify /pa a.exe < in.txt', 'signtool verify /pa a.exe 1>&2'])
			expect(
				explain(l, { shell: 'powershell' }).errors.map((m) => m.key),
				l,
			).toEqual(['explain.err.operator']);
	});
});

describe('shell detection with comment lines', () => {
	test.each([
		['rem silent install\nmsiexec /i x.msi /qn', 'cmd'],
		[':: silent install\r\nmsiexec /i x.msi /qn', 'cmd'],
		['# set the mode\nchmod 755 /opt/app', 'bash'],
		// cmd has no # comments: a Windows tool after # lines is read as PowerShell.
		['# verify\nsigntool verify /pa a.exe', 'powershell'],
		['# 50% of the installs\nchmod 755 /opt/app', 'bash'],
		[
			"<# verify #>\n$p = Start-Process msiexec.exe -ArgumentList '/i x.msi' -Wait -PassThru",
			'powershell',
		],
	])('%j is read as %s', (text, shell) => {
		const e = explain(text);
		expect(e.shell).toBe(shell);
		expect(e.errors).toEqual([]);
		expect(e.tokens.filter((t) => t.unknown)).toEqual([]);
	});
	test('linear time: many comment-looking lines', () => {
		for (const w of ['#\n', ' \t', 'rem', '::', '\n ']) {
			const text = w.repeat(Math.floor(MAX_INPUT / w.length));
			const ms = bestOf(() => {
				explain(text);
			});
			expect(ms, w).toBeLessThan(1000);
		}
	});
});

describe('linear time: the new syntax, repeated to the input limit', () => {
	const worst: [string, 'cmd' | 'powershell'][] = [
		['a 1>x ', 'cmd'],
		['2>&1 ', 'cmd'],
		['>', 'cmd'],
		['^>', 'cmd'],
		['">', 'cmd'],
		['&', 'cmd'],
		['rem ', 'cmd'],
		['::\n', 'cmd'],
		['a 2>x ', 'powershell'],
		['*>', 'powershell'],
		['2>&1 ', 'powershell'],
		['<#', 'powershell'],
		['<# #> ', 'powershell'],
		['#', 'powershell'],
		[';', 'powershell'],
		['a|', 'powershell'],
	];
	test.each(worst)('%j in %s', (w, shell) => {
		// An unknown program: what is measured is the shell's reading, not a generator rendering 5,000 files.
		const text = `tool ${w.repeat(Math.floor((MAX_INPUT - 5) / w.length))}`;
		const ms = bestOf(() => {
			explain(text, { shell });
			explain(text.replaceAll('\n', ' '), { shell });
		});
		expect(ms).toBeLessThan(1000);
	});
});
