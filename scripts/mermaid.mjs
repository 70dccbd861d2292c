// Build-time Mermaid: ```mermaid fences become inline <svg> rendered by real Mermaid in headless
// Chromium (rehype-mermaid). The SVG's own <style> is dropped: it hard-codes one theme's colours and
// would need 'unsafe-inline' in the CSP. src/styles/mermaid.css colours the diagram from Starlight's
// theme variables instead, so it follows the theme toggle. Without a browser the build still works:
// fences stay as <pre class="mermaid"> and MermaidFallback.astro renders them in the reader's browser.
import { readFileSync } from 'node:fs';
import rehypeMermaid from 'rehype-mermaid';
import { SKIP, visit } from 'unist-util-visit';
import { WIZARD, WIZARD_ROOT } from '../src/lib/checkers/wizard-tree.ts';
import { LOCALE_INFO, LOCALES } from '../src/i18n/locales.ts';
import { pseudo } from '../src/i18n/pseudo.ts';
import { chromiumArgs, findChromium, installHint } from './browser.mjs';

/** @typedef {import('hast').Element} Element @typedef {import('hast').Root} Root @typedef {import('vfile').VFile} VFile */
/** @typedef {import('../src/i18n/locales.ts').Locale} Locale @typedef {typeof import('../src/i18n/en/site.json')} SiteStrings */

/** The font stack Chromium measures labels with at build time; mermaid.css uses the same one. */
export const diagramFont =
	'"Noto Sans", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "DejaVu Sans", sans-serif';

const mermaidConfig = { theme: 'base', fontFamily: diagramFont, flowchart: { htmlLabels: true } };

/** Our UI strings for the diagram frame, from the same catalogs as every other widget (en-XA: made from English). */
/** @param {string} lang @returns {SiteStrings} (every language has the same keys: i18n-parity.test.ts) */
const catalog = (lang) =>
	JSON.parse(readFileSync(new URL(`../src/i18n/${lang}/site.json`, import.meta.url), 'utf8'));
const strings = /** @type {Record<Locale, SiteStrings>} */ (
	Object.fromEntries(
		LOCALES.map((l) => [
			l,
			LOCALE_INFO[l].pseudo
				? Object.fromEntries(Object.entries(catalog('en')).map(([k, v]) => [k, pseudo(v)]))
				: catalog(l),
		]),
	)
);
/** The language of a guide file, from its folder (src/content/docs/<slug>/…); the default otherwise. */
/** @param {string} path */
const localeOfFile = (path) =>
	LOCALES.find((l) => LOCALE_INFO[l].slug && path.split(/[\\/]/).includes(LOCALE_INFO[l].slug)) ??
	'en';

/** ?path= of answer ids that leads the wizard from its root to each node (breadth-first, so the shortest). */
/** @type {Map<string, string>} */
const wizardPaths = new Map([[WIZARD_ROOT, '']]);
for (const [nid, path] of wizardPaths) {
	const node = WIZARD.find((n) => n.id === nid);
	if (node?.kind !== 'question') continue;
	for (const a of node.answers)
		if (!wizardPaths.has(a.next)) wizardPaths.set(a.next, path ? `${path}.${a.id}` : a.id);
}

/** Mermaid draws node "fix_wait" as <g class="node" id="mermaid-0-flowchart-fix_wait-12">; wizard-mermaid.ts maps "-" to "_". */
/** @param {Element} g */
const nodeId = (g) =>
	/flowchart-(.+)-\d+$/.exec(String(g.properties?.id ?? ''))?.[1]?.replace(/_/g, '-');

/**
 * The wizard's decision tree (every node a wizard node) becomes a map: each node links to the wizard
 * at that step. Returns whether it did, because links inside role="img" would be hidden from readers.
 * @param {Element} svg @param {Locale} lang
 */
function linkWizardNodes(svg, lang) {
	/** @type {{ parent: import('hast').Parents, index: number, id: string }[]} */
	const nodes = [];
	visit(svg, 'element', (g, index, parent) => {
		if (
			g.tagName !== 'g' ||
			![g.properties.className ?? []].flat().includes('node') ||
			!parent ||
			index === undefined
		)
			return;
		nodes.push({ parent, index, id: nodeId(g) ?? '' });
		return SKIP;
	});
	if (!nodes.length || !nodes.every((n) => wizardPaths.has(n.id))) return false;
	const slug = LOCALE_INFO[lang].slug;
	const base = `${slug ? `/${slug}` : ''}/tools/wizard/`;
	for (const { parent, index, id } of nodes) {
		const path = wizardPaths.get(id);
		const href = path ? `${base}?path=${path}` : base;
		const g = /** @type {Element} */ (parent.children[index]);
		parent.children[index] = { type: 'element', tagName: 'a', properties: { href }, children: [g] };
	}
	return true;
}

/**
 * Keeps diagrams themable, accessible and readable: drops inline <style>, requires an accTitle, and
 * puts each diagram in a frame that scrolls instead of shrinking its labels below 12 px. The frame is
 * a named region reachable by keyboard, and a popover (no script) that shows it over the whole page.
 */
export function rehypeDiagramSvg() {
	/** @param {Root} tree @param {VFile} file */
	return (tree, file) => {
		const lang = localeOfFile(file.path ?? '');
		const t = strings[lang];
		let count = 0;
		visit(tree, 'element', (node, index, parent) => {
			// hast spells aria-roledescription as ariaRoleDescription (property-information).
			if (
				node.tagName !== 'svg' ||
				!node.properties?.ariaRoleDescription ||
				!parent ||
				index === undefined
			)
				return;
			const title = node.children.find((c) => c.type === 'element' && c.tagName === 'title');
			if (!title) {
				throw new Error(
					`A Mermaid diagram in ${file.path} has no accessible name: add an "accTitle: ..." line.`,
				);
			}
			node.children = node.children.filter((c) => !(c.type === 'element' && c.tagName === 'style'));
			const classes = [node.properties.className ?? []].flat();
			node.properties.className = [...classes, 'ifg-diagram'];
			node.properties.role = linkWizardNodes(node, lang) ? 'group' : 'img';
			// Natural width, for mermaid.css: shrink to fit only as far as labels stay readable, then scroll.
			const width = Number(String(node.properties.viewBox ?? '').split(/\s+/)[2]);
			if (width > 0) node.properties.style = `--ifg-diagram-width: ${width}px`;
			const id = `ifg-diagram-${++count}`;
			/** @param {'show' | 'hide'} action @param {string} label @param {string} className @returns {Element} */
			const button = (action, label, className) => ({
				type: 'element',
				tagName: 'button',
				properties: {
					type: 'button',
					popoverTarget: id,
					popoverTargetAction: action,
					className: [className],
				},
				children: [{ type: 'text', value: label }],
			});
			parent.children[index] = {
				type: 'element',
				tagName: 'div',
				properties: { className: ['ifg-diagram-figure', 'not-content'] },
				children: [
					{
						type: 'element',
						tagName: 'div',
						properties: {
							id,
							className: ['ifg-diagram-frame'],
							role: 'region',
							ariaLabelledBy: node.properties.ariaLabelledBy,
							tabIndex: 0,
							popover: 'auto',
						},
						children: [button('hide', t['diagram.close'], 'ifg-diagram-close'), node],
					},
					button('show', t['diagram.fullSize'], 'ifg-diagram-open'),
				],
			};
			return [SKIP, index + 1];
		});
	};
}

/**
 * Renders one file's diagrams at a time. All diagram pages at once (about 30 browser pages loading
 * Mermaid together) made page.goto time out after 30 s on a loaded 2-core machine, failing the build.
 */
/**
 * @template O
 * @param {import('unified').Plugin<[O?], Root>} plugin
 * @returns {import('unified').Plugin<[O?], Root>}
 */
function oneAtATime(plugin) {
	/** @type {Promise<unknown>} */
	let queue = Promise.resolve();
	return function (options) {
		const transform = plugin.call(this, options);
		if (!transform) return;
		// Two parameters: unified awaits the promise (a third would make it wait for a callback).
		/** @param {Root} tree @param {VFile} file */
		return (tree, file) => {
			const run = queue.then(() => transform(tree, file, () => {}));
			queue = run.catch(() => {});
			return /** @type {Promise<void>} rehype-mermaid changes the tree in place */ (run);
		};
	};
}

/** Whether mermaidPlugins() left diagrams to the reader's browser (no browser at build time). */
let browserFallback = true;

/**
 * Sets import.meta.env.IFG_MERMAID_FALLBACK for MermaidFallback.astro, whose script imports Mermaid
 * (5 MB of chunks) only when it is true: a build that rendered every diagram emits none of it.
 * @returns {import('astro').AstroIntegration}
 */
export function mermaidFallback() {
	return {
		name: 'ifg-mermaid-fallback',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						define: { 'import.meta.env.IFG_MERMAID_FALLBACK': JSON.stringify(browserFallback) },
					},
				});
			},
		},
	};
}

/** @returns {Promise<import('@astrojs/markdown-remark').RehypePlugins>} */
export async function mermaidPlugins({ log = console } = {}) {
	const browser = await findChromium();
	browserFallback = !browser;
	if (!browser) {
		log.warn(
			`[mermaid] ${installHint}\n[mermaid] Diagrams will be rendered in the reader's browser instead (diagram pages only).`,
		);
		return [[rehypeMermaid, { strategy: 'pre-mermaid' }]];
	}
	log.info(`[mermaid] rendering diagrams at build time with ${browser.path} (${browser.source})`);
	return [
		[
			oneAtATime(rehypeMermaid),
			{
				strategy: 'inline-svg',
				mermaidConfig,
				launchOptions: { executablePath: browser.path, args: chromiumArgs },
			},
		],
		rehypeDiagramSvg,
	];
}
