// The one small DOM module (checkers, generators, knowledge base): build elements, fill templates with
// nodes, the copy button. User content only ever goes through createTextNode / textContent: nothing
// here parses HTML. Text comes from the page's catalog (src/i18n/client.ts), links from src/lib/urls.ts.
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
		el.appendChild(
			typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c,
		);
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
/** The one copy button: `button` copies `text` and says so for a moment (clipboard is optional). */
export function copyOnClick(
	button: HTMLButtonElement,
	text: string,
	copyLabel: string,
	copiedLabel: string,
): void {
	button.addEventListener('click', () => {
		void navigator.clipboard?.writeText(text).then(() => {
			button.textContent = copiedLabel;
			setTimeout(() => (button.textContent = copyLabel), 1500);
		});
	});
	button.disabled = false;
}

/** A code block with a copy button (the text stays selectable without a clipboard). */
export function commandBlock(command: string, copyLabel: string, copiedLabel: string): HTMLElement {
	const button = h('button', { class: 'ifg-copy' }, copyLabel);
	button.type = 'button';
	copyOnClick(button, command, copyLabel, copiedLabel);
	return h('div', { class: 'ifg-command' }, h('pre', {}, h('code', {}, command)), button);
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
