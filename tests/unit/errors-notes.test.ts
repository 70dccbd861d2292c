// The hand-written knowledge-base notes: coverage, Chinese typography and terminology, and commands
// that run as written. Oracles: the real bash parser (bash -n) for bash commands; for cmd and
// PowerShell, the shells' documented rules that a pasted command breaks on (unquoted spaces, `<` as
// redirection, `where`/`sc` as PowerShell aliases).
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, test } from 'vitest';
import { bestOf } from './timing';
import type { Prose } from '~/lib/errors/prose';
import type { ErrorEntry } from '~/lib/errors/schema';
import { loadEntries, parseWinerror } from '../fixtures/errors/load';

let entries: Map<string, ErrorEntry>;
beforeAll(() => {
	entries = loadEntries();
});

const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef';
/** A half-width space between Chinese text (or Chinese quotation marks) — what YAML folding leaves. */
const SPACE_IN_CHINESE = new RegExp(`[${CJK}“”] +[${CJK}“”]`, 'u');
const HAS_CJK = new RegExp(`[${CJK}]`, 'u');

/** Problems with one Chinese string; empty when it is clean. Linear: fixed regexes, one split. */
export function chineseProblems(zh: string): string[] {
	const out: string[] = [];
	if (zh.includes('\n')) out.push('line break (YAML block kept a newline)');
	const space = SPACE_IN_CHINESE.exec(zh);
	if (space) out.push(`half-width space in Chinese text: "${space[0]}"`);
	// Text between ASCII double quotes (odd segments) must not be Chinese: that needs “…”.
	zh.split('"').forEach((seg, i) => {
		if (i % 2 === 1 && HAS_CJK.test(seg)) out.push(`ASCII quotes around Chinese text: "${seg}"`);
	});
	for (const [bad, good] of BANNED_TERMS) if (zh.includes(bad)) out.push(`${bad} → ${good}`);
	return out;
}

/** Microsoft zh-CN terminology (Learn zh-cn: 用户帐户控制, 每计算机安装上下文, 提升提示). */
const BANNED_TERMS: [string, string][] = [
	['账户', '帐户'],
	['提权', '提升'],
	['按计算机', '每计算机'],
	['按用户', '每用户'],
	['每台计算机', '每计算机'],
	['错误码', '错误代码'],
	['退出码', '退出代码'],
];

/** Every prose text of a note in English and Chinese (data keyed by locale tag), with where it sits. */
function texts(e: ErrorEntry): { where: string; en: string; zh: string }[] {
	const pick = (where: string, p: Prose) => ({ where, en: p.en ?? '', zh: p['zh-CN'] ?? '' });
	return [
		...(e.summary ? [pick('summary', e.summary)] : []),
		...e.causes.map((c, i) => pick(`causes.${i}`, c)),
		...e.fixes.map((f, i) => pick(`fixes.${i}`, f)),
	];
}

const withNotes = () => [...entries].filter(([, e]) => e.summary !== undefined);
const commands = () =>
	[...entries].flatMap(([id, e]) =>
		e.fixes.flatMap((f, i) => (f.command ? [{ where: `${id} fixes.${i}`, ...f.command }] : [])),
	);

describe('Chinese text of the notes', () => {
	test('the checker finds folding spaces, ASCII quotes and wrong terms', () => {
		expect(chineseProblems('安装包按每计算机安装。它是症状')).toEqual([]);
		expect(chineseProblems('标记为已开始。 它是症状')).toHaveLength(1);
		expect(chineseProblems('常常无害， 但如果')).toHaveLength(1);
		expect(chineseProblems('查找 “Return value 3”')).toHaveLength(1);
		expect(chineseProblems('在"设置"中')).toHaveLength(1);
		expect(chineseProblems('运行 `findstr /c:"Return value 3"` 命令')).toEqual([]);
		expect(chineseProblems('服务账户')).toEqual(['账户 → 帐户']);
		expect(chineseProblems('第一行\n第二行')).toHaveLength(1);
	});

	test('the checker stays linear on long input', () => {
		const long = `${'中'.repeat(200_000)}"${' '.repeat(200_000)}`;
		expect(bestOf(() => chineseProblems(long))).toBeLessThan(1000);
	});

	test('no Chinese string has a half-width space between sentences, ASCII quotes or non-Microsoft terms', () => {
		const problems = withNotes().flatMap(([id, e]) =>
			texts(e).flatMap((t) => chineseProblems(t.zh).map((p) => `${id} ${t.where}: ${p}`)),
		);
		expect(problems).toEqual([]);
	});
});

describe('coverage', () => {
	test('at least 60 codes have hand-written causes and fixes in both languages, with sources', () => {
		const full = withNotes().filter(([, e]) => e.causes.length > 0 && e.fixes.length > 0);
		expect(full.length).toBeGreaterThanOrEqual(60);
		for (const [id, e] of full) {
			for (const t of texts(e))
				expect(t.en.length * t.zh.length, `${id} ${t.where}`).toBeGreaterThan(0);
			expect(e.sources.length, `${id} cites no source`).toBeGreaterThan(0);
		}
	});

	test('the review items are in the notes', () => {
		const json = (id: string) => JSON.stringify(entries.get(id));
		expect(json('msiexec/1612')).toContain(
			"Warning: Local cached package 'C:\\\\Windows\\\\Installer\\\\",
		);
		expect(json('msiexec/1612')).toContain('re-downloaded');
		expect(json('msiexec/1603')).toContain('KB5034441');
		expect(json('msiexec/1618')).toContain(
			`Get-CimInstance Win32_Process -Filter \\"Name='msiexec.exe'\\"`,
		);
		expect(json('msiexec/1601')).toContain('msiexec /unregister');
		expect(json('msi/2503')).toContain('CVE-2024-29187');
		expect(json('msi/2503')).toContain('AlwaysInstallElevated');
		expect(json('msi/2738')).toContain('regsvr32');
		expect(json('hresult/0x8009200A')).toContain('0x8009200B');
		expect(json('systemctl/4')).toContain('systemctl list-unit-files | grep -i');
	});
});

describe('numbers quoted in the notes, against winerror.h', () => {
	const hex = (n: number) => `0x${(n >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
	// [note, symbolic name, how the note writes the value]
	const claims: [string, string, (v: number) => string][] = [
		['msi/1723', 'ERROR_DLL_NOT_FOUND', (v) => `${v} (ERROR_DLL_NOT_FOUND)`],
		['msi/2503', 'STG_E_ACCESSDENIED', (v) => `${v | 0} is ${hex(v)}, STG_E_ACCESSDENIED`],
		['msi/2203', 'STG_E_FILENOTFOUND', (v) => `${v | 0} (${hex(v)}, STG_E_FILENOTFOUND)`],
		['msi/2203', 'STG_E_PATHNOTFOUND', (v) => `${v | 0} (${hex(v)}, STG_E_PATHNOTFOUND)`],
		// HRESULT_FROM_WIN32: 0x80070000 | code.
		['msiexec/1618', 'ERROR_INSTALL_ALREADY_RUNNING', (v) => hex(0x80070000 | v)],
		['msi/1500', 'ERROR_INSTALL_ALREADY_RUNNING', (v) => hex(0x80070000 | v)],
		['msiexec/1603', 'ERROR_INSTALL_FAILURE', (v) => hex(0x80070000 | v)],
	];
	test.each(claims)('%s quotes %s with the value winerror.h defines', (id, name, written) => {
		const value = parseWinerror().get(name);
		expect(value, name).toBeDefined();
		expect(
			JSON.stringify(entries.get(id)?.summary ?? '') +
				JSON.stringify(entries.get(id)?.causes ?? []),
		).toContain(written(value ?? -1));
	});
});

/** Text of a line with its quoted parts removed ("…" in every shell, '…' in PowerShell and bash). */
const unquoted = (line: string, shell: string) =>
	line.replace(/"[^"]*"/g, '""').replace(shell === 'cmd' ? /$^/ : /'[^']*'/g, "''");

/** Problems a pasted command would run into; empty when it runs as written. */
export function commandProblems(code: string, shell: string): string[] {
	const out: string[] = [];
	for (const line of code.split('\n')) {
		const bare = unquoted(line, shell);
		if (/<[A-Za-z][\w ]*>/.test(bare)) out.push(`placeholder in "${line}"`);
		// A path token followed by more words: the space splits the argument.
		if (/(^|\s)[^\s"',]*\\[^\s"',]*\s+[A-Za-z0-9(]/.test(bare.replace(/\\\*,/g, ',')))
			out.push(`unquoted path with a space in "${line}"`);
		if (shell === 'cmd' && /^\s*(rem\b|::)/i.test(line)) out.push(`comment in "${line}"`);
		if (shell !== 'cmd' && /(^|\s)#/.test(bare)) out.push(`comment in "${line}"`);
		if (shell === 'powershell' && /(^|[|;(]\s*)(where|sc)\s/i.test(bare))
			out.push(`"${line}": where/sc are Where-Object/Set-Content aliases in PowerShell`);
		if (/\$PWD\\/.test(line)) out.push(`placeholder path $PWD in "${line}"`);
		// PowerShell joins an -ArgumentList array with spaces and no quotes (PowerShell-Docs#7701).
		if (shell === 'powershell' && /-ArgumentList\s+(['"])[^'"]*\1\s*,/.test(line))
			out.push(`"${line}": -ArgumentList as an array loses the quoting; pass one string`);
	}
	return out;
}

describe('commands run as written', () => {
	test('the checker finds placeholders, unquoted spaces, comments and aliases', () => {
		expect(commandProblems('sc query <ServiceName>', 'cmd')).toHaveLength(1);
		expect(commandProblems('icacls C:\\Program Files\\Go', 'cmd')).toHaveLength(1);
		expect(commandProblems('icacls "C:\\Program Files\\Go"', 'cmd')).toEqual([]);
		expect(commandProblems('$p.ExitCode   # 0 means success', 'powershell')).toHaveLength(1);
		expect(commandProblems('where go', 'powershell')).toHaveLength(1);
		expect(commandProblems('where.exe go', 'powershell')).toEqual([]);
		expect(
			commandProblems(
				'Start-Process msiexec.exe -ArgumentList \'/i\', "$PWD\\go.msi"',
				'powershell',
			),
		).toHaveLength(2);
		expect(
			commandProblems(
				'Get-ItemProperty HKLM:\\SOFTWARE\\A\\*, HKCU:\\SOFTWARE\\B\\* |',
				'powershell',
			),
		).toEqual([]);
	});

	test('no command has a placeholder, an unquoted space, an English comment or a PowerShell alias trap', () => {
		const problems = commands().flatMap((c) =>
			commandProblems(c.code, c.shell).map((p) => `${c.where}: ${p}`),
		);
		expect(problems).toEqual([]);
	});

	test('every bash command parses in real bash', () => {
		const bash = commands().filter((c) => c.shell === 'bash');
		expect(bash.length).toBeGreaterThan(0);
		for (const c of bash)
			expect(() => execFileSync('bash', ['-n'], { input: c.code }), c.where).not.toThrow();
	});
});
