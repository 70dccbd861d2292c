// Helpers shared by the generators: reading form state, collecting tokens, rendering per shell.
import { joinCmd } from '../shell/cmd';
import { joinPosix } from '../shell/posix';
import { joinPs } from '../shell/powershell';
import { type Arg, INVISIBLE, ShellError, WIN_ENV_NAME, codePoint, display } from '../shell/types';
import type { WinFlavor } from '../shell/winargv';
import { type FieldError, type L10n, type Result, type Shell, type Spec, type State, type Token, l } from './types';

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
		b.warn(l(`“${shown(value)}” starts or ends with whitespace, which is kept as part of the name (the quotes in the command show it).`, `“${shown(value)}”的开头或结尾有空白字符，它们会作为名称的一部分保留（命令中的引号显示了这一点）。`));
}

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
		const text = display(arg);
		const hidden = [...new Set(text.match(INVISIBLE_ALL) ?? [])].map(codePoint);
		// The token list never shows an invisible character raw either: it names each one.
		if (hidden.length)
			explain = l(
				`${explain.en} It contains ${hidden.join(', ')} (invisible or control characters), shown here as ⟨U+…⟩.`,
				`${explain['zh-CN']}其中包含 ${hidden.join('、')}（不可见字符或控制字符），此处显示为 ⟨U+…⟩。`,
			);
		const t = { text: shown(text), explain };
		this.tokens.push(href ? { ...t, href } : t);
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

const SHELL_NAME: Record<Shell, string> = { bash: 'bash', cmd: 'cmd.exe', powershell: 'PowerShell' };

/** Messages that name the offending character or the shell. */
function shellMessage(e: ShellError, shell: Shell): L10n | undefined {
	if (e.code === 'invisible') {
		const cp = codePoint(e.char ?? '\ufffd');
		if (shell === 'bash')
			return l(`This value contains ${cp}, which has no UTF-8 form, so it cannot be passed.`, `该值包含 ${cp}，它没有 UTF-8 形式，因此无法传递。`);
		return l(
			`This value contains ${cp}, an invisible or control character. ${SHELL_NAME[shell]} has no way to write it visibly in a command, so it is refused: delete it (it may have come with copied text or a link).`,
			`该值包含 ${cp}，这是不可见字符或控制字符。${SHELL_NAME[shell]} 无法在命令中以可见的形式写出它，因此拒绝生成：请删除它（它可能随复制的文本或链接而来）。`,
		);
	}
	return undefined;
}

const SHELL_MSG: Record<string, L10n> = {
	'stop-parsing': l(
		'PowerShell treats an argument whose value is --% as its stop-parsing token even when it is quoted, and would pass the rest of the line unquoted. Use the cmd version, or rename the file.',
		'即使加了引号，PowerShell 也会把值为 --% 的参数当作停止解析标记，并把该行其余部分不加引号地传递。请改用 cmd 版本，或重命名该文件。',
	),
	backslash: l(
		'Windows PowerShell 5.1 and PowerShell 7.3+ pass an argument that ends in \ and contains whitespace (or a %NAME% variable, whose value may contain spaces) differently. Remove the trailing backslash, or use the cmd version.',
		'对于以 \ 结尾且包含空白（或包含 %NAME% 变量，其值可能含空格）的参数，Windows PowerShell 5.1 与 PowerShell 7.3+ 的传递方式不同。请去掉末尾的反斜杠，或改用 cmd 版本。',
	),
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
	empty: l('This value is empty: Windows PowerShell 5.1 would drop it and shift the arguments after it.', '该值为空：Windows PowerShell 5.1 会丢弃它，使后面的参数前移。'),
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
			b.error(b.owner.get(e.index) ?? '', shellMessage(e, shell) ?? SHELL_MSG[e.code] ?? l(e.message, e.message));
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
		b.warn(l(`“${shown(path)}” starts with /, so the program reads it as an option, not as a file. Windows paths use \\ (for example .\\${shown(path.slice(1))} or C:\\…).`, `“${shown(path)}”以 / 开头，程序会把它当作选项而不是文件。Windows 路径使用 \\（例如 .\\${shown(path.slice(1))} 或 C:\\…）。`));
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
