// The command-line tool (src/cli/, packaged by packages/ifg/), run in-process with the data the
// build bundles. Its JSON must equal what the pages render: the code page's document (codeDocument,
// the function /api/errors/<family>/<code>.json calls) and the MSI log page's analysis (the byte
// reader + analysisOf, as the page's worker runs them). Every JSON output is checked against the
// published schema (packages/ifg/schema/ifg.v1.schema.json, with schemas/error-code.v1.json).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { format, msg } from '~/i18n/msg';
import { EXTEND_SOURCE } from '~/lib/errors/extend';
import { Context } from '~/cli/context';
import { type ExplainResult, explainCommand } from '~/cli/explain';
import { type Env, localeOfEnv, run } from '~/cli/main';
import { loadResources } from '~/cli/resources';
import type { Resources } from '~/cli/types';
import { codeDocument } from '~/lib/api/error-doc';
import { readLogBytes } from '~/lib/checkers/log-reader';
import { analyzeMsiLog } from '~/lib/checkers/msi-log';
import { analysisOf } from '~/lib/checkers/msi-log-analysis';
import { compareReports } from '~/lib/checkers/msi-log-compare';
import { explain } from '~/lib/explain';
import { formsOf, idOf } from '~/lib/errors/codes';
import { titleOf } from '~/lib/errors/page';
import { bestOf } from './timing';
import { FAMILIES, familyKey } from '~/lib/errors/families';
import { generate, spec } from '~/lib/generators/msiexec';
import { SEED } from './seed';
import { asTyped } from '../fixtures/errors/load';

const ROOT = join(import.meta.dirname, '..', '..');
const LOGS = join(ROOT, 'tests', 'fixtures', 'logs');
const FIXTURES = readdirSync(LOGS).filter((f) => f.endsWith('.txt'));
const tmp = mkdtempSync(join(tmpdir(), 'ifg-cli-'));

let res: Resources;
beforeAll(async () => {
	res = await loadResources(ROOT);
});

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'schemas', 'error-code.v1.json'), 'utf8')));
const validate = ajv.compile(
	JSON.parse(readFileSync(join(ROOT, 'packages', 'ifg', 'schema', 'ifg.v1.schema.json'), 'utf8')),
);

interface Ran {
	code: number;
	out: string;
	err: string;
}
async function cli(...args: string[]): Promise<Ran> {
	return cliIn({}, ...args);
}
/** A run with these environment variables (LANG, …), as bin.ts passes the process's. */
async function cliIn(env: Env, ...args: string[]): Promise<Ran> {
	let out = '';
	let err = '';
	const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t) };
	const code = await run(args, io, res, env);
	return { code, out, err };
}
/** A --json run: one document on stdout, valid against the schema, nothing on stderr. */
async function cliJson(...args: string[]): Promise<{ code: number; doc: Record<string, unknown> }> {
	const r = await cli(...args, '--json');
	expect(r.err).toBe('');
	const doc = JSON.parse(r.out) as Record<string, unknown>;
	expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
	expect(doc.schemaVersion).toBe(1);
	return { code: r.code, doc };
}

describe('ifg log', () => {
	test.each(FIXTURES)(
		'%s: the JSON is the page analysis, the exit code follows the verdict',
		async (f) => {
			const file = join(LOGS, f);
			const page = readLogBytes(new Uint8Array(readFileSync(file)));
			if (!page.ok) throw new Error(`${f} does not read: ${page.reason}`);
			const expected = analysisOf(page.report, page.encoding);
			const { code, doc } = await cliJson('log', file);
			expect(doc.analysis).toEqual(JSON.parse(JSON.stringify(expected)));
			const last = expected.attempts.at(-1)!;
			expect(doc.verdict).toBe(last.summary.kind);
			expect(code).toBe(last.summary.kind === 'success' ? 0 : 1);
			expect(doc.exitCode).toBe(code);
			// The text view exits the same way and starts with the same headline.
			const text = await cli('log', file);
			expect(text.code).toBe(code);
			expect(text.out.split('\n')).toContain(doc.headline);
		},
	);

	test('verdicts of known fixtures: success exits 0, a failed install 1', async () => {
		expect((await cli('log', join(LOGS, 'success.txt'))).code).toBe(0);
		expect((await cli('log', join(LOGS, 'utf16le-nobom-success.txt'))).code).toBe(0);
		const fail = await cli('log', join(LOGS, 'fail-2503.txt'));
		expect(fail.code).toBe(1);
		expect(fail.out).toMatch(/^Failed in action InstallFinalize with error 2503/);
		expect(fail.out).toContain('https://guide.example.org/errors/msi/2503/');
		// The appended log: its last attempt succeeded, and both attempts are shown.
		const appended = await cli('log', join(LOGS, 'appended-2503-then-success.txt'));
		expect(appended.code).toBe(0);
		expect(appended.out).toContain('Attempt 1 of 2:');
	});

	test('a log bigger than many read chunks, streamed, reaches the verdict of the whole text', async () => {
		const base = readFileSync(join(LOGS, 'fail-2503.txt'), 'utf8');
		const [head, ...rest] = base.split('\n');
		// ~5 MB of property lines between the header and the failure: five 1 MB chunks.
		const filler = Array.from(
			{ length: 60_000 },
			(_, i) =>
				`MSI (c) (10:14) [14:07:55:100]: PROPERTY CHANGE: Adding P${i} property. Its value is 'x'.`,
		);
		const text = [head, ...filler, ...rest].join('\n');
		const big = join(tmp, 'big.log');
		writeFileSync(big, text);
		const { code, doc } = await cliJson('log', big);
		const whole = analyzeMsiLog(text);
		const attempts = (
			doc.analysis as { attempts: { report: { lines: number; primary?: { code: number } } }[] }
		).attempts;
		expect(attempts.at(-1)!.report.lines).toBe(whole.lines);
		expect(attempts.at(-1)!.report.primary?.code).toBe(2503);
		expect(code).toBe(1);
	});

	test('UTF-16 BE (no BOM) reads like the UTF-16 LE original', async () => {
		const le = readFileSync(join(LOGS, 'utf16le-bom-2503.txt')).subarray(2);
		const be = Buffer.from(le);
		be.swap16();
		const file = join(tmp, 'be.log');
		writeFileSync(file, be);
		const a = await cliJson('log', file);
		const b = await cliJson('log', join(LOGS, 'utf16le-bom-2503.txt'));
		const analysis = (d: Record<string, unknown>) =>
			d.analysis as { encoding: string; attempts: unknown };
		expect(analysis(a.doc).encoding).toBe('utf-16be');
		expect(analysis(a.doc).attempts).toEqual(analysis(b.doc).attempts);
		expect(a.code).toBe(1);
	});

	test('an ANSI code page is read with --encoding (gb18030), as the page offers', async () => {
		const utf8 = readFileSync(join(LOGS, 'zh-cn-wac-bindsslport.txt'), 'utf8');
		const { code, doc } = await cliJson(
			'log',
			join(LOGS, 'zh-cn-wac-bindsslport.txt'),
			'--encoding',
			'gb18030',
		);
		// The file is UTF-8; forced to GB 18030 its Chinese action lines are garbled, so the verdict
		// must come from the forced decoding, not the guess: compare with the library's forced read.
		const forced = readLogBytes(Buffer.from(utf8), 1 << 20, 'gb18030');
		if (!forced.ok) throw new Error('forced read failed');
		expect(doc.analysis).toEqual(
			JSON.parse(JSON.stringify(analysisOf(forced.report, forced.encoding))),
		);
		expect(code).toBeGreaterThanOrEqual(0);
	});

	test('bad input: missing file, directory, binary file, empty file, not a log, bad encoding (exit 2)', async () => {
		const missing = await cli('log', join(tmp, 'nope.log'));
		expect(missing).toMatchObject({ code: 2, out: '' });
		expect(missing.err).toContain('file not found');
		expect((await cli('log', tmp)).err).toContain('not a file');
		const msi = join(tmp, 'package.msi');
		writeFileSync(msi, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
		const bin = await cliJson('log', msi);
		expect(bin.code).toBe(2);
		expect(bin.doc).toMatchObject({ ok: false, error: { code: 'binary-file' }, format: 'msi' });
		expect((bin.doc.error as { message: string }).message).toContain('Windows Installer package');
		const empty = join(tmp, 'empty.log');
		writeFileSync(empty, '');
		expect((await cliJson('log', empty)).doc).toMatchObject({ error: { code: 'empty' } });
		const prose = join(tmp, 'readme.txt');
		writeFileSync(prose, 'Just some notes.\nNothing from msiexec here.\n');
		const notLog = await cliJson('log', prose);
		expect(notLog).toMatchObject({ code: 2, doc: { error: { code: 'not-a-log' } } });
		expect((await cli('log', prose, '--encoding', 'latin9')).code).toBe(2);
		expect((await cli('log')).err).toContain('give the log file');
	});

	test('--compare: the page comparison (compareReports on the last attempts), text and JSON', async () => {
		const failed = join(tmp, 'failed.log');
		const worked = join(tmp, 'worked.log');
		const text = readFileSync(join(LOGS, 'appended-2503-then-success.txt'), 'utf8');
		const cut = text.lastIndexOf('=== Verbose logging started');
		writeFileSync(failed, text.slice(0, cut));
		writeFileSync(worked, text.slice(cut));
		const r = await cliJson('log', failed, '--compare', worked);
		expect(r.code).toBe(1);
		const expected = compareReports(
			analyzeMsiLog(text.slice(0, cut)),
			analyzeMsiLog(text.slice(cut)),
		);
		expect((r.doc.analysis as { comparison: unknown }).comparison).toEqual(
			JSON.parse(JSON.stringify(expected)),
		);
		const t = await cli('log', failed, '--compare', worked);
		expect(t.out).toContain('## Compared with the working log');
		expect(t.out).toMatch(/Privileged: \(not set\) \| 1/);
		const same = await cliJson('log', failed, '--compare', failed);
		expect(same.doc).toMatchObject({ analysis: { comparison: { same: true } } });
		const zh = await cli('log', failed, '--compare', worked, '--lang', 'zh-CN');
		expect(zh.out).toContain('## 与成功日志的对比');
		const missing = await cliJson('log', failed, '--compare', join(tmp, 'nope.log'));
		expect(missing).toMatchObject({ code: 2, doc: { error: { code: 'missing-file' } } });
	});
});

describe('ifg code', () => {
	// A seeded sample of every family (tests/unit/seed.ts: fixed under CI, new locally).
	const sample = () =>
		FAMILIES.flatMap((family) => {
			const of = res.entries.filter((e) => e.family === family);
			return fc.sample(fc.constantFrom(...of), { seed: SEED, numRuns: 6 });
		});
	const resolve = (l: string, m: Parameters<typeof format>[1]) =>
		format((res.catalogs as Record<string, Record<string, string>>)[l] ?? {}, m);

	test('each match is the code page document, for a sample of every family in every form', async () => {
		let checked = 0;
		for (const e of sample()) {
			const expected = JSON.parse(JSON.stringify(codeDocument(e, new URL(res.site), resolve)));
			const names = e.names.map((n) => n.name);
			for (const form of formsOf({ ...e, names })) {
				const { code, doc } = await cliJson('code', asTyped(e, form));
				expect(code).toBe(0);
				const matches = doc.matches as { document: { id: string } }[];
				const hit = matches.find((m) => m.document.id === idOf(e));
				expect(hit?.document, `${form.kind} ${form.value}`).toEqual(expected);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(FAMILIES.length * 6);
	});

	test('1603 lists every family that has it; text names the page URL', async () => {
		const { doc } = await cliJson('code', 'Error 1603');
		const ids = (doc.matches as { document: { id: string } }[]).map((m) => m.document.id);
		expect(ids).toEqual(expect.arrayContaining(['msi/1603', 'msiexec/1603']));
		const hr = await cliJson('code', '0x80070643');
		const via = (hr.doc.matches as { via: string; document: { id: string } }[]).find(
			(m) => m.document.id === 'msiexec/1603',
		);
		expect(via?.via).toBe('hresult-from-win32');
		// The line that says how a wrapped token was read names the code as its page does: hex for
		// a hex family (before, "NTSTATUS 3222601754").
		const wrapped = await cli('code', '[gle=0xd015001a] exit(0xe0000248)');
		expect(wrapped.out).toContain('0xd015001a is NTSTATUS 0xC015001A wrapped as an HRESULT');
		expect(wrapped.out).toContain('0xe0000248 is SetupAPI’s own value of 0x800F0248');
		// Windows Setup's extend code after the result code: its phase and operation, with the source.
		const setup = await cliJson('code', '0xC1900101 - 0x4000D');
		expect((setup.doc.matches as { extend?: unknown }[])[0]?.extend).toEqual({
			token: '0x4000D',
			phase: 'SP_EXECUTION_OOBE_BOOT',
			operation: 'SP_EXECUTION_OP_MIGRATE_DATA',
			source: EXTEND_SOURCE,
		});
		expect((await cli('code', '0xC1900101 - 0x20017')).out).toContain(
			'Extend code 0x20017: phase SP_EXECUTION_SAFE_OS, operation SP_EXECUTION_OP_BOOT.',
		);
		const text = await cli('code', '2503');
		expect(text.code).toBe(0);
		expect(text.out).toContain('Called RunScript when not marked in progress.');
		expect(text.out).toContain('https://guide.example.org/errors/msi/2503/');
	});

	test('unknown code and empty query: exit 2 with a clear message and suggestions', async () => {
		const unknown = await cli('code', '2504');
		expect(unknown.code).toBe(2);
		expect(unknown.err).toContain('"2504" is not a known code.');
		const json = await cliJson('code', 'CERT_E_EXPIRE');
		expect(json.doc).toMatchObject({ ok: false, error: { code: 'unknown-code' } });
		expect((json.doc.suggestions as unknown[]).length).toBeGreaterThan(0);
		// No suggestions by numeric distance (2504 is not "near" 2503 in any meaningful way).
		expect((await cliJson('code', '2504')).doc.suggestions).toEqual([]);
		expect((await cli('code')).code).toBe(2);
		expect((await cli('code', '   ')).code).toBe(2);
	});

	test('--lang zh-CN: the page text in Simplified Chinese, with the /zh-cn/ URL', async () => {
		const r = await cli('code', '2503', '--lang', 'zh-CN');
		expect(r.code).toBe(0);
		expect(r.out).toContain('https://guide.example.org/zh-cn/errors/msi/2503/');
		expect(r.out).toMatch(/[\u4e00-\u9fff]/);
		const bad = await cli('code', 'nope-xyz', '--lang', 'zh-CN');
		expect(bad.err).toContain('不是已知的代码');
		const log = await cli('log', join(LOGS, 'success.txt'), '--lang=zh-cn');
		expect(log.out.split('\n')[0]).toBe('安装成功（退出码 0）。');
		expect((await cli('code', '2503', '--lang', 'fr')).code).toBe(2);
	});
});

// Issue 12: the labels the tool prints are the site's catalog entries in the chosen language, and a
// code's title is its page's title in that language (the hand-written Chinese title where one exists).
describe('labels in the chosen language', () => {
	test.each([
		['0x8A150004', 'winget/0x8A150004'],
		['0x80030005', 'stg/0x80030005'],
		['0x80240022', 'windows-update/0x80240022'],
		['2503', 'msi/2503'],
	])('ifg code %s: the first line is the code page title in each language', async (q, id) => {
		const e = res.entries.find((x) => idOf(x) === id)!;
		const ref = { ...e, names: e.names.map((n) => n.name) };
		for (const l of ['en', 'zh-CN'] as const) {
			const first = (await cli('code', q, '--lang', l)).out.split('\n')[0];
			const label = msg(familyKey(e.family, 'title'));
			const title = format(res.catalogs[l], titleOf(ref, l));
			expect(first, l).toBe(format(res.catalogs[l], msg('cli.field', { label, value: title })));
		}
		// The Chinese line carries the hand-written title (titles/zh-CN/*.yaml), not the English label.
		const zh = (await cli('code', q, '--lang', 'zh-CN')).out.split('\n')[0];
		expect(zh).toContain(e.title?.['zh-CN']);
	});

	test("a generator's field kinds are labels of the chosen language; the JSON keeps the identifiers", async () => {
		const en = (await cli('gen', 'msiexec', '--help')).out;
		const zh = (await cli('gen', 'msiexec', '--help', '--lang', 'zh-CN')).out;
		expect(en).toContain('--action, --a  (choice [install|');
		expect(zh).toContain('--action, --a  (选项 [install|');
		expect(zh).toContain('--elevate, --el  (复选框, true)');
		for (const kind of ['select', 'text', 'checkbox', 'list', 'number'])
			expect(zh, kind).not.toContain(`(${kind}`);
		const { doc } = await cliJson('gen', 'msiexec', '--help', '--lang', 'zh-CN');
		expect((doc.fields as { kind: string }[])[0]?.kind).toBe('select');
	});

	test.each([
		[{ LANG: 'zh_CN.UTF-8' }, 'zh-CN'],
		[{ LANG: 'zh_CN' }, 'zh-CN'],
		[{ LANG: 'en_US.UTF-8' }, 'en'],
		[{ LANG: 'C.UTF-8' }, undefined],
		[{ LANG: 'POSIX' }, undefined],
		[{ LANG: 'zh_TW.UTF-8' }, undefined],
		[{ LANG: 'fr_FR@euro' }, undefined],
		[{ LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' }, 'en'],
		[{ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'zh-CN'],
		[{ LC_ALL: '', LANG: 'zh_CN.GB18030' }, 'zh-CN'],
		[{}, undefined],
	] as const)('the locale variables %j mean %s', (env, locale) => {
		expect(localeOfEnv(env)).toBe(locale);
	});

	test('LANG picks the language when --lang is not given; --lang wins; an unknown LANG is English, not an error', async () => {
		const zh = await cliIn({ LANG: 'zh_CN.UTF-8' }, 'code', '2503');
		expect(zh.code).toBe(0);
		expect(zh.out).toContain('https://guide.example.org/zh-cn/errors/msi/2503/');
		expect(zh.out).toContain('未标记为正在进行时调用了 RunScript');
		expect((await cliIn({ LANG: 'zh_CN.UTF-8' }, 'code', '2503', '--lang', 'en')).out).toBe(
			(await cli('code', '2503')).out,
		);
		const tw = await cliIn({ LANG: 'zh_TW.UTF-8' }, 'code', '2503');
		expect(tw).toEqual(await cli('code', '2503'));
		const bad = await cliIn({ LANG: 'zh_CN.UTF-8' }, 'code', 'nope-xyz');
		expect(bad.err).toContain('不是已知的代码');
	});

	test('reading a locale variable is linear on a long value', () => {
		const long = `${'zh_CN.'.repeat(100_000)}@${'@'.repeat(100_000)}`;
		expect(localeOfEnv({ LANG: long })).toBe('zh-CN');
		// One measurement next to other test files' oracle processes can be spoiled (CI once took 207 ms);
		// a superlinear reading is slow on every try: the fastest of three (timing.ts).
		expect(bestOf(() => localeOfEnv({ LANG: long }))).toBeLessThan(200);
	});
});

describe('ifg gen', () => {
	test('fields become the generator state as a shared link would set them', async () => {
		const { code, doc } = await cliJson(
			'gen',
			'msiexec',
			'--target',
			'C:\\My Files\\app.msi',
			'--ui',
			'qn',
			'--shell',
			'cmd',
		);
		expect(code).toBe(0);
		const q = new URLSearchParams({ sh: 'cmd', t: 'C:\\My Files\\app.msi', ui: 'qn' });
		const { fromQuery } = await import('~/lib/generators/url-state');
		const d = fromQuery(spec, q);
		expect(doc.commandLine).toBe(generate(d.state, 'cmd').command);
		expect(doc.commandLine).toContain('"C:\\My Files\\app.msi"');
		expect(doc.commandLine).toContain('/qn');
		const text = await cli(
			'gen',
			'msiexec',
			'--t',
			'C:\\My Files\\app.msi',
			'--ui=qn',
			'--shell',
			'cmd',
		);
		expect(text.out).toBe(`${doc.commandLine as string}\n`);
	});

	test('checkboxes take no value; --no-<field> turns one off', async () => {
		const on = await cliJson('gen', 'msiexec', '--shell', 'powershell');
		const off = await cliJson('gen', 'msiexec', '--no-elevate', '--shell', 'powershell');
		expect((on.doc.state as { elevate: boolean }).elevate).toBe(true);
		expect((off.doc.state as { elevate: boolean }).elevate).toBe(false);
		expect(on.doc.commandLine).toContain('-Verb RunAs');
		expect(off.doc.commandLine).not.toContain('-Verb RunAs');
		const again = await cliJson(
			'gen',
			'msiexec',
			'--no-elevate',
			'--elevate',
			'--shell',
			'powershell',
		);
		expect(again.doc.commandLine).toBe(on.doc.commandLine);
	});

	test('bad input: unknown generator, unknown field, refused value, wrong shell (exit 2)', async () => {
		const g = await cli('gen', 'nosuch');
		expect(g.code).toBe(2);
		expect(g.err).toContain('unknown generator "nosuch"');
		const f = await cli('gen', 'msiexec', '--colour', 'red');
		expect(f.code).toBe(2);
		expect(f.err).toContain('msiexec has no field "colour"');
		const v = await cliJson('gen', 'msiexec', '--ui', 'loud');
		expect(v.code).toBe(2);
		expect(v.doc).toMatchObject({ error: { code: 'invalid-fields' } });
		expect(JSON.stringify(v.doc.problems)).toContain('loud');
		expect((await cli('gen', 'chmod', '--shell', 'cmd')).code).toBe(2);
		expect((await cli('gen', 'msiexec', '--target')).err).toContain('needs a value');
	});

	test('every generator lists its fields (--help --json)', async () => {
		for (const id of [
			'msiexec',
			'signtool',
			'chmod',
			'journalctl',
			'icacls',
			'event-query',
			'systemctl',
		]) {
			const { code, doc } = await cliJson('gen', id, '--help');
			expect(code).toBe(0);
			expect((doc.fields as unknown[]).length).toBeGreaterThan(0);
		}
	});
});

describe('ifg explain, once src/lib/explain is wired to the adapter', () => {
	// The shape of src/lib/explain's Explanation (explain branch), built by hand: the renderer's
	// output must resolve every message, make the link absolute and match the schema.
	const fake = (): ExplainResult => ({
		shell: 'cmd',
		detected: true,
		tool: 'msiexec',
		argv: ['msiexec', '/i', 'a.msi', '/qn'],
		tokens: [
			{ text: 'msiexec', explain: { key: 'gen.msiexec.actions.install' } },
			{ text: '/zz', explain: { key: 'gen.msiexec.actions.install' }, unknown: true },
		],
		warnings: [{ key: 'gen.msiexec.actions.uninstall' }],
		errors: [],
		state: { action: 'install', target: 'a.msi' },
		link: '/tools/msiexec/?t=a.msi',
		command: 'msiexec /i a.msi /qn',
	});
	const runExplain = (json: boolean, r: ExplainResult = fake()) => {
		let out = '';
		let err = '';
		const ctx = new Context(
			{ out: (t) => void (out += t), err: (t) => void (err += t) },
			res,
			'zh-CN',
			json,
		);
		const code = explainCommand(ctx, 'msiexec /i a.msi /qn', undefined, () => r);
		return { code, out, err };
	};

	test('JSON: messages resolved in the language, link absolute, valid against the schema', () => {
		const r = runExplain(true);
		expect(r.code).toBe(0);
		const doc = JSON.parse(r.out) as { tokens: { explain: string }[]; link: string };
		expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
		expect(doc.tokens[0]!.explain).toBe(res.catalogs['zh-CN']['gen.msiexec.actions.install']);
		expect(doc.link).toBe('https://guide.example.org/zh-cn/tools/msiexec/?t=a.msi');
	});

	test('an input the parser refuses is bad input (exit 2); text marks unknown tokens', () => {
		const refused = runExplain(false, { ...fake(), errors: [{ key: 'cli.explain.missing' }] });
		expect(refused.code).toBe(2);
		expect(refused.err).toContain(res.catalogs['zh-CN']['cli.explain.missing']);
		const text = runExplain(false);
		expect(text.out).toContain('? /zz');
		expect(text.out).toContain('msiexec /i a.msi /qn');
	});
});

describe('ifg itself', () => {
	test('explain runs the explain page engine: same tokens, link and command', async () => {
		const input = 'start /wait msiexec /i "C:\\My Files\\go.msi" /qn /zz';
		const lib = explain(input, { shell: 'cmd' });
		const r = await cliJson('explain', input, '--shell', 'cmd');
		expect(r.code).toBe(0);
		const doc = r.doc as { tokens: { text: string; unknown?: boolean }[]; link: string };
		expect(doc.tokens.map((t) => t.text)).toEqual(lib.tokens.map((t) => t.text));
		expect(doc.tokens.find((t) => t.text === '/zz')?.unknown).toBe(true);
		expect(doc.link.endsWith(lib.link!)).toBe(true);
		// A log pasted by mistake is refused with the engine's own message: exit 2.
		const log = readFileSync(join(LOGS, 'fail-2503.txt'), 'utf8');
		expect(explain(log, {}).errors.length).toBeGreaterThan(0);
		expect(await cliJson('explain', log)).toMatchObject({
			code: 2,
			doc: { error: { code: 'invalid-command' } },
		});
	});

	test('no command, unknown command, unknown option: exit 2; --help and --version: exit 0', async () => {
		expect((await cli()).code).toBe(2);
		const u = await cli('frob');
		expect(u).toMatchObject({ code: 2 });
		expect(u.err).toContain('unknown command "frob"');
		expect((await cli('code', '2503', '--verbose', 'x')).err).toContain('unknown option --verbose');
		const help = await cli('--help');
		expect(help.code).toBe(0);
		expect(help.out).toContain('ifg log <file>');
		expect((await cli('--version')).out).toBe(`${res.version}\n`);
		// Global options before the command; --json refusals are JSON too.
		expect((await cli('--lang', 'zh-CN', 'code', '2503')).out).toContain('/zh-cn/errors/msi/2503/');
		expect(await cliJson()).toMatchObject({
			code: 2,
			doc: { command: '', error: { code: 'unknown-command' } },
		});
		expect(await cliJson('frob')).toMatchObject({ code: 2, doc: { command: '' } });
		expect(await cliJson('frob', '--lang', 'xx')).toMatchObject({
			code: 2,
			doc: { error: { code: 'bad-language' } },
		});
	});
});
