// Every internal URL the site builds goes through here: the locale's segment and the site's base
// path (Astro's `base`, e.g. a site served under /guide/) are added in this one place.
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale, LOCALES } from '../i18n/locales';

/** Astro's base path without its trailing slash ('' at the root). */
export function basePath(): string {
	const base = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';
	return base.replace(/\/+$/, '');
}

/** '/zh-cn' for Chinese, '' for the default language; no base. */
export const localePrefix = (locale: Locale): string =>
	LOCALE_INFO[locale].slug ? `/${LOCALE_INFO[locale].slug}` : '';

/** The URL of a site path ('/errors/msi/2503/') in a language: base + locale + path. */
export function href(locale: Locale, path: string): string {
	const p = path.startsWith('/') ? path : `/${path}`;
	return `${basePath()}${localePrefix(locale)}${p}`;
}

/**
 * A pathname split into its language and the path within the site (base and locale removed):
 * '/guide/zh-cn/tools/chmod/' → { locale: 'zh-CN', path: '/tools/chmod/' }.
 */
export function splitPath(pathname: string): { locale: Locale; path: string } {
	const base = basePath();
	let rest = base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
	for (const l of LOCALES) {
		const slug = LOCALE_INFO[l].slug;
		if (slug && (rest === `/${slug}` || rest.startsWith(`/${slug}/`))) {
			rest = rest.slice(slug.length + 1) || '/';
			return { locale: l, path: rest };
		}
	}
	return { locale: DEFAULT_LOCALE, path: rest };
}
