// Guides link to site paths ('/errors/msi/2503/'); a site built under a base path (IFG_BASE=/guide/,
// astro.config.mjs `base`) serves them at '/guide/errors/msi/2503/'. Astro leaves Markdown links as
// written, so this adds the base to every root-relative href/src in guide content, including the href
// of MDX components (<LinkCard href="/…">). At the root (base '/') it changes nothing.
import { visit } from 'unist-util-visit';

/**
 * '/x' -> base + '/x'; leaves '//host', relative, external, '#hash' and already-based URLs alone.
 * Any other value (a hast property that is not a string, an MDX expression) comes back unchanged.
 * @template T
 * @param {T} url
 * @param {string} base
 * @returns {T | string}
 */
export function withBase(url, base) {
	if (!base || typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//')) return url;
	return url === base || url.startsWith(`${base}/`) ? url : base + url;
}

/** @type {import('unified').Plugin<[string?], import('hast').Root>} */
export function rehypeBase(base = (process.env.IFG_BASE ?? '/').replace(/\/+$/, '')) {
	return (tree) => {
		if (!base) return;
		visit(tree, (node) => {
			if (node.type === 'element') {
				for (const key of ['href', 'src'])
					if (key in node.properties) node.properties[key] = withBase(node.properties[key], base);
			} else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				for (const attr of node.attributes ?? []) {
					if (attr.type === 'mdxJsxAttribute' && (attr.name === 'href' || attr.name === 'link'))
						attr.value = withBase(attr.value, base);
				}
			}
		});
	};
}
