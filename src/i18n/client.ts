// Client side of the catalogs: the page's strings, put there once by <PageStrings> (only the
// page's own language, only the prefixes its widgets use), and the page's locale.
import { type Locale, localeOfLang } from './locales';
import { type Catalog, format, type Msg } from './msg';

let cached: Catalog | undefined;

/** The catalog the server put into the page (empty if the page has none). */
export function pageCatalog(): Catalog {
	if (!cached) {
		// Several widgets on one page may each bring their own block; together they are the page's catalog.
		const blocks = document.querySelectorAll('script[data-ifg-strings]');
		cached = Object.assign(
			{},
			...[...blocks].map((el) => JSON.parse(el.textContent || '{}') as Catalog),
		) as Catalog;
	}
	return cached;
}

/** The page's language, from <html lang>. */
export const pageLocale = (): Locale => localeOfLang(document.documentElement.lang);

/** A message in the page's language. */
export const t = (m: Msg | string): string => format(pageCatalog(), m);
