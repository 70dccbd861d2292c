// Title, description and search words of a code page, as messages: the page resolves them in its
// own language (src/i18n/msg.ts), and the JSON API in every language.
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from '../../i18n/locales';
import { type Msg, msg } from '../../i18n/msg';
import { formsOf, slugOf, type CodeRef } from './codes';
import { type FamilyDescriptor, familyKey, familyOf } from './families';
import { type Prose, proseFor } from './prose';

export interface PageEntry extends CodeRef {
	official: readonly { text: string }[];
	summary?: Prose | undefined;
	/** Hand-written titles, per non-default language (src/content/errors/titles/). */
	title?: { readonly [L in Locale]?: string | undefined } | undefined;
}

/**
 * The text cut to at most max characters, with "…": at the last space of its second half if it has
 * one ("…Windows Installer package. A program…", not "A program run…"), else at max (Chinese has
 * no spaces). A comma, colon or bracket the cut leaves at the end goes too.
 */
export function clip(s: string, max = 70): string {
	if (s.length <= max) return s;
	const head = s.slice(0, max - 1);
	const space = head.lastIndexOf(' ');
	const cut = space >= max / 2 ? head.slice(0, space) : head;
	return `${cut.trimEnd().replace(/[\s,;:([]+$/, '')}…`;
}

/**
 * The official text as a title: no final full stop, placeholders shown as "…" (the Error table's
 * `[2]`, the event log's `%1` and `%d`), and no full stop after one ("Product: …. Version: …." reads
 * "Product: … Version: …").
 */
const officialLabel = (e: PageEntry) =>
	(e.official[0]?.text ?? '')
		.replace(/\.$/, '')
		.replace(/\[\d+\]|%(?:\d+|d)\b/g, '…')
		.replace(/…\.(?=\s|$)/g, '…');

/**
 * The title's label in a language when it is a translation (the family's hand-written title, or the
 * pseudo-localised English label); undefined when the page shows the English data label itself.
 */
export function translatedLabel(
	e: PageEntry,
	locale: Locale,
	family: FamilyDescriptor = familyOf(e.family),
): string | undefined {
	if (!family.translatedTitles || locale === DEFAULT_LOCALE) return undefined;
	if (LOCALE_INFO[locale].pseudo) {
		const en = englishLabel(e);
		return typeof en === 'string' && en !== ''
			? proseFor({ [DEFAULT_LOCALE]: en }, locale)
			: undefined;
	}
	return e.title?.[locale] || undefined;
}

const englishLabel = (e: PageEntry): string | Msg => {
	const text = officialLabel(e);
	return familyOf(e.family).titleFrom === 'name'
		? (e.names[0] ?? text)
		: text || msg(familyKey(e.family, 'title'));
};

/**
 * "2503 — Called RunScript when not marked in progress": the number, then the family's label for it —
 * in a language with a hand-written title, that title (without a locale: the English label).
 */
export function titleOf(
	e: PageEntry,
	locale: Locale = DEFAULT_LOCALE,
	family: FamilyDescriptor = familyOf(e.family),
): Msg {
	const label = translatedLabel(e, locale, family) ?? englishLabel(e);
	return msg('kb.code.title', {
		code: slugOf(e),
		label: typeof label === 'string' ? clip(label) : label,
	});
}

/**
 * The meta description: family, number and our summary (else the language's title, else the official
 * text), within 160 characters.
 */
export function descriptionOf(e: PageEntry, locale: Locale, resolve: (m: Msg) => string): string {
	const meaning = e.summary
		? proseFor(e.summary, locale)
		: (translatedLabel(e, locale) ?? e.official[0]?.text ?? '');
	const m = msg('kb.code.description', {
		family: msg(familyKey(e.family, 'title')),
		code: slugOf(e),
		meaning,
	});
	return clip(resolve(m).replace(/\s+/g, ' '), 160);
}

/** Text Pagefind should weight for the page: every form of the number and every name. */
export const searchTerms = (e: CodeRef) => [...new Set(formsOf(e).map((f) => f.value))].join(' ');

/** The forms a code page shows in hex: each 0x form, and an 8-digit one also without its 0x. */
export const hexForms = (e: CodeRef) =>
	formsOf(e)
		.filter((f) => f.kind !== 'name' && f.value.startsWith('0x'))
		.flatMap((f) => (f.value.length === 10 ? [f.value, f.value.slice(2)] : [f.value]));

/**
 * The code page's `code` search metadata: its code and every hex form, lowercased, one word each.
 * Pagefind splits a word that has a capital after its first letter, or punctuation (it adds a full
 * stop where a block ends), at letter/digit boundaries and indexes the parts: 0x8A15007B gave
 * "15007", which the query 1500 prefix-matched on every winget page. A lowercase run of letters and
 * digits stays one word, so the page's hex forms are left out of the index and this carries them.
 */
export const codeSearchMeta = (e: CodeRef) =>
	[...new Set([slugOf(e), ...hexForms(e)].map((v) => v.toLowerCase()))].join(' ');

/** A code page within the site (add locale and base with href() from src/lib/urls.ts). */
export const codePath = (e: Pick<CodeRef, 'family' | 'code'>) =>
	`/errors/${e.family}/${slugOf(e)}/`;
/** A family's table within the site. */
export const familyPath = (family: CodeRef['family']) => `/errors/${family}/`;
/** Page n of a family's table: page 1 is the table itself, the others are static pages after it. */
export const familyPagePath = (family: CodeRef['family'], n: number) =>
	n <= 1 ? familyPath(family) : `/errors/${family}/page/${n}/`;
