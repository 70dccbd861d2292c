// Build-time data access for the error pages: one read of the collection, shared by every route.
import { getCollection, type CollectionEntry } from 'astro:content';
import { idOf } from '~/lib/errors/codes';
import { FAMILIES, type Family } from '~/lib/errors/family';
import type { Lang } from '~/lib/errors/families';
import { buildIndex } from '~/lib/errors/lookup';
import { pathOf, titleOf } from '~/lib/errors/page';
import type { ErrorEntry } from '~/lib/errors/schema';

export type Entry = ErrorEntry & { names: { name: string; source: string }[] };

export interface Row {
	id: string;
	family: Family;
	slug: string;
	href: string;
	names: string;
	text: string;
}

export interface Link {
	href: string;
	title: string;
	family: Family;
}

let cache: Entry[] | undefined;
export async function allEntries(): Promise<Entry[]> {
	cache ??= (await getCollection('errors'))
		.map((e: CollectionEntry<'errors'>) => e.data as Entry)
		.sort((a, b) => FAMILIES.indexOf(a.family) - FAMILIES.indexOf(b.family) || a.code - b.code);
	return cache;
}

const refOf = (e: Entry) => ({ ...e, names: e.names.map((n) => n.name) });

export const linkOf = (e: Entry, lang: Lang): Link => ({
	href: pathOf(refOf(e), lang),
	title: titleOf(refOf(e), lang),
	family: e.family,
});

export function rowOf(e: Entry, lang: Lang): Row {
	const id = idOf(e);
	return {
		id,
		family: e.family,
		slug: id.split('/')[1] ?? '',
		href: pathOf(refOf(e), lang),
		names: e.names.map((n) => n.name).join(' '),
		text: e.official[0]?.text ?? '',
	};
}

/** Props of every code page in one language: the entry plus resolved related and same-number links. */
export async function codePaths(lang: Lang) {
	const entries = await allEntries();
	const byId = new Map(entries.map((e) => [idOf(e), e]));
	const index = buildIndex(entries.map(refOf));
	return entries.map((entry) => {
		const sameNumber = (index.byCode.get(entry.code) ?? [])
			.filter((o) => o.family !== entry.family)
			.map((o) => linkOf(byId.get(idOf(o)) as Entry, lang));
		const related = entry.related.flatMap((id) => {
			const r = byId.get(id);
			return r ? [linkOf(r, lang)] : [];
		});
		const [family, code] = idOf(entry).split('/');
		return { params: { family, code }, props: { entry, lang, sameNumber, related } };
	});
}
