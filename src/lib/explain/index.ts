// Explain mode (issue 10 §2): a command line pasted from a forum, a script or a log -> the argv the
// shell passes, each token with the generator's own explanation and link, what it really does
// (warnings), unknown tokens kept and flagged, and the generator's form state (for the "open in the
// generator" link, encoded with url-state.ts like every shared link). Pure: no DOM, never throws.
//
// API (also for the CLI): `explain(text, { shell? })` -> Explanation, plain JSON-serialisable data;
// user-visible text is Msg keys (src/i18n/<lang>/explain.json and generators.json).
// Tokenizers are the shell modules' own (src/lib/shell); no other quoting rules live here.
import { type Msg, msg } from '../../i18n/msg';
import { type GeneratorId, toolPath } from '../tools';
import { type CmdSyntax, parseCmd } from '../shell/parse/cmd';
import { type PosixSyntax, parsePosix } from '../shell/parse/posix';
import { type PsSyntax, parsePs } from '../shell/parse/powershell';
import { parseCrt, parseMsiexec } from '../shell/parse/winargv';
import { shown } from '../generators/common';
import * as chmod from '../generators/chmod';
import * as eventQuery from '../generators/event-query';
import * as icacls from '../generators/icacls';
import * as journalctl from '../generators/journalctl';
import * as msiexec from '../generators/msiexec';
import * as signtool from '../generators/signtool';
import * as systemctl from '../generators/systemctl';
import * as readChmod from '../generators/parse/chmod';
import * as readEventQuery from '../generators/parse/event-query';
import * as readIcacls from '../generators/parse/icacls';
import * as readJournalctl from '../generators/parse/journalctl';
import * as readMsiexec from '../generators/parse/msiexec';
import * as readSigntool from '../generators/parse/signtool';
import * as readSystemctl from '../generators/parse/systemctl';
import type { Generator, Parsed, Shell, State } from '../generators/types';
import { toQuery } from '../generators/url-state';

/** The longest line accepted: CreateProcess's 32,767-character command line (a cmd line is shorter). */
export const MAX_INPUT = 32767;
/** Lines after which the input is taken for a pasted log rather than one command. */
const MAX_LINES = 3;

export interface ExplainedToken {
	/** The argument as the program receives it (invisible characters named). */
	readonly text: string;
	readonly explain: Msg;
	readonly href?: string;
	/** Not a part of the command the generator knows: shown, never dropped. */
	readonly unknown?: boolean;
}

export interface Explanation {
	readonly shell: Shell;
	/** True when the shell was detected from the text, false when given. */
	readonly detected: boolean;
	/** Generator that owns the program; absent when none does. */
	readonly tool?: GeneratorId;
	/** What the program receives, after the shell's quoting and the wrapper (sudo, start, Start-Process). */
	readonly argv: readonly string[];
	readonly tokens: readonly ExplainedToken[];
	readonly warnings: readonly Msg[];
	/** Why the text could not be explained (input problems); empty when it was. */
	readonly errors: readonly Msg[];
	/** The generator's form state read from the command (what the link opens). */
	readonly state?: State;
	/** Site path of the generator with the state as query (add locale and base with urls.ts href()). */
	readonly link?: string;
	/** The command the generator writes for that state (the same command, in the generator's spelling). */
	readonly command?: string;
}

interface Entry {
	readonly gen: Generator;
	readonly parse: (args: readonly string[], elevate?: boolean) => Parsed;
}
const GENERATORS: Partial<Record<GeneratorId, Entry>> = {
	msiexec: { gen: msiexec, parse: readMsiexec.parse },
	signtool: { gen: signtool, parse: readSigntool.parse },
	icacls: { gen: icacls, parse: readIcacls.parse },
	chmod: { gen: chmod, parse: readChmod.parse },
	systemctl: { gen: systemctl, parse: readSystemctl.parse },
	journalctl: { gen: journalctl, parse: readJournalctl.parse },
	'event-query': { gen: eventQuery, parse: readEventQuery.parse },
};
/** Program name (no folder, no .exe, lower case) -> generator. */
const PROGRAMS: Record<string, GeneratorId> = {
	msiexec: 'msiexec',
	signtool: 'signtool',
	icacls: 'icacls',
	chmod: 'chmod',
	systemctl: 'systemctl',
	journalctl: 'journalctl',
	wevtutil: 'event-query',
	'get-winevent': 'event-query',
};
const WINDOWS_TOOLS = new Set(['msiexec', 'signtool', 'icacls', 'wevtutil']);

/** `C:\Windows\System32\msiexec.exe`, `/usr/bin/chmod`, `"msiexec"` -> msiexec. */
export const programName = (arg: string): string =>
	arg
		.slice(Math.max(arg.lastIndexOf('\\'), arg.lastIndexOf('/')) + 1)
		.replace(/\.exe$/i, '')
		.toLowerCase();

/** Lines a generator adds after the command to print the exit code; not part of what is explained. */
const TRAILER = /^(?:echo %ERRORLEVEL%|\$p\.ExitCode|echo \$\?|\$LASTEXITCODE)$/i;
/** PowerShell markers; a Linux tool name means bash; everything else Windows is cmd. */
const PS_HINT = /^(?:\$\w+ *= *|& |Start-Process\b|Get-WinEvent\b)|\$\{env:|\$env:|`$/im;

/** Which shell the text was written for (a guess; the page offers a switch). */
export function detectShell(text: string): Shell {
	if (PS_HINT.test(text)) return 'powershell';
	// A script's comment lines: rem and :: are cmd's own; after # lines the command is the next line.
	if (/^[ \t]*(?:@?rem(?:[ \t]|$)|::)/im.test(text)) return 'cmd';
	const body = text.replace(/^[ \t]*#.*$/gm, '').trim();
	const first = body.split(/\s/, 1)[0] ?? '';
	const name = programName(first === 'sudo' ? (body.split(/\s+/, 3)[1] ?? '') : first);
	// cmd has no # comments: a Windows tool after # lines is a PowerShell script.
	if (WINDOWS_TOOLS.has(name) && body !== text.trim()) return 'powershell';
	if (WINDOWS_TOOLS.has(name) || /^(?:start|[A-Za-z]:\\|")/i.test(first) || body.includes('%'))
		return 'cmd';
	return 'bash';
}

/** Line continuations joined (bash `\\`, PowerShell backtick, cmd `^`), exit-code trailers dropped. */
function lines(text: string, shell: Shell): string[] {
	const mark = shell === 'bash' ? '\\' : shell === 'powershell' ? '`' : '^';
	const out: string[] = [];
	let cur: string | null = null;
	for (const line of text.split(/\r?\n/)) {
		// An odd run of the escape character at the end escapes the line break (an even run is literal).
		let n = 0;
		while (n < line.length && line[line.length - 1 - n] === mark) n++;
		const joined: string = (cur ?? '') + (n % 2 ? line.slice(0, -1) : line);
		if (n % 2) cur = shell === 'powershell' ? `${joined} ` : joined;
		else {
			out.push(joined);
			cur = null;
		}
	}
	if (cur !== null) out.push(cur);
	return out.map((l) => l.trim()).filter((l) => l !== '' && !TRAILER.test(l));
}

/** Names of the environment variables a PowerShell line reads, each mapped to its %NAME% form. */
function psEnv(line: string): Record<string, string> {
	const env: Record<string, string> = {};
	for (const m of line.matchAll(
		/\$\{env:([^}]{1,100})\}|Env:([^'\s]{1,100})'|\$env:([A-Za-z_][A-Za-z0-9_]{0,99})/gi,
	)) {
		const name = (m[1] ?? m[2] ?? m[3])!;
		env[name] = `%${name}%`;
	}
	return env;
}

interface Split {
	/** Wrapper words (sudo, start /wait, Start-Process …), shown as one token. */
	readonly wrapper?: string;
	readonly argv: string[];
	/** Start-Process -Verb RunAs. */
	readonly elevate?: boolean;
	readonly notes: Msg[];
	/** Shell syntax around the command (redirections, a comment, a pipe), shown after its tokens. */
	readonly syntax?: ExplainedToken[];
}

/** What any of the shell modules collected around the command. */
interface Found {
	readonly redirections: readonly string[];
	readonly comments: readonly string[];
	readonly next?: { readonly op: string; readonly rest: string };
}

/** The syntax around the command, each piece shown as what it is, in the order: redirections, next, comments. */
function syntaxTokens(shell: Shell, f: Found): ExplainedToken[] {
	const next = f.next;
	const pipe = next?.op === '|';
	const nextKey = pipe
		? shell === 'powershell' && /^Out-File\b/i.test(next.rest)
			? 'explain.tok.pipe.outFile'
			: 'explain.tok.pipe'
		: shell === 'cmd'
			? 'explain.tok.next.cmd'
			: shell === 'powershell'
				? 'explain.tok.next.powershell'
				: 'explain.tok.next';
	const comment = (c: string): Msg =>
		shell === 'cmd'
			? msg(/^@?rem\b/i.test(c) ? 'explain.tok.comment.rem' : 'explain.tok.comment.label')
			: msg(c.startsWith('<#') ? 'explain.tok.comment.block' : 'explain.tok.comment');
	return [
		...f.redirections.map((r) => ({
			text: shown(r),
			explain: msg(shell === 'powershell' ? 'explain.tok.redirect.ps' : 'explain.tok.redirect'),
		})),
		...(next ? [{ text: shown(`${next.op} ${next.rest}`.trim()), explain: msg(nextKey) }] : []),
		...f.comments.map((c) => ({ text: shown(c), explain: comment(c) })),
	];
}

/** Start-Process's parameters (unambiguous prefixes accepted, as PowerShell does). */
const START_PARAMS = ['filepath', 'argumentlist', 'verb', 'wait', 'passthru', 'nonewwindow'];

function splitPs(line: string): Split {
	const found: PsSyntax = { redirections: [], comments: [] };
	const words = parsePs(line.replace(/^\$\w+ *= */, ''), psEnv(line), true, found);
	const notes: Msg[] = words.some((w) => /\$\w/.test(w)) ? [msg('explain.warn.variable')] : [];
	const syntax = syntaxTokens('powershell', found);
	if (words[0]?.toLowerCase() !== 'start-process') return { argv: words, notes, syntax };
	const named: Record<string, string | true> = {};
	const positional: string[] = [];
	for (let i = 1; i < words.length; i++) {
		const w = words[i]!;
		if (/^-[A-Za-z]/.test(w)) {
			const p = w.slice(1).toLowerCase().replace(/:$/, '');
			const full =
				p === 'args' ? 'argumentlist' : START_PARAMS.find((x) => x.startsWith(p) && p !== '');
			if (!full) notes.push(msg('explain.warn.startProcessParam', { param: w }));
			else if (full === 'wait' || full === 'passthru' || full === 'nonewwindow') named[full] = true;
			else named[full] = words[++i] ?? '';
		} else positional.push(w);
	}
	const file = String(named.filepath ?? positional[0] ?? '');
	const list = String(named.argumentlist ?? positional[1] ?? '');
	if (!named.wait) notes.push(msg('explain.warn.noWait'));
	const elevate = String(named.verb ?? '').toLowerCase() === 'runas';
	const flavor = programName(file) === 'msiexec' ? parseMsiexec : parseCrt;
	const args = flavor(`x ${list}`).slice(1);
	return { wrapper: 'Start-Process', argv: [file, ...args], elevate, notes, syntax };
}

/** What each kind of Get-WinEvent word the generator does not write does (readEventQuery.WinEventNote). */
const WIN_EVENT_NOTES: Record<readEventQuery.WinEventNote, string> = {
	logName: 'explain.tok.winEvent.logName',
	providerName: 'explain.tok.winEvent.providerName',
	filterXPath: 'explain.tok.winEvent.filterXPath',
	whereObject: 'explain.tok.winEvent.whereObject',
	selectObject: 'explain.tok.winEvent.selectObject',
	outFile: 'explain.tok.winEvent.outFile',
	comment: 'explain.tok.comment',
	blockComment: 'explain.tok.comment.block',
	redirect: 'explain.tok.redirect.ps',
	notGenerated: 'explain.tok.winEvent.notGenerated',
};

/** `Get-WinEvent …`: the words of the event-query generator's PowerShell form (winEventWords). */
function splitWinEvent(line: string): Split {
	const words = readEventQuery.winEventWords(line);
	// The messages tokenizeError maps: an open quote, or a hashtable the shell cannot split.
	if (!Array.isArray(words))
		throw new Error(
			{
				quote: 'unterminated quote',
				hashtable: 'unclosed hashtable',
				comment: 'unterminated block comment',
				redirect: 'redirection without a target',
				stream: 'a stream redirected twice',
			}[words.open],
		);
	// $_ / $PSItem in a Where-Object block is the event itself, and $null (2>$null) is nothing: neither
	// is a value set elsewhere.
	const notes: Msg[] = /\$(?!_(?!\w)|PSItem\b|null\b)/i.test(line)
		? [msg('explain.warn.variable')]
		: [];
	return { argv: words, notes };
}

function splitCmd(line: string): Split {
	const found: CmdSyntax = { redirections: [] };
	const expanded = parseCmd(line, {}, found);
	const syntax = syntaxTokens('cmd', { ...found, comments: found.comment ? [found.comment] : [] });
	const crt = parseCrt(expanded);
	let skip = 0;
	const notes: Msg[] = [];
	if (crt[0]?.toLowerCase() === 'start') {
		let wait = false;
		skip = 1;
		// start ["title"] [/wait] [/b] …: the title is the first quoted argument (`start /?`).
		while (skip < crt.length && (crt[skip] === '' || crt[skip]!.startsWith('/'))) {
			if (crt[skip]!.toLowerCase() === '/wait') wait = true;
			skip++;
		}
		if (!wait) notes.push(msg('explain.warn.noWait'));
	}
	const program = crt[skip] ?? '';
	// Each Windows program splits its own command line: msiexec by its rules, the others by the CRT's.
	const argv =
		programName(program) === 'msiexec' ? parseMsiexec(expanded).slice(skip) : crt.slice(skip);
	argv[0] = program;
	return skip
		? { wrapper: crt.slice(0, skip).join(' '), argv, notes, syntax }
		: { argv, notes, syntax };
}

function splitBash(line: string): Split {
	// Variables stay as written: the page cannot know their value, and the generator writes them literally.
	const env = new Proxy({} as Record<string, string>, { get: (_t, k) => `$${String(k)}` });
	const found: PosixSyntax = { redirections: [] };
	const words = parsePosix(line, env, found);
	const notes: Msg[] = line.includes('$') ? [msg('explain.warn.variable')] : [];
	const syntax = syntaxTokens('bash', {
		...found,
		comments: found.comment !== undefined ? [found.comment] : [],
	});
	if (words[0] === 'sudo') {
		// sudo's own options come before the command (sudo(8)); -u -g -C -D -h -p -r -t take a value.
		let i = 1;
		while (i < words.length && words[i]!.startsWith('-') && words[i] !== '--')
			i += /^-[ugCDhprt]$/.test(words[i]!) ? 2 : 1;
		if (words[i] === '--') i++;
		return { wrapper: words.slice(0, i).join(' '), argv: words.slice(i), notes, syntax };
	}
	return { argv: words, notes, syntax };
}

/** A line that is only a comment, read by the shell's own tokenizer: its token(s), else null. */
function commentLine(line: string, shell: Shell): ExplainedToken[] | null {
	try {
		if (shell === 'cmd') {
			const f: CmdSyntax = { redirections: [] };
			if (parseCmd(line, {}, f) !== '' || f.comment === undefined) return null;
			return syntaxTokens('cmd', { redirections: [], comments: [f.comment] });
		}
		const f: PsSyntax = { redirections: [], comments: [] };
		const posix: PosixSyntax = { redirections: [] };
		const words = shell === 'powershell' ? parsePs(line, {}, true, f) : parsePosix(line, {}, posix);
		if (posix.comment !== undefined) f.comments.push(posix.comment);
		const only = words.length === 0 && f.redirections.length + posix.redirections.length === 0;
		return only && f.comments.length && !posix.next && !f.next ? syntaxTokens(shell, f) : null;
	} catch {
		return null;
	}
}

const fail = (shell: Shell, detected: boolean, error: Msg, argv: string[] = []): Explanation => ({
	shell,
	detected,
	argv,
	tokens: [],
	warnings: [],
	errors: [error],
});

/** Explain one command line. Never throws: bad input gets an error message in `errors`. */
export function explain(text: string, options: { shell?: Shell } = {}): Explanation {
	const detected = options.shell === undefined;
	if (typeof text !== 'string')
		return fail(options.shell ?? 'bash', detected, msg('explain.err.empty'));
	if (text.length > MAX_INPUT)
		return fail(options.shell ?? 'bash', detected, msg('explain.err.tooLong', { max: MAX_INPUT }));
	const shell = options.shell ?? detectShell(text);
	const typed = lines(text, shell);
	if (typed.length === 0) return fail(shell, detected, msg('explain.err.empty'));
	if (/=== (?:Verbose )?logging started|^MSI \([csa]\)/im.test(text))
		return fail(shell, detected, msg('explain.err.log'));
	// Lines that are only a comment (a script's `rem …`, `:: …`, `# …`) are shown, not joined to the command.
	const comments: ExplainedToken[] = [];
	const all = typed.filter((l) => {
		const c = commentLine(l, shell);
		comments.push(...(c ?? []));
		return !c;
	});
	if (all.length === 0) return fail(shell, detected, msg('explain.err.commentOnly'));
	if (all.length > MAX_LINES)
		return fail(shell, detected, msg('explain.err.manyLines', { n: all.length }));
	// Get-WinEvent is a cmdlet: its hashtable and pipeline are read by the event-query generator's own
	// inverse (winEventWords, parseWinEvent), not by a shell module's argument tokenizer.
	const winEvent = /^Get-WinEvent\b/i.test(all[0]!);
	if (winEvent && shell !== 'powershell')
		return fail(shell, detected, msg('explain.err.powershellOnly', { program: 'Get-WinEvent' }));
	let split: Split;
	try {
		const line = all.join(' ');
		split = winEvent
			? splitWinEvent(line)
			: shell === 'powershell'
				? splitPs(line)
				: shell === 'cmd'
					? splitCmd(line)
					: splitBash(line);
	} catch (e) {
		return fail(shell, detected, tokenizeError(e instanceof Error ? e.message : ''));
	}
	if (comments.length) split = { ...split, syntax: [...(split.syntax ?? []), ...comments] };
	const argv = split.argv;
	if (argv.length === 0 || argv[0] === '') return fail(shell, detected, msg('explain.err.empty'));
	const tool = PROGRAMS[programName(argv[0]!)];
	const entry = tool && GENERATORS[tool];
	if (!tool || !entry) {
		const tokens: ExplainedToken[] = [
			...argv.map((a) => ({ text: shown(a), explain: msg('explain.tok.unknown'), unknown: true })),
			...(split.syntax ?? []),
		];
		return {
			shell,
			detected,
			...(tool ? { tool } : {}),
			argv,
			tokens,
			warnings: split.notes,
			errors: [
				tool
					? msg('explain.err.notYet', { tool: msg(`tool.${tool}.name`) })
					: msg('explain.err.unknownProgram', { program: shown(argv[0]!) }),
			],
		};
	}
	const parsed: Parsed & { notes?: readonly (readEventQuery.WinEventNote | null)[] } = winEvent
		? readEventQuery.parseWinEvent(argv.slice(1))
		: entry.parse(argv.slice(1), split.elevate ?? true);
	// wevtutil is the event-query generator's cmd form, whichever shell it was typed in; Get-WinEvent its
	// PowerShell form.
	const genShell: Shell =
		tool === 'event-query'
			? winEvent
				? 'powershell'
				: 'cmd'
			: entry.gen.spec.shells.includes(shell)
				? shell
				: entry.gen.spec.shells[0]!;
	const result = entry.gen.generate(parsed.state, genShell);
	const tokens: ExplainedToken[] = [];
	const used = new Set<number>();
	// The generator's tokens carry the explanations and links; each argument takes the first unused
	// one with its canonical text. The wrapper takes the launcher's token (it has no argv entry).
	const gt = result.tokens;
	// Generator tokens by lower-case text, in order: each lookup takes the next unused one, so
	// matching stays linear however many arguments there are. An argument the parser read into a
	// field the generator writes once (systemctl's second -p) takes that token again.
	const byText = new Map<string, { at: number; list: number[] }>();
	gt.forEach((t, i) => {
		const k = t.text.toLowerCase();
		const e = byText.get(k) ?? { at: 0, list: [] };
		e.list.push(i);
		byText.set(k, e);
	});
	const find = (text: string): number => {
		const e = byText.get(text.toLowerCase());
		if (!e) return -1;
		while (e.at < e.list.length - 1 && used.has(e.list[e.at]!)) e.at++;
		return e.list[e.at]!;
	};
	if (split.wrapper) {
		const i = gt.findIndex((t) => /^(?:Start-Process|start \/wait)/.test(t.text));
		if (i >= 0) used.add(i);
		const t = i >= 0 ? gt[i]! : undefined;
		tokens.push(
			t
				? { text: split.wrapper, explain: t.explain, ...(t.href ? { href: t.href } : {}) }
				: {
						text: split.wrapper,
						explain: msg(
							`explain.tok.wrapper.${split.wrapper.startsWith('sudo') ? 'sudo' : 'start'}`,
						),
					},
		);
	}
	const prog = find(programName(argv[0]!));
	if (prog >= 0) used.add(prog);
	const p = gt[prog];
	tokens.push({
		text: shown(argv[0]!),
		explain: p?.explain ?? msg('explain.tok.unknown'),
		...(p?.href ? { href: p.href } : {}),
	});
	argv.slice(1).forEach((a, k) => {
		const c = parsed.canon[k];
		// A PowerShell pipeline's | has no generator token of its own.
		if (winEvent && c === '|') {
			tokens.push({ text: a, explain: msg('explain.tok.psPipe') });
			return;
		}
		// Read by PowerShell, written differently (or not) by the generator: what it does, not "unknown".
		const note = parsed.notes?.[k];
		if (note) {
			tokens.push({ text: a, explain: msg(WIN_EVENT_NOTES[note]) });
			return;
		}
		const i = c === null || c === undefined ? -1 : find(shown(c));
		if (i < 0) {
			// A whole argument that is one variable (-ArgumentList $argList): its value is set elsewhere.
			tokens.push(
				/^\$[A-Za-z_][A-Za-z0-9_]*$/.test(a)
					? { text: a, explain: msg('explain.tok.variable') }
					: { text: shown(a), explain: msg('explain.tok.unknown'), unknown: true },
			);
			return;
		}
		used.add(i);
		const t = gt[i]!;
		tokens.push({ text: shown(a), explain: t.explain, ...(t.href ? { href: t.href } : {}) });
	});
	tokens.push(...(split.syntax ?? []));
	const warnings: Msg[] = [
		...split.notes,
		...extraWarnings(tool, parsed.state, split),
		...result.warnings,
	];
	const unknown = tokens.filter((t) => t.unknown).length;
	if (unknown) warnings.unshift(msg('explain.warn.unknown', { n: unknown }));
	// Linux tools read every argument that starts with - as options until --: a file named -x needs it.
	const linux = tool === 'chmod' || tool === 'systemctl' || tool === 'journalctl';
	if (linux && !argv.includes('--') && tokens.some((t) => t.unknown && /^-./.test(t.text)))
		warnings.push(msg('explain.warn.missingDashDash'));
	warnings.push(...result.errors.map((e) => e.message));
	return {
		shell,
		detected,
		tool,
		argv,
		tokens,
		warnings,
		errors: [],
		state: parsed.state,
		link: `${toolPath(tool)}?${toQuery(entry.gen.spec, parsed.state, genShell)}`.replace(/\?$/, ''),
		...(result.command ? { command: result.command } : {}),
	};
}

/** What the command really does, beyond the generator's own warnings. */
function extraWarnings(tool: GeneratorId, s: State, split: Split): Msg[] {
	const out: Msg[] = [];
	if (tool === 'msiexec') {
		if (s.action === 'admin') out.push(msg('explain.warn.adminInstall'));
		const ui = String(s.ui);
		if ((ui === 'quiet' || ui.startsWith('qn') || ui === 'passive') && s.log === '')
			out.push(msg('explain.warn.quietNoLog'));
		if (split.wrapper === 'Start-Process' && !split.elevate)
			out.push(msg('explain.warn.notElevated'));
	}
	if (tool === 'chmod') {
		const m = String(s.mode);
		if (s.recursive === true && /^0*[0-7]?777$/.test(m)) out.push(msg('explain.warn.chmod777'));
	}
	return out;
}

/** The shell modules' refusals (English, for tests) -> what the page says. */
function tokenizeError(reason: string): Msg {
	if (/unterminated/.test(reason)) return msg('explain.err.quote');
	if (/unescaped|metacharacter|unquoted special|adjacent/.test(reason))
		return msg('explain.err.operator');
	if (/substitution|unsupported \$|unsupported escape|not defined/.test(reason))
		return msg('explain.err.expansion');
	if (/continuation|trailing backslash|line break/.test(reason))
		return msg('explain.err.continuation');
	return msg('explain.err.tokenize');
}
