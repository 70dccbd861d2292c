// Helpers shared by the generators: reading form state, collecting tokens, rendering per shell.
import { type Msg, msg } from '../../i18n/msg';
import type { PsValue } from '../shell/powershell';
import { type Arg, INVISIBLE, ShellError, WIN_ENV_NAME, codePoint, display } from '../shell/types';
import type { WinFlavor } from '../shell/winargv';
import {
	type FieldError,
	type Result,
	type Shell,
	type Spec,
	type State,
	type Token,
} from './types';

const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');
/** Text for the page: every invisible or control character shown as ⟨U+XXXX⟩. */
export const shown = (text: string): string =>
	text.replace(INVISIBLE_ALL, (c) => `⟨${codePoint(c)}⟩`);

/** Default state of a spec. */
export function defaults(spec: Spec): State {
	return Object.fromEntries(
		spec.fields.map((f) => [f.name, Array.isArray(f.default) ? [...f.default] : f.default]),
	);
}

/** Typed reads that tolerate missing or wrongly typed values (state may come from a URL). */
export const str = (s: State, k: string): string => {
	const v = s[k];
	return typeof v === 'string' ? v.trim() : '';
};
export const bool = (s: State, k: string): boolean => s[k] === true;
export const list = (s: State, k: string): string[] => rawList(s, k).map((x) => x.trim());
/**
 * Untrimmed reads, for values where leading or trailing whitespace is part of the value (a Linux
 * file may be named "report "). A value that is only whitespace still counts as empty.
 */
export const raw = (s: State, k: string): string => {
	const v = s[k];
	return typeof v === 'string' && v.trim() !== '' ? v : '';
};
export const rawList = (s: State, k: string): string[] => {
	const v = s[k];
	const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split('\n') : [];
	return items.filter((x) => typeof x === 'string' && x.trim() !== '');
};
/** Warn when a kept value starts or ends with whitespace, which is easy to miss on screen. */
export function warnEdges(b: Builder, value: string): void {
	if (value.trim() !== value)
		b.warn(msg('gen.common.warn.edgeWhitespace', { value: shown(value) }));
}

/** Builds argv and its explanations side by side, so each token has its own explanation. */
export class Builder {
	readonly argv: Arg[] = [];
	readonly tokens: Token[] = [];
	readonly warnings: Msg[] = [];
	readonly errors: FieldError[] = [];
	/** argv index -> form field, so a shell refusal is reported on the right field. */
	readonly owner = new Map<number, string>();
	readonly forceQuotes = new Set<number>();
	/** Set by launcher(): the program is started by the shell's launcher instead of being called directly. */
	launch?: Launch;

	/**
	 * Run the program through the shell's launcher (cmd: start /wait; PowerShell: Start-Process), so the
	 * shell waits for a windowed program and reports its exit code. Called before the program's own
	 * arguments are added: `words` is how the launcher appears in the token list; it is not part of argv.
	 */
	/**
	 * PowerShell cmdlets (Get-WinEvent …) take values, not a command line: `value` adds one to the
	 * current pipeline stage, `pipe` starts the next stage. finish renders them with joinPipeline.
	 */
	readonly stages: PsValue[][] = [];
	value(v: PsValue, explain: Msg, href?: string, field?: string): this {
		if (this.stages.length === 0) this.stages.push([]);
		if (field) this.owner.set(this.stages.flat().length, field);
		this.stages.at(-1)!.push(v);
		// Shown, never quoted here: quoting refuses bad input, and that refusal belongs to finish.
		const text =
			typeof v === 'string'
				? v
				: Array.isArray(v)
					? v.join(', ')
					: `@{${Object.entries(v)
							.map(([k, x]) => `${k}=${x}`)
							.join('; ')}}`;
		this.argv.push(text);
		const t = { text: shown(text), explain };
		this.tokens.push(href ? { ...t, href } : t);
		return this;
	}
	pipe(): this {
		this.stages.push([]);
		return this;
	}

	launcher(launch: Launch, words: string, explain: Msg, href: string): this {
		this.launch = launch;
		this.tokens.push({ text: words, explain, href });
		return this;
	}

	add(arg: Arg, explain: Msg, href?: string, field?: string): this {
		if (field) this.owner.set(this.argv.length, field);
		this.argv.push(arg);
		const text = display(arg);
		const hidden = [...new Set(text.match(INVISIBLE_ALL) ?? [])].map(codePoint);
		// The token list never shows an invisible character raw either: it names each one.
		if (hidden.length)
			explain = msg('gen.common.tok.hidden', { explain, chars: joinMsgs(hidden, 'comma') });
		const t = { text: shown(text), explain };
		this.tokens.push(href ? { ...t, href } : t);
		return this;
	}
	error(field: string, message: Msg): this {
		this.errors.push({ field, message });
		return this;
	}
	warn(message: Msg): this {
		this.warnings.push(message);
		return this;
	}
}

/**
 * Items joined with the language's separator ('; ' in English, '；' in Chinese), as one nested
 * message (msg.ts formats nested parameters), so lists in explanations stay in the catalog.
 */
export function joinMsgs(
	items: readonly (Msg | string)[],
	sep: 'semi' | 'comma' | 'space',
): Msg | string {
	if (items.length <= 1) return items[0] ?? '';
	// Halves, not head and tail: the nesting (and format()'s recursion) stays log2(n) deep, so a list of
	// thousands (hidden characters in a long value) cannot overflow the stack. Joining is associative.
	const mid = items.length >> 1;
	return msg(`gen.common.join.${sep}`, {
		a: joinMsgs(items.slice(0, mid), sep),
		b: joinMsgs(items.slice(mid), sep),
	});
}

const SHELL_NAME: Record<Shell, string> = {
	bash: 'bash',
	cmd: 'cmd.exe',
	powershell: 'PowerShell',
};

/** Messages that name the offending character or the shell. */
function shellMessage(e: ShellError, shell: Shell): Msg | undefined {
	if (e.code === 'invisible') {
		const cp = codePoint(e.char ?? '\ufffd');
		if (shell === 'bash') return msg('gen.common.shell_msg.noUtf8', { cp });
		return msg('gen.common.shell_msg.invisible', { cp, shell: SHELL_NAME[shell] });
	}
	return undefined;
}

const SHELL_MSG: Record<string, Msg> = {
	'stop-parsing': msg('gen.common.shell_msg.stop-parsing'),
	backslash: msg('gen.common.shell_msg.backslash'),
	nul: msg('gen.common.shell_msg.nul'),
	newline: msg('gen.common.shell_msg.newline'),
	percent: msg('gen.common.shell_msg.percent'),
	'too-long': msg('gen.common.shell_msg.too-long'),
	quote: msg('gen.common.shell_msg.quote'),
	empty: msg('gen.common.shell_msg.empty'),
	env: msg('gen.common.shell_msg.env'),
	'too-long-env': msg('gen.common.shell_msg.too-long-env'),
};

/** How a launched program is started (see Builder.launcher). */
export interface Launch {
	/** The program file Start-Process runs (msiexec.exe). */
	readonly filePath: string;
	/** PowerShell: ask for elevation (-Verb RunAs); cmd cannot, the generator warns instead. */
	readonly elevate: boolean;
}

/**
 * How a platform's generators turn a Builder into one shell's command line (render-win.ts for cmd and
 * PowerShell, render-posix.ts for bash). Each generator imports only its platform's renderer, so a page
 * loads only the quoting modules its generator can use. A refusal is thrown as a ShellError.
 */
export type Render = (b: Builder, shell: Shell, flavor: WinFlavor) => string;

/**
 * Render argv for a shell with src/lib/shell through the platform's renderer; a refusal becomes a
 * field error instead of a wrong command.
 */
export function finish(
	b: Builder,
	shell: Shell,
	render: Render,
	flavor: WinFlavor = 'crt',
): Result {
	let command = '';
	if (b.errors.length === 0) {
		try {
			command = render(b, shell, flavor);
		} catch (e) {
			if (!(e instanceof ShellError)) throw e;
			b.error(
				b.owner.get(e.index) ?? '',
				shellMessage(e, shell) ??
					SHELL_MSG[e.code] ??
					msg('gen.common.shell_msg.other', { detail: e.message }),
			);
		}
	}
	return {
		argv: b.argv,
		command: b.errors.length ? '' : command,
		tokens: b.tokens,
		warnings: b.warnings,
		errors: b.errors,
	};
}

/**
 * Windows programs have no "--": a path that starts with / reaches them intact but is read as a
 * switch (/T is icacls's "also subfolders"). Say so next to the path.
 */
export function warnSlash(b: Builder, path: string): void {
	if (path.startsWith('/'))
		b.warn(msg('gen.common.warn.slashPath', { path: shown(path), rest: shown(path.slice(1)) }));
}

/** Split "%TEMP%\x.log" into literal text and variable references (Windows paths only). */
export function winPath(text: string): Arg {
	const out: (string | { env: string })[] = [];
	// WIN_ENV_NAME, so %ProgramFiles(x86)% is a variable too.
	const re = new RegExp(`%(${WIN_ENV_NAME.source.slice(1, -1)})%`, 'g');
	let last = 0;
	for (const m of text.matchAll(re)) {
		if (m.index > last) out.push(text.slice(last, m.index));
		out.push({ env: m[1]! });
		last = m.index + m[0].length;
	}
	if (last < text.length) out.push(text.slice(last));
	return out.length === 1 && typeof out[0] === 'string' ? out[0] : out.length === 0 ? '' : out;
}
