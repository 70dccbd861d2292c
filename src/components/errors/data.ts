// Build-time data access for the error pages: one read of the collection, shared by every route.
import { getCollection, type CollectionEntry } from 'astro:content';
import { activeLocales, localeParams, type Locale } from '~/i18n/locales';
import { type Catalog, format, type Msg } from '~/i18n/msg';
import { idOf, refOfEntry, slugOf } from '~/lib/errors/codes';
import { FAMILIES, type Family } from '~/lib/errors/families';
import { buildIndex } from '~/lib/errors/lookup';
import type { IndexedCode } from '~/lib/errors/lookup-index';
import { codePath, titleOf, translatedLabel } from '~/lib/errors/page';
import type { ErrorEntry } from '~/lib/errors/schema';
import { href } from '~/lib/urls';

export type Entry = ErrorEntry & { names: { name: string; source: string }[] };

export interface Link {
	href: string;
	title: Msg;
	family: Family;
}

let cache: Entry[] | undefined;
export async function allEntries(): Promise<Entry[]> {
	cache ??= (await getCollection('errors'))
		.map((e: CollectionEntry<'errors'>) => e.data as Entry)
		.sort((a, b) => FAMILIES.indexOf(a.family) - FAMILIES.indexOf(b.family) || a.code - b.code);
	return cache;
}

/** Every active language's catalog, for documents that carry all languages at once (the JSON API). */
let catalogs: Map<Locale, Catalog> | undefined;
export async function allCatalogs(): Promise<Map<Locale, Catalog>> {
	if (!catalogs) {
		const byId = new Map((await getCollection('i18n')).map((c) => [c.id, c.data as Catalog]));
		catalogs = new Map(activeLocales().map((l) => [l, byId.get(l) ?? {}]));
	}
	return catalogs;
}
export const resolverOf = (catalogs: Map<Locale, Catalog>) => (locale: Locale, m: Msg) =>
	format(catalogs.get(locale) ?? {}, m);

export const refOf = (e: Entry) => refOfEntry(e);

export const linkOf = (e: Entry, locale: Locale): Link => ({
	href: href(locale, codePath(e)),
	title: titleOf(refOf(e), locale),
	family: e.family,
});

/**
 * An entry as a row of a language's lookup index: what the tables show and filter on, server and
 * client — with the code page's title when that language's title is a translation.
 */
export const indexedOf = (e: Entry, locale: Locale): IndexedCode => {
	const ref = refOf(e);
	const title = translatedLabel(ref, locale);
	return {
		family: e.family,
		code: e.code,
		names: e.names.map((n) => n.name),
		text: e.official[0]?.text ?? '',
		...(title === undefined ? {} : { title }),
		...(ref.phrases ? { phrases: ref.phrases } : {}),
	};
};

/** getStaticPaths of the code pages: every entry in every active language, with its resolved links. */
export async function codePaths() {
	const entries = await allEntries();
	const byId = new Map(entries.map((e) => [idOf(e), e]));
	const index = buildIndex(entries.map(refOf));
	return localeParams().flatMap(({ params: { locale: slug }, props: { locale } }) =>
		entries.map((entry) => {
			const sameNumber = (index.byCode.get(entry.code) ?? [])
				.filter((o) => o.family !== entry.family)
				.map((o) => linkOf(byId.get(idOf(o)) as Entry, locale));
			const related = entry.related.flatMap((id) => {
				const r = byId.get(id);
				return r ? [linkOf(r, locale)] : [];
			});
			return {
				params: { locale: slug, family: entry.family, code: slugOf(entry) },
				props: { entry, locale, sameNumber, related },
			};
		}),
	);
}
