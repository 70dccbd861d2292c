// Test helper (not a test file): finds every command a reader can copy from the guides and the
// knowledge-base notes, and checks that it runs as written in the shell it is shown for. The
// oracles are the project's shell parsers (src/lib/shell: parseCmd for what cmd.exe hands a
// program, parsePs for quoting of native-command arguments in PowerShell) and the real bash
// (`bash -n`). On top of the parsers come the shell rules that bit readers before (review
// the project's content review, content.md): cmd reads <Name> as redirection, PowerShell reserves '<',
// `where` and `sc` are Where-Object and Set-Content in PowerShell, Start-Process -ArgumentList
// joins an array without quoting, and a destructive step on a Windows system folder must be
// guarded by a check.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { parseCmd, parsePs } from '~/lib/shell';

export type Shell = 'cmd' | 'powershell' | 'bash';

export interface Block {
	/** File and 1-based line of the opening fence (or the note id for KB notes). */
	where: string;
	shell: Shell;
	code: string;
	/** The page shows which shell this block is for (a shell tab, a KB note's `shell`). */
	labelled: boolean;
}

const LANG: Record<string, Shell> = {
	cmd: 'cmd',
	bat: 'cmd',
	batch: 'cmd',
	powershell: 'powershell',
	ps1: 'powershell',
	pwsh: 'powershell',
	ps: 'powershell',
	bash: 'bash',
	sh: 'bash',
	shell: 'bash',
	console: 'bash',
};
const TAB: Record<string, Shell> = { cmd: 'cmd', powershell: 'powershell', bash: 'bash' };

/** Root of the content to audit; IFG_CONTENT_ROOT points the tests at another checkout's src/content. */
export const CONTENT = process.env.IFG_CONTENT_ROOT ?? join(process.cwd(), 'src/content');

export function docFiles(): string[] {
	const dir = join(CONTENT, 'docs');
	return (readdirSync(dir, { recursive: true }) as string[])
		.filter((f) => /\.mdx?$/.test(f))
		.map((f) => join(dir, f))
		.sort();
}

export const noteFiles = (): string[] =>
	readdirSync(join(CONTENT, 'errors/notes'))
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => join(CONTENT, 'errors/notes', f))
		.sort();

/** Shell blocks of one guide, plus problems with how they are labelled. */
export function guideBlocks(file: string): { blocks: Block[]; problems: string[] } {
	const rel = relative(CONTENT, file);
	const blocks: Block[] = [];
	const problems: string[] = [];
	let tab: Shell | null = null;
	let fence: { ticks: string; lang: string; line: number; body: string[] } | null = null;
	readFileSync(file, 'utf8')
		.split('\n')
		.forEach((line, i) => {
			if (fence) {
				if (line.trim() === fence.ticks) {
					const shell = LANG[fence.lang];
					const where = `${rel}:${fence.line}`;
					if (tab && shell && shell !== tab)
						problems.push(`${where}: a ${fence.lang} block inside the ${tab} tab`);
					if (shell)
						blocks.push({ where, shell, code: fence.body.join('\n'), labelled: tab !== null });
					fence = null;
				} else fence.body.push(line);
				return;
			}
			const open = /^\s*(`{3,})([\w-]*)/.exec(line);
			if (open) {
				fence = { ticks: open[1]!, lang: open[2]!.toLowerCase(), line: i + 1, body: [] };
				return;
			}
			const label = /<TabItem\s+label="([^"]+)"/.exec(line);
			if (label) tab = TAB[label[1]!.toLowerCase()] ?? null;
			if (/<\/TabItem>/.test(line)) tab = null;
		});
	return { blocks, problems };
}

interface NoteFix {
	command?: { shell: Shell; code: string };
}

/** Command blocks of the KB notes (`fixes[].command`, see src/lib/errors/schema.ts). */
export function noteBlocks(file: string): Block[] {
	const data = yaml.load(readFileSync(file, 'utf8')) as Record<string, { fixes?: NoteFix[] }>;
	const out: Block[] = [];
	for (const [id, entry] of Object.entries(data ?? {}))
		(entry.fixes ?? []).forEach((fix, k) => {
			if (fix.command)
				out.push({
					where: `notes ${id} fix ${k + 1}`,
					shell: fix.command.shell,
					code: fix.command.code,
					labelled: true,
				});
		});
	return out;
}

// ---------------------------------------------------------------------------------------------
// Allow-lists. Each entry is something a page means to show; anything else fails.

/** Environment variables every Windows machine (or Linux login) defines. */
const WIN_ENV = new Set(
	[
		'SystemRoot',
		'windir',
		'SystemDrive',
		'TEMP',
		'TMP',
		'USERPROFILE',
		'LOCALAPPDATA',
		'APPDATA',
		'ProgramFiles',
		'ProgramData',
		'USERNAME',
		'COMPUTERNAME',
		'PATH',
		'ERRORLEVEL',
		'PUBLIC',
		'ComSpec',
		'HOMEDRIVE',
		'HOMEPATH',
		'PATHEXT',
		'PROCESSOR_ARCHITECTURE',
		// cmd's dynamic variables
		'DATE',
		'TIME',
		'CD',
		'RANDOM',
	].map((n) => n.toLowerCase()),
);
const POSIX_ENV = new Set(['PATH', 'HOME', 'USER', 'TMPDIR', 'SHELL', 'PWD']);

/** PowerShell automatic and preference variables the guides use. */
const PS_AUTOMATIC = new Set([
	'_',
	'true',
	'false',
	'null',
	'pwd',
	'args',
	'lastexitcode',
	'home',
	'input',
	'matches',
	'psitem',
	'erroractionpreference',
	'psversiontable',
	'psscriptroot',
	'host',
]);

/**
 * cmd redirections a page means: discarding output or errors. Everything else (above all `<` and
 * `>` around a placeholder such as <ServiceName>) is a reader's paste gone wrong.
 */
const CMD_REDIRECTS = new Set(['2>nul', '>nul', '2>&1', '1>nul']);
/** bash redirections the guides use on purpose (appending a PATH line to the profile). */
const BASH_REDIRECTS = [
	/^>> "\$HOME\/\.profile"$/,
	/^2>\/dev\/null$/,
	/^>\/dev\/null$/,
	/^2>&1$/,
	// event-logs saves a unit's journal to a file to attach to a report.
	/^> nginx\.log$/,
	// openssl s_client reads its input until end of file; the openssl notes end it at once.
	/^<\/dev\/null$/,
	// The openssl notes join a server's certificate and its intermediate into the file nginx serves.
	/^> fullchain\.pem$/,
];

/**
 * Destructive steps on Windows system folders that are intended unconditionally: emptying the
 * *contents* of a temp folder (clean-temp). Renaming or removing the folders themselves must sit
 * inside an `if` that checks first (H1 in the review).
 */
const SYSTEM_DESTRUCTIVE_OK = [/\\Temp\\\*["']?(\s|$)/i];

// ---------------------------------------------------------------------------------------------
// cmd

/** Positions of characters outside double quotes (cmd tracks quotes by every "). */
function unquotedCmd(s: string): boolean[] {
	let q = false;
	return [...s].map((c) => {
		if (c === '"') q = !q;
		return !q && c !== '"';
	});
}

/** Split a cmd line at unquoted &, &&, || and | (outside ^ escapes). */
function splitCmd(s: string): string[] {
	const free = unquotedCmd(s);
	const out: string[] = [];
	let cur = '';
	for (let i = 0; i < s.length; i++) {
		const c = s[i]!;
		if (c === '^' && free[i]) {
			cur += c + (s[i + 1] ?? '');
			i++;
			continue;
		}
		// `2>&1`: an & right after > names a stream, it does not separate commands.
		if (free[i] && (c === '&' || c === '|') && !(c === '&' && cur.endsWith('>'))) {
			if (s[i + 1] === c) i++;
			out.push(cur);
			cur = '';
			continue;
		}
		cur += c;
	}
	out.push(cur);
	return out.map((x) => x.trim()).filter((x) => x !== '');
}

const CMD_REDIRECT = /(\d?>>?|<)\s*(&\d|"[^"]*"|[^\s"&|<>]+)?/g;

export function lintCmd(
	code: string,
	labelled: boolean,
	allowVars: readonly string[] = [],
): string[] {
	const problems: string[] = [];
	const lines = code.replace(/\^\r?\n/g, '').split('\n');
	let depth = 0;
	lines.forEach((raw, n) => {
		const at = `line ${n + 1}`;
		let t = raw.trim();
		if (t === '' || /^(rem\b|::)/i.test(t)) return;
		if (t === ')') {
			depth--;
			if (depth < 0) problems.push(`${at}: ')' closes no block`);
			return;
		}
		const free = unquotedCmd(t);
		const opens = t.endsWith('(') && free[t.length - 1];
		if (opens) t = t.slice(0, -1).trim();
		if (depth > 0 && [...t].some((c, i) => (c === '(' || c === ')') && free[i]))
			problems.push(`${at}: an unquoted ( or ) inside an if/for block ends the block early: ${t}`);
		const loopVars: string[] = [];
		const forM = /^for\s+(?:\/[dr]\s+)?(%%?)(\w)\s+in\s+\((.*?)\)\s+do\s+/i.exec(t);
		if (forM) {
			loopVars.push(forM[1]! + forM[2]!);
			t = `${forM[3]} ${t.slice(forM[0].length)}`;
		}
		const ifM =
			/^if\s+(?:\/i\s+)?(?:not\s+)?(?:exist\s+(?:"[^"]*"|\S+)|errorlevel\s+\d+|defined\s+\S+|(?:"[^"]*"|\S+)==(?:"[^"]*"|\S+))\s*/i.exec(
				t,
			);
		const guarded = depth > 0 || ifM !== null;
		if (ifM) t = t.slice(ifM[0].length);
		if (opens) depth++;
		for (let seg of splitCmd(t)) {
			for (const v of loopVars) seg = seg.split(v).join('LOOPVAR');
			// Redirections: only the allow-listed ones; a <Placeholder> lands here.
			const redirs = [...seg.matchAll(CMD_REDIRECT)].filter((m) => unquotedCmd(seg)[m.index!]);
			for (const m of redirs) {
				const tok = m[0].replace(/\s+/g, '');
				if (!CMD_REDIRECTS.has(tok.toLowerCase()))
					problems.push(`${at}: cmd reads "${m[0].trim()}" as a redirection (a <placeholder>?)`);
			}
			for (const m of redirs.reverse())
				seg = seg.slice(0, m.index) + seg.slice(m.index! + m[0].length);
			try {
				parseCmd(seg);
			} catch (e) {
				problems.push(`${at}: cmd cannot run "${seg}": ${(e as Error).message}`);
			}
			const word = (/^"?([^\s"]+)/.exec(seg)?.[1] ?? '').toLowerCase();
			if (!labelled && (word === 'where' || word === 'sc'))
				problems.push(
					`${at}: "${word}" means ${word === 'where' ? 'Where-Object' : 'Set-Content'} in PowerShell; outside a cmd tab write ${word}.exe`,
				);
			for (const v of seg.matchAll(/%([A-Za-z_][\w()]*)%/g))
				if (!WIN_ENV.has(v[1]!.toLowerCase()) && !allowVars.includes(v[1]!))
					problems.push(`${at}: %${v[1]}% is not a standard variable`);
			if (
				/^(ren|rename|move|rd|rmdir|del|erase)$/.test(word) &&
				/%SystemRoot%|%windir%|C:\\Windows/i.test(seg) &&
				!guarded &&
				!SYSTEM_DESTRUCTIVE_OK.some((r) => r.test(seg))
			)
				problems.push(
					`${at}: "${word}" on a Windows system folder must be inside an if that checks first: ${seg}`,
				);
			if (
				word === 'schtasks' &&
				/\/ru\s+"?SYSTEM/i.test(seg) &&
				!/\/tr\s+"\\?"?(%ProgramFiles%|C:\\Program Files)/i.test(seg) &&
				/\.(ps1|cmd|bat)\b/i.test(seg)
			)
				problems.push(
					`${at}: a SYSTEM task must run a script only administrators can change (under Program Files)`,
				);
		}
	});
	if (depth !== 0) problems.push(`a ( block is not closed`);
	return problems;
}

// ---------------------------------------------------------------------------------------------
// PowerShell

interface PsScan {
	problems: string[];
	/** Variable references outside single quotes: name (lower case, env: kept), 1-based line. */
	vars: { name: string; line: number }[];
	/** Code with string contents blanked ('' / ""), comments removed: for structural checks. */
	skeleton: string;
}

/** One pass over PowerShell source: strings, comments, brackets, variables. */
function scanPs(code: string): PsScan {
	const problems: string[] = [];
	const vars: { name: string; line: number }[] = [];
	const stack: string[] = [];
	let sk = '';
	let line = 1;
	const pair: Record<string, string> = { ')': '(', '}': '{', ']': '[' };
	const readVar = (i: number): number => {
		// at code[i] === '$'
		const m = /^\$(?:\{(env:\w+)\}|(env:\w+)|(\w+)|_)/i.exec(code.slice(i));
		if (!m) return i + 1;
		vars.push({ name: (m[1] ?? m[2] ?? m[3] ?? '_').toLowerCase(), line });
		return i + m[0].length;
	};
	let i = 0;
	while (i < code.length) {
		const c = code[i]!;
		if (c === '\n') line++;
		if (c === '#') {
			while (i < code.length && code[i] !== '\n') i++;
			continue;
		}
		if (c === "'") {
			i++;
			for (;;) {
				if (i >= code.length) {
					problems.push(`line ${line}: unterminated '…' string`);
					break;
				}
				if (code[i] === "'" && code[i + 1] === "'") i += 2;
				else if (code[i] === "'") break;
				else {
					if (code[i] === '\n') line++;
					i++;
				}
			}
			i++;
			sk += "''";
			continue;
		}
		if (c === '"') {
			i++;
			let depth = 0;
			for (;;) {
				if (i >= code.length) {
					problems.push(`line ${line}: unterminated "…" string`);
					break;
				}
				const d = code[i]!;
				if (d === '`') i += 2;
				else if (d === '$' && code[i + 1] === '(') {
					depth++;
					i += 2;
				} else if (d === '$') i = readVar(i);
				else if (d === ')' && depth > 0) {
					depth--;
					i++;
				} else if (d === '"' && depth === 0) break;
				else {
					if (d === '\n') line++;
					i++;
				}
			}
			i++;
			sk += '""';
			continue;
		}
		if (c === '$') {
			const j = readVar(i);
			sk += code.slice(i, j);
			i = j;
			continue;
		}
		if ('({['.includes(c)) stack.push(c);
		if (')}]'.includes(c) && stack.pop() !== pair[c])
			problems.push(`line ${line}: unbalanced ${c}`);
		if (c === '<') problems.push(`line ${line}: '<' is reserved in PowerShell (a <placeholder>?)`);
		if (c === '`' && code[i + 1] !== '\n' && code[i + 1] !== '\r') {
			sk += code.slice(i, i + 2);
			i += 2;
			continue;
		}
		sk += c;
		i++;
	}
	if (stack.length) problems.push(`unclosed ${stack.join('')}`);
	return { problems, vars, skeleton: sk };
}

/** The string value given to -ArgumentList in a Start-Process call, or why it is wrong. */
function argumentListProblems(code: string, allowVars: readonly string[]): string[] {
	const problems: string[] = [];
	for (const m of code.matchAll(/-(?:ArgumentList|Args)\s+/gi)) {
		// A backtick at the end of a line continues the statement on the next one.
		const rest = code.slice(m.index! + m[0].length).replace(/^`\r?\n\s*/, '');
		let after = '';
		const sq = /^'((?:[^']|'')*)'/.exec(rest);
		const dq = /^"((?:[^"`]|`.)*)"/s.exec(rest);
		const vr = /^\$(\w+)/.exec(rest);
		if (sq) {
			const value = sq[1]!;
			after = rest.slice(sq[0].length);
			if (/%\w+%/.test(value))
				problems.push(`-ArgumentList '${value}': %VAR% inside '…' is passed unexpanded`);
		} else if (dq) {
			after = rest.slice(dq[0].length);
			problems.push(...pathVarsQuoted(dq[1]!, allowVars));
		} else if (vr) {
			after = rest.slice(vr[0].length);
			const def = new RegExp(`\\$${vr[1]}\\s*=\\s*"((?:[^"\`]|\`.)*)"`, 's').exec(code);
			if (def) problems.push(...pathVarsQuoted(def[1]!, allowVars));
		} else
			problems.push(`-ArgumentList takes something other than one string: ${rest.split('\n')[0]}`);
		if (/^\s*,/.test(after))
			problems.push(
				`-ArgumentList gets an array; PowerShell joins it with spaces and no quoting, so a path with a space splits: ${rest.split('\n')[0]}`,
			);
	}
	return problems;
}

/** In a msiexec argument string, every variable that may hold a path sits inside `"…`". */
function pathVarsQuoted(s: string, allowVars: readonly string[]): string[] {
	const problems: string[] = [];
	let quoted = false;
	for (let i = 0; i < s.length; i++) {
		if (s[i] === '`' && s[i + 1] === '"') {
			quoted = !quoted;
			i++;
		} else if (s[i] === '$' && !quoted) {
			const name = /^\$(?:env:)?(\w+)/.exec(s.slice(i))?.[1] ?? '';
			if (!allowVars.includes(name))
				problems.push(
					`-ArgumentList "${s}": $${name} is not inside \`"…\`", a path with a space would split`,
				);
		}
	}
	return problems;
}

/** Native programs whose arguments are checked with parsePs (the quoting the generators use). */
const NATIVE =
	/^(icacls|reg|whoami|where\.exe|sc\.exe|wevtutil|certutil|tar|winget|net|sfc|signtool)$/i;

export function lintPs(code: string, allowVars: readonly string[] = []): string[] {
	const scan = scanPs(code);
	const problems = [...scan.problems];
	const defined = new Set<string>(PS_AUTOMATIC);
	for (const m of code.matchAll(/\$(\w+)\s*=(?!=)/g)) defined.add(m[1]!.toLowerCase());
	for (const m of code.matchAll(/foreach\s*\(\s*\$(\w+)/gi)) defined.add(m[1]!.toLowerCase());
	for (const m of code.matchAll(/\]\s*\$(\w+)/g)) defined.add(m[1]!.toLowerCase());
	for (const v of scan.vars) {
		if (v.name.startsWith('env:')) {
			if (!WIN_ENV.has(v.name.slice(4)))
				problems.push(`line ${v.line}: $${v.name} is not a standard variable`);
		} else if (!defined.has(v.name) && !allowVars.includes(v.name))
			problems.push(`line ${v.line}: $${v.name} is used but never set`);
	}
	// Statements start at a line start, after ; { ( or a pipe; `where`/`sc` only matter at the start.
	scan.skeleton.split('\n').forEach((l, n) => {
		for (const m of l.matchAll(/(^|[;{(]|&&|\|\|)\s*(where|sc)\b(?!\.exe)(?=\s|$)/gi))
			problems.push(
				`line ${n + 1}: "${m[2]}" is ${m[2]!.toLowerCase() === 'where' ? 'Where-Object' : 'Set-Content'} in PowerShell; write ${m[2]}.exe`,
			);
	});
	problems.push(...argumentListProblems(code, allowVars));
	// Native-command lines: variables stand in as env references, the rest must parse as parsePs does.
	code.split('\n').forEach((l, n) => {
		// Only the native command itself: what follows a pipe is PowerShell again.
		const body = l
			.replace(/\s+#.*$/, '')
			.split(/\s\|\s/)[0]!
			.trim();
		const word = body.split(/\s+/)[0] ?? '';
		if (!NATIVE.test(word)) return;
		const tokens = body
			.replace(/"([^"]*)"/g, (_, s: string) => `"${s.replace(/\$(?:env:)?(\w+)/g, '${env:$1}')}"`)
			.split(' ')
			.map((t) => (/^\$\w+$/.test(t) ? `"\${env:${t.slice(1)}}"` : t))
			.join(' ');
		try {
			parsePs(tokens);
		} catch (e) {
			problems.push(
				`line ${n + 1}: PowerShell would not pass "${body}" as written: ${(e as Error).message}`,
			);
		}
	});
	problems.push(...systemDestructivePs(code));
	return problems;
}

/** Rename-Item/Remove-Item/Move-Item on a Windows system folder outside an if block. */
function systemDestructivePs(code: string): string[] {
	const problems: string[] = [];
	let depth = 0;
	code.split('\n').forEach((l, n) => {
		const t = l.replace(/#.*$/, '');
		const inIf = depth > 0 || /^\s*if\b/i.test(t);
		if (
			/\b(Rename-Item|Remove-Item|Move-Item)\b/i.test(t) &&
			/\$env:SystemRoot|\$env:windir|C:\\Windows/i.test(t) &&
			!inIf &&
			!SYSTEM_DESTRUCTIVE_OK.some((r) => r.test(t))
		)
			problems.push(
				`line ${n + 1}: a change to a Windows system folder must be inside an if that checks first: ${t.trim()}`,
			);
		if (/^\s*if\b.*\{\s*$/i.test(t)) depth++;
		else if (/^\s*\}\s*$/.test(t) && depth > 0) depth--;
	});
	return problems;
}

// ---------------------------------------------------------------------------------------------
// bash

export function lintBash(code: string, allowVars: readonly string[] = []): string[] {
	const problems: string[] = [];
	const r = spawnSync('bash', ['-n'], { input: code, encoding: 'utf8' });
	if (r.status !== 0) problems.push(`bash -n: ${r.stderr.trim()}`);
	const assigned = new Set([...code.matchAll(/(?:^|\s|;)([A-Za-z_]\w*)=/gm)].map((m) => m[1]!));
	code.split('\n').forEach((l, n) => {
		let q: "'" | '"' | null = null;
		let word = true;
		for (let i = 0; i < l.length; i++) {
			const c = l[i]!;
			if (q === "'") {
				if (c === "'") q = null;
				continue;
			}
			if (c === '\\') {
				i++;
				continue;
			}
			if (c === q) {
				q = null;
				continue;
			}
			if (!q && (c === "'" || c === '"')) {
				q = c;
				continue;
			}
			if (!q && c === '#' && word) break;
			word = !q && /\s|;|\||&/.test(c);
			if (c === '$') {
				const m = /^\$\{?([A-Za-z_]\w*)/.exec(l.slice(i));
				if (m && !POSIX_ENV.has(m[1]!) && !assigned.has(m[1]!) && !allowVars.includes(m[1]!))
					problems.push(`line ${n + 1}: $${m[1]} is used but never set`);
			}
			if (!q && (c === '<' || c === '>')) {
				const m = /^(\d?>>?|<)\s*(&\d|"[^"]*"|[^\s;|&<>]+)?/.exec(
					l.slice(i - (/\d/.test(l[i - 1] ?? '') ? 1 : 0)),
				)!;
				if (!BASH_REDIRECTS.some((re) => re.test(m[0].trim())))
					problems.push(
						`line ${n + 1}: bash reads "${m[0].trim()}" as a redirection (a <placeholder>?)`,
					);
				i += m[0].length - 1;
			}
		}
	});
	return problems;
}

export function lint(block: Block, allowVars: readonly string[] = []): string[] {
	if (block.shell === 'cmd') return lintCmd(block.code, block.labelled, allowVars);
	if (block.shell === 'powershell') return lintPs(block.code, allowVars);
	return lintBash(block.code, allowVars);
}
