// Every tool of the site, once. The sidebar (astro.config.mjs), the generator loaders, the pages'
// links to tools, the e2e lists and the bench derive from this list; each tool's one name per
// language is the catalog entry `tool.<id>.name` (src/i18n/<lang>/tools.json), its one-line
// summary `tool.<id>.summary`.

export type ToolKind = 'generator' | 'checker';

export interface Tool {
	readonly id: string;
	readonly kind: ToolKind;
}

export const TOOLS = [
	{ id: 'msiexec', kind: 'generator' },
	{ id: 'signtool', kind: 'generator' },
	{ id: 'icacls', kind: 'generator' },
	{ id: 'event-query', kind: 'generator' },
	{ id: 'chmod', kind: 'generator' },
	{ id: 'journalctl', kind: 'generator' },
	{ id: 'systemctl', kind: 'generator' },
	{ id: 'msi-log', kind: 'checker' },
	{ id: 'permissions', kind: 'checker' },
	{ id: 'signtool-output', kind: 'checker' },
	{ id: 'wizard', kind: 'checker' },
	{ id: 'explain', kind: 'checker' },
] as const satisfies readonly Tool[];

export type ToolId = (typeof TOOLS)[number]['id'];
export type GeneratorId = Extract<(typeof TOOLS)[number], { kind: 'generator' }>['id'];

export const GENERATOR_IDS = TOOLS.filter((t) => t.kind === 'generator').map(
	(t) => t.id,
) as GeneratorId[];
export const CHECKER_IDS = TOOLS.filter((t) => t.kind === 'checker').map((t) => t.id);

/** The tool's page, within the site (add the locale and base with src/lib/urls.ts). */
export const toolPath = (id: ToolId): string => `/tools/${id}/`;
/** Catalog keys of the tool's name and summary. */
export const toolNameKey = (id: ToolId): string => `tool.${id}.name`;
export const toolSummaryKey = (id: ToolId): string => `tool.${id}.summary`;
