// Knowledge-base fix commands link to their generator prefilled with exactly that command. The
// oracle is the generator itself: the link must decode without notices, generate without errors in
// the command's shell, and the generated command must appear line for line in the note's command.
// A renamed parameter, a changed generator or an edited command without an edited link fails here.
import { beforeAll, describe, expect, test } from 'vitest';
import { loaders } from '~/lib/generators/index';
import { GENERATOR_IDS } from '~/lib/tools';
import { fromQuery } from '~/lib/generators/url-state';
import type { ErrorEntry } from '~/lib/errors/schema';
import { loadEntries } from '../fixtures/errors/load';
import { en } from './gen-text';

interface Cmd {
	shell: string;
	code: string;
	adapt?: string | undefined;
}

/** True when `lines` occur in `code` as a contiguous run of whole lines. */
function containsLines(code: string, lines: string[]): boolean {
	const c = code.split('\n').map((l) => l.trimEnd());
	return c.some((_, i) => lines.every((l, j) => c[i + j] === l.trimEnd()));
}

/** Problems with one command's generator link; empty when it reproduces the command. */
async function linkProblems(cmd: Cmd): Promise<string[]> {
	if (!cmd.adapt) return [];
	const m = /^\/tools\/([^/]+)\/\?(.*)$/.exec(cmd.adapt);
	if (!m) return [`${cmd.adapt} is not a /tools/<id>/?query link`];
	const [, id = '', query = ''] = m;
	if (!(GENERATOR_IDS as readonly string[]).includes(id)) return [`${id} is not a generator`];
	const gen = await loaders[id]!();
	const { state, shell, notices } = fromQuery(gen.spec, query);
	const out = notices.map((n) => en(n));
	if (shell !== cmd.shell) out.push(`the link opens ${shell}, the command is ${cmd.shell}`);
	const r = gen.generate(state, shell);
	if (r.errors.length || !r.command)
		out.push(`generator errors: ${r.errors.map((e) => en(e.message)).join(' ')}`);
	else if (!containsLines(cmd.code, r.command.split('\n')))
		out.push(`the generator makes\n${r.command}\nwhich is not in\n${cmd.code}`);
	return out;
}

/** Commands a generator can produce; a fix with one of these must link to it. */
const GENERATABLE =
	/^\s*(icacls |signtool verify |wevtutil qe |journalctl |chmod |start \/wait msiexec |\$p = Start-Process -FilePath msiexec\.exe |Get-WinEvent -FilterHashtable )/m;

let entries: Map<string, ErrorEntry>;
beforeAll(() => {
	entries = loadEntries();
});
const commands = () =>
	[...entries].flatMap(([id, e]) =>
		e.fixes.flatMap((f, i) => (f.command ? [{ where: `${id} fixes.${i}`, ...f.command }] : [])),
	);

describe('generator links of the knowledge-base commands', () => {
	test('there are links, for every generator the notes use', () => {
		const ids = new Set(commands().flatMap((c) => (c.adapt ? [c.adapt.split('/')[2]] : [])));
		expect([...ids].sort()).toEqual([
			'chmod',
			'event-query',
			'icacls',
			'journalctl',
			'msiexec',
			'signtool',
		]);
	});

	test('every link decodes, generates in the same shell, and reproduces its command exactly', async () => {
		const problems: string[] = [];
		for (const c of commands())
			for (const p of await linkProblems(c)) problems.push(`${c.where}: ${p}`);
		expect(problems).toEqual([]);
	});

	test('every command a generator can build has its link', () => {
		const missing = commands()
			.filter((c) => GENERATABLE.test(c.code) && !c.adapt)
			.map((c) => c.where);
		expect(missing).toEqual([]);
	});
});

describe('the link checker catches broken links', () => {
	const ok: Cmd = {
		shell: 'cmd',
		code: 'icacls C:\\Windows\\Temp',
		adapt: '/tools/icacls/?p=C%3A%5CWindows%5CTemp',
	};
	test('a correct link passes', async () => {
		expect(await linkProblems(ok)).toEqual([]);
	});
	test('an edited command', async () => {
		expect(await linkProblems({ ...ok, code: 'icacls C:\\Windows\\Installer' })).not.toEqual([]);
	});
	test('a command that only contains the generated words, not the generated line', async () => {
		expect(await linkProblems({ ...ok, code: 'icacls C:\\Windows\\Temp /T' })).not.toEqual([]);
	});
	test('the wrong shell', async () => {
		expect(await linkProblems({ ...ok, shell: 'powershell' })).not.toEqual([]);
	});
	test('an invalid parameter value and an unknown generator', async () => {
		expect(
			await linkProblems({ ...ok, adapt: '/tools/icacls/?p=C%3A%5CWindows%5CTemp&inh=yes' }),
		).not.toEqual([]);
		expect(await linkProblems({ ...ok, adapt: '/tools/icals/?p=x' })).not.toEqual([]);
	});
	test('a multi-line generator command must appear as consecutive lines', async () => {
		const msi: Cmd = {
			shell: 'cmd',
			code: 'start /wait msiexec /i C:\\a.msi\necho %ERRORLEVEL%',
			adapt: '/tools/msiexec/?sh=cmd&t=C%3A%5Ca.msi',
		};
		expect(await linkProblems(msi)).toEqual([]);
		expect(
			await linkProblems({
				...msi,
				code: 'start /wait msiexec /i C:\\a.msi\nrem x\necho %ERRORLEVEL%',
			}),
		).not.toEqual([]);
	});
});
