import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { errorsLoader } from './lib/errors/loader';
import { errorEntrySchema } from './lib/errors/schema';
import { catalogLoader } from './i18n/loader';
import { LOCALE_INFO, builtLocales, pseudoBuild } from './i18n/locales';

// A pseudo build renders only the pseudo-locale's guides (src/content/docs/en-xa/, written by
// scripts/pseudo-docs.mjs), as its routes render only that locale (localeParams): the same glob as
// Starlight's docsLoader (default ids), narrowed to that folder.
const docs = pseudoBuild()
	? glob({
			base: './src/content/docs',
			pattern: builtLocales().map((l) => `${LOCALE_INFO[l].slug}/**/[^_]*.{md,mdx}`),
		})
	: docsLoader();

export const collections = {
	// Error-code knowledge base: one data file per family, one collection (src/lib/errors/loader.ts).
	errors: defineCollection({ loader: errorsLoader(), schema: errorEntrySchema }),
	docs: defineCollection({ loader: docs, schema: docsSchema() }),
	// Our UI strings sit beside Starlight's: src/i18n/<lang>/*.json, one file per area (src/i18n/loader.ts).
	// Every key must exist in every language: tests/unit/i18n-parity.test.ts enforces that.
	i18n: defineCollection({
		loader: catalogLoader(),
		schema: i18nSchema({ extend: z.object({}).catchall(z.string()) }),
	}),
};
