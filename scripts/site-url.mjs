// What SITE_URL must be for a deployable build: an absolute http(s) origin, not a local address,
// and no path (the site is built for the root of its host: every link starts with /).

/** @param {string | undefined} value @returns {{ ok: true, url: string } | { ok: false, message: string }} */
export function checkSiteUrl(value) {
	if (value === undefined || value.trim() === '')
		return { ok: false, message: 'SITE_URL is not set.' };
	let url;
	try {
		url = new URL(value.trim());
	} catch {
		return { ok: false, message: `SITE_URL is not an absolute URL: ${JSON.stringify(value)}.` };
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		return { ok: false, message: `SITE_URL must start with https:// (got ${url.protocol}).` };
	}
	if (/^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/.test(url.hostname)) {
		return {
			ok: false,
			message: `SITE_URL points at this machine (${url.hostname}); use the public address.`,
		};
	}
	if (url.pathname !== '/' || url.search || url.hash) {
		return {
			ok: false,
			message: `SITE_URL must be an origin without a path, query or fragment (got ${url.href}).`,
		};
	}
	return { ok: true, url: url.origin };
}
