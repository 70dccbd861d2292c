import { z } from 'zod/v4';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales';
import { hexId } from './codes';
import { FAMILIES, FAMILY_LIST, type FamilyDescriptor, familyOf } from './families';
import { PROSE_LOCALES } from './prose';
import { GENERATOR_IDS } from '../tools';

export { FAMILIES, type Family } from './families';

/**
 * A program's own source at a pinned commit or version, for the texts that program prints or defines
 * and no manual lists (zsh's signal messages; macOS's strsignal(), which adds macOS's number; the
 * Windows SDK's wuerror.h and ntstatus.h, whose codes no Learn table has): each
 * with the credit line the code page gives it (Attribution.astro). The SDK is a NuGet package: its
 * source URL is the package's page, with the header's path after `#`, which names it.
 */
export const PROGRAM_SOURCES = [
	{ prefix: 'https://github.com/zsh-users/zsh/blob/', line: 'kb.attribution.zsh-line' },
	{
		prefix: 'https://github.com/apple-oss-distributions/Libc/blob/',
		line: 'kb.attribution.darwin-line',
	},
	{
		prefix: 'https://www.nuget.org/packages/Microsoft.Windows.SDK.CPP/',
		line: 'kb.attribution.sdk-line',
	},
	{ prefix: 'https://github.com/dotnet/runtime/blob/', line: 'kb.attribution.dotnet-line' },
	// libcurl's texts, as curl_easy_strerror() returns them (the curl family).
	{
		prefix: 'https://manpages.debian.org/bookworm/libcurl4-doc/curl_easy_strerror.3',
		line: 'kb.attribution.curl-line',
	},
] as const;
// Microsoft Learn, the man pages (man7.org's, and Debian 12's for the programs man7.org has no page
// of), and those programs' sources.
const SOURCE_HOSTS = [
	'https://learn.microsoft.com/',
	'https://man7.org/',
	'https://manpages.debian.org/bookworm/',
	// Node.js's documentation, for the names it gives OpenSSL's verification errors (no texts).
	'https://github.com/nodejs/node/blob/',
	...PROGRAM_SOURCES.map((p) => p.prefix),
];
const source = z.url().refine((u) => SOURCE_HOSTS.some((h) => u.startsWith(h)), {
	message:
		'source must be a learn.microsoft.com, man7.org or manpages.debian.org/bookworm URL, zsh’s, Apple’s Libc, .NET’s or Node.js’s source on github.com, or the Windows SDK’s NuGet package',
});

/** Prose we wrote ourselves: one text per language, keyed by locale tag; every (non-pseudo) locale. */
// Typed as every Locale so that fields stay typed; the pseudo-locale is never stored (see prose.ts).
const prose = z.object(
	Object.fromEntries(
		PROSE_LOCALES.map((l) => [l, z.string().min(1, `${l} text is empty`)]),
	) as Record<Locale, z.ZodString>,
);

/** Languages whose code-page titles are hand-written (English shows the official data itself). */
export const TITLE_LOCALES = PROSE_LOCALES.filter((l) => l !== DEFAULT_LOCALE);
/** A hand-written title: no `[2]`-style placeholder (a title shows it as "…" or names it). */
const titleText = z
	.string()
	.min(1)
	.regex(/^[^[\]]*$/, 'a title has no [n] placeholder: write "…" or name it');
const titles = z
	.object(
		Object.fromEntries(TITLE_LOCALES.map((l) => [l, titleText])) as Record<
			Locale,
			typeof titleText
		>,
	)
	.partial();

/** The languages a code of this family lacks a title in (none unless the family translates titles). */
export const missingTitles = (
	family: Pick<FamilyDescriptor, 'translatedTitles'>,
	title: Partial<Record<Locale, string | undefined>> | undefined,
): Locale[] => (family.translatedTitles ? TITLE_LOCALES.filter((l) => !title?.[l]) : []);

/** A site path without the language prefix, e.g. /fixes/run-elevated/ (pages add /zh-cn). */
const sitePath = z
	.string()
	.regex(/^\/[a-z0-9/-]*\/$/, 'link must be a site path like /tools/msiexec/');
// One alternative per family, in its display form (built from the descriptors; linear: no nesting).
const ID_RE = new RegExp(
	`^(?:${FAMILY_LIST.map((f) => `${f.id}/${f.display === 'hex32' ? '0x[0-9A-F]{8}' : '\\d+'}`).join('|')})$`,
);
const entryId = z
	.string()
	.regex(ID_RE, 'related must be an id like msi/2503 or hresult/0x800B0101');

/** Generators a fix command can link to, prefilled (see tests/unit/errors-generator-links.test.ts). */
export const ADAPTABLE = GENERATOR_IDS;
const adaptLink = z
	.string()
	.regex(
		new RegExp(`^/tools/(${ADAPTABLE.join('|')})/\\?[^\\s]+$`),
		'adapt must be a prefilled generator link like /tools/msiexec/?t=…',
	);

const command = z.object({
	shell: z.enum(['cmd', 'powershell', 'bash']),
	/** Runs as written in its shell: no <placeholders>, paths with spaces quoted. */
	code: z.string().min(1),
	/** The generator prefilled with exactly this command (or one contiguous part of it). */
	adapt: adaptLink.optional(),
});

/** Where a note's claims come from (Microsoft Learn, golang/go issues, man pages, advisories). */
const noteSource = z.object({ label: z.string().min(1), url: z.url() });

export const errorEntrySchema = z
	.object({
		family: z.enum(FAMILIES),
		/** One typed form only. HRESULTs as '0x800B0101' (as in winerror.h), others as decimal. */
		code: z.union([
			z.number().int().min(0).max(0xffffffff),
			z.string().regex(/^0x[0-9A-F]{8}$/, 'hex code must look like 0x800B0101'),
		]),
		/** Symbolic names; 1653 carries two, each with the page that gives it. */
		names: z
			.array(z.object({ name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), source }))
			.default([]),
		/** Official message text, verbatim and in its original language; 1935 has two variants. */
		// The official table leaves some texts empty (2805); an empty string records that faithfully.
		official: z
			.array(
				z.object({
					text: z.string(),
					remarks: z.string().optional(),
					source,
					/** The text's language when it is not English (a translation glibc ships: zh-CN). */
					lang: z.enum(['zh-CN']).optional(),
					/**
					 * Programs print this text for the code (a shell's "Segmentation fault" for signal 11,
					 * glibc's strsignal()): lookup reads it as a phrase where they print it (lookup.ts).
					 */
					printed: z.literal(true).optional(),
				}),
			)
			.min(1, 'every code needs its official text'),
		outcome: z.enum(['success', 'warning', 'failure']).optional(),
		summary: prose.optional(),
		/** The code page's title in each non-default language (required by translatedTitles families). */
		title: titles.optional(),
		causes: z.array(prose).default([]),
		fixes: z
			.array(prose.extend({ command: command.optional(), link: sitePath.optional() }))
			.default([]),
		related: z.array(entryId).default([]),
		guides: z.array(sitePath).default([]),
		sources: z.array(noteSource).default([]),
	})
	.transform(({ code, ...rest }) => ({
		...rest,
		code: typeof code === 'string' ? Number.parseInt(code.slice(2), 16) : code,
	}))
	.superRefine((e, ctx) => {
		const { display, range } = familyOf(e.family);
		for (const l of missingTitles(familyOf(e.family), e.title)) {
			ctx.addIssue({
				code: 'custom',
				message: `${e.family} codes need a ${l} title (src/content/errors/titles/${l}/${e.family}.yaml)`,
			});
		}
		if (e.official.some((o) => o.printed) && !familyOf(e.family).printedTexts) {
			ctx.addIssue({
				code: 'custom',
				message: `${e.family} has no printedTexts (src/lib/errors/families.ts): its texts are not read as phrases`,
			});
		}
		const show = display === 'hex32' ? hexId : String;
		if (e.code < range[0] || e.code > range[1]) {
			ctx.addIssue({
				code: 'custom',
				message: `${e.family} codes run from ${show(range[0])} to ${show(range[1])}`,
			});
		}
	})
	.refine((e) => e.causes.length === 0 || e.summary !== undefined, {
		message: 'an entry with causes needs a summary',
	});

export type ErrorEntryInput = z.input<typeof errorEntrySchema>;
export type ErrorEntry = z.output<typeof errorEntrySchema>;
