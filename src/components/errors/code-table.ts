// <ifg-code-table>: upgrades a server-rendered page of a code table. It fetches the table's rows from
// the build-time lookup index (the whole index on /errors/, the family's slice on a family table),
// (in the page's language: a translated title comes with each row), then filters, ranks and pages
// them with src/lib/errors/table.ts; it never reads the table's cells.
// Nothing loads with the page: the controls are enabled at once and the rows are fetched on the
// reader's first use of the form (focus, press, input), or at once when the address asks for a filtered
// or later page. What is typed before they arrive is kept. Without JS the controls stay disabled and
// the server's page and page links work as is; if the fetch fails, the status says so.
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
import { href, splitPath } from '~/lib/urls';

// A code page's site path, /errors/<family>/<code>/ (linear: fixed segments, one class each).
const CODE_PATH = /^\/errors\/[a-z0-9-]+\/([^/]+)\/$/;
const VIA = {
	'hresult-from-win32': 'kb.via.hresult-from-win32',
	'event-id': 'kb.via.event-id',
	'log-return-value': 'kb.via.log-return-value',
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
					...fill(t(VIA[m.via as keyof typeof VIA]), { token: m.token, code: m.entry.code }),
				);
		}
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

/** Events that show the reader is about to use the filter (as on the generators' forms). */
const INTENT = ['focusin', 'pointerdown', 'input', 'change'];

class CodeTable extends HTMLElement {
	connectedCallback() {
		const input = this.querySelector<HTMLInputElement>('input[type=search]');
		const select = this.querySelector<HTMLSelectElement>('select');
		const status = this.querySelector<HTMLElement>('[role=status]');
		const tbody = this.querySelector('tbody');
		const pager = this.querySelector<HTMLElement>('.kb-pager');
		const form = input?.form;
		if (!input || !form || !status || !tbody || !pager) return;
		const controls = select ? [input, select] : [input];
		const params = new URL(location.href).searchParams;
		// Offline, the service worker answers a code page never visited with its family's table
		// (src/offline/sw.ts): start filtered to that code, wherever it is in the table.
		const asCode = this.dataset.family ? CODE_PATH.exec(splitPath(location.pathname).path) : null;

		/** Fetches the rows and takes the table over; resolves to what Enter does, or undefined. */
		const load = async (): Promise<(() => void) | undefined> => {
			let table: Table | undefined;
			try {
				// The page language's copy: in a language with translated titles, its rows carry them.
				const res = await fetch(href(pageLocale(), this.dataset.src ?? '/'));
				table = prepareTable(fromLookupIndex(await res.json()), (e) => [
					t(familyKey(e.family, 'title')),
				]);
			} catch {
				table = undefined;
			}
			if (!table?.index.entries.length) {
				// Offline or blocked: say so; the server's page and its page links still work.
				for (const c of controls) c.disabled = true;
				status.textContent = t('kb.filter.unavailable');
				return undefined;
			}
			return upgrade(table);
		};

		const upgrade = (table: Table) => {
			const showFamily = select !== null;
			const serverPage = pageParam(this.dataset.page ?? null);
			let page = params.has('page') ? pageParam(params.get('page')) : serverPage;
			// Typed before the rows arrived: keep it.
			if (!input.value) input.value = params.get('q') ?? asCode?.[1] ?? '';
			if (select && !select.value)
				select.value = isFamily(params.get('family') ?? '') ? (params.get('family') ?? '') : '';

			const prev = h('button', { class: 'kb-prev' }, t('kb.pager.prev'));
			const next = h('button', { class: 'kb-next' }, t('kb.pager.next'));
			const where = h('span', {});
			prev.type = next.type = 'button';
			pager.replaceChildren(prev, ' ', where, ' ', next);

			const render = (announce: boolean) => {
				const family =
					select?.value && isFamily(select.value) ? (select.value as Family) : undefined;
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
		};

		// The server's page works as it is, so nothing loads with it: the controls work at once, and the
		// rows (the whole lookup index on /errors/) load when the reader first uses the form, or at once
		// for an address that asks for a filtered or later page.
		let ready: Promise<(() => void) | undefined> | undefined;
		const start = () => (ready ??= load());
		form.addEventListener('submit', (e) => {
			e.preventDefault();
			void start().then((enter) => enter?.());
		});
		for (const c of controls) c.disabled = false;
		if (params.has('q') || params.has('family') || params.has('page') || asCode) {
			void start();
			return;
		}
		const intent = () => {
			for (const type of INTENT) form.removeEventListener(type, intent);
			void start();
		};
		for (const type of INTENT) form.addEventListener(type, intent);
	}
}
customElements.define('ifg-code-table', CodeTable);
