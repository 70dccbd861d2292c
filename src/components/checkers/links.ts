// Site links the checkers show (tool pages, knowledge-base codes, guides): one label rule for the
// wizard's server-rendered page and the checkers' client views. A tool is named by the registry's
// `tool.<id>.name`, the error lookup by its page title, a code by itself.
import type { Locale } from '~/i18n/locales';
import { msg, type Msg } from '~/i18n/msg';
import { toolNameKey, TOOLS, type ToolId } from '~/lib/tools';
import { href } from '~/lib/urls';

const TOOL = /^\/tools\/([a-z-]+)\/(?:\?.*)?$/;
const CODE = /^\/errors\/([a-z0-9-]+)\/([0-9A-Za-z]+)\/$/;
const GUIDE = /^\/fixes\/([a-z-]+)\/$/;

/** The link's label: a message, or text that needs no translation (a code, a host name). */
export function linkLabel(path: string): Msg | { text: string } {
	const tool = TOOL.exec(path)?.[1];
	if (tool && TOOLS.some((x) => x.id === tool)) return msg(toolNameKey(tool as ToolId));
	const code = CODE.exec(path);
	if (code) return { text: `${code[1]} ${code[2]}` };
	const guide = GUIDE.exec(path)?.[1];
	if (guide) return msg(`check.wiz.link.${guide}`);
	if (path === '/errors/') return msg('kb.lookup.title');
	return { text: path.replace(/^https:\/\//, '') };
}

/** Site paths get the language and the site's base; absolute URLs are kept. */
export const linkHref = (locale: Locale, path: string): string =>
	path.startsWith('/') ? href(locale, path) : path;

/** The catalog prefixes a page needs for linkLabel on the client (give them to <PageStrings>). */
export const LINK_PREFIXES = ['tool.', 'kb.lookup.title', 'check.wiz.link.'] as const;
