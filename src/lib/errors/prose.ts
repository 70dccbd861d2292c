// Our own notes (summary, causes, fixes) are data: each text is stored once per language, keyed by
// locale tag. The pseudo-locale has no notes of its own; it shows the default language's text
// pseudo-localised, like every catalog string, so a pseudo build still shows no untranslated text.
import { DEFAULT_LOCALE, LOCALE_INFO, LOCALES, type Locale } from '../../i18n/locales';
import { pseudo } from '../../i18n/pseudo';

/** A note's text per language: every non-pseudo locale is required (see schema.ts). */
export type Prose = Readonly<Partial<Record<Locale, string>>>;

/** The locales a note must be written in. */
export const PROSE_LOCALES: readonly Locale[] = LOCALES.filter((l) => !LOCALE_INFO[l].pseudo);

/** The note's text in a page's language. */
export function proseFor(notes: Prose, locale: Locale): string {
	// `Commands` between backticks stay as they are: they run as written in every language.
	if (LOCALE_INFO[locale].pseudo) {
		return (notes[DEFAULT_LOCALE] ?? '')
			.split('`')
			.map((p, i) => (i % 2 ? p : pseudo(p)))
			.join('`');
	}
	return notes[locale] ?? '';
}
