import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { errorsLoader } from './lib/errors/loader';
import { errorEntrySchema } from './lib/errors/schema';
import { catalogLoader } from './i18n/loader';

export const collections = {
	// Error-code knowledge base: one data file per family, one collection (src/lib/errors/loader.ts).
	errors: defineCollection({ loader: errorsLoader(), schema: errorEntrySchema }),
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	// Our UI strings sit beside Starlight's: src/i18n/<lang>/*.json, one file per area (src/i18n/loader.ts).
	// Every key must exist in every language: tests/unit/i18n-parity.test.ts enforces that.
	i18n: defineCollection({
		loader: catalogLoader(),
		schema: i18nSchema({ extend: z.object({}).catchall(z.string()) }),
	}),
};
