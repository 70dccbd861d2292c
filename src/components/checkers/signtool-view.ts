// Renders a SignTool report as DOM (text nodes only).
import type { Cert, SigntoolReport } from '~/lib/checkers/signtool-output';
import { t } from '~/i18n/client';
import { msg } from '~/i18n/msg';
import { h } from '../dom';
import { siteHref } from './site-link';

function chain(certs: Cert[], title: string): HTMLElement {
	const cols = ['to', 'by', 'expires', 'sha1'] as const;
	return h(
		'section',
		{},
		h('h3', {}, title),
		h(
			'table',
			{},
			h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', {}, t(`check.sign.col.${c}`))))),
			h(
				'tbody',
				{},
				...certs.map((c) =>
					h(
						'tr',
						{},
						h('td', {}, c.issuedTo),
						h('td', {}, c.issuedBy ?? ''),
						h('td', {}, c.expires ?? ''),
						h('td', {}, h('code', {}, c.sha1 ?? '')),
					),
				),
			),
		),
	);
}

export function renderSigntool(r: SigntoolReport): DocumentFragment {
	const frag = document.createDocumentFragment();
	if (!r.recognised) {
		frag.append(h('p', { class: 'ifg-summary' }, t('check.sign.none')));
		return frag;
	}
	const messages = (list: SigntoolReport['messages']) =>
		h(
			'ul',
			{ class: 'ifg-errors' },
			...list.map((m) =>
				h(
					'li',
					{ 'data-level': m.level },
					h('strong', {}, `${t(`check.sign.level.${m.level}`)}: `),
					m.text,
					' ',
					m.hresult
						? h(
								'a',
								{ href: siteHref(`/errors/hresult/${m.hresult}/`) },
								m.name ? `${m.hresult} (${m.name})` : m.hresult,
							)
						: h('em', {}, t('check.sign.noHresult')),
				),
			),
		);
	if (r.exitCode !== undefined) {
		frag.append(
			h(
				'p',
				{ class: 'ifg-summary', 'data-kind': r.exitCode === 0 ? 'success' : 'failure' },
				t(`check.sign.exit.${r.exitCode}`),
				' ',
				h('a', { href: siteHref(`/errors/signtool/${r.exitCode}/`) }, `signtool ${r.exitCode}`),
			),
		);
	}
	if (r.messages.length) frag.append(messages(r.messages));
	for (const f of r.files) {
		const sec = h(
			'section',
			{ 'data-file': '' },
			h(
				'h2',
				{},
				t(msg(f.verified ? 'check.sign.verified' : 'check.sign.failed', { file: f.file })),
			),
		);
		const leaf = f.chain.reduce<Cert | undefined>(
			(a, b) => (!a || b.depth >= a.depth ? b : a),
			undefined,
		);
		if (leaf) sec.append(h('p', {}, t(msg('check.sign.signer', { name: leaf.issuedTo }))));
		if (f.fileHash) sec.append(h('p', {}, t(msg('check.sign.hash', { hash: f.fileHash }))));
		if (f.timestamp) sec.append(h('p', {}, t(msg('check.sign.timestamp', { date: f.timestamp }))));
		else if (f.notTimestamped)
			sec.append(h('p', { class: 'ifg-warn' }, t('check.sign.noTimestamp')));
		if (f.messages.length) sec.append(messages(f.messages));
		if (f.chain.length) sec.append(chain(f.chain, t('check.sign.chain')));
		if (f.timestampChain.length) sec.append(chain(f.timestampChain, t('check.sign.tsChain')));
		frag.append(sec);
	}
	return frag;
}
