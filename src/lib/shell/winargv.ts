// How Windows programs split their command line. A Windows process receives ONE string; each
// program splits it itself. Two rule sets matter here:
// 1. The Microsoft C runtime, documented in "Parsing C command-line arguments"
//    (https://learn.microsoft.com/cpp/c-language/parsing-c-command-line-arguments), which
//    CommandLineToArgvW follows for everything after argv[0]: whitespace separates arguments; "..."
//    groups; 2n backslashes + " give n backslashes and a delimiter; 2n+1 backslashes + " give n
//    backslashes and a literal "; other backslashes are literal; argv[0] ends at the first
//    whitespace outside quotes and has no escapes.
// 2. msiexec's own reading of PROPERTY="value": in Microsoft's "Command-Line Options" page
//    (https://learn.microsoft.com/windows/win32/msi/command-line-options) a value with spaces goes
//    in quotes and a literal quote inside it is doubled: PROPERTY="Embedded ""Quotes"" White Space".
import { type Arg, type Part, ShellError, WIN_CMDLINE_MAX, firstInvisible, parts } from './types';

export type WinFlavor = 'crt' | 'msiexec';

// Only space and tab separate arguments, but any blank-looking character is quoted too, so the
// printed line never looks like it has more arguments than it does (U+3000 in 新建\u3000文件夹).
const needsQuotes = (s: string): boolean => s === '' || /[\s"\u0085]/u.test(s);

/** Quote literal text by the C runtime rules (backslashes doubled only before a quote). */
function crtBody(text: string, closing: boolean): string {
	let out = '';
	let slashes = 0;
	for (const c of text) {
		if (c === '\\') {
			slashes++;
			continue;
		}
		if (c === '"') out += '\\'.repeat(slashes * 2 + 1) + '"';
		else out += '\\'.repeat(slashes) + c;
		slashes = 0;
	}
	return out + '\\'.repeat(closing ? slashes * 2 : slashes);
}
const crtQuoted = (text: string): string => `"${crtBody(text, true)}"`;

/**
 * For cmd.exe: a % inside quotes cannot be protected (cmd expands %…% everywhere and ^ is literal
 * in quotes), so each % is put between two quoted runs, where cmd sees it outside quotes and ^%
 * works. The C runtime joins adjacent quoted runs into one argument: "C:\100"^%" done" is
 * C:\100% done. Backslashes before each inserted closing quote are doubled as usual.
 */
const crtQuotedSplit = (text: string, closing = true): string =>
	text
		.split('%')
		.map((seg, i, all) => (seg === '' ? '' : `"${crtBody(seg, closing || i < all.length - 1)}"`))
		.join('%');

/** Prefix that may stay outside the quotes, so output looks like the docs: /q:"...", NAME="...". */
const PREFIX = /^(\/[A-Za-z]+:|[A-Za-z_][A-Za-z0-9_.]*=)/;

function checkText(text: string, index: number): void {
	if (text.includes('\0'))
		throw new ShellError('NUL cannot be part of a command line', index, 'nul');
	// Neither cmd.exe nor PowerShell (5.1 has no `u{…}) has a way to write these visibly.
	const bad = firstInvisible(text) ?? (text.isWellFormed() ? undefined : '\ufffd');
	if (bad) throw new ShellError('invisible or control character', index, 'invisible', bad);
}

/** One argument as command-line text (Part[] keeps %VAR% references for the shell to render). */
export function quoteWinArg(
	arg: Arg,
	flavor: WinFlavor = 'crt',
	index = 1,
	forceQuotes = false,
	/** The line is for cmd.exe: keep every literal % outside quotes (see crtQuotedSplit). */
	forCmd = false,
): Part[] {
	const ps = parts(arg);
	for (const p of ps) if (typeof p === 'string') checkText(p, index);
	const literal = ps.every((p) => typeof p === 'string');
	const text = ps.map((p) => (typeof p === 'string' ? p : '')).join('');
	// A variable's value is unknown (a user name with a space is common), so such arguments are always quoted.
	if (literal && !forceQuotes && !needsQuotes(text) && !(flavor === 'msiexec' && /=$/.test(text)))
		return [text];
	const m = literal ? PREFIX.exec(text) : PREFIX.exec(typeof ps[0] === 'string' ? ps[0] : '');
	const prefix = m ? m[1]! : '';
	if (flavor === 'msiexec') {
		const body = ps.map((p, i) =>
			typeof p === 'string' ? (i === 0 ? p.slice(prefix.length) : p).replaceAll('"', '""') : p,
		);
		if (!prefix && text.includes('"'))
			throw new ShellError('a path cannot contain a double quote', index, 'quote');
		return [prefix + '"', ...body, '"'];
	}
	if (literal) {
		const body = text.slice(prefix.length);
		return [prefix + (forCmd && body.includes('%') ? crtQuotedSplit(body) : crtQuoted(body))];
	}
	// Mixed literal text and variables: quote each literal piece in the same quoted run.
	const out: Part[] = [prefix + '"'];
	ps.forEach((p, i) => {
		if (typeof p !== 'string') return out.push(p);
		const t = i === 0 ? p.slice(prefix.length) : p;
		// Backslashes are doubled only where a quote follows: inside, or the closing one at the end.
		const last = i === ps.length - 1;
		if (forCmd && t.includes('%')) {
			// Close the run before each %, reopen after it (the run's own quotes stay at both ends).
			const segs = t.split('%');
			out.push(segs.map((seg, k) => crtBody(seg, last || k < segs.length - 1)).join('"%"'));
		} else out.push(crtBody(t, last));
		return undefined;
	});
	out.push('"');
	return out;
}

/** argv -> one Windows command line (program name first, quoted without escapes as argv[0] requires). */
export function joinWin(
	argv: readonly Arg[],
	flavor: WinFlavor = 'crt',
	forceQuotes: ReadonlySet<number> = new Set(),
	forCmd = false,
): Part[] {
	const [prog, ...rest] = argv;
	if (typeof prog !== 'string' || prog === '' || /["\0]/.test(prog) || firstInvisible(prog))
		throw new ShellError('bad program name', 0, 'quote');
	const line: Part[] = [/[ \t]/.test(prog) ? `"${prog}"` : prog];
	rest.forEach((a, i) =>
		line.push(
			' ',
			...quoteWinArg(a, flavor, i + 1, forceQuotes.has(i + 1), forCmd && flavor === 'crt'),
		),
	);
	const len = line.reduce((n, p) => n + (typeof p === 'string' ? p.length : p.env.length + 2), 0);
	if (len > WIN_CMDLINE_MAX)
		throw new ShellError(`command line longer than ${WIN_CMDLINE_MAX} characters`, 0, 'too-long');
	return line;
}

/** Literal-only command line text (throws if it holds variable references). */
export function lineText(line: readonly Part[]): string {
	return line
		.map((p) => {
			if (typeof p !== 'string') throw new Error('variable reference in literal line');
			return p;
		})
		.join('');
}
