// Terminology and typography of what readers see. The Chinese pages follow Microsoft's zh-CN
// terminology (Microsoft Learn zh-cn: 帐户, 用户帐户控制, 提升, 每计算机/每用户安装, 错误代码) and
// Chinese typography (“…” around Chinese text); neither language shows the project's internal
// words for its drafts. Content review the project's content review, content.md §6.2, §6.3 and I14.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { docFiles, noteFiles } from './content-lint';

/** Banned Chinese terms, each with the word to use instead. */
const ZH_BANNED: [string, string][] = [
	['账户', '帐户'],
	['提权', '提升'],
	['按计算机', '每计算机'],
	['按用户', '每用户'],
	['每台计算机', '每计算机'],
	['错误码', '错误代码'],
	['单一安装包编写', '单个包创作'],
	['仅用于拒绝', '仅拒绝'],
	// Internal project words for the draft outline.
	['种子', '(internal word)'],
	['提纲', '(internal word)'],
];
/** Internal project words in English. */
const EN_BANNED = [/\bseed (outline|material)s?\b/i, /\bthe seed\b/i, /\boutline this guide\b/i];

const CJK = /[\u3400-\u9fff]/;
/** A half-width space between Chinese characters or after Chinese punctuation (YAML `>-` folding). */
const CJK_SPACE = /[\u3400-\u9fff。，；：！？、）”] +[\u3400-\u9fff（“]/g;

/** Text a reader sees as prose: outside code fences, inline code and JSX/HTML attribute values. */
function prose(text: string): { line: number; text: string }[] {
	const out: { line: number; text: string }[] = [];
	let fence: string | null = null;
	text.split('\n').forEach((l, i) => {
		const open = /^\s*(`{3,})/.exec(l);
		if (fence) {
			if (l.trim() === fence) fence = null;
			return;
		}
		if (open) {
			fence = open[1]!;
			return;
		}
		out.push({ line: i + 1, text: l.replace(/`[^`]*`/g, '``').replace(/=\s*"[^"]*"/g, '=""') });
	});
	return out;
}

/** ASCII "…" whose content has Chinese characters: Chinese text takes “…”. */
function asciiQuotedChinese(s: string): string[] {
	return [...s.matchAll(/"([^"\n]*)"/g)].map((m) => m[0]).filter((q) => CJK.test(q));
}

function zhTermProblems(text: string): string[] {
	const problems: string[] = [];
	text.split('\n').forEach((l, i) => {
		for (const [bad, good] of ZH_BANNED)
			if (l.includes(bad)) problems.push(`line ${i + 1}: ${bad} → ${good}`);
	});
	return problems;
}

const zhPages = docFiles().filter((f) => f.includes('/zh-cn/'));
const enPages = docFiles().filter((f) => !f.includes('/zh-cn/'));
const short = (f: string) => f.replace(/.*src\/content\//, '');

describe('Chinese guides', () => {
	test.each(zhPages.map((f) => [short(f), f]))('%s', (_, file) => {
		const text = readFileSync(file, 'utf8');
		const quotes = prose(text).flatMap((p) =>
			asciiQuotedChinese(p.text).map((q) => `line ${p.line}: ${q} → “…”`),
		);
		expect([...zhTermProblems(text), ...quotes]).toEqual([]);
	});
});

describe('English guides', () => {
	test.each(enPages.map((f) => [short(f), f]))('%s', (_, file) => {
		const problems = readFileSync(file, 'utf8')
			.split('\n')
			.flatMap((l, i) => EN_BANNED.filter((re) => re.test(l)).map((re) => `line ${i + 1}: ${re}`));
		expect(problems).toEqual([]);
	});
});

/** Every `zh:` string of a notes file (the schema's bilingual fields), with its path. */
function zhStrings(node: unknown, path: string, out: [string, string][] = []): [string, string][] {
	if (Array.isArray(node)) node.forEach((v, i) => zhStrings(v, `${path}[${i}]`, out));
	else if (node && typeof node === 'object')
		for (const [k, v] of Object.entries(node)) {
			if (k === 'zh' && typeof v === 'string') out.push([`${path}.zh`, v]);
			else zhStrings(v, path ? `${path}.${k}` : k, out);
		}
	return out;
}

describe('Chinese strings of the knowledge-base notes', () => {
	test.each(noteFiles().map((f) => [short(f), f]))('%s', (_, file) => {
		const problems = zhStrings(yaml.load(readFileSync(file, 'utf8')), '').flatMap(([where, s]) => [
			...zhTermProblems(s).map((p) => `${where} ${p.replace(/^line \d+: /, '')}`),
			...asciiQuotedChinese(s.replace(/`[^`]*`/g, '``')).map((q) => `${where}: ${q} → “…”`),
			...[...s.matchAll(CJK_SPACE)].map((m) => `${where}: half-width space in "${m[0]}"`),
		]);
		expect(problems).toEqual([]);
	});
});

describe('the rules catch what the review found', () => {
	test('terms and quotes from the pages before the edit', () => {
		expect(zhTermProblems('本指南最初参考的提纲材料把前三行写错了')).toEqual([
			'line 1: 提纲 → (internal word)',
		]);
		expect(zhTermProblems('种子大纲声称……；## UAC 提权流程')).toEqual([
			'line 1: 提权 → 提升',
			'line 1: 种子 → (internal word)',
		]);
		expect(zhTermProblems('按“每台计算机”安装；账户；错误码')).toEqual([
			'line 1: 账户 → 帐户',
			'line 1: 每台计算机 → 每计算机',
			'line 1: 错误码 → 错误代码',
		]);
		expect(asciiQuotedChinese('典型的错误是 1612（"此产品的安装源不可用"）')).toEqual([
			'"此产品的安装源不可用"',
		]);
		expect('…标记为已开始。 它是症状'.match(CJK_SPACE)).toEqual(['。 它']);
		expect('安装到 C:\\Program Files\\Go 时'.match(CJK_SPACE)).toBeNull();
		expect(asciiQuotedChinese('LSB 描述 "program is running or service is OK"')).toEqual([]);
		expect(
			EN_BANNED.some((re) =>
				re.test('The seed outline claimed archive installs need no permissions'),
			),
		).toBe(true);
		expect(
			EN_BANNED.some((re) =>
				re.test('The seed material this guide grew from had the first three rows wrong'),
			),
		).toBe(true);
	});
	test('code, mermaid labels and attributes are not prose', () => {
		const page = '<TabItem label="命令">\n```mermaid\n  A["安装失败"]\n```\n用 `"引号"` 写';
		expect(prose(page).flatMap((p) => asciiQuotedChinese(p.text))).toEqual([]);
	});
});
