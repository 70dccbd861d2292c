// Messages: pure modules (src/lib) never hold user-visible text. They return a Msg — a catalog key
// and its parameters — and the page resolves it in its own language: with Astro.locals.t's catalog on
// the server (src/i18n/server.ts) and the page's catalog on the client (src/i18n/client.ts).
// Catalog text uses {name} placeholders; a parameter may itself be a message.

export type Param = string | number | Msg;
export type Params = Readonly<Record<string, Param>>;
export interface Msg {
	readonly key: string;
	readonly params?: Params;
}
export type Catalog = Readonly<Record<string, string>>;

export const msg = (key: string, params?: Params): Msg => (params ? { key, params } : { key });
export const isMsg = (v: unknown): v is Msg =>
	typeof v === 'object' && v !== null && typeof (v as Msg).key === 'string';

/** Text of a catalog entry with its placeholders filled. A missing key shows itself, never an empty string. */
export function format(catalog: Catalog, m: Msg | string): string {
	const { key, params } = typeof m === 'string' ? { key: m, params: undefined } : m;
	const text = catalog[key];
	if (text === undefined) return `⟦${key}⟧`;
	return params ? interpolate(text, params, catalog) : text;
}

/** Fills {name} placeholders of a text that is already in the page's language (nested messages from catalog). */
export function interpolate(text: string, params: Params, catalog: Catalog = {}): string {
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const p = params[name];
		return p === undefined ? whole : isMsg(p) ? format(catalog, p) : String(p);
	});
}

/** Every catalog key a message uses, nested parameters included (tests check they all exist). */
export function keysOf(m: Msg): string[] {
	return [m.key, ...Object.values(m.params ?? {}).flatMap((p) => (isMsg(p) ? keysOf(p) : []))];
}

/** The entries of a catalog whose keys start with one of the prefixes: what one page's widgets need. */
export function pick(catalog: Catalog, prefixes: readonly string[]): Catalog {
	return Object.fromEntries(
		Object.entries(catalog).filter(([k]) => prefixes.some((p) => k.startsWith(p))),
	);
}
