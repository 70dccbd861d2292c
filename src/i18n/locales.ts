// The site's languages, in one table. Starlight's `locales` (astro.config.mjs), the locale-parametrised
// routes (src/pages/[...locale]/), the catalogs (src/i18n/<lang>/*.json) and the URL helper
// (src/lib/urls.ts) all derive from it. Adding a language means adding a row here and its catalogs.

/** BCP-47 tag of every language the code knows; the active ones depend on the build (see activeLocales). */
export const LOCALES = ['en', 'zh-CN', 'en-XA'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

interface LocaleInfo {
	/** URL segment ('' for the default language, served at the root). */
	readonly slug: string;
	/** Name in its own language, for Starlight's language picker. */
	readonly label: string;
	/** Generated from English at build time to find hard-coded text; never deployed. */
	readonly pseudo?: true;
}

export const LOCALE_INFO: Readonly<Record<Locale, LocaleInfo>> = {
	en: { slug: '', label: 'English' },
	'zh-CN': { slug: 'zh-cn', label: '简体中文' },
	'en-XA': { slug: 'en-xa', label: 'Ƥšéûđö (en-XA)', pseudo: true },
};

/**
 * The languages this build serves. The pseudo-locale is built only when IFG_PSEUDO=1 (a CI check that
 * no text bypasses the catalogs); it is never part of a deployed site.
 */
export function activeLocales(pseudo: boolean = pseudoBuild()): readonly Locale[] {
	return LOCALES.filter((l) => pseudo || !LOCALE_INFO[l].pseudo);
}

/** True in a build started with IFG_PSEUDO=1 (Astro passes PUBLIC_* variables to the site's modules). */
export function pseudoBuild(): boolean {
	const fromVite = (import.meta as { env?: Record<string, unknown> }).env?.PUBLIC_IFG_PSEUDO;
	const fromNode = typeof process === 'undefined' ? undefined : process.env.IFG_PSEUDO;
	return fromVite === '1' || fromNode === '1';
}

/**
 * The languages whose pages this build renders: the active ones, except that a pseudo build renders only
 * the pseudo-locale. Its English and Chinese pages would repeat the ordinary build's (a third of its time).
 */
export function builtLocales(pseudo: boolean = pseudoBuild()): readonly Locale[] {
	return activeLocales(pseudo).filter((l) => !pseudo || LOCALE_INFO[l].pseudo);
}

/** Starlight's `locales` option, from the table (the default language is Starlight's root locale). */
export function starlightLocales(pseudo: boolean = pseudoBuild()) {
	return Object.fromEntries(
		activeLocales(pseudo).map((l) => [
			LOCALE_INFO[l].slug || 'root',
			{ label: LOCALE_INFO[l].label, lang: l },
		]),
	);
}

/** The locale of a BCP-47 tag as Starlight reports it (`Astro.locals.starlightRoute.lang`); default otherwise. */
export function localeOfLang(lang: string | undefined): Locale {
	const lower = (lang ?? '').toLowerCase();
	return LOCALES.find((l) => l.toLowerCase() === lower) ?? DEFAULT_LOCALE;
}

/** The locale of a URL segment (`zh-cn`), or of a route's `[...locale]` param (undefined = default). */
export function localeOfSlug(slug: string | undefined): Locale {
	return LOCALES.find((l) => LOCALE_INFO[l].slug === (slug ?? '')) ?? DEFAULT_LOCALE;
}

/** getStaticPaths() of a locale-parametrised route: one entry per language this build renders. */
export function localeParams(): {
	params: { locale: string | undefined };
	props: { locale: Locale };
}[] {
	return builtLocales().map((locale) => ({
		params: { locale: LOCALE_INFO[locale].slug || undefined },
		props: { locale },
	}));
}

/**
 * getStaticPaths() of a data document every build must serve at the root (the default language's copy:
 * the answer card, the lookup page and the API read it there), plus one per language this build renders.
 * A pseudo build renders only en-XA pages, yet its search dialog still fetches /api/errors/lookup/….
 */
export function dataLocaleParams(): ReturnType<typeof localeParams> {
	const built = localeParams();
	return built.some((p) => p.props.locale === DEFAULT_LOCALE)
		? built
		: [{ params: { locale: undefined }, props: { locale: DEFAULT_LOCALE } }, ...built];
}
