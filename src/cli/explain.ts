// ifg explain "<command>": reads a command back into its generator's options with the explain page's
// engine, src/lib/explain (`explain(text, { shell })` -> Explanation). ExplainResult below is the
// shape the CLI renders; src/lib/explain's Explanation must stay assignable to it (tsc checks that).
import { type Msg, msg } from '../i18n/msg';
import { explain } from '../lib/explain';
import type { Context } from './context';
import { EXIT } from './types';

type Shell = 'cmd' | 'powershell' | 'bash';
export interface ExplainResult {
	readonly shell: Shell;
	readonly detected: boolean;
	readonly tool?: string;
	readonly argv: readonly string[];
	readonly tokens: readonly {
		readonly text: string;
		readonly explain: Msg;
		readonly href?: string;
		readonly unknown?: boolean;
	}[];
	readonly warnings: readonly Msg[];
	readonly errors: readonly Msg[];
	readonly state?: Readonly<Record<string, unknown>>;
	readonly link?: string;
	readonly command?: string;
}
export type ExplainFn = (text: string, options: { shell?: Shell }) => ExplainResult;
export const explainAdapter: ExplainFn | undefined = explain;

const COMMAND = 'explain';
const SHELLS: readonly Shell[] = ['cmd', 'powershell', 'bash'];

export function explainCommand(
	ctx: Context,
	text: string | undefined,
	shell: string | undefined,
	explain: ExplainFn | undefined = explainAdapter,
): number {
	if (shell !== undefined && !(SHELLS as readonly string[]).includes(shell))
		return ctx.bad(
			COMMAND,
			'bad-shell',
			msg('cli.err.shell', { shell, shells: SHELLS.join(', ') }),
		);
	if (!explain)
		return ctx.bad(
			COMMAND,
			'not-available',
			msg('cli.err.notAvailable', { feature: msg('cli.feature.explain') }),
		);
	if (text === undefined || text.trim() === '')
		return ctx.bad(COMMAND, 'missing-command', msg('cli.explain.missing'));
	const r = explain(text, shell ? { shell: shell as Shell } : {});
	if (r.errors.length) {
		const problems = r.errors.map((m) => ({ message: ctx.t(m) }));
		if (ctx.json) return ctx.bad(COMMAND, 'invalid-command', r.errors[0]!, { problems });
		for (const p of problems)
			ctx.bad(COMMAND, 'invalid-command', msg('cli.err.plain', { text: p.message }));
		return EXIT.badInput;
	}
	const tokens = r.tokens.map((t) => ({
		text: t.text,
		explain: ctx.t(t.explain),
		...(t.href ? { href: t.href } : {}),
		...(t.unknown ? { unknown: true } : {}),
	}));
	const warnings = r.warnings.map((w) => ({ key: w.key, text: ctx.t(w) }));
	const link = r.link ? ctx.url(r.link) : undefined;
	if (ctx.json) {
		ctx.printJson(COMMAND, {
			ok: true,
			input: text,
			shell: r.shell,
			detected: r.detected,
			...(r.tool ? { tool: r.tool } : {}),
			argv: r.argv,
			tokens,
			warnings,
			...(r.state ? { state: r.state } : {}),
			...(link ? { link } : {}),
			...(r.command ? { commandLine: r.command } : {}),
		});
		return EXIT.ok;
	}
	const width = Math.min(40, Math.max(...tokens.map((t) => t.text.length), 0));
	const out = tokens.map((t) => `${t.unknown ? '? ' : '  '}${t.text.padEnd(width)}  ${t.explain}`);
	for (const w of warnings) out.push(ctx.t(msg('cli.gen.warning', { message: w.text })));
	if (r.command) out.push('', r.command);
	if (link) out.push(link);
	ctx.io.out(`${out.join('\n')}\n`);
	return EXIT.ok;
}
