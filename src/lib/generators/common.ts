// Helpers shared by the generators: reading form state, collecting tokens, rendering per shell.
import { type Msg, msg } from '../../i18n/msg';
import { joinCmd } from '../shell/cmd';
import { joinPosix } from '../shell/posix';
import { joinPs } from '../shell/powershell';
import { type Arg, INVISIBLE, ShellError, WIN_ENV_NAME, codePoint, display } from '../shell/types';
import type { WinFlavor } from '../shell/winargv';
import { type FieldError, type Result, type Shell, type Spec, type State, type Token } from './types';

const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');
/** Text for the page: every invisible or control character shown as ⟨U+XXXX⟩. */
export const shown = (text: string): string => text.replace(INVISIBLE_ALL, (c) => `⟨${codePoint(c)}⟩`);

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
export function joinMsgs(items: readonly (Msg | string)[], sep: 'semi' | 'comma' | 'space'): Msg | string {
	if (items.length <= 1) return items[0] ?? '';
	return msg(`gen.common.join.${sep}`, { a: items[0]!, b: joinMsgs(items.slice(1), sep) });
}

const SHELL_NAME: Record<Shell, string> = { bash: 'bash', cmd: 'cmd.exe', powershell: 'PowerShell' };

/** Messages that name the offending character or the shell. */
function shellMessage(e: ShellError, shell: Shell): Msg | undefined {
	if (e.code === 'invisible') {
		const cp = codePoint(e.char ?? '\ufffd');
		if (shell === 'bash')
			return msg('gen.common.shell_msg.noUtf8', { cp });
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
};

/** Render argv for a shell; a refusal becomes a field error instead of a wrong command. */
export function finish(b: Builder, shell: Shell, flavor: WinFlavor = 'crt', render?: (argv: Arg[]) => string): Result {
	let command = '';
	if (b.errors.length === 0) {
		try {
			if (render) command = render(b.argv);
			else if (shell === 'bash') command = joinPosix(b.argv);
			else if (shell === 'cmd') command = joinCmd(b.argv, flavor, b.forceQuotes);
			else command = joinPs(b.argv);
		} catch (e) {
			if (!(e instanceof ShellError)) throw e;
			b.error(b.owner.get(e.index) ?? '', shellMessage(e, shell) ?? SHELL_MSG[e.code] ?? msg('gen.common.shell_msg.other', { detail: e.message }));
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
