// ifg explain "<command>": reads a command back into its generator's options. The parser is being
// built in src/lib/explain/ (`explain(text, { shell })`); until it is on this branch the adapter is
// empty and the command says so (exit 2). Wiring it is one line:
//   import { explain } from '../lib/explain'; export const explainAdapter: ExplainFn | undefined = explain;
// The result is printed as it comes (JSON with --json, indented JSON as text until a text view exists).
import { msg } from '../i18n/msg';
import type { Context } from './context';
import { EXIT } from './types';

export type ExplainFn = (
	text: string,
	options: { shell?: 'cmd' | 'powershell' | 'bash' },
) => unknown;
export const explainAdapter: ExplainFn | undefined = undefined;

/** `ifg log --compare`: issue 11's compare mode, not in the library yet; wired the same way. */
export type CompareFn = (before: string, after: string) => unknown;
export const compareAdapter: CompareFn | undefined = undefined;

const COMMAND = 'explain';
const SHELLS = ['cmd', 'powershell', 'bash'] as const;

export function explainCommand(
	ctx: Context,
	text: string | undefined,
	shell: string | undefined,
): number {
	if (shell !== undefined && !(SHELLS as readonly string[]).includes(shell))
		return ctx.bad(
			COMMAND,
			'bad-shell',
			msg('cli.err.shell', { shell, shells: SHELLS.join(', ') }),
		);
	if (!explainAdapter)
		return ctx.bad(
			COMMAND,
			'not-available',
			msg('cli.err.notAvailable', { feature: msg('cli.feature.explain') }),
		);
	if (text === undefined || text.trim() === '')
		return ctx.bad(COMMAND, 'missing-command', msg('cli.explain.missing'));
	const result = explainAdapter(text, shell ? { shell: shell as (typeof SHELLS)[number] } : {});
	if (ctx.json) ctx.printJson(COMMAND, { ok: true, input: text, result });
	else ctx.io.out(`${JSON.stringify(result, null, 2)}\n`);
	return EXIT.ok;
}
