// Pseudo-locale guides (issue 13 §1, "Proof"): writes src/content/docs/en-xa/** (gitignored) from the
// English guides, so the en-XA build (npm run build:pseudo) has every page in the pseudo-locale and any
// English left on a page came from somewhere that bypasses the catalogs.
// Each file is parsed (remark + remark-mdx + GFM + directives; the YAML frontmatter with js-yaml) and only prose is
// changed: text nodes are accented (src/i18n/pseudo.ts), titles and descriptions pseudo-localised.
// Code blocks (Mermaid diagrams included), inline code, URLs, imports and JSX expressions are kept as
// they are; internal links get the locale's URL segment, so a reader stays in the pseudo-locale.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import yaml from 'js-yaml';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { LOCALE_INFO, LOCALES } from '../src/i18n/locales.ts';
import { accent, pseudo } from '../src/i18n/pseudo.ts';

const LOCALE = 'en-XA';
const SLUG = LOCALE_INFO[LOCALE].slug;
const DOCS = fileURLToPath(new URL('../src/content/docs/', import.meta.url));
/** Folders of src/content/docs that hold another language's guides. */
const LOCALE_DIRS = new Set(LOCALES.map((l) => LOCALE_INFO[l].slug).filter(Boolean));

/**
 * A site path ('/errors/', '/tools/chmod/?sh=bash') in the pseudo-locale; anything else unchanged.
 * @template T
 * @param {T} url
 * @returns {T | string}
 */
export function localized(url) {
	if (typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//')) return url;
	// Files (JSON API, OpenSearch, llms.txt) exist once, not per language.
	const path = url.split(/[?#]/)[0] ?? '';
	if (/\.[a-z0-9]+$/i.test(path)) return url;
	return `/${SLUG}${url}`;
}

/** Chinese text and its punctuation (one character class, one quantifier: linear time). */
const HAN = /[\p{Script=Han}\u3001-\u303f\uff00-\uffef]+/gu;
/**
 * English text without the other language written beside it (404.md's "Page not found · 页面不存在"):
 * that is not English, so it is dropped rather than pseudo-localised, with the " · " that joined it.
 */
const englishOnly = (/** @type {string} */ text) =>
	text
		.replace(HAN, '')
		.split(' · ')
		.map((part) => part.trim())
		.filter(Boolean)
		.join(' · ');
/** True for a site link into another language's folder (/zh-cn/…). */
const intoOtherLocale = (/** @type {unknown} */ link) =>
	typeof link === 'string' && LOCALE_DIRS.has(link.split('/')[1] ?? '');

/**
 * Frontmatter: pseudo-localises what readers see (titles, descriptions, hero text); links get the locale.
 * @param {unknown} data parsed YAML
 * @returns {unknown}
 */
function frontmatter(data) {
	const visible = new Set(['title', 'description', 'tagline', 'text', 'label']);
	/** @type {(value: unknown, key: string) => unknown} */
	const walk = (value, key) => {
		if (typeof value === 'string') {
			if (visible.has(key)) return pseudo(englishOnly(value));
			return key === 'link' ? localized(value) : value;
		}
		// A page written for every language (404.md) links each language's entry point: the
		// pseudo-locale keeps only the English one (the others are another language's text).
		if (Array.isArray(value))
			return value
				.filter((v) => !intoOtherLocale(/** @type {{ link?: unknown } | undefined} */ (v)?.link))
				.map((v) => walk(v, key));
		if (value && typeof value === 'object')
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
		return value;
	};
	return walk(data, '');
}

// JSX attributes readers see (<TabItem label>, <Card title>, <LinkCard description>); href gets the locale.
const JSX_TEXT = new Set(['label', 'title', 'description']);

// Starlight's default aside titles (its en.json 'aside.*'); accented when the text nodes are.
/** @type {Readonly<Record<string, string>>} */
const ASIDE_TITLES = { note: 'Note', tip: 'Tip', caution: 'Caution', danger: 'Danger' };

/**
 * The mdast tree of one guide, pseudo-localised in place.
 * @param {import('mdast').Root} tree
 */
function transform(tree) {
	visit(tree, (node) => {
		switch (node.type) {
			case 'code':
			case 'inlineCode':
			case 'html':
			case 'mdxjsEsm':
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				return SKIP;
			case 'containerDirective': {
				// Starlight titles an aside without a [label] from its own English strings ("Note"), which
				// know no en-XA: give each one its title explicitly.
				// (remark-directive parses a [label] as a first paragraph marked directiveLabel.)
				const title = ASIDE_TITLES[node.name];
				const first = node.children[0];
				if (title && !(first?.type === 'paragraph' && first.data?.directiveLabel)) {
					node.children.unshift({
						type: 'paragraph',
						data: { directiveLabel: true },
						children: [{ type: 'text', value: title }],
					});
				}
				return undefined;
			}
			case 'text':
				node.value = accent(node.value);
				return undefined;
			case 'link':
			case 'definition':
				node.url = localized(node.url);
				if (node.title) node.title = accent(node.title);
				return undefined;
			case 'image':
				if (node.alt) node.alt = accent(node.alt);
				return undefined;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				for (const attr of node.attributes ?? []) {
					// Expressions ({…}) are code: left alone. Only plain string values are prose or links.
					if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string') continue;
					if (JSX_TEXT.has(attr.name)) attr.value = accent(attr.value);
					else if (attr.name === 'href') attr.value = localized(attr.value);
				}
				return undefined;
			default:
				return undefined;
		}
	});
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/**
 * One guide file's text in the pseudo-locale.
 * @param {string} source the file's text
 * @param {boolean} mdx whether it is MDX (.mdx) rather than Markdown
 * @returns {string}
 */
export function pseudoDoc(source, mdx) {
	const fm = FRONTMATTER.exec(source);
	const body = fm ? source.slice(fm[0].length) : source;
	// remark-directive: Starlight's asides (:::note); without it their names would be read as text.
	const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
	if (mdx) processor.use(remarkMdx);
	processor.use(remarkStringify, { bullet: '-', fences: true, rule: '-' });
	const tree = processor.parse(body);
	transform(tree);
	const head = fm
		? `---\n${yaml.dump(frontmatter(yaml.load(fm[1] ?? '')), { lineWidth: -1 })}---\n\n`
		: '';
	return head + processor.stringify(tree);
}

/** @param {string} dir @returns {string[]} English guide files, relative to src/content/docs */
function englishDocs(dir = DOCS) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return dir === DOCS && LOCALE_DIRS.has(e.name) ? [] : englishDocs(path);
		return /\.mdx?$/.test(e.name) ? [relative(DOCS, path)] : [];
	});
}

/** Writes src/content/docs/en-xa/ afresh; returns its path. */
export function writePseudoDocs() {
	const out = join(DOCS, SLUG);
	rmSync(out, { recursive: true, force: true });
	const files = englishDocs();
	for (const file of files) {
		const target = join(out, file);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, pseudoDoc(readFileSync(join(DOCS, file), 'utf8'), file.endsWith('.mdx')));
	}
	console.log(`pseudo-docs: ${files.length} guides written to src/content/docs/${SLUG}/`);
	return out;
}

/**
 * Writes src/content/i18n/en-XA.json (gitignored): Starlight's own strings in the pseudo-locale, from
 * src/i18n/loader.ts. Starlight's Markdown-time code (heading anchors, Expressive Code's copy button and
 * terminal title in guides) reads only that folder from disk, never the catalog collection.
 * The loader is TypeScript with extensionless imports, which Node cannot load: esbuild bundles it first
 * (as scripts/sync-wizard-diagram.mjs does), with its own import.meta.url so it finds Starlight as before.
 * @returns {Promise<string>} the file written
 */
export async function writeStarlightStrings() {
	const loader = fileURLToPath(new URL('../src/i18n/loader.ts', import.meta.url));
	const outfile = join(mkdtempSync(join(tmpdir(), 'ifg-pseudo-')), 'loader.mjs');
	buildSync({
		entryPoints: [loader],
		bundle: true,
		format: 'esm',
		platform: 'node',
		packages: 'external',
		define: { 'import.meta.url': JSON.stringify(pathToFileURL(loader).href) },
		outfile,
		logLevel: 'warning',
	});
	/** @type {{ pseudoStarlightStrings: () => Promise<Record<string, string>> }} */
	const { pseudoStarlightStrings } = await import(pathToFileURL(outfile).href);
	rmSync(dirname(outfile), { recursive: true, force: true });
	const file = fileURLToPath(new URL(`../src/content/i18n/${LOCALE}.json`, import.meta.url));
	const strings = await pseudoStarlightStrings();
	writeFileSync(file, `${JSON.stringify(strings, null, '\t')}\n`);
	console.log(
		`pseudo-docs: ${Object.keys(strings).length} Starlight strings written to ${relative(process.cwd(), file)}`,
	);
	return file;
}

// `node scripts/pseudo-docs.mjs [command…]`: writes the guides and Starlight's strings, runs the command
// (the pseudo build), and removes them again whatever happens, so an ordinary build never picks up a
// stale en-xa folder (it would publish its pages under /en-xa/ as English-locale pages).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const generated = [writePseudoDocs(), await writeStarlightStrings()];
	const [command, ...args] = process.argv.slice(2);
	if (command) {
		let status;
		try {
			status = spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;
		} finally {
			for (const path of generated) rmSync(path, { recursive: true, force: true });
		}
		process.exit(status);
	}
}
