// Reading argument-mode PowerShell: what explain mode, the checkers and the tests use to see what a
// command receives. Kept apart from the quoting (../powershell.ts) so the generator pages, which only
// write commands, never download it.

import { SAFE } from '../powershell';

const isSingle = (c: string | undefined) => c !== undefined && /['\u2018-\u201b]/.test(c);
const isDouble = (c: string | undefined) => c !== undefined && /["\u201c-\u201e]/.test(c);

/** `$name` or `$env:NAME` (about_Variables: a plain name ends at the first non-word character). */
const VAR = /^\$(env:)?([A-Za-z_][A-Za-z0-9_]*)/i;

/**
 * Syntax around a command that explain mode shows as such (about_Comments, about_Redirection,
 * about_Pipelines, about_Pipeline_Chain_Operators). Real PowerShell 7.6 (the oracle) reads each only at
 * the start of a token: `a#b`, `a>f`, `a<#x#>b` are single literal arguments, while `a;b` and `a|b`
 * end the command. `<` and `1>&2` are parse errors there ("reserved for future use"), so they stay
 * errors here.
 */
export interface PsSyntax {
	/** Each redirection as written without spaces: `>log.txt`, `2>&1`, `*>>'x y.log'`. */
	readonly redirections: string[];
	/** `# …` to the end of the line, and each `<# … #>` block. */
	readonly comments: string[];
	/** The operator (`|`, `;`, `&&`, `||`) after the command, and the rest of the line. */
	next?: { readonly op: string; readonly rest: string };
}

/** Redirection operators (about_Redirection): streams 1–6 or * with > >>, and n>&1 merging into output. */
const PS_REDIRECT = /(?:[2-6*]>&1|[1-6*]?>>?)/y;
const PS_NEXT = /(?:\|\||&&|\||;)/y;
const at = (re: RegExp, line: string, i: number): string | undefined => {
	re.lastIndex = i;
	return re.exec(line)?.[0];
};
/** The redirection operator that starts at `i` (about_Redirection), if any. */
export const psRedirectAt = (line: string, i: number): string | undefined =>
	at(PS_REDIRECT, line, i);
/**
 * The stream bit of a redirection: the same stream named twice is a parse error ("The output stream
 * for this command is already redirected"); PowerShell keys this by the stream as written: * is its
 * own, no number is 1.
 */
export const psRedirectStream = (op: string): number =>
	1 << (op[0] === '*' ? 0 : Number(op[0]) || 1);

/**
 * Tokenize argument-mode PowerShell (the subset joinPs emits) into the strings a command receives.
 * With `vars` (explain mode), `$env:NAME` reads `env` like `${env:NAME}`, and any other `$name`, whose
 * value is set elsewhere in a script, stays in the text as `$name`. With `syntax`, comments,
 * redirections and what follows | ; && || are collected there (PsSyntax).
 */
export function parsePs(
	line: string,
	env: Record<string, string> = {},
	vars = false,
	syntax?: PsSyntax,
): string[] {
	const out: string[] = [];
	let i = 0;
	let redirect: string | null = null;
	/** Streams already redirected: bit 0 for *, bits 1–6 for the numbered ones. */
	let streams = 0;
	const lookup = (name: string) =>
		Object.entries(env).find(([k]) => k.toUpperCase() === name.toUpperCase())?.[1];
	/** At line[i] === '$' in vars mode: the variable's text, or null when it is no variable. */
	const variable = (): string | null => {
		const v = VAR.exec(line.slice(i));
		if (!v) return null;
		i += v[0].length;
		return v[1] ? (lookup(v[2]!) ?? '') : v[0];
	};
	if (line.startsWith('& ')) i = 2;
	while (i < line.length) {
		if (line[i] === ' ') {
			i++;
			continue;
		}
		if (syntax && redirect === null) {
			if (line.startsWith('<#', i)) {
				const end = line.indexOf('#>', i + 2);
				if (end < 0) throw new Error('unterminated block comment');
				syntax.comments.push(line.slice(i, end + 2));
				i = end + 2;
				continue;
			}
			if (line[i] === '#') {
				syntax.comments.push(line.slice(i).trimEnd());
				break;
			}
			const op = psRedirectAt(line, i);
			if (op) {
				const n = psRedirectStream(op);
				if (streams & n) throw new Error('a stream redirected twice');
				streams |= n;
				i += op.length;
				if (op.endsWith('&1')) syntax.redirections.push(op);
				else redirect = op;
				continue;
			}
			const next = at(PS_NEXT, line, i);
			if (next) {
				syntax.next = { op: next, rest: line.slice(i + next.length).trim() };
				return out;
			}
		}
		const start = i;
		let cur = '';
		const c = line[i];
		if (isSingle(c)) {
			i++;
			for (;;) {
				if (i >= line.length) throw new Error('unterminated string');
				if (isSingle(line[i])) {
					if (!isSingle(line[i + 1])) break;
					i++;
				}
				cur += line[i];
				i++;
			}
			i++;
		} else if (isDouble(c)) {
			i++;
			for (;;) {
				if (i >= line.length) throw new Error('unterminated string');
				const d = line[i]!;
				if (isDouble(d)) {
					if (!isDouble(line[i + 1])) break;
					cur += line[i + 1];
					i += 2;
				} else if (d === '`') {
					cur += line[i + 1];
					i += 2;
				} else if (d === '$') {
					const m = /^\$\{env:([^}]+)\}/.exec(line.slice(i));
					const g = /^\$\(\(Get-Item -LiteralPath 'Env:([^']+)' -ErrorAction Stop\)\.Value\)/.exec(
						line.slice(i),
					);
					if (!m && !g) {
						const v = vars ? variable() : null;
						if (v === null) throw new Error('unsupported $');
						cur += v;
						continue;
					}
					const name = (m ?? g)![1]!.toUpperCase();
					const value = Object.entries(env).find(([k]) => k.toUpperCase() === name)?.[1];
					// Get-Item -ErrorAction Stop: the whole command stops; ${env:X}: empty.
					if (g && value === undefined)
						throw new Error(`Env:${name} not defined: the command stops`);
					cur += value ?? '';
					i += (m ?? g)![0].length;
				} else {
					cur += d;
					i++;
				}
			}
			i++;
		} else {
			// A bare word ends at a space; with syntax also at ; and |, which end the command there.
			const m = (syntax ? /^[^ ;|]+/ : /^[^ ]+/).exec(line.slice(i))?.[0];
			// Only a pending redirection lets a ; or | reach here (`> ;`): it has no file.
			if (m === undefined) throw new Error(`redirection ${redirect} without a target`);
			const v = vars && c === '$' && VAR.exec(m)?.[0] === m ? variable() : null;
			if (v !== null) cur = v;
			else if (!SAFE.test(m)) throw new Error(`unquoted special characters in ${m}`);
			else {
				cur = m;
				i += m.length;
			}
		}
		const ends = line[i] === ' ' || (syntax && (line[i] === ';' || line[i] === '|'));
		if (i < line.length && !ends) throw new Error('adjacent tokens');
		if (redirect === null) out.push(cur);
		else {
			// The target as written (quotes kept), like the other redirections shown.
			syntax!.redirections.push(redirect + line.slice(start, i));
			redirect = null;
		}
	}
	if (redirect !== null) throw new Error(`redirection ${redirect} without a target`);
	return out;
}
