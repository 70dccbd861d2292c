// Labels for the site links the checkers' libraries return (tool pages and knowledge-base codes).
import { h, localize } from '../dom';

const TOOL = /^\/tools\/([a-z-]+)\/(?:\?.*)?$/;
const CODE = /^\/errors\/([a-z]+)\/([0-9A-Za-z]+)\/$/;

export function siteLink(path: string, base: string, t: (k: string) => string): HTMLAnchorElement {
	let label = path;
	const tool = TOOL.exec(path);
	const code = CODE.exec(path);
	if (tool) label = t(`check.link.${tool[1]}`);
	else if (code) label = `${code[1]} ${code[2]}`;
	else if (path === '/errors/') label = t('check.link.errors');
	return h('a', { href: localize(path, base) }, label);
}
