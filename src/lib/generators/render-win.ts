// cmd and PowerShell: the shells of the Windows generators (msiexec, signtool, icacls, event-query).
// Kept apart from the bash renderer so their pages load only the Windows quoting modules.
import { msg } from '../../i18n/msg';
import { joinCmd, joinCmdStartWait } from '../shell/cmd';
import { joinPipeline, joinPs, joinStartProcess } from '../shell/powershell';
import {
	type Arg,
	CMD_LINE_MAX,
	ENV_VALUE_ESTIMATE,
	ShellError,
	WIN_CMDLINE_MAX,
	envRefs,
	parts,
} from '../shell/types';
import { type WinFlavor, joinWin } from '../shell/winargv';
import type { Builder, Render } from './common';
import type { Shell } from './types';

/** Where in argv the first %NAME% reference is (its field gets the length error). */
const firstRef = (argv: readonly Arg[]): number =>
	argv.findIndex((a) => parts(a).some((p) => typeof p !== 'string'));

/**
 * Windows' limits count the line after %NAME% values are filled in, which the page cannot know: each
 * is counted as ENV_VALUE_ESTIMATE characters. cmd checks its typed line itself (8191, refused in
 * escapeForCmd), so a line that only might pass it after expansion is a warning. A program called from
 * PowerShell gets the Windows command line (32,767 characters, CreateProcess), which PowerShell does
 * not check before it runs: a line that might pass it is refused.
 */
function checkLength(b: Builder, shell: Shell, flavor: WinFlavor, command: string): void {
	const refs = envRefs(b.argv);
	if (!refs || shell === 'bash') return;
	if (shell === 'cmd') {
		const length = command.split('\n')[0]!.length;
		if (length + refs * ENV_VALUE_ESTIMATE > CMD_LINE_MAX)
			b.warn(msg('gen.common.warn.lineBeforeExpansion', { length, refs, max: CMD_LINE_MAX }));
		return;
	}
	const literal = joinWin(b.argv, flavor).reduce(
		(n, p) => n + (typeof p === 'string' ? p.length : 0),
		0,
	);
	if (literal + refs * ENV_VALUE_ESTIMATE > WIN_CMDLINE_MAX)
		throw new ShellError(
			'may exceed the Windows command line after expansion',
			firstRef(b.argv),
			'too-long-env',
		);
}

/**
 * The program called directly or through the launcher (start /wait, Start-Process), or, for PowerShell
 * cmdlets, the pipeline of values; then the Windows length limits.
 */
export const renderWin: Render = (b, shell, flavor) => {
	let command: string;
	if (shell === 'cmd')
		command = b.launch
			? joinCmdStartWait(b.argv, flavor, b.forceQuotes)
			: joinCmd(b.argv, flavor, b.forceQuotes);
	else if (shell === 'powershell') {
		if (b.stages.length) return joinPipeline(b.stages);
		command = b.launch
			? joinStartProcess(b.argv, flavor, b.launch.filePath, b.launch.elevate)
			: joinPs(b.argv);
	} else throw new Error(`${shell} is not a shell of this generator`);
	checkLength(b, shell, flavor, command);
	return command;
};
