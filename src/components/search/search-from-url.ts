// Injected into every page (scripts/deploy-integration.mjs). When the URL has ?q=, opens Starlight's
// search dialog (<site-search>) and types the query into Pagefind's field. Pagefind's UI is created
// when the browser is idle after load, so we wait for its input to appear.
import { searchQueryOf } from '~/lib/search-query';

const query = searchQueryOf(location.search);

function fill(root: Element, text: string): boolean {
	const input = root.querySelector<HTMLInputElement>('#starlight__search input');
	if (!input) return false;
	input.value = text;
	input.dispatchEvent(new Event('input', { bubbles: true }));
	return true;
}

if (query) {
	void customElements.whenDefined('site-search').then(() => {
		const root = document.querySelector('site-search');
		const open = root?.querySelector<HTMLButtonElement>('button[data-open-modal]');
		if (!root || !open) return;
		open.click();
		if (fill(root, query)) return;
		const observer = new MutationObserver(() => {
			if (fill(root, query)) observer.disconnect();
		});
		observer.observe(root, { childList: true, subtree: true });
	});
}
