// Injected into every page (scripts/offline.mjs): registers the service worker, and on a page the
// worker served from the cache (it marks <html data-ifg-from-cache>) shows a status line saying so.
// The text is the page's language's, from <meta name="ifg-offline-note"> (src/routeData.ts).

// The worker sits at the site's root, under its base (/guide/sw.js), and controls only the site.
// Astro's base is read here directly, not through basePath() of ~/lib/urls: this script runs on every
// page at load, and that module would bring the language table with it (issue 10 §4).
const root = import.meta.env.BASE_URL.replace(/\/+$/, '');
if ('serviceWorker' in navigator && !import.meta.env.DEV) {
	navigator.serviceWorker.register(`${root}/sw.js`, { scope: `${root}/` }).catch(() => {
		// No service worker (private mode, file://): the site simply needs the network.
	});
}

if (document.documentElement.hasAttribute('data-ifg-from-cache')) {
	const text = document.querySelector('meta[name="ifg-offline-note"]')?.getAttribute('content');
	const main = document.querySelector('main');
	if (text && main) {
		const note = document.createElement('p');
		note.setAttribute('role', 'status');
		note.className = 'ifg-offline-note';
		note.textContent = text;
		Object.assign(note.style, {
			margin: '0',
			padding: '0.5rem 1rem',
			background: 'var(--sl-color-orange-low)',
			color: 'var(--sl-color-orange-high)',
			borderBlockEnd: '1px solid var(--sl-color-orange)',
		});
		main.prepend(note);
	}
}
