// What every command gets: the parsed arguments, the language's catalog, and one way to print results
// and refuse bad input (text on stderr, or one JSON document on stdout with --json).
import { format, type Msg, msg } from '../i18n/msg';
import { href } from '../lib/urls';
import { type CliLocale, EXIT, type Io, type Resources, SCHEMA_VERSION } from './types';

export interface Args {
	positionals: string[];
	/** --name value / --name=value, in order (a list field may repeat). */
	options: Array<[name: string, value: string]>;
	/** --json, --help, --version, and boolean fields given without a value. */
	flags: Set<string>;
	/** Options and flags in the order given (a flag's value is undefined): the last one wins. */
	sequence: Array<[name: string, value: string | undefined]>;
}

export class Context {
	constructor(
		readonly io: Io,
		readonly res: Resources,
		readonly locale: CliLocale,
		readonly json: boolean,
	) {}

	t(m: Msg | string): string {
		return format(this.res.catalogs[this.locale], m);
	}

	/** A site path as a full URL in the chosen language. */
	url(path: string, locale: CliLocale = this.locale): string {
		return path.startsWith('/') ? new URL(href(locale, path), this.res.site).href : path;
	}

	/** One JSON document, with the schema version every output carries. */
	printJson(command: string, body: Record<string, unknown>): void {
		this.io.out(
			`${JSON.stringify({ schemaVersion: SCHEMA_VERSION, command, ...body }, null, 2)}\n`,
		);
	}

	/** Bad input: a clear message (never a stack trace) and exit code 2. */
	bad(command: string, code: string, m: Msg, extra: Record<string, unknown> = {}): number {
		const message = this.t(m);
		if (this.json) this.printJson(command, { ok: false, error: { code, message }, ...extra });
		else this.io.err(`${this.t(msg('cli.err.prefix', { message }))}\n`);
		return EXIT.badInput;
	}
}

/**
 * Splits arguments into positionals, options and flags. `booleans` are names that never take a
 * value; every other --name takes the next argument (or the text after =). `--` ends the options.
 */
export function parseArgs(
	args: readonly string[],
	booleans: ReadonlySet<string>,
): Args | { error: Msg } {
	const out: Args = { positionals: [], options: [], flags: new Set(), sequence: [] };
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		if (a === '--') {
			out.positionals.push(...args.slice(i + 1));
			break;
		}
		if (a === '-h') {
			out.flags.add('help');
			continue;
		}
		if (!a.startsWith('--') || a.length === 2) {
			out.positionals.push(a);
			continue;
		}
		const eq = a.indexOf('=');
		const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
		let value: string | undefined;
		if (eq >= 0) value = a.slice(eq + 1);
		else if (booleans.has(name)) out.flags.add(name);
		else if (i + 1 < args.length) value = args[++i]!;
		else return { error: msg('cli.err.missingValue', { option: `--${name}` }) };
		if (value !== undefined) out.options.push([name, value]);
		out.sequence.push([name, value]);
	}
	return out;
}

/** The last value of an option (a repeated --shell means the last one, as in most tools). */
export const option = (a: Args, name: string): string | undefined =>
	a.options.findLast(([n]) => n === name)?.[1];
