// Title, description and search words of a code page, as messages: the page resolves them in its
// own language (src/i18n/msg.ts), and the JSON API in every language.
import type { Locale } from '../../i18n/locales';
import { type Msg, msg } from '../../i18n/msg';
import { formsOf, slugOf, type CodeRef } from './codes';
import { familyKey, familyOf } from './families';
import { type Prose, proseFor } from './prose';

export interface PageEntry extends CodeRef {
	official: readonly { text: string }[];
	summary?: Prose | undefined;
}

const clip = (s: string, max = 70) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** "2503 — Called RunScript when not marked in progress": the number, then the family's label for it. */
export function titleOf(e: PageEntry): Msg {
	const text = (e.official[0]?.text ?? '').replace(/\.$/, '');
	const label: string | Msg =
		familyOf(e.family).titleFrom === 'name'
			? (e.names[0] ?? text)
			: text || msg(familyKey(e.family, 'title'));
	return msg('kb.code.title', {
		code: slugOf(e),
		label: typeof label === 'string' ? clip(label) : label,
	});
}

/** The meta description: family, number and our summary (else the official text), within 160 characters. */
export function descriptionOf(e: PageEntry, locale: Locale, resolve: (m: Msg) => string): string {
	const meaning = e.summary ? proseFor(e.summary, locale) : (e.official[0]?.text ?? '');
	const m = msg('kb.code.description', {
		family: msg(familyKey(e.family, 'title')),
		code: slugOf(e),
		meaning,
	});
	return clip(resolve(m).replace(/\s+/g, ' '), 160);
}

/** Text Pagefind should weight for the page: every form of the number and every name. */
export const searchTerms = (e: CodeRef) => [...new Set(formsOf(e).map((f) => f.value))].join(' ');

/** A code page within the site (add locale and base with href() from src/lib/urls.ts). */
export const codePath = (e: Pick<CodeRef, 'family' | 'code'>) =>
	`/errors/${e.family}/${slugOf(e)}/`;
/** A family's table within the site. */
export const familyPath = (family: CodeRef['family']) => `/errors/${family}/`;
/** Page n of a family's table: page 1 is the table itself, the others are static pages after it. */
export const familyPagePath = (family: CodeRef['family'], n: number) =>
	n <= 1 ? familyPath(family) : `/errors/${family}/page/${n}/`;
