// Reading a bash line: what explain mode, the checkers and the tests use to see what a program
// receives. Kept apart from the quoting (../posix.ts) so the generator pages, which only write
// commands, never download it.

const utf8 = new TextEncoder();

const META = new Set(['|', '&', ';', '<', '>', '(', ')', '`', '*', '?', '[', '#', '~', '{', '}']);

/**
 * Shell syntax around the command that explain mode shows as such (§2.7 Redirection, §2.3 comments,
 * §2.9 pipelines and lists). Only read when the caller passes one; otherwise that syntax is an error.
 */
export interface PosixSyntax {
	/** Each redirection as written without spaces, `> nginx.log` -> `>nginx.log`, `2>&1`. */
	readonly redirections: string[];
	/** `# …` from an unquoted # at the start of a word to the end of the line. */
	comment?: string;
	/** The operator (`|`, `||`, `&&`, `;`) after the command, and the rest of the line. */
	next?: { readonly op: string; readonly rest: string };
}

/** Redirection operators, longest first (§2.7); an IO number (digits) may stand right before. */
const REDIRECT = /^(?:&>>|&>|>>|>&|>\||>|<&|<>|<)/;

/**
 * Split a command line by the quoting rules of §2.2 (no globbing, no operators: an unquoted
 * metacharacter is an error). `$NAME` / `${NAME}` expand from `env`. Used to check round trips.
 * With `syntax`, redirections, a comment and what follows a |, ||, && or ; are collected there.
 */
export function parsePosix(
	line: string,
	env: Record<string, string> = {},
	syntax?: PosixSyntax,
): string[] {
	const argv: string[] = [];
	let cur = '';
	let inWord = false;
	let i = 0;
	let wordStart = 0;
	let redirect: string | null = null;
	const push = () => {
		if (redirect === null) argv.push(cur);
		else syntax!.redirections.push(redirect + cur);
		redirect = null;
	};
	const expand = (): string => {
		// at line[i] === '$'
		let m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(line.slice(i));
		m ??= /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(line.slice(i));
		if (!m) throw new Error(`unsupported $ at ${i}`);
		i += m[0].length;
		return env[m[1]!] ?? '';
	};
	// $'…' as ansiC writes it: \xHH bytes, \t \n \r, \\ and \'.
	const ansiCBody = (): string => {
		const bytes: number[] = [];
		for (;;) {
			if (i >= line.length) throw new Error("unterminated $'");
			const d = line[i]!;
			if (d === "'") break;
			if (d !== '\\') {
				bytes.push(...utf8.encode(d));
				i++;
				continue;
			}
			const e = line[i + 1];
			const hex = /^x([0-9a-fA-F]{1,2})/.exec(line.slice(i + 1));
			if (hex) {
				bytes.push(parseInt(hex[1]!, 16));
				i += 1 + hex[0].length;
			} else if (e === 't' || e === 'n' || e === 'r' || e === '\\' || e === "'") {
				bytes.push(({ t: 9, n: 10, r: 13 } as Record<string, number>)[e] ?? e.charCodeAt(0));
				i += 2;
			} else throw new Error(`unsupported escape \\${e}`);
		}
		i++;
		return new TextDecoder('utf-8', { ignoreBOM: true }).decode(Uint8Array.from(bytes));
	};
	while (i < line.length) {
		const c = line[i]!;
		if (!inWord) wordStart = i;
		if (syntax && (c === '#' || c === '|' || c === ';' || c === '&' || c === '<' || c === '>')) {
			const digits = inWord && /^\d+$/.test(line.slice(wordStart, i)) ? cur : null;
			const op = REDIRECT.exec(line.slice(i))?.[0];
			if (c === '#' && !inWord) {
				syntax.comment = line.slice(i);
				break;
			}
			if (op && redirect === null) {
				// `x>f` ends the word x; `2>f` makes 2 the redirected file descriptor.
				if (inWord && digits === null) push();
				redirect = (digits ?? '') + op;
				cur = '';
				inWord = false;
				i += op.length;
				// >&1, <&0: the target is the word that follows directly.
				continue;
			}
			const next = /^(?:\|\||&&|\||;)/.exec(line.slice(i))?.[0];
			if (next && redirect === null) {
				if (inWord) push();
				syntax.next = { op: next, rest: line.slice(i + next.length).trim() };
				return argv;
			}
		}
		if (c === ' ' || c === '\t') {
			if (inWord) push();
			cur = '';
			inWord = false;
			i++;
		} else if (c === "'") {
			const end = line.indexOf("'", i + 1);
			if (end < 0) throw new Error('unterminated single quote');
			cur += line.slice(i + 1, end);
			inWord = true;
			i = end + 1;
		} else if (c === '"') {
			inWord = true;
			i++;
			for (;;) {
				if (i >= line.length) throw new Error('unterminated double quote');
				const d = line[i]!;
				if (d === '"') break;
				if (d === '\\' && i + 1 < line.length && '$`"\\\n'.includes(line[i + 1]!)) {
					if (line[i + 1] !== '\n') cur += line[i + 1];
					i += 2;
				} else if (d === '$') cur += expand();
				else if (d === '`') throw new Error('command substitution');
				else {
					cur += d;
					i++;
				}
			}
			i++;
		} else if (c === '\\') {
			if (i + 1 >= line.length) throw new Error('trailing backslash');
			if (line[i + 1] !== '\n') cur += line[i + 1];
			inWord = true;
			i += 2;
		} else if (c === '$' && line[i + 1] === "'") {
			i += 2;
			cur += ansiCBody();
			inWord = true;
		} else if (c === '$') {
			cur += expand();
			inWord = true;
		} else if (c === '\n' || META.has(c)) {
			throw new Error(`unquoted metacharacter ${JSON.stringify(c)} at ${i}`);
		} else {
			cur += c;
			inWord = true;
			i++;
		}
	}
	if (inWord) push();
	if (redirect !== null) throw new Error(`redirection ${redirect} without a target`);
	return argv;
}
