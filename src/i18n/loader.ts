// Content loader for Starlight's `i18n` collection: every language's catalog is the union of the JSON
// files in src/i18n/<lang>/ (one file per area, so areas do not share a file), stored under the
// language tag Starlight looks up. The pseudo-locale's catalog is generated from English here,
// Starlight's own built-in English strings included, so not one string falls back to English.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { activeLocales, LOCALE_INFO, type Locale } from './locales';
import { accent, pseudo, STARLIGHT_PASSED_ON_EN } from './pseudo';

const ROOT = 'src/i18n';

/** One language's catalog files, merged; a key defined in two files is an error, not a silent override. */
export async function readCatalog(lang: Locale, root = ROOT): Promise<Record<string, string>> {
	const dir = join(root, lang);
	const files = (await readdir(dir))
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => join(dir, f));
	// Starlight's integration code (heading anchors, asides, Expressive Code in Markdown) reads only its
	// own folder, src/content/i18n/<lang>.json, from disk: overrides of Starlight's keys live there, and
	// are part of the same catalog here.
	const starlightFile = starlightFileOf(lang, root);
	if (
		await readFile(starlightFile).then(
			() => true,
			() => false,
		)
	)
		files.push(starlightFile);
	const out: Record<string, string> = {};
	const from: Record<string, string> = {};
	for (const f of files) {
		const data = JSON.parse(await readFile(f, 'utf8')) as Record<string, string>;
		for (const [k, v] of Object.entries(data)) {
			if (k in out) throw new Error(`i18n: ${lang}: key ${k} is in both ${from[k]} and ${f}`);
			out[k] = v;
			from[k] = f;
		}
	}
	return out;
}

/** src/content/i18n/<lang>.json: the only strings Starlight's integration code sees. */
const starlightFileOf = (lang: Locale, root: string) =>
	join(root, '..', 'content', 'i18n', `${lang}.json`);

/**
 * Starlight's built-in English UI strings (search, theme picker, table of contents…) and the English
 * it passes on to Expressive Code and Pagefind UI (src/i18n/pseudo.ts).
 */
async function starlightEnglish(): Promise<Record<string, string>> {
	// Starlight's `exports` expose neither package.json nor its translations, so require.resolve() of
	// either fails (ERR_PACKAGE_PATH_NOT_EXPORTED): look the file up in Node's module folders instead.
	const file = (createRequire(import.meta.url).resolve.paths('@astrojs/starlight') ?? [])
		.map((dir) => join(dir, '@astrojs/starlight/dist/translations/en.js'))
		.find((path) => existsSync(path));
	if (!file)
		throw new Error("i18n: Starlight's English translations (dist/translations/en.js) not found");
	const mod = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as {
		default: Record<string, string>;
	};
	return { ...mod.default, ...STARLIGHT_PASSED_ON_EN };
}

/**
 * Entries with a hard length limit set by a standard, accented but not lengthened in the pseudo-locale:
 * the OpenSearch ShortName is at most 16 characters (src/lib/api/opensearch.ts refuses longer ones).
 */
const LENGTH_LIMITED = new Set(['opensearch.name']);

/** A catalog made from English: every entry pseudo-localised (placeholders kept). */
export async function pseudoCatalog(root = ROOT): Promise<Record<string, string>> {
	const english = { ...(await starlightEnglish()), ...(await readCatalog('en', root)) };
	return Object.fromEntries(
		Object.entries(english).map(([k, v]) => [k, LENGTH_LIMITED.has(k) ? accent(v) : pseudo(v)]),
	);
}

/**
 * The pseudo-locale's entries for Starlight's own keys (its built-ins, what it passes on, our overrides in
 * src/content/i18n/en.json). scripts/pseudo-docs.mjs writes them to src/content/i18n/en-XA.json for the
 * pseudo build only: Starlight's Markdown-time code (heading anchors, Expressive Code) reads that file,
 * not this loader. The loader never reads en-XA.json (the pseudo catalog is made from English), so its
 * keys are not duplicates.
 */
export async function pseudoStarlightStrings(root = ROOT): Promise<Record<string, string>> {
	const overrides = JSON.parse(await readFile(starlightFileOf('en', root), 'utf8')) as object;
	const keys = new Set([...Object.keys(await starlightEnglish()), ...Object.keys(overrides)]);
	return Object.fromEntries(Object.entries(await pseudoCatalog(root)).filter(([k]) => keys.has(k)));
}

export function catalogLoader(): Loader {
	return {
		name: 'ifg-i18n-catalogs',
		load: async ({ store, parseData, watcher }) => {
			store.clear();
			for (const lang of activeLocales()) {
				const data = LOCALE_INFO[lang].pseudo ? await pseudoCatalog() : await readCatalog(lang);
				store.set({ id: lang, data: await parseData({ id: lang, data }) });
			}
			watcher?.add(ROOT);
		},
	};
}
