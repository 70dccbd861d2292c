// Server side of the catalogs: the page's locale and messages resolved with Starlight's translations.
import type { AstroGlobal } from 'astro';
import { type Locale, localeOfLang } from './locales';
import { type Catalog, format, type Msg, pick } from './msg';

type Astro = Pick<AstroGlobal, 'locals' | 'currentLocale'>;

/** The language of the page being rendered (Starlight's route data; Astro's locale outside Starlight pages). */
export function localeOf(astro: Astro): Locale {
	const route = (astro.locals as { starlightRoute?: { lang?: string } }).starlightRoute;
	return localeOfLang(route?.lang ?? astro.currentLocale);
}

/** The whole catalog of the page's language. */
export const catalogOf = (astro: Astro): Catalog => astro.locals.t.all() as Catalog;

/** A message in the page's language. */
export const tr = (astro: Astro, m: Msg | string): string => format(catalogOf(astro), m);

/** The entries a page's client code needs, for <PageStrings>. */
export const pageStrings = (astro: Astro, prefixes: readonly string[]): Catalog =>
	pick(catalogOf(astro), prefixes);
