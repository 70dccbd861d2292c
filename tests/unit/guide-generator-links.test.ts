// Guides link each command block to the generator prefilled with that command. The oracles are the
// generators themselves: the link must decode without notices, generate without errors, and every
// argument the generator produces must appear in the code block right above the link. So a renamed
// parameter, a changed generator or an edited command without an edited link all fail here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loaders } from '~/lib/generators/index';
import { GENERATOR_IDS } from '~/lib/tools';
import { fromQuery } from '~/lib/generators/url-state';
import { display } from '~/lib/shell/types';
import { en } from './gen-text';

const DOCS = join(process.cwd(), 'src/content/docs');
const ZH = 'zh-cn';
/** Tools that are not generators; links to them are not checked here. */
const CHECKERS = ['msi-log', 'permissions', 'wizard', 'signtool-output'];
const LINK = /\]\((\/zh-cn)?\/tools\/([^/)\s]+)\/\?([^)\s]*)\)/g;
const FENCE = /^\s*```(\w*)/;

interface Link {
	line: number;
	zh: boolean;
	id: string;
	query: string;
}

function findLinks(text: string): Link[] {
	const out: Link[] = [];
	text.split('\n').forEach((l, i) => {
		for (const m of l.matchAll(LINK))
			if (!CHECKERS.includes(m[2]!))
				out.push({ line: i, zh: m[1] !== undefined, id: m[2]!, query: m[3]! });
	});
	return out;
}

/** The fenced block directly above line `at` (only blank lines between), or null. */
function blockAbove(lines: string[], at: number): { lang: string; body: string } | null {
	let end = at - 1;
	while (end >= 0 && lines[end]!.trim() === '') end--;
	if (end < 0 || !/^\s*```\s*$/.test(lines[end]!)) return null;
	for (let start = end - 1; start >= 0; start--) {
		const m = FENCE.exec(lines[start]!);
		if (m) return { lang: m[1]!, body: lines.slice(start + 1, end).join('\n') };
	}
	return null;
}

/** Quoting and variable syntax differ between shells and pages; the words must not. */
const norm = (s: string) =>
	s.replace(/\$\{env:(\w+)\}|\$env:(\w+)/g, (_, a, b) => `%${a ?? b}%`).replace(/["'`]/g, '');

/** Problems with every generator link in one page; empty when all is well. */
async function checkPage(text: string, zhPage: boolean): Promise<string[]> {
	const problems: string[] = [];
	const lines = text.split('\n');
	for (const k of findLinks(text)) {
		const where = `line ${k.line + 1} (${k.id}?${k.query})`;
		if (k.zh !== zhPage) problems.push(`${where}: links into the other language`);
		if (!(GENERATOR_IDS as readonly string[]).includes(k.id)) {
			problems.push(`${where}: ${k.id} is not a generator`);
			continue;
		}
		if (k.query === '') problems.push(`${where}: empty query, nothing is prefilled`);
		const gen = await loaders[k.id]!();
		const { state, shell, notices } = fromQuery(gen.spec, k.query);
		if (notices.length) problems.push(`${where}: ${notices.map((n) => en(n)).join(' ')}`);
		const r = gen.generate(state, shell);
		if (r.errors.length || r.command === '')
			problems.push(`${where}: generator errors: ${r.errors.map((e) => en(e.message)).join(' ')}`);
		const block = blockAbove(lines, k.line);
		if (!block) {
			problems.push(`${where}: not directly after a code block`);
			continue;
		}
		if (block.lang !== shell)
			problems.push(`${where}: the block is ${block.lang}, the link opens ${shell}`);
		const body = norm(block.body);
		for (const arg of r.argv) {
			const word = norm(display(arg));
			if (!body.includes(word)) problems.push(`${where}: "${word}" is not in the command above`);
		}
	}
	return problems;
}

function mdxFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? mdxFiles(join(dir, e.name))
			: e.name.endsWith('.mdx')
				? [join(dir, e.name)]
				: [],
	);
}

const pages = mdxFiles(DOCS).map((f) => relative(DOCS, f));
const english = pages.filter((p) => !p.startsWith(`${ZH}/`));
const read = (p: string) => readFileSync(join(DOCS, p), 'utf8');
const queries = (p: string) => findLinks(read(p)).map((k) => `${k.id}?${k.query}`);

describe('generator links in the guides', () => {
	test('the guides have generator links at all', () => {
		expect(english.flatMap(queries).length).toBeGreaterThan(0);
	});

	test.each(pages)('%s: every link decodes, generates, and matches its code block', async (p) => {
		expect(await checkPage(read(p), p.startsWith(`${ZH}/`))).toEqual([]);
	});

	test.each(english)('%s: the Chinese twin links the same generator queries', (p) => {
		expect(queries(`${ZH}/${p}`)).toEqual(queries(p));
	});
});

describe('the checker catches broken links', () => {
	const page = (link: string, block = 'icacls C:\\Windows\\Temp', lang = 'cmd') =>
		`Text.\n\n\`\`\`${lang}\n${block}\n\`\`\`\n\n[Adapt this command](${link})\n`;

	test('a correct link passes', async () => {
		expect(await checkPage(page('/tools/icacls/?p=C%3A%5CWindows%5CTemp'), false)).toEqual([]);
	});
	test('an unknown generator', async () => {
		expect(await checkPage(page('/tools/icals/?p=x'), false)).not.toEqual([]);
	});
	test('an invalid parameter value', async () => {
		expect(
			await checkPage(page('/tools/icacls/?p=C%3A%5CWindows%5CTemp&inh=yes'), false),
		).not.toEqual([]);
	});
	test('a state the generator refuses', async () => {
		const link = '/tools/icacls/?a=grant&p=C%3A%5CWindows%5CTemp&who=*S-1-x';
		expect(await checkPage(page(link), false)).not.toEqual([]);
	});
	test('a command that differs from the block', async () => {
		expect(await checkPage(page('/tools/icacls/?p=C%3A%5CWindows%5CInstaller'), false)).not.toEqual(
			[],
		);
	});
	test('the wrong shell or language', async () => {
		const ps = '/tools/icacls/?sh=powershell&p=C%3A%5CWindows%5CTemp';
		expect(await checkPage(page(ps), false)).not.toEqual([]);
		expect(await checkPage(page('/tools/icacls/?p=C%3A%5CWindows%5CTemp'), true)).not.toEqual([]);
	});
});
