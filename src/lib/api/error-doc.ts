// The error-code JSON API (schemas/error-code.v1.json, schemas/error-index.v1.json): built from the
// same entries and helpers as the pages, so the JSON and the HTML cannot disagree.
import { formsOf, idOf } from '~/lib/errors/codes';
import { FAMILY_INFO, localPath, type Lang } from '~/lib/errors/families';
import { FAMILIES } from '~/lib/errors/family';
import { pathOf, titleOf } from '~/lib/errors/page';
import type { ErrorEntry } from '~/lib/errors/schema';

export const SCHEMA_VERSION = 1;
/** Public paths of the schemas, served from schemas/ by src/pages/api/schemas/[name].ts. */
export const CODE_SCHEMA_PATH = '/api/schemas/error-code.v1.json';
export const INDEX_SCHEMA_PATH = '/api/schemas/error-index.v1.json';
export const INDEX_PATH = '/api/errors/index.json';

/** Locale keys of the JSON are BCP 47 tags, as in the pages' lang attribute. */
type Localized<T> = { en: T; 'zh-CN': T };
const localized = <T>(f: (lang: Lang) => T): Localized<T> => ({ en: f('en'), 'zh-CN': f('zh') });

type Entry = Omit<ErrorEntry, 'names'> & { names: { name: string; source: string }[] };

const refOf = (e: Entry) => ({ family: e.family, code: e.code, names: e.names.map((n) => n.name) });
const abs = (path: string, site: URL) => new URL(path, site).href;

export const jsonPathOf = (e: Pick<Entry, 'family' | 'code'>) => `/api/errors/${idOf(e)}.json`;

/** Microsoft Learn text is CC BY 4.0 (credited on the pages too); man pages are quoted. */
function attribution(source: string) {
	return source.startsWith('https://learn.microsoft.com/')
		? {
				publisher: 'Microsoft Learn',
				license: 'CC-BY-4.0',
				licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
			}
		: { publisher: 'man7.org' };
}

export function codeDocument(e: Entry, site: URL) {
	const ref = refOf(e);
	return {
		$schema: abs(CODE_SCHEMA_PATH, site),
		schemaVersion: SCHEMA_VERSION,
		id: idOf(e),
		family: e.family,
		code: e.code,
		forms: formsOf(ref).filter((f) => f.kind !== 'name'),
		names: e.names.map(({ name, source }) => ({ name, source })),
		...(e.outcome ? { outcome: e.outcome } : {}),
		official: e.official.map((o) => ({
			text: o.text,
			...(o.remarks ? { remarks: o.remarks } : {}),
			lang: 'en',
			source: o.source,
			attribution: attribution(o.source),
		})),
		meaning: e.summary ? localized((l) => e.summary?.[l] ?? '') : null,
		causes: localized((l) => e.causes.map((c) => c[l])),
		fixes: localized((l) =>
			e.fixes.map((f) => ({
				text: f[l],
				...(f.command ? { command: { shell: f.command.shell, code: f.command.code } } : {}),
				...(f.link ? { link: abs(localPath(f.link, l), site) } : {}),
			})),
		),
		advice: localized((l) => FAMILY_INFO[e.family].advice[l]),
		related: [...e.related],
		urls: localized((l) => abs(pathOf(ref, l), site)),
	};
}

export function indexDocument(entries: readonly Entry[], site: URL) {
	return {
		$schema: abs(INDEX_SCHEMA_PATH, site),
		schemaVersion: SCHEMA_VERSION,
		count: entries.length,
		families: FAMILIES.map((family) => {
			const info = FAMILY_INFO[family];
			return {
				family,
				title: localized((l) => info.title[l]),
				intro: localized((l) => info.intro[l]),
				count: entries.filter((e) => e.family === family).length,
				source: { title: info.sourceTitle, url: info.sourceUrl },
				urls: localized((l) => abs(localPath(`/errors/${family}/`, l), site)),
			};
		}),
		codes: entries.map((e) => {
			const ref = refOf(e);
			return {
				id: idOf(e),
				family: e.family,
				code: e.code,
				names: ref.names,
				title: localized((l) => titleOf({ ...ref, official: e.official, summary: e.summary }, l)),
				json: abs(jsonPathOf(e), site),
				urls: localized((l) => abs(pathOf(ref, l), site)),
			};
		}),
	};
}
