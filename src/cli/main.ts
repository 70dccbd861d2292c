// The command-line tool's entry: parses the arguments, picks the language and the command, and
// returns the exit code (0 found/success, 1 the log shows a failure, 2 bad input). No process
// globals here: bin.ts passes the streams and the bundled data, the tests their own.
import { msg } from '../i18n/msg';
import { LOG_ENCODINGS, type LogEncoding } from '../lib/checkers/decode';
import { loaders } from '../lib/generators/index';
import { codeCommand } from './code';
import { type Args, Context, option, parseArgs } from './context';
import { explainCommand } from './explain';
import { checkboxNames, genCommand } from './gen';
import { logCommand } from './log';
import { CLI_LOCALES, type CliLocale, EXIT, type Io, type Resources } from './types';

export const SCHEMA_FILE = 'schema/ifg.v1.schema.json';
const COMMANDS = ['code', 'log', 'gen', 'explain'] as const;
/** Options each command accepts besides --json, --help, --version and --lang. */
const OWN: Record<(typeof COMMANDS)[number], readonly string[]> = {
	code: [],
	log: ['shell', 'compare', 'encoding'],
	gen: [],
	explain: ['shell'],
};
const BOOLEANS = ['json', 'help', 'version'];

function langOf(argv: readonly string[]): string | undefined {
	let tag: string | undefined;
	argv.forEach((a, i) => {
		if (a === '--lang') tag = argv[i + 1] ?? '';
		else if (a.startsWith('--lang=')) tag = a.slice('--lang='.length);
	});
	return tag;
}

const localeOf = (tag: string): CliLocale | undefined =>
	CLI_LOCALES.find((l) => l.toLowerCase() === tag.toLowerCase());

/** The process's locale variables, most specific first, as POSIX reads them for messages. */
export type Env = Readonly<Record<string, string | undefined>>;
const LOCALE_VARS = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The language of the terminal's locale (zh_CN.UTF-8 → zh-CN, en_US → en), when the tool speaks it.
 * Unlike --lang, a locale the tool does not speak (C, fr_FR, zh_TW) is no error: it means English.
 */
export function localeOfEnv(env: Env): CliLocale | undefined {
	const value = LOCALE_VARS.map((v) => env[v]).find((v) => v);
	// Drop the codeset and modifier (.UTF-8, @euro); one split on a single class: linear.
	const tag = (value ?? '').split(/[.@]/)[0]!.replace('_', '-');
	return tag ? (localeOf(tag) ?? localeOf(tag.split('-')[0]!)) : undefined;
}

/** Global options may come before the command (`ifg --lang zh-CN code 2503`): move them after it. */
function commandFirst(argv: readonly string[]): string[] {
	const lead: string[] = [];
	let i = 0;
	for (; i < argv.length; i++) {
		const a = argv[i]!;
		if (a === '--json' || a.startsWith('--lang=')) lead.push(a);
		else if (a === '--lang') lead.push(a, argv[++i] ?? '');
		else break;
	}
	return i < argv.length ? [argv[i]!, ...argv.slice(i + 1), ...lead] : lead;
}

/** `env`: the process's environment (bin.ts), for the language when --lang is not given. */
export async function run(
	input: readonly string[],
	io: Io,
	res: Resources,
	env: Env = {},
): Promise<number> {
	const argv = commandFirst(input);
	const command =
		argv[0]?.startsWith('--') && argv[0] !== '--help' && argv[0] !== '--version'
			? undefined
			: argv[0];
	const gen = command === 'gen';
	const booleans = new Set([...BOOLEANS, ...(gen ? await checkboxNames(argv[1]) : [])]);
	const parsed = parseArgs(argv.slice(1), booleans);
	// Language first, so that even a refusal of the other arguments is in the language asked for.
	const langTag = langOf(argv);
	const locale = langTag === undefined ? (localeOfEnv(env) ?? 'en') : localeOf(langTag);
	const ctx = new Context(io, res, locale ?? 'en', argv.includes('--json'));
	const name = (COMMANDS as readonly string[]).includes(command ?? '') ? command! : '';
	if (locale === undefined)
		return ctx.bad(name, 'bad-language', msg('cli.err.lang', { lang: langTag ?? '' }));
	if ('error' in parsed) return ctx.bad(name, 'bad-argument', parsed.error);
	const args: Args = parsed;

	if (command === '--version' || command === '-v') {
		io.out(`${res.version}\n`);
		return EXIT.ok;
	}
	if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
		const usage = ctx.t(
			msg('cli.usage', { generators: Object.keys(loaders).join(', '), schema: SCHEMA_FILE }),
		);
		if (command === undefined) {
			if (ctx.json) return ctx.bad('', 'unknown-command', msg('cli.err.noCommand'));
			io.err(`${usage}\n`);
			return EXIT.badInput;
		}
		io.out(`${usage}\n`);
		return EXIT.ok;
	}
	if (!(COMMANDS as readonly string[]).includes(command))
		return ctx.bad('', 'unknown-command', msg('cli.err.unknownCommand', { command }));
	const cmd = command as (typeof COMMANDS)[number];
	if (cmd !== 'gen') {
		const allowed = new Set(['lang', ...OWN[cmd]]);
		const unknown = [
			...args.options.map(([n]) => n),
			...[...args.flags].filter((f) => !BOOLEANS.includes(f)),
		].find((n) => !allowed.has(n));
		if (unknown !== undefined)
			return ctx.bad(
				cmd,
				'unknown-option',
				msg('cli.err.unknownOption', { option: `--${unknown}`, command: cmd }),
			);
		const extra = args.positionals[1];
		if (extra !== undefined)
			return ctx.bad(cmd, 'bad-argument', msg('cli.err.extraArgument', { arg: extra }));
		if (args.flags.has('help')) {
			io.out(
				`${ctx.t(msg('cli.usage', { generators: Object.keys(loaders).join(', '), schema: SCHEMA_FILE }))}\n`,
			);
			return EXIT.ok;
		}
	}
	switch (cmd) {
		case 'code':
			return codeCommand(ctx, args.positionals[0]);
		case 'gen':
			return genCommand(ctx, args);
		case 'explain':
			return explainCommand(ctx, args.positionals[0], option(args, 'shell'));
		case 'log': {
			const shell = option(args, 'shell') ?? 'cmd';
			if (shell !== 'cmd' && shell !== 'powershell')
				return ctx.bad(
					cmd,
					'bad-shell',
					msg('cli.err.shell', { shell, shells: 'cmd, powershell' }),
				);
			const encoding = option(args, 'encoding');
			if (encoding !== undefined && !(LOG_ENCODINGS as readonly string[]).includes(encoding))
				return ctx.bad(
					cmd,
					'bad-encoding',
					msg('cli.log.badEncoding', { encoding, encodings: LOG_ENCODINGS.join(', ') }),
				);
			const compare = option(args, 'compare');
			return logCommand(ctx, args.positionals[0], {
				shell,
				...(encoding ? { encoding: encoding as LogEncoding } : {}),
				...(compare !== undefined ? { compare } : {}),
			});
		}
	}
}
