// Typed UI-string keys for Astro.locals.t: Starlight's built-in keys plus every key of our English
// catalogs (src/i18n/en/*.json; the other languages have the same keys, tests/unit/i18n-parity.test.ts).
// A new area file is added here too.
declare namespace StarlightApp {
	type UIStrings = typeof import('./i18n/en/site.json') &
		typeof import('./content/i18n/en.json') &
		typeof import('./i18n/en/errors.json') &
		typeof import('./i18n/en/checkers.json') &
		typeof import('./i18n/en/wizard.json') &
		typeof import('./i18n/en/generators.json') &
		typeof import('./i18n/en/tools.json') &
		typeof import('./i18n/en/cli.json') &
		typeof import('./i18n/en/explain.json') &
		typeof import('./i18n/en/answer.json');
	// Starlight's documented way to add keys to its UI-string type is an interface extension, which
	// has no members of its own.
	// eslint-disable-next-line @typescript-eslint/no-empty-object-type
	interface I18n extends UIStrings {}
}
