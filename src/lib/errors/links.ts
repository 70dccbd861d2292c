// The names of the site pages the knowledge base links to, as catalog keys: a tool by its one name
// in the tools registry (src/lib/tools.ts), a guide by its entry in src/i18n/<lang>/errors.json.
import { TOOLS, toolNameKey, toolPath } from '../tools';

const GUIDE_KEYS: Readonly<Record<string, string>> = {
	'/start/go-2503-2502/': 'kb.page.go-2503-2502',
	'/windows-installer/temp-permissions/': 'kb.page.temp-permissions',
	'/fixes/run-elevated/': 'kb.page.run-elevated',
	'/diagnose/event-logs/': 'kb.page.event-logs',
	'/errors/': 'kb.lookup.title',
};

/** Catalog key of the label of a site path (no locale, no base), or undefined for a path we never link. */
export function pageLabelKey(path: string): string | undefined {
	const tool = TOOLS.find((t) => toolPath(t.id) === path);
	return tool ? toolNameKey(tool.id) : GUIDE_KEYS[path];
}
