// Renders the wizard's commands (wizard-tree.ts) at build time: a generator command by that
// generator, for its shell, with a link to the generator prefilled (so "start /wait" and
// "-Wait -PassThru" come with msiexec); an argv by the shell module of its shell. Nothing is joined
// by hand, so what the page shows is what the shell passes on.
import { defaults } from '../generators/common';
import * as icacls from '../generators/icacls';
import * as journalctl from '../generators/journalctl';
import * as msiexec from '../generators/msiexec';
import * as signtool from '../generators/signtool';
import * as systemctl from '../generators/systemctl';
import type { Generator } from '../generators/types';
import { toQuery } from '../generators/url-state';
import { joinCmd } from '../shell/cmd';
import { joinPosix } from '../shell/posix';
import { joinPs } from '../shell/powershell';
import type { WizardCommand } from './wizard-tree';

const GENERATORS: Record<string, Generator> = { icacls, journalctl, msiexec, signtool, systemctl };

export interface RenderedCommand {
	shell: WizardCommand['shell'];
	/** One or more lines, as the user types them. */
	text: string;
	/** The generator that builds and explains it, prefilled; absent for a plain argv. */
	link?: string;
}

/** Throws when a generator refuses its state: the tree is ours, so that is a bug to fix, not to show. */
export function renderCommand(c: WizardCommand): RenderedCommand {
	if ('gen' in c) {
		const g = GENERATORS[c.gen]!;
		const state = { ...defaults(g.spec), ...c.state };
		const r = g.generate(state, c.shell);
		if (!r.command) throw new Error(`${c.gen}: ${JSON.stringify(r.errors)}`);
		const q = toQuery(g.spec, state, c.shell);
		return { shell: c.shell, text: r.command, link: `/tools/${c.gen}/${q ? `?${q}` : ''}` };
	}
	const text =
		c.shell === 'bash'
			? joinPosix(c.argv)
			: c.shell === 'cmd'
				? joinCmd(c.argv)
				: joinPs(c.argv, false);
	return { shell: c.shell, text };
}

/** Splits `code` marks: even items are text, odd items are code. */
export function splitCode(text: string): string[] {
	return text.split('`');
}
