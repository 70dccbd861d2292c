// Draws the wizard's decision tree as Mermaid flowchart source for the diagnose guide (per
// language). Follows the site's diagram rules: flowchart TD, accTitle/accDescr, no styles, quoted
// labels, long labels wrapped with <br/>.
import { WIZARD, WIZARD_ROOT } from './wizard-tree';
import type { Lang } from './wizard-tree';

const TITLE = {
	en: 'Diagnosis decision tree for a failed install',
	'zh-cn': '安装失败的诊断决策树',
};
const DESCR = {
	en: 'Starting from the system, each answer leads to the next question and ends at a fix: elevation, Temp folder permissions, the Windows Installer service, the verbose log, signatures, PATH, Linux directory modes or systemd units.',
	'zh-cn': '从系统开始，每个回答通向下一个问题，最终到达一个修复方法：提升权限、Temp 文件夹权限、Windows Installer 服务、详细日志、签名、PATH、Linux 目录权限或 systemd 单元。',
};

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

export function wizardMermaid(lang: Lang): string {
	const out = ['flowchart TD', `\taccTitle: ${TITLE[lang]}`, `\taccDescr: ${DESCR[lang]}`];
	// Breadth-first from the root, so the source reads top-down like the drawing.
	const order: string[] = [WIZARD_ROOT];
	for (let i = 0; i < order.length; i++) {
		const node = WIZARD.find((n) => n.id === order[i])!;
		if (node.kind === 'question') for (const ans of node.answers) if (!order.includes(ans.next)) order.push(ans.next);
	}
	for (const nid of order) {
		const node = WIZARD.find((n) => n.id === nid)!;
		const label = mermaidLabel(node.short[lang]);
		out.push(node.kind === 'question' ? `\t${id(nid)}{${label}}` : `\t${id(nid)}[${label}]`);
	}
	for (const nid of order) {
		const node = WIZARD.find((n) => n.id === nid)!;
		if (node.kind !== 'question') continue;
		for (const ans of node.answers) out.push(`\t${id(nid)} -->|${mermaidLabel(ans.label[lang], 28)}| ${id(ans.next)}`);
	}
	return `${out.join('\n')}\n`;
}
