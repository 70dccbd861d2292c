// The error-code JSON API (schemas/error-code.v1.json, schemas/error-index.v1.json): built from the
// same entries and helpers as the pages, so the JSON and the HTML cannot disagree.
import type { Locale } from '~/i18n/locales';
import type { Msg } from '~/i18n/msg';
import { formsOf, idOf } from '~/lib/errors/codes';
import { FAMILIES, familyKey, familyOf } from '~/lib/errors/families';
import { codePath, familyPath, titleOf } from '~/lib/errors/page';
import { PROSE_LOCALES, proseFor } from '~/lib/errors/prose';
import type { ErrorEntry } from '~/lib/errors/schema';
import { basePath, href } from '~/lib/urls';

export const SCHEMA_VERSION = 1;
/** Public paths of the schemas, served from schemas/ by src/pages/api/schemas/[name].ts. */
export const CODE_SCHEMA_PATH = '/api/schemas/error-code.v1.json';
export const INDEX_SCHEMA_PATH = '/api/schemas/error-index.v1.json';
export const INDEX_PATH = '/api/errors/index.json';

/** Locale keys of the JSON are BCP 47 tags, as in the pages' lang attribute: every deployed language. */
type Localized<T> = Record<string, T>;
const localized = <T>(f: (locale: Locale) => T): Localized<T> =>
	Object.fromEntries(PROSE_LOCALES.map((l) => [l, f(l)]));

/** A catalog message in a language (the caller's catalogs: the build's i18n collection, or the tests'). */
export type Resolve = (locale: Locale, m: Msg) => string;

type Entry = Omit<ErrorEntry, 'names'> & { names: { name: string; source: string }[] };

const refOf = (e: Entry) => ({ family: e.family, code: e.code, names: e.names.map((n) => n.name) });
const abs = (path: string, site: URL) => new URL(path, site).href;
/** A language-neutral file of the site (schemas, JSON documents): under the base path, no locale. */
const absFile = (path: string, site: URL) => abs(`${basePath()}${path}`, site);

export const jsonPathOf = (e: Pick<Entry, 'family' | 'code'>) => `/api/errors/${idOf(e)}.json`;

/**
 * Microsoft Learn text is CC BY 4.0 (credited on the pages too); man pages and the Windows SDK's
 * headers (the package's page, the header after `#`) are quoted.
 */
function attribution(source: string) {
	if (source.startsWith('https://learn.microsoft.com/'))
		return {
			publisher: 'Microsoft Learn',
			license: 'CC-BY-4.0',
			licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
		};
	return { publisher: source.startsWith('https://man7.org/') ? 'man7.org' : 'Windows SDK' };
}

/** The sources the v1 schema admits (its `sourceUrl`). */
const OFFICIAL_SOURCE =
	/^https:\/\/(learn\.microsoft\.com\/|man7\.org\/|manpages\.debian\.org\/bookworm\/|www\.nuget\.org\/packages\/Microsoft\.Windows\.SDK\.CPP\/|github\.com\/dotnet\/runtime\/blob\/|github\.com\/nodejs\/node\/blob\/)/;

export function codeDocument(e: Entry, site: URL, resolve: Resolve) {
	const ref = refOf(e);
	const summary = e.summary;
	return {
		$schema: absFile(CODE_SCHEMA_PATH, site),
		schemaVersion: SCHEMA_VERSION,
		id: idOf(e),
		family: e.family,
		code: e.code,
		// The v1 schema's number forms: names are listed apart, and a signal's shell exit status (137) is
		// another number than its code, whose form the schema does not define.
		forms: formsOf(ref).filter((f) => !['name', 'shown', 'exit'].includes(f.kind)),
		names: e.names.map(({ name, source }) => ({ name, source })),
		...(e.outcome ? { outcome: e.outcome } : {}),
		// The v1 schema's official texts are English, published on Microsoft Learn or man7.org or defined
		// in the Windows SDK's headers or .NET's source (dotnet/runtime): a translation glibc ships (a signal's "段错误"), zsh's own messages
		// and macOS's texts (from their sources) stay on the page.
		official: e.official
			.filter((o) => !o.lang && OFFICIAL_SOURCE.test(o.source))
			.map((o) => ({
				text: o.text,
				...(o.remarks ? { remarks: o.remarks } : {}),
				lang: 'en',
				source: o.source,
				attribution: attribution(o.source),
			})),
		meaning: e.summary ? localized((l) => proseFor(summary ?? {}, l)) : null,
		causes: localized((l) => e.causes.map((c) => proseFor(c, l))),
		fixes: localized((l) =>
			e.fixes.map((f) => ({
				text: proseFor(f, l),
				...(f.command ? { command: { shell: f.command.shell, code: f.command.code } } : {}),
				...(f.link ? { link: abs(href(l, f.link), site) } : {}),
			})),
		),
		advice: localized((l) => resolve(l, { key: familyKey(e.family, 'advice') })),
		related: [...e.related],
		urls: localized((l) => abs(href(l, codePath(ref)), site)),
	};
}

export function indexDocument(entries: readonly Entry[], site: URL, resolve: Resolve) {
	return {
		$schema: absFile(INDEX_SCHEMA_PATH, site),
		schemaVersion: SCHEMA_VERSION,
		count: entries.length,
		families: FAMILIES.map((family) => {
			const { source } = familyOf(family);
			return {
				family,
				title: localized((l) => resolve(l, { key: familyKey(family, 'title') })),
				intro: localized((l) => resolve(l, { key: familyKey(family, 'intro') })),
				count: entries.filter((e) => e.family === family).length,
				source: { title: source.title, url: source.url },
				urls: localized((l) => abs(href(l, familyPath(family)), site)),
			};
		}),
		codes: entries.map((e) => {
			const ref = refOf(e);
			return {
				id: idOf(e),
				family: e.family,
				code: e.code,
				names: ref.names,
				title: localized((l) => resolve(l, titleOf({ ...ref, official: e.official }, l))),
				json: absFile(jsonPathOf(e), site),
				urls: localized((l) => abs(href(l, codePath(ref)), site)),
			};
		}),
	};
}
