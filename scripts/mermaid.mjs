// Build-time Mermaid: ```mermaid fences become inline <svg> rendered by real Mermaid in headless
// Chromium (rehype-mermaid). Colours come from Mermaid's own theme machinery ('base' theme and its
// themeVariables), not from our copies of its class names: each variable is set to a placeholder colour
// standing for one theme role, and the CSS Mermaid writes for it is turned into one stylesheet
// (src/styles/mermaid-theme.generated.css, written before the build) whose colours are var(--ifg-d-*),
// defined in src/styles/mermaid.css from Starlight's theme variables; so diagrams follow the theme
// toggle, and no SVG keeps a <style> (which the CSP would have to allow). Without a browser the build
// still works: fences stay as <pre class="mermaid"> and MermaidFallback.astro renders them in the
// reader's browser.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toText } from 'hast-util-to-text';
import { unified } from 'unified';
import { chromium } from 'playwright';
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

/**
 * The theme roles of a diagram (mermaid.css gives each a Starlight colour) and, for each, a placeholder
 * colour no Mermaid default uses: Mermaid's CSS is written with these, then each becomes var(--ifg-d-<role>).
 */
const ROLES = /** @type {const} */ ({
	text: '#0f0001',
	node: '#0f0002',
	border: '#0f0003',
	line: '#0f0004',
	muted: '#0f0005',
	frame: '#0f0006',
	bg: '#0f0007',
});
/** @type {Record<keyof typeof ROLES, string[]>} Mermaid's themeVariables (flowchart, sequence) by role. */
const VARIABLES = {
	text: [
		'textColor',
		'primaryTextColor',
		'secondaryTextColor',
		'tertiaryTextColor',
		'nodeTextColor',
		'titleColor',
		'edgeLabelColor',
		'actorTextColor',
		'signalTextColor',
		'labelTextColor',
		'loopTextColor',
		'noteTextColor',
		'errorTextColor',
	],
	node: ['primaryColor', 'mainBkg', 'actorBkg'],
	border: [
		'primaryBorderColor',
		'secondaryBorderColor',
		'tertiaryBorderColor',
		'nodeBorder',
		'actorBorder',
		'labelBoxBorderColor',
		'noteBorderColor',
	],
	line: [
		'lineColor',
		'defaultLinkColor',
		'arrowheadColor',
		'signalColor',
		'actorLineColor',
		'activationBorderColor',
	],
	muted: [
		'secondaryColor',
		'tertiaryColor',
		'clusterBkg',
		'edgeLabelBackground',
		'noteBkgColor',
		'activationBkgColor',
		'labelBoxBkgColor',
		'errorBkgColor',
	],
	frame: ['clusterBorder'],
	bg: ['background', 'sequenceNumberColor'],
};
const themeVariables = Object.fromEntries(
	Object.entries(VARIABLES).flatMap(([role, names]) =>
		names.map((n) => [n, ROLES[/** @type {keyof typeof ROLES} */ (role)]]),
	),
);

const mermaidConfig = {
	theme: 'base',
	themeVariables,
	fontFamily: diagramFont,
	flowchart: { htmlLabels: true },
};

/** One diagram of each kind the guides use: Mermaid writes its CSS per kind, not per diagram. */
export const THEME_SAMPLES = [
	'flowchart TD\naccTitle: s\nA[a] -->|b| B{c}\nsubgraph G\nC\nend',
	'sequenceDiagram\naccTitle: s\nautonumber\nA->>B: a\nNote over A: b\nloop c\nB-->>A: d\nend\nactivate A\ndeactivate A',
];

const COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(/i;

/**
 * Mermaid's CSS for one SVG, every rule as written for any `.ifg-diagram`: the SVG's id (`#<id>` in
 * selectors, `url(#<id>-…)` in values) made general and the placeholders replaced by role variables.
 * Input is Mermaid's own output (stylis: no comments, no nested braces but @keyframes).
 * @param {string} css @param {string} id
 * @returns {{ selector: string, declarations: string[] }[]} (an @-rule whole, as its selector)
 */
function mermaidRules(css, id) {
	/** @type {string[]} */
	const rules = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < css.length; i++) {
		if (css[i] === '{') depth++;
		else if (css[i] === '}' && --depth === 0) {
			rules.push(css.slice(start, i + 1).trim());
			start = i + 1;
		}
	}
	const general = (/** @type {string} */ text) =>
		Object.entries(ROLES).reduce(
			(t, [role, hex]) => t.split(hex).join(`var(--ifg-d-${role})`),
			text.split(`#${id}-`).join('#svg-'),
		);
	return rules.map((rule) => {
		if (rule.startsWith('@')) return { selector: rule, declarations: [] };
		const open = rule.indexOf('{');
		return {
			selector: rule.slice(0, open).split(`#${id}`).join('.ifg-diagram'),
			declarations: rule
				.slice(open + 1, -1)
				.split(';')
				.map((d) => general(d.trim()))
				.filter(Boolean),
		};
	});
}
const ruleText = (/** @type {{ selector: string, declarations: string[] }} */ r) =>
	r.declarations.length || !r.selector.startsWith('@')
		? `${r.selector}{${r.declarations.join(';')}}`
		: r.selector;

/**
 * The stylesheet's rules from Mermaid's CSS for one SVG. A declaration with any colour but a role's is
 * dropped: those are for features the guides do not use (the "neo" look's shadows and per-SVG
 * gradients, KaTeX) or a colour Mermaid derives from a variable (a translucent label background),
 * which would not follow the theme.
 * @param {string} css @param {string} id
 * @returns {string[]} one string per rule
 */
export function themeRules(css, id) {
	return mermaidRules(css, id).flatMap((r) => {
		if (r.selector.startsWith('@')) return [r.selector];
		const kept = r.declarations.filter((d) => !COLOUR.test(d) && !d.includes('url(#'));
		return kept.length ? [ruleText({ ...r, declarations: kept })] : [];
	});
}

/** The rules of the stylesheet written by writeThemeSheet. */
const themeSheet = new Set();
/** Mermaid's CSS for THEME_SAMPLES, unfiltered: every diagram's CSS must be in it (see rehypeDiagramSvg). */
const knownRules = new Set();
const SHEET = new URL('../src/styles/mermaid-theme.generated.css', import.meta.url);

/**
 * A Mermaid fence as Markdown hands it to rehype: <pre><code class="language-mermaid">.
 * @param {string} value the diagram's text
 * @returns {Element}
 */
export const mermaidFence = (value) => ({
	type: 'element',
	tagName: 'pre',
	properties: {},
	children: [
		{
			type: 'element',
			tagName: 'code',
			properties: { className: ['language-mermaid'] },
			children: [{ type: 'text', value }],
		},
	],
});

/**
 * Renders THEME_SAMPLES with the site's Mermaid configuration and writes their CSS as one stylesheet
 * (imported by mermaid.css). Without a browser it writes an empty one, so the import still resolves.
 * The samples' SVGs are kept in the diagram cache like a file's (every build and the Mermaid unit tests
 * start here: 4 s each with a browser).
 * @param {object | undefined} options rehype-mermaid's options, or undefined when there is no browser
 * @param {string} [context] the diagram cache's context (diagramCache)
 */
async function writeThemeSheet(options, context = '') {
	themeSheet.clear();
	knownRules.clear();
	if (options) {
		/** @type {import('hast').Root} */
		const tree = {
			type: 'root',
			children: THEME_SAMPLES.map(mermaidFence),
		};
		const rendered = await unified().use(diagramCache(rehypeMermaid, context), options).run(tree);
		visit(rendered, 'element', (svg) => {
			if (svg.tagName !== 'svg') return;
			const style = svg.children.find((c) => c.type === 'element' && c.tagName === 'style');
			const text = style?.type === 'element' ? styleText(style) : '';
			const id = String(svg.properties.id);
			for (const rule of themeRules(text, id)) themeSheet.add(rule);
			for (const rule of mermaidRules(text, id)) knownRules.add(ruleText(rule));
			return SKIP;
		});
	}
	writeAtomically(
		SHEET,
		`/* Generated by scripts/mermaid.mjs from Mermaid's theme (do not edit, not committed). */\n${[...themeSheet].join('\n')}\n`,
	);
}

/**
 * Writes a whole file or nothing: the build and the unit tests both render diagrams into the same sheet
 * and cache, so a run stopped mid-write, or two run side by side, never leaves a half-written file.
 * @param {URL} url @param {string} text
 */
function writeAtomically(url, text) {
	const path = fileURLToPath(url);
	const tmp = `${path}.${process.pid}.tmp`;
	writeFileSync(tmp, text);
	renameSync(tmp, path);
}

/** @param {Element} style */
const styleText = (style) => style.children.map((c) => (c.type === 'text' ? c.value : '')).join('');

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
			// Its <style> is already in the theme stylesheet. CSS Mermaid did not write for the samples
			// (a new kind of diagram, a classDef's own colours) would be lost, so it stops the build.
			for (const style of node.children) {
				if (style.type !== 'element' || style.tagName !== 'style') continue;
				const missing = mermaidRules(styleText(style), String(node.properties.id))
					.map(ruleText)
					.filter((r) => !knownRules.has(r));
				if (missing.length)
					throw new Error(
						`A Mermaid diagram in ${file.path} needs CSS the theme stylesheet lacks (add a diagram of its kind to THEME_SAMPLES in scripts/mermaid.mjs): ${missing[0]}`,
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
 * The diagrams rehype-mermaid renders in a tree, in document order: each Mermaid fence is a <pre>
 * holding only a <code class="language-mermaid"> (whitespace aside), and rehype-mermaid puts the SVG in
 * the <pre>'s place. `others` counts Mermaid code anywhere else, which rehype-mermaid may or may not take.
 * @param {Root} tree
 */
export function fencesOf(tree) {
	/** @type {{ parent: import('hast').Parents, index: number, node: Element, text: string }[]} */
	const fences = [];
	let others = 0;
	/** @param {Element} el @param {string} name */
	const has = (el, name) => {
		const c = /** @type {unknown} */ (el.properties?.className);
		return (Array.isArray(c) ? c : typeof c === 'string' ? c.split(/\s+/) : []).includes(name);
	};
	visit(tree, 'element', (node, index, parent) => {
		if (node.tagName === 'pre' && parent && index !== undefined) {
			const elements = node.children.filter((c) => c.type !== 'text' || /\S/.test(c.value));
			const code = elements[0];
			if (
				elements.length === 1 &&
				code?.type === 'element' &&
				code.tagName === 'code' &&
				has(code, 'language-mermaid')
			) {
				fences.push({ parent, index, node, text: toText(code, { whitespace: 'pre' }) });
				return SKIP;
			}
		}
		if ((node.tagName === 'pre' && has(node, 'mermaid')) || has(node, 'language-mermaid')) others++;
		return undefined;
	});
	return { fences, others };
}

/**
 * Renders one file's diagrams at a time. All diagram pages at once (about 30 browser pages loading
 * Mermaid together) made page.goto time out after 30 s on a loaded 2-core machine, failing the build.
 *
 * And remembers the SVGs of each file's diagrams: rehype-mermaid starts Chromium and loads Mermaid
 * (2.5 MB) for every file with a diagram, the largest part of a build's time. The SVG of a file's
 * diagrams depends on their texts and order (Mermaid numbers them within the file) and on the options,
 * Mermaid, rehype-mermaid and Chromium, not on the prose around them; so a file whose diagrams are
 * unchanged takes the stored SVGs: every rebuild here, the sub-path build after the main one, and the
 * pseudo-locale build, whose guides are the English ones with other prose. A file with Mermaid code
 * outside such fences is always rendered. The store is `cacheDir` (node_modules/.cache/ifg-mermaid; a
 * fresh clone or npm ci starts empty; delete it after changing the machine's fonts, which the key does
 * not cover). rehypeDiagramSvg still runs on every build, so the theme-sheet check sees every SVG.
 * @template O
 * @param {import('unified').Plugin<[O?], Root>} plugin
 * @param {string} context what else decides the output: options, versions, the browser
 * @param {URL} cacheDir
 * @returns {import('unified').Plugin<[O?], Root>}
 */
export function diagramCache(plugin, context, cacheDir = CACHE) {
	/** @type {Promise<unknown>} */
	let queue = Promise.resolve();
	mkdirSync(cacheDir, { recursive: true });
	return function (options) {
		const transform = plugin.call(this, options);
		if (!transform) return;
		// Two parameters: unified awaits the promise (a third would make it wait for a callback).
		/** @param {Root} tree @param {VFile} file */
		return (tree, file) => {
			/** Renders the tree after the files before it; `then` runs on the rendered tree. */
			const render = (then = () => {}) => {
				const run = queue.then(async () => {
					await transform(tree, file, () => {});
					then();
				});
				queue = run.catch(() => {});
				return /** @type {Promise<void>} rehype-mermaid changes the tree in place */ (run);
			};
			const { fences, others } = fencesOf(tree);
			if (others > 0) return render();
			if (fences.length === 0) return;
			const stored = new URL(
				`${createHash('sha256')
					.update(context)
					.update(JSON.stringify(fences.map((f) => f.text)))
					.digest('hex')}.json`,
				cacheDir,
			);
			if (existsSync(stored)) {
				const svgs = /** @type {Element[]} */ (JSON.parse(readFileSync(stored, 'utf8')));
				if (svgs.length === fences.length) {
					fences.forEach((f, i) => (f.parent.children[f.index] = /** @type {Element} */ (svgs[i])));
					return;
				}
			}
			return render(() => {
				const svgs = fences.map((f) => f.parent.children[f.index]);
				// Stored only when every fence became an <svg> in its place.
				if (
					svgs.every(
						(n, i) => n !== fences[i]?.node && n?.type === 'element' && n.tagName === 'svg',
					)
				)
					writeAtomically(stored, JSON.stringify(svgs));
			});
		};
	};
}

/** Where diagramCache keeps rendered diagrams. */
const CACHE = new URL('../node_modules/.cache/ifg-mermaid/', import.meta.url);

/** The version of an installed package (part of the cache key). @param {string} name */
const versionOf = (name) =>
	JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8'))
		.version;

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

/**
 * One Chromium, and pages used again, for all of a build's diagrams. rehype-mermaid's renderer
 * (mermaid-isomorphic) launches a browser, opens a context and a new page when a render starts, and
 * closes them when none is running; ours render one file at a time, so it did all of that for every file
 * with a diagram. This stands in for Playwright's `chromium`: it launches the browser once and hands out
 * handles whose close() leaves it open; the browser closes two seconds after the last handle was closed,
 * unless another render started. A page the renderer closes goes back to a pool for the next render
 * (renders that overlap get pages of their own). The renderer navigates it to its blank document and
 * loads its stylesheets and Mermaid again, so no state of one file's render reaches the next (Mermaid
 * numbers some elements with counters that live in the document); what a reused page saves is the new
 * page and everything Chromium keeps per page. A cold build's Vite step took 38 s instead of 112 here
 * (new contexts only, pages not reused: 105 s), and its pages were byte-identical.
 */
function sharedChromium() {
	/** @type {Promise<import('playwright').Browser> | undefined} */
	let shared;
	/** @type {Promise<import('playwright').BrowserContext> | undefined} */
	let context;
	/** @type {import('playwright').Page[]} */
	let idle = [];
	/** @type {NodeJS.Timeout | undefined} */
	let timer;
	// Handles given out and not yet closed: renders of several files may overlap.
	let open = 0;
	/** The part of a page the renderer uses; close() returns it to the pool. */
	const pooledPage = async () => {
		const page = idle.pop() ?? (await (await context)?.newPage());
		if (!page) throw new Error('sharedChromium: a page was asked for with no context open');
		return {
			goto: page.goto.bind(page),
			addStyleTag: page.addStyleTag.bind(page),
			addScriptTag: page.addScriptTag.bind(page),
			evaluate: page.evaluate.bind(page),
			locator: page.locator.bind(page),
			close: async () => void idle.push(page),
		};
	};
	return {
		/** @param {import('playwright').LaunchOptions} launchOptions */
		async launch(launchOptions) {
			clearTimeout(timer);
			open++;
			shared ??= chromium.launch(launchOptions);
			const browser = await shared;
			return {
				/** @param {import('playwright').BrowserContextOptions} o */
				newContext: async (o) => {
					context ??= browser.newContext(o);
					await context;
					return { newPage: pooledPage, close: async () => {} };
				},
				async close() {
					if (--open > 0) return;
					clearTimeout(timer);
					timer = setTimeout(() => {
						if (open > 0) return;
						shared = context = undefined;
						idle = [];
						void browser.close();
					}, 2000);
				},
			};
		},
	};
}

/** @returns {Promise<import('@astrojs/markdown-remark').RehypePlugins>} */
export async function mermaidPlugins({ log = console } = {}) {
	const browser = await findChromium();
	browserFallback = !browser;
	if (!browser) {
		await writeThemeSheet(undefined);
		log.warn(
			`[mermaid] ${installHint}\n[mermaid] Diagrams will be rendered in the reader's browser instead (diagram pages only).`,
		);
		return [[rehypeMermaid, { strategy: 'pre-mermaid' }]];
	}
	log.info(`[mermaid] rendering diagrams at build time with ${browser.path} (${browser.source})`);
	const options = {
		strategy: /** @type {const} */ ('inline-svg'),
		mermaidConfig,
		launchOptions: { executablePath: browser.path, args: chromiumArgs },
		browserType: sharedChromium(),
	};
	const context = JSON.stringify({
		strategy: options.strategy,
		mermaidConfig,
		versions: ['mermaid', 'rehype-mermaid', 'mermaid-isomorphic'].map(versionOf),
		chromium: execFileSync(browser.path, ['--version'], { encoding: 'utf8' }).trim(),
	});
	await writeThemeSheet(options, context);
	log.info(`[mermaid] theme stylesheet: ${themeSheet.size} rules from Mermaid's 'base' theme`);
	return [[diagramCache(rehypeMermaid, context), options], rehypeDiagramSvg];
}
