// Draws the wizard's decision tree as Mermaid flowchart source for the diagnose guide, in the language
// of the catalog it is given. Follows the site's diagram rules: flowchart TD, accTitle/accDescr, no
// styles, quoted labels, long labels wrapped with <br/>.
import { type Catalog, format } from '../../i18n/msg';
import { answerKey, nodeKey, WIZARD, WIZARD_ROOT } from './wizard-tree';

/** The diagram's own catalog keys (the node and answer texts are the wizard's). */
export const DIAGRAM_KEYS = ['wizard.diagram.title', 'wizard.diagram.descr'] as const;

const id = (s: string) => s.replace(/-/g, '_');

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
const TOKENS = /[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g;
// Closing punctuation stays on the line of the character before it.
const NO_BREAK_BEFORE = /^[）」』，。：；、！？)\]]/;
const width = (s: string) => [...s].reduce((w, c) => w + (CJK.test(c) ? 2 : 1), 0);

/** Wraps at spaces or between CJK characters (never inside "1618") and quotes for Mermaid. */
export function mermaidLabel(text: string, max = 24): string {
	const lines: string[] = [];
	let line = '';
	for (const tok of text.match(TOKENS) ?? []) {
		if (/^\s+$/.test(tok)) {
			if (line) line += ' ';
			continue;
		}
		if (line.trim() && width(line + tok) > max && !NO_BREAK_BEFORE.test(tok)) {
			lines.push(line.trimEnd());
			line = tok;
		} else line += tok;
	}
	if (line.trim()) lines.push(line.trimEnd());
	const escape = (l: string) =>
		l.replace(/"/g, '#quot;').replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'));
	return `"${lines.map(escape).join('<br/>')}"`;
}

export function wizardMermaid(catalog: Catalog): string {
	const t = (key: string) => format(catalog, key);
	const out = [
		'flowchart TD',
		`\taccTitle: ${t(DIAGRAM_KEYS[0])}`,
		`\taccDescr: ${t(DIAGRAM_KEYS[1])}`,
	];
	// Breadth-first from the root, so the source reads top-down like the drawing.
	const order: string[] = [WIZARD_ROOT];
	for (let i = 0; i < order.length; i++) {
		const node = WIZARD.find((n) => n.id === order[i])!;
		if (node.kind === 'question')
			for (const ans of node.answers) if (!order.includes(ans.next)) order.push(ans.next);
	}
	for (const nid of order) {
		const node = WIZARD.find((n) => n.id === nid)!;
		const label = mermaidLabel(t(nodeKey(nid, 'short')));
		out.push(node.kind === 'question' ? `\t${id(nid)}{${label}}` : `\t${id(nid)}[${label}]`);
	}
	for (const nid of order) {
		const node = WIZARD.find((n) => n.id === nid)!;
		if (node.kind !== 'question') continue;
		for (const ans of node.answers)
			out.push(`\t${id(nid)} -->|${mermaidLabel(t(answerKey(nid, ans.id)), 28)}| ${id(ans.next)}`);
	}
	return `${out.join('\n')}\n`;
}
