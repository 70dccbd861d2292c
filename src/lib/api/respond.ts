// Shared by the API endpoints: the site URL (always set in astro.config.mjs) and a JSON response.
export function siteOf(site: URL | undefined): URL {
	if (!site) throw new Error('astro.config.mjs must set `site`: the API publishes absolute URLs.');
	return site;
}

export const jsonResponse = (body: unknown) =>
	new Response(`${JSON.stringify(body)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
