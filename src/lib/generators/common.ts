// Helpers shared by the generators: reading form state, collecting tokens, rendering per shell.
import { joinCmd } from '../shell/cmd';
import { joinPosix } from '../shell/posix';
import { joinPs } from '../shell/powershell';
import { type Arg, ShellError, display } from '../shell/types';
import type { WinFlavor } from '../shell/winargv';
import { type FieldError, type L10n, type Result, type Shell, type Spec, type State, type Token, l } from './types';

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
export const list = (s: State, k: string): string[] => {
	const v = s[k];
	const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split('\n') : [];
	return items.map((x) => x.trim()).filter(Boolean);
};

/** Builds argv and its explanations side by side, so each token has its own explanation. */
export class Builder {
	readonly argv: Arg[] = [];
	readonly tokens: Token[] = [];
	readonly warnings: L10n[] = [];
	readonly errors: FieldError[] = [];
	/** argv index -> form field, so a shell refusal is reported on the right field. */
	readonly owner = new Map<number, string>();
	readonly forceQuotes = new Set<number>();

	add(arg: Arg, explain: L10n, href?: string, field?: string): this {
		if (field) this.owner.set(this.argv.length, field);
		this.argv.push(arg);
		this.tokens.push(href ? { text: display(arg), explain, href } : { text: display(arg), explain });
		return this;
	}
	error(field: string, message: L10n): this {
		this.errors.push({ field, message });
		return this;
	}
	warn(message: L10n): this {
		this.warnings.push(message);
		return this;
	}
}

const SHELL_MSG: Record<string, L10n> = {
	nul: l('This value contains a NUL character, which no command line can carry.', '该值包含 NUL 字符，任何命令行都无法传递。'),
	newline: l('cmd.exe cannot pass a line break inside an argument.', 'cmd.exe 无法在参数中传递换行符。'),
	percent: l(
		'cmd.exe expands %…% even inside quotes, so this % cannot be passed literally here. Use the PowerShell version.',
		'cmd.exe 即使在引号内也会展开 %…%，因此这里的 % 无法按字面传递。请改用 PowerShell 版本。',
	),
	'too-long': l(
		'The command is longer than Windows allows (cmd.exe: 8191 characters; any command line: 32767).',
		'命令超出 Windows 的长度上限（cmd.exe 为 8191 个字符，命令行总长为 32767）。',
	),
	quote: l(
		'This value contains a character this shell or program cannot receive unchanged (for example a double quote).',
		'该值包含此 shell 或程序无法原样接收的字符（例如双引号）。',
	),
	empty: l('This value is empty.', '该值为空。'),
	env: l('Invalid environment variable name.', '环境变量名无效。'),
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
			b.error(b.owner.get(e.index) ?? '', SHELL_MSG[e.code] ?? l(e.message, e.message));
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

/** Split "%TEMP%\x.log" into literal text and variable references (Windows paths only). */
export function winPath(text: string): Arg {
	const out: (string | { env: string })[] = [];
	const re = /%([A-Za-z_][A-Za-z0-9_]*)%/g;
	let last = 0;
	for (const m of text.matchAll(re)) {
		if (m.index > last) out.push(text.slice(last, m.index));
		out.push({ env: m[1]! });
		last = m.index + m[0].length;
	}
	if (last < text.length) out.push(text.slice(last));
	return out.length === 1 && typeof out[0] === 'string' ? out[0] : out.length === 0 ? '' : out;
}
