// The answer card of the search dialog (imported on the first keystroke by ./answer-element.ts).
// Every query first goes through lookup (src/lib/search/answer.ts) over the chunks of the lookup index
// its codes and names can be in (src/lib/search/sliced-index.ts), in the page's language; a code it
// recognises, also inside a pasted message or log line, is shown above Pagefind's results with a link
// to each family's page, its title in the page's language, the official text and a one-line meaning.
// Arrow keys move through the card's links and Pagefind's results; Enter opens the focused one, or
// from the search field the best answer.
import { fill, h } from '~/components/dom';
import { pageLocale, t } from '~/i18n/client';
import { DEFAULT_LOCALE } from '~/i18n/locales';
import { slugOf } from '~/lib/errors/codes';
import type { CodeIndex } from '~/lib/errors/lookup';
import type { IndexedCode } from '~/lib/errors/lookup-index';
import { decodeManifest } from '~/lib/errors/slices';
import { answerOf, type Answer, type AnswerItem } from '~/lib/search/answer';
import { slicedIndex } from '~/lib/search/sliced-index';
import { href } from '~/lib/urls';

type IndexFor = (query: string) => Promise<CodeIndex<IndexedCode> | null>;

/**
 * The index a query needs: only the chunks its codes and names can be in, in the page's language,
 * each fetched once. Offline, blocked or without a manifest, null: no card (Pagefind's results show).
 */
function indexer(manifest: string | undefined): IndexFor {
	const m = decodeManifest(manifest ?? '');
	if (!m) return () => Promise.resolve(null);
	const locale = pageLocale();
	return slicedIndex(
		(path, localized) =>
			fetch(href(localized ? locale : DEFAULT_LOCALE, path)).then((r) => (r.ok ? r.json() : null)),
		m,
	);
}

function itemOf(item: AnswerItem, families: Record<string, string>): HTMLLIElement {
	const { entry, chain, extend } = item;
	const code = h('code', {}, slugOf(entry));
	const name = entry.names[0] ? h('code', {}, entry.names[0]) : null;
	for (const c of [code, name]) if (c) c.translate = false;
	// The title in the page's language when it is a translation; then the official text, which is
	// Microsoft's (or the man page's) English in every language; then our one-line meaning.
	const title = entry.title ? h('span', { class: 'ifg-answer-title-text' }, entry.title) : null;
	const text = entry.text ? h('span', { class: 'ifg-answer-text' }, entry.text) : null;
	if (text) text.lang = 'en';
	const meaning = entry.meaning ? h('span', { class: 'ifg-answer-meaning' }, entry.meaning) : null;
	const steps =
		chain.length > 1
			? h(
					'span',
					{ class: 'ifg-answer-chain' },
					...fill(t('answer.chain'), { chain: chain.join(' → ') }),
				)
			: null;
	// "0xC1900101 - 0x4000D": the phase and the operation the extend code names (Learn's tables).
	const phase = extend
		? h(
				'span',
				{ class: 'ifg-answer-chain' },
				...fill(t('answer.extend'), {
					code: extend.token,
					phase: h('code', {}, extend.phase),
					operation: h('code', {}, extend.operation),
				}),
			)
		: null;
	const link = h(
		'a',
		{ href: href(pageLocale(), item.path) },
		h('strong', {}, families[entry.family] ?? entry.family, ' ', code, name && ' ', name),
		title,
		text,
		meaning,
		steps,
		phase,
	);
	return h('li', {}, link);
}

function render(card: HTMLElement, answer: Answer, families: Record<string, string>) {
	if (answer.kind !== 'found') {
		card.hidden = true;
		card.replaceChildren();
		return;
	}
	card.replaceChildren(
		h('p', { class: 'ifg-answer-title' }, t('answer.title')),
		h('ul', {}, ...answer.items.map((i) => itemOf(i, families))),
		h('p', { class: 'ifg-answer-hint' }, t('answer.hint')),
	);
	card.hidden = false;
}

/** Links the arrow keys visit, in reading order: the card's, then Pagefind's results. */
const targets = (root: HTMLElement) =>
	[
		...root.querySelectorAll<HTMLAnchorElement>(
			'.ifg-answer-card:not([hidden]) a, .pagefind-ui__result-link',
		),
	].filter((a) => a.getClientRects().length > 0);

export function attach(root: HTMLElement, input: HTMLInputElement): void {
	let families: Record<string, string> = {};
	try {
		families = JSON.parse(root.dataset.families ?? '{}') as Record<string, string>;
	} catch {
		// Family ids are shown instead of titles.
	}
	const indexFor = indexer(root.dataset.lookup);
	const card = h('section', { class: 'ifg-answer-card' });
	card.setAttribute('aria-label', t('answer.label'));
	card.hidden = true;
	card.setAttribute('aria-live', 'polite');
	let seq = 0;
	const update = async () => {
		const mine = ++seq;
		const query = input.value;
		const index = await indexFor(query);
		if (mine !== seq) return;
		// Between Pagefind's field and its results; Pagefind's form never re-creates those two nodes.
		const drawer = input.form?.querySelector('.pagefind-ui__drawer');
		if (!card.isConnected && drawer) drawer.before(card);
		// A slice that could not be fetched: no card, as when nothing was found.
		render(card, index ? answerOf(index, query) : { kind: 'blank' }, families);
	};
	root.addEventListener('input', (e) => {
		if (e.target === input) void update();
	});
	// Pagefind's clear button and Escape empty the field without an input event: read it again after.
	const later = () => setTimeout(() => void update(), 0);
	root.querySelector('dialog')?.addEventListener('close', later);
	root.addEventListener('click', (e) => {
		if ((e.target as Element | null)?.closest?.('.pagefind-ui__search-clear')) later();
	});
	root.addEventListener('keydown', (e) => {
		if (e.isComposing) return; // An IME's Enter or arrows pick characters, not results.
		const focused = document.activeElement;
		if (e.key === 'Enter' && focused === input) {
			const best = card.hidden ? null : card.querySelector('a');
			if (best) {
				e.preventDefault();
				best.click();
			}
			return;
		}
		if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
		const links = targets(root);
		const i = links.indexOf(focused as HTMLAnchorElement);
		if (i === -1 && focused !== input) return;
		if (!links.length) return;
		e.preventDefault();
		const next = e.key === 'ArrowDown' ? Math.min(i + 1, links.length - 1) : i - 1;
		(next < 0 ? input : links[next])?.focus();
	});
	void update();
}
