// The one small DOM module (checkers, generators, knowledge base): build elements, fill templates with nodes, copy
// buttons. User content only ever goes through createTextNode /
// textContent: nothing here parses HTML.
export type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: { class?: string; href?: string; [attr: `data-${string}`]: string } = {},
	...children: Child[]
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	for (const [k, v] of Object.entries(props)) {
		if (k === 'class') el.className = v;
		else if (k === 'href') el.setAttribute('href', safeHref(v));
		else el.setAttribute(k, v);
	}
	// A <pre> that scrolls sideways must be reachable by keyboard (axe: scrollable-region-focusable).
	if (tag === 'pre') el.tabIndex = 0;
	append(el, children);
	return el;
}

export function append(el: Node, children: Child[]): void {
	for (const c of children) {
		if (c === null || c === undefined || c === false) continue;
		el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
	}
}

/** Only site-relative paths and https URLs become links. */
export function safeHref(href: string): string {
	return /^\/(?!\/)/.test(href) || /^https:\/\//.test(href) ? href : '#';
}

/** Fills {name} placeholders with text or nodes: "Failed in {action}" → [text, node, text]. */
export function fill(tpl: string, vars: Record<string, Child>): Child[] {
	const out: Child[] = [];
	let last = 0;
	for (const m of tpl.matchAll(/\{(\w+)\}/g)) {
		out.push(tpl.slice(last, m.index));
		out.push(m[1]! in vars ? vars[m[1]!] : m[0]);
		last = m.index + m[0].length;
	}
	out.push(tpl.slice(last));
	return out;
}
export const fillText = (tpl: string, vars: Record<string, string | number>) =>
	tpl.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

/** A code block with a copy button (clipboard is optional: the text stays selectable). */
export function commandBlock(command: string, copyLabel: string, copiedLabel: string): HTMLElement {
	const code = h('code', {}, command);
	const button = h('button', { class: 'ifg-copy' }, copyLabel);
	button.type = 'button';
	button.addEventListener('click', () => {
		void navigator.clipboard?.writeText(command).then(() => {
			button.textContent = copiedLabel;
			setTimeout(() => (button.textContent = copyLabel), 1500);
		});
	});
	return h('div', { class: 'ifg-command' }, h('pre', {}, code), button);
}

/** Reads the JSON of UI strings that the server put into data-i18n. */
export function strings(el: HTMLElement): (key: string) => string {
	let map: Record<string, string> = {};
	try {
		map = JSON.parse(el.dataset.i18n ?? '{}') as Record<string, string>;
	} catch {
		map = {};
	}
	return (key) => map[key] ?? key;
}

/** Site path in the page's language: '/tools/x/' → '/zh-cn/tools/x/'. External URLs pass through. */
export function localize(path: string, base: string): string {
	return path.startsWith('/') ? `${base}${path}` : path;
}

/**
 * Upgrades a server-rendered paste form (a textarea and a submit button, both disabled until now):
 * on submit, `show` turns the pasted text into the result nodes. Pasted command output is small; a
 * megabyte is far beyond any real listing, so longer input is cut there.
 */
export function upgradePasteForm(host: HTMLElement, show: (text: string) => Node): void {
	const form = host.querySelector('form')!;
	const text = form.querySelector('textarea')!;
	const submit = form.querySelector('button')!;
	const results = host.querySelector<HTMLElement>('[data-results]')!;
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		results.replaceChildren(show(text.value.slice(0, 1 << 20)));
	});
	text.disabled = false;
	submit.disabled = false;
}
