// Renders an Explanation (src/lib/explain) as DOM: text nodes only (dom.ts), text from the page's
// catalog, the generator link through urls.ts so it gets the page's locale and the site's base.
import type { Explanation } from '~/lib/explain';
import { pageLocale, t } from '~/i18n/client';
import { msg } from '~/i18n/msg';
import { href } from '~/lib/urls';
import { commandBlock, fill, h } from '../dom';

const SHELL_NAME = { cmd: 'cmd', powershell: 'PowerShell', bash: 'bash' } as const;

export function renderExplanation(e: Explanation): DocumentFragment {
	const frag = document.createDocumentFragment();
	const shell = SHELL_NAME[e.shell];
	frag.append(
		h(
			'p',
			{ 'data-shell': e.shell },
			t(msg(e.detected ? 'explain.ui.detected' : 'explain.ui.chosen', { shell })),
		),
	);
	if (e.errors.length)
		frag.append(
			h('div', { class: 'ifg-error', 'data-errors': '' }, ...e.errors.map((m) => h('p', {}, t(m)))),
		);
	if (e.tokens.length) {
		frag.append(h('h2', {}, t('explain.ui.tokens')));
		const list = h('dl', { class: 'ifg-explain-tokens', 'data-tokens': '' });
		for (const tok of e.tokens) {
			const dt = h('dt', tok.unknown ? { class: 'ifg-unknown' } : {}, h('code', {}, tok.text));
			const dd = h(
				'dd',
				tok.unknown ? { class: 'ifg-unknown', 'data-unknown': '' } : {},
				tok.unknown ? h('strong', {}, `${t('explain.ui.unknown')} `) : null,
				t(tok.explain),
				tok.href ? ' ' : null,
				tok.href ? h('a', { href: tok.href }, t('explain.ui.docs')) : null,
			);
			list.append(dt, dd);
		}
		frag.append(list);
	}
	if (e.warnings.length) {
		frag.append(h('h2', {}, t('explain.ui.warnings')));
		frag.append(h('ul', { 'data-warnings': '' }, ...e.warnings.map((w) => h('li', {}, t(w)))));
	}
	if (e.link && e.tool) {
		const a = h(
			'a',
			{ href: href(pageLocale(), e.link), 'data-open': '' },
			t(`tool.${e.tool}.name`),
		);
		frag.append(h('p', {}, ...fill(t('explain.ui.open'), { tool: a })));
		if (e.command) {
			frag.append(h('p', {}, t('explain.ui.command')));
			frag.append(commandBlock(e.command, t('explain.ui.copy'), t('explain.ui.copied')));
		}
	}
	return frag;
}
