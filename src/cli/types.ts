// Shared types of the command-line tool (src/cli/, packaged by packages/ifg/).
import type { Catalog } from '../i18n/msg';
import type { ErrorEntry } from '../lib/errors/schema';

/** The languages the tool speaks: the deployed ones (the pseudo-locale is a build check, not a language). */
export const CLI_LOCALES = ['en', 'zh-CN'] as const;
export type CliLocale = (typeof CLI_LOCALES)[number];

/** Version of the JSON the tool prints (packages/ifg/schema/ifg.v1.schema.json). */
export const SCHEMA_VERSION = 1;

export interface Resources {
	entries: ErrorEntry[];
	catalogs: Record<CliLocale, Catalog>;
	/** Origin of the published site, for page URLs. */
	site: string;
	version: string;
}

/** Exit codes scripts can rely on (README, "Command-line tool"). */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;

/** Where output goes; the tests capture it, bin.ts writes to the process's streams. */
export interface Io {
	out(text: string): void;
	err(text: string): void;
}
