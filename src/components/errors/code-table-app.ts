// The code table's logic, loaded by <ifg-code-table> (./code-table.ts) on the reader's first use. It fetches the table's rows from
// the build-time lookup index (the whole index on /errors/, the family's slice on a family table),
// (in the page's language: a translated title comes with each row), then filters, ranks and pages
// them with src/lib/errors/table.ts; it never reads the table's cells.
import { append, type Child, fill, h } from '~/components/dom';
import { pageLocale, t } from '~/i18n/client';
import { msg } from '~/i18n/msg';
import { idOf, slugOf } from '~/lib/errors/codes';
import { familyKey, isFamily, type Family } from '~/lib/errors/families';
import { fromLookupIndex, type IndexedCode } from '~/lib/errors/lookup-index';
import type { LookupResult } from '~/lib/errors/lookup';
import { answerFrom, urlQueryOf } from '~/lib/search/answer';
import { codePath } from '~/lib/errors/page';
import { filterTable, pageOf, pageParam, prepareTable, type Table } from '~/lib/errors/table';
import { href } from '~/lib/urls';

const VIA = {
	'hresult-from-win32': 'kb.via.hresult-from-win32',
	'hresult-from-nt': 'kb.via.hresult-from-nt',
	'hresult-from-setupapi': 'kb.via.hresult-from-setupapi',
	'event-id': 'kb.via.event-id',
	'log-return-value': 'kb.via.log-return-value',
	'exit-status': 'kb.via.exit-status',
	'exit-signal': 'kb.via.exit-signal',
	'negated-errno': 'kb.via.negated-errno',
	phrase: 'kb.via.phrase',
};

/** The official text, in English whatever the page's language. */
function english(tag: 'td' | 'span', text: string, className?: string) {
	const el = h(tag, className ? { class: className } : {}, text);
	el.lang = 'en';
	return el;
}

/**
 * One row, as CodeTable.astro renders it: identifiers are data (translate="no"); the message cell
 * is the official English text, or the translated title with the English text as a second line.
 */
function rowOf(e: IndexedCode, showFamily: boolean): HTMLTableRowElement {
	const names = e.names.flatMap((n, i) => {
		const c = h('code', {}, n);
		c.translate = false;
		return i ? [' ', c] : [c];
	});
	const text =
		e.title === undefined
			? english('td', e.text)
			: h('td', {}, e.title, ...(e.text ? [' ', english('span', e.text, 'kb-en')] : []));
	return h(
		'tr',
		{ 'data-id': idOf(e) },
		h('td', {}, h('a', { href: href(pageLocale(), codePath(e)) }, slugOf(e))),
		showFamily && h('td', {}, t(familyKey(e.family, 'title'))),
		h('td', {}, ...names),
		text,
	);
}

/** The code lookup matched, named: "Windows Installer messages 2503" (the family's title, then the code). */
const named = (e: IndexedCode) => `${t(familyKey(e.family, 'title'))} ${slugOf(e)}`;

/** What the live region says: which code the query matched (or that it holds none), then the count. */
function statusOf(
	query: string,
	result: LookupResult<IndexedCode>,
	shown: number,
	total: number,
): Child[] {
	const out: Child[] = [];
	const answer = answerFrom(result, query);
	if (answer.kind === 'found') {
		out.push(
			t(msg('answer.matched', { codes: answer.items.map((i) => named(i.entry)).join(', ') })),
		);
		for (const m of result.kind === 'found' ? result.matches : []) {
			if (m.via in VIA)
				out.push(
					' ',
					...fill(t(VIA[m.via as keyof typeof VIA]), { token: m.token, code: slugOf(m.entry) }),
				);
		}
		const extend = answer.items.find((i) => i.extend)?.extend;
		if (extend)
			out.push(
				' ',
				...fill(t('answer.extend'), {
					code: extend.token,
					phase: extend.phase,
					operation: extend.operation,
				}),
			);
		out.push(' ');
	} else if (answer.kind === 'none') {
		// Not a code: say so, and hand the words to the site search (?q= opens its dialog).
		const search = `${href(pageLocale(), '/')}?q=${encodeURIComponent(urlQueryOf(query, result))}`;
		out.push(t('answer.none'), ' ', h('a', { href: search }, t('answer.textSearch')), ' ');
		if (result.kind === 'unknown' && result.suggestions.length) {
			out.push(t('kb.filter.suggest'), ' ');
			result.suggestions.forEach((s, i) => {
				out.push(i ? ', ' : '', h('a', { href: href(pageLocale(), codePath(s)) }, idOf(s)));
			});
			out.push(' ');
		}
	}
	out.push(t(msg('kb.filter.count', { shown, total })));
	return out;
}

export interface TableParts {
	el: HTMLElement;
	input: HTMLInputElement;
	select: HTMLSelectElement | null;
	status: HTMLElement;
	tbody: HTMLTableSectionElement;
	pager: HTMLElement;
	/** The address's query (?q=, ?family=, ?page=). */
	params: URLSearchParams;
	/** Offline, the code page the service worker answered with this family's table. */
	asCode: string | undefined;
}

/**
 * Fetches the rows and takes the table over; resolves to what Enter does, or undefined when the rows
 * could not be fetched (offline, blocked): the caller says so.
 */
export async function takeOver(parts: TableParts): Promise<(() => void) | undefined> {
	const { el, input, select, status, tbody, pager, params, asCode } = parts;
	let table: Table;
	try {
		// The page language's copy: in a language with translated titles, its rows carry them.
		const res = await fetch(href(pageLocale(), el.dataset.src ?? '/'));
		table = prepareTable(fromLookupIndex(await res.json()), (e) => [
			t(familyKey(e.family, 'title')),
		]);
	} catch {
		return undefined;
	}
	if (!table.index.entries.length) return undefined;
	const showFamily = select !== null;
	const serverPage = pageParam(el.dataset.page ?? null);
	let page = params.has('page') ? pageParam(params.get('page')) : serverPage;
	// Typed before the rows arrived: keep it.
	if (!input.value) input.value = params.get('q') ?? asCode ?? '';
	if (select && !select.value)
		select.value = isFamily(params.get('family') ?? '') ? (params.get('family') ?? '') : '';

	const prev = h('button', { class: 'kb-prev' }, t('kb.pager.prev'));
	const next = h('button', { class: 'kb-next' }, t('kb.pager.next'));
	const where = h('span', {});
	prev.type = next.type = 'button';
	pager.replaceChildren(prev, ' ', where, ' ', next);

	const render = (announce: boolean) => {
		const family = select?.value && isFamily(select.value) ? (select.value as Family) : undefined;
		const { rows, result } = filterTable(table, input.value, family);
		const p = pageOf(rows, page);
		page = p.page;
		tbody.replaceChildren(...p.rows.map((e) => rowOf(e, showFamily)));
		where.textContent = t(msg('kb.pager.status', { page: p.page, pages: p.pages }));
		const focused = document.activeElement;
		prev.disabled = p.page <= 1;
		next.disabled = p.page >= p.pages;
		// A button that just became disabled would drop keyboard focus to the page: hand it over.
		if (focused === prev && prev.disabled && !next.disabled) next.focus();
		if (focused === next && next.disabled && !prev.disabled) prev.focus();
		pager.hidden = p.pages <= 1;
		const url = new URL(location.href);
		const set = (k: string, v: string | undefined) =>
			v ? url.searchParams.set(k, v) : url.searchParams.delete(k);
		// A pasted log never goes into the address bar: the code lookup read, else the first words.
		set('q', urlQueryOf(input.value, result));
		set('family', family);
		set('page', page === serverPage ? undefined : String(page));
		history.replaceState(null, '', url);
		if (!announce) return;
		status.replaceChildren();
		const lines = statusOf(input.value, result, rows.length, table.index.entries.length);
		if (p.pages > 1) lines.push(' ', where.textContent);
		append(status, lines);
	};
	const refilter = () => {
		page = 1;
		render(true);
	};
	input.addEventListener('input', refilter);
	select?.addEventListener('change', refilter);
	prev.addEventListener('click', () => {
		page -= 1;
		render(true);
	});
	next.addEventListener('click', () => {
		page += 1;
		render(true);
	});
	render(Boolean(input.value || select?.value));
	// Enter opens the best match, as in the search dialog; with no code in the query it filters.
	return () => {
		const best = answerFrom(filterTable(table, input.value).result, input.value);
		if (best.kind === 'found' && best.items[0])
			location.assign(href(pageLocale(), best.items[0].path));
		else refilter();
	};
}
