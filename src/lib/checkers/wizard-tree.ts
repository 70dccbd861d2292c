// The diagnosis decision tree as data. The wizard page walks it one question at a time (state in
// ?path=), and wizard-mermaid.ts draws the same data for the diagnose guide, so the two cannot drift.
// Order follows USER-NEEDS.md: elevation, Temp ACLs, the service, then fallbacks; every fix ends with a
// check that it worked. The tree holds no text: each node's and answer's words are catalog entries
// whose keys derive from the ids (nodeKey, answerKey; src/i18n/<lang>/wizard.json). Text may mark code
// with `backticks`; the page renders it as <code>. Commands are not written out here: each names a
// generator (and its state) or an argv, and wizard-commands.ts renders it with the generators and
// shell modules, so what is shown is quoted for its shell and, for msiexec, waits for the install
// before its exit code is read.
import type { Shell, State } from '../generators/types';

/** A command by generator (rendered by that generator for `shell`) or by argv (shell module). */
export type WizardCommand =
	| {
			gen: 'msiexec' | 'icacls' | 'signtool' | 'systemctl' | 'journalctl';
			shell: Shell;
			state: State;
	  }
	| { shell: Shell; argv: string[] };

export interface Answer {
	/** Stable id used in ?path= (lower-case, digits, hyphen); its label is answerKey(question, id). */
	id: string;
	next: string;
}
/** Texts: nodeKey(id, 'text') and nodeKey(id, 'short') (short label for the diagram). */
export interface Question {
	kind: 'question';
	id: string;
	answers: Answer[];
	/** How to find the answer: commands to run and tools to paste their output into. */
	commands?: WizardCommand[];
	links?: string[];
}
/** Texts: nodeKey(id, f) for f in 'title', 'short', 'body' and 'verify' (how to tell it worked). */
export interface Fix {
	kind: 'fix';
	id: string;
	/** Commands to run, in order (the same in every language). */
	commands: WizardCommand[];
	/** Site paths (the page adds language and base with href()) or absolute https URLs. */
	links: string[];
}
export type WizardNode = Question | Fix;

export type NodeField = 'text' | 'title' | 'short' | 'body' | 'verify';
/** Catalog key of a node's text. */
export const nodeKey = (id: string, field: NodeField): string => `wizard.${id}.${field}`;
/** Catalog key of an answer's label. */
export const answerKey = (question: string, answer: string): string =>
	`wizard.${question}.a.${answer}`;
/** Catalog key of the node's heading: a question's text, a fix's title. */
export const headingKey = (n: WizardNode): string =>
	nodeKey(n.id, n.kind === 'question' ? 'text' : 'title');

/** Every catalog key the tree uses (a test checks they all exist, and that no other wizard.* key does). */
export function wizardKeys(): string[] {
	return WIZARD.flatMap((n) =>
		n.kind === 'question'
			? [
					nodeKey(n.id, 'text'),
					nodeKey(n.id, 'short'),
					...n.answers.map((a) => answerKey(n.id, a.id)),
				]
			: (['title', 'short', 'body', 'verify'] as const).map((f) => nodeKey(n.id, f)),
	);
}

const a = (id: string, next: string): Answer => ({ id, next });
const cmd = (...argv: string[]): WizardCommand => ({ shell: 'cmd', argv });
const bash = (...argv: string[]): WizardCommand => ({ shell: 'bash', argv });
const PACKAGE = {
	action: 'install',
	target: 'C:\\path\\to\\package.msi',
	log: '%TEMP%\\msi-install.log',
	logFlags: '*v',
	elevate: true,
};
const install = (shell: Shell): WizardCommand => ({ gen: 'msiexec', shell, state: PACKAGE });

export const WIZARD_ROOT = 'os';

export const WIZARD: readonly WizardNode[] = [
	{
		kind: 'question',
		id: 'os',
		answers: [a('windows', 'symptom'), a('linux', 'linux')],
	},
	{
		kind: 'question',
		id: 'symptom',
		answers: [
			a('2503', 'elevated'),
			a('1618', 'fix-wait'),
			a('other', 'fix-log'),
			a('signature', 'signature'),
			a('path', 'fix-path'),
		],
	},
	{
		kind: 'question',
		id: 'elevated',
		answers: [a('no', 'fix-elevate'), a('yes', 'temp')],
		// Not sure? whoami /groups in that prompt says it; the permission checker reads it.
		commands: [cmd('whoami', '/groups')],
		links: ['/tools/permissions/'],
	},
	{
		kind: 'question',
		id: 'temp',
		answers: [a('no', 'fix-temp'), a('yes', 'service')],
		commands: [
			{ gen: 'icacls', shell: 'cmd', state: { action: 'inspect', path: 'C:\\Windows\\Temp' } },
		],
		links: ['/tools/permissions/'],
	},
	{
		kind: 'question',
		id: 'service',
		answers: [a('no', 'fix-service'), a('yes', 'fix-zip')],
		commands: [cmd('sc', 'query', 'msiserver')],
	},
	{
		kind: 'question',
		id: 'signature',
		answers: [a('ok', 'fix-reputation'), a('error', 'fix-signature')],
		commands: [{ gen: 'signtool', shell: 'cmd', state: { files: ['package.msi'] } }],
		links: ['/tools/signtool-output/'],
	},
	{
		kind: 'question',
		id: 'linux',
		answers: [a('denied', 'fix-posix'), a('service', 'fix-systemd')],
	},
	{
		kind: 'fix',
		id: 'fix-elevate',
		commands: [install('cmd'), install('powershell')],
		links: ['/tools/msiexec/', '/errors/msi/2503/', '/tools/msi-log/'],
	},
	{
		kind: 'fix',
		id: 'fix-temp',
		commands: [
			{ gen: 'icacls', shell: 'cmd', state: { action: 'inspect', path: 'C:\\Windows\\Temp' } },
			{ gen: 'icacls', shell: 'cmd', state: { action: 'inspect', path: '%TEMP%' } },
		],
		links: ['/tools/permissions/', '/tools/icacls/'],
	},
	{
		kind: 'fix',
		id: 'fix-service',
		commands: [
			cmd('sc', 'query', 'msiserver'),
			cmd('msiexec', '/unreg'),
			cmd('msiexec', '/regserver'),
		],
		links: ['/tools/msiexec/'],
	},
	{
		kind: 'fix',
		id: 'fix-zip',
		commands: [cmd('go', 'version')],
		links: ['/fixes/go-zip-install/', '/tools/msi-log/', 'https://go.dev/doc/install'],
	},
	{
		kind: 'fix',
		id: 'fix-wait',
		commands: [install('cmd')],
		links: ['/errors/msiexec/1618/', '/tools/msiexec/'],
	},
	{
		kind: 'fix',
		id: 'fix-log',
		commands: [install('cmd')],
		links: ['/tools/msi-log/', '/errors/'],
	},
	{
		kind: 'fix',
		id: 'fix-path',
		commands: [cmd('where', 'go'), cmd('go', 'version')],
		links: ['https://go.dev/doc/install'],
	},
	{
		kind: 'fix',
		id: 'fix-reputation',
		commands: [
			{ shell: 'powershell', argv: ['Get-FileHash', '.\\package.msi', '-Algorithm', 'SHA256'] },
		],
		links: ['/tools/signtool/', '/tools/signtool-output/'],
	},
	{
		kind: 'fix',
		id: 'fix-signature',
		commands: [{ gen: 'signtool', shell: 'cmd', state: { files: ['package.msi'] } }],
		links: ['/tools/signtool-output/', '/errors/hresult/0x800B0101/'],
	},
	{
		kind: 'fix',
		id: 'fix-posix',
		commands: [bash('ls', '-ld', '/tmp'), bash('id'), bash('sudo', 'chmod', '1777', '/tmp')],
		links: ['/tools/permissions/', '/tools/chmod/'],
	},
	{
		kind: 'fix',
		id: 'fix-systemd',
		commands: [
			{ gen: 'systemctl', shell: 'bash', state: { unit: 'example.service' } },
			{ gen: 'journalctl', shell: 'bash', state: { units: ['example.service'], boot: '0' } },
		],
		links: ['/tools/journalctl/', '/tools/systemctl/', '/errors/systemctl/3/'],
	},
];

const BY_ID = new Map(WIZARD.map((n) => [n.id, n]));
export const wizardNode = (id: string) => BY_ID.get(id);

export interface Walk {
	/** Questions answered so far, with the chosen answer. */
	steps: Array<{ question: Question; answer: Answer }>;
	current: WizardNode;
	/** Answer ids that were accepted, to write back into the URL. */
	path: string[];
	/** True when the URL held an answer id that does not exist (ignored from there on). */
	invalid: boolean;
}

/** Follows answer ids from the root; stops at the first unknown one. */
export function walkWizard(path: readonly string[]): Walk {
	let current = BY_ID.get(WIZARD_ROOT)!;
	const steps: Walk['steps'] = [];
	for (const id of path.slice(0, 20)) {
		if (current.kind !== 'question')
			return { steps, current, path: steps.map((s) => s.answer.id), invalid: true };
		const answer = current.answers.find((x) => x.id === id);
		if (!answer) return { steps, current, path: steps.map((s) => s.answer.id), invalid: true };
		steps.push({ question: current, answer });
		current = BY_ID.get(answer.next)!;
	}
	return { steps, current, path: steps.map((s) => s.answer.id), invalid: false };
}

export function parseWizardPath(search: string): string[] {
	const value = new URLSearchParams(search).get('path') ?? '';
	return value.split(/[.,]/).filter((s) => /^[a-z0-9-]{1,20}$/.test(s));
}

/** Each node's answer path from the root (the tree has one path per node; a test checks it). */
export function wizardPaths(): Map<string, string[]> {
	const out = new Map<string, string[]>([[WIZARD_ROOT, []]]);
	const queue = [WIZARD_ROOT];
	while (queue.length) {
		const id = queue.shift()!;
		const node = BY_ID.get(id)!;
		if (node.kind !== 'question') continue;
		for (const ans of node.answers) {
			if (out.has(ans.next)) continue;
			out.set(ans.next, [...out.get(id)!, ans.id]);
			queue.push(ans.next);
		}
	}
	return out;
}
