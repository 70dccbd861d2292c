// Build-time Mermaid: ```mermaid fences become inline <svg> rendered by real Mermaid in headless
// Chromium (rehype-mermaid). The SVG's own <style> is dropped: it hard-codes one theme's colours and
// would need 'unsafe-inline' in the CSP. src/styles/mermaid.css colours the diagram from Starlight's
// theme variables instead, so it follows the theme toggle. Without a browser the build still works:
// fences stay as <pre class="mermaid"> and MermaidFallback.astro renders them in the reader's browser.
import rehypeMermaid from 'rehype-mermaid';
import { visit } from 'unist-util-visit';
import { chromiumArgs, findChromium, installHint } from './browser.mjs';

/** The font stack Chromium measures labels with at build time; mermaid.css uses the same one. */
export const diagramFont =
	'"Noto Sans", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "DejaVu Sans", sans-serif';

const mermaidConfig = { theme: 'base', fontFamily: diagramFont, flowchart: { htmlLabels: true } };

/** Keeps diagrams themable and accessible: drops inline <style>, requires an accTitle. */
export function rehypeDiagramSvg() {
	return (tree, file) => {
		visit(tree, 'element', (node) => {
			// hast spells aria-roledescription as ariaRoleDescription (property-information).
			if (node.tagName !== 'svg' || !node.properties?.ariaRoleDescription) return;
			const title = node.children.find((c) => c.type === 'element' && c.tagName === 'title');
			if (!title) {
				throw new Error(
					`A Mermaid diagram in ${file.path} has no accessible name: add an "accTitle: ..." line.`,
				);
			}
			node.children = node.children.filter((c) => !(c.type === 'element' && c.tagName === 'style'));
			const classes = [node.properties.className ?? []].flat();
			node.properties.className = [...classes, 'ifg-diagram'];
			node.properties.role = 'img';
		});
	};
}

/** @returns {Promise<import('@astrojs/markdown-remark').RehypePlugins>} */
export async function mermaidPlugins({ log = console } = {}) {
	const browser = await findChromium();
	if (!browser) {
		log.warn(
			`[mermaid] ${installHint}\n[mermaid] Diagrams will be rendered in the reader's browser instead (diagram pages only).`,
		);
		return [[rehypeMermaid, { strategy: 'pre-mermaid' }]];
	}
	log.info(`[mermaid] rendering diagrams at build time with ${browser.path} (${browser.source})`);
	return [
		[
			rehypeMermaid,
			{
				strategy: 'inline-svg',
				mermaidConfig,
				launchOptions: { executablePath: browser.path, args: chromiumArgs },
			},
		],
		rehypeDiagramSvg,
	];
}
