import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { renderCommand, splitCode } from '~/lib/checkers/wizard-commands';
import { WIZARD_HOLD, WIZARD_RESTORE, wizardRestoreHashes } from '~/lib/checkers/wizard-restore';
import { readCatalog } from '~/i18n/loader';
import {
	answerKey,
	nodeKey,
	WIZARD,
	WIZARD_ROOT,
	parseWizardPath,
	walkWizard,
	wizardKeys,
	wizardNode,
	wizardPaths,
} from '~/lib/checkers/wizard-tree';
import { DIAGRAM_KEYS } from '~/lib/checkers/wizard-mermaid';
import * as icacls from '~/lib/generators/icacls';
import * as journalctl from '~/lib/generators/journalctl';
import * as msiexec from '~/lib/generators/msiexec';
import * as signtool from '~/lib/generators/signtool';
import * as systemctl from '~/lib/generators/systemctl';
import type { Generator } from '~/lib/generators/types';
import { fromQuery } from '~/lib/generators/url-state';
import { parseCmd } from '~/lib/shell/parse/cmd';
import { parsePosix } from '~/lib/shell/parse/posix';
import { parsePs } from '~/lib/shell/parse/powershell';
import { parseCrt } from '~/lib/shell/parse/winargv';

const SPECS: Record<string, Generator> = { icacls, journalctl, msiexec, signtool, systemctl };
const CATALOGS = { en: await readCatalog('en'), 'zh-CN': await readCatalog('zh-CN') };
const LANGS = Object.keys(CATALOGS) as (keyof typeof CATALOGS)[];
/** The node's texts (not the diagram's short label) as catalog keys. */
const textKeys = (n: (typeof WIZARD)[number]) =>
	n.kind === 'question'
		? [nodeKey(n.id, 'text'), ...n.answers.map((x) => answerKey(n.id, x.id))]
		: (['title', 'body', 'verify'] as const).map((f) => nodeKey(n.id, f));
import { mermaidLabel, wizardMermaid } from '~/lib/checkers/wizard-mermaid';

describe('the tree as data', () => {
	test('every answer leads to an existing node, and every node is reachable from the root', () => {
		const seen = new Set<string>([WIZARD_ROOT]);
		const queue = [WIZARD_ROOT];
		while (queue.length) {
			const node = wizardNode(queue.shift()!)!;
			expect(node).toBeDefined();
			if (node.kind === 'question') {
				for (const a of node.answers) {
					expect(wizardNode(a.next), `${node.id} -> ${a.next}`).toBeDefined();
					if (!seen.has(a.next)) {
						seen.add(a.next);
						queue.push(a.next);
					}
				}
			}
		}
		expect([...seen].sort()).toEqual(WIZARD.map((n) => n.id).sort());
	});
	test('ids are unique; answers of a question have distinct URL-safe ids', () => {
		expect(new Set(WIZARD.map((n) => n.id)).size).toBe(WIZARD.length);
		for (const n of WIZARD) {
			if (n.kind !== 'question') continue;
			const ids = n.answers.map((a) => a.id);
			expect(new Set(ids).size).toBe(ids.length);
			for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{1,20}$/);
		}
	});
	test('wizard.json holds exactly the texts the tree uses, in every language', () => {
		const want = [...DIAGRAM_KEYS, ...wizardKeys()].sort();
		for (const lang of LANGS) {
			const have = Object.keys(CATALOGS[lang]).filter((k) => k.startsWith('wizard.'));
			expect(have.sort(), lang).toEqual(want);
			for (const k of want) expect(CATALOGS[lang][k]!.trim(), `${lang} ${k}`).not.toBe('');
		}
	});
	test('every fix has links', () => {
		for (const n of WIZARD) {
			if (n.kind === 'fix') {
				expect(n.links.length, n.id).toBeGreaterThan(0);
				for (const l of n.links)
					expect(l).toMatch(/^(\/[a-z0-9/.-]*\/|https:\/\/[a-z.]+\/[\w/.-]*)$/i);
			}
		}
	});
	test('the tree has no cycle (every path ends at a fix)', () => {
		const depth = (id: string, d = 0): number => {
			expect(d).toBeLessThan(WIZARD.length);
			const n = wizardNode(id)!;
			return n.kind === 'fix' ? d : Math.max(...n.answers.map((a) => depth(a.next, d + 1)));
		};
		expect(depth(WIZARD_ROOT)).toBeGreaterThan(2);
	});
});

describe('walking ?path=', () => {
	test.each([
		['', 'os', [], false],
		['?path=windows', 'symptom', ['windows'], false],
		['?path=windows.2503.no', 'fix-elevate', ['windows', '2503', 'no'], false],
		['?path=windows,2503,yes,no', 'fix-temp', ['windows', '2503', 'yes', 'no'], false],
		['?path=windows.nonsense.no', 'symptom', ['windows'], true],
		['?path=windows.1618.extra', 'fix-wait', ['windows', '1618'], true],
		['?path=<script>', 'os', [], false],
	])('%s', (search, node, path, invalid) => {
		const w = walkWizard(parseWizardPath(search));
		expect(w.current.id).toBe(node);
		expect(w.path).toEqual(path);
		expect(w.invalid).toBe(invalid);
	});
});

describe('Mermaid source', () => {
	test.each(LANGS)('%s: header, one node per tree node, one edge per answer', (lang) => {
		const src = wizardMermaid(CATALOGS[lang]);
		const lines = src.trimEnd().split('\n');
		expect(lines[0]).toBe('flowchart TD');
		expect(lines[1]).toMatch(/^\taccTitle: \S/);
		expect(lines[2]).toMatch(/^\taccDescr: \S/);
		const edges = lines.filter((l) => l.includes('-->'));
		expect(edges).toHaveLength(
			WIZARD.flatMap((n) => (n.kind === 'question' ? n.answers : [])).length,
		);
		expect(lines.length).toBe(3 + WIZARD.length + edges.length);
		// House rules: no styling, quoted labels.
		expect(src).not.toMatch(/\b(style|classDef|class)\b/);
		for (const l of lines.slice(3)) expect(l).toMatch(/"[^"]*"/);
	});
	test('labels: quotes escaped, wrapped at spaces, CJK wrapped between characters but never inside a number', () => {
		expect(mermaidLabel('say "hi" <b>')).toBe('"say #quot;hi#quot; #lt;b#gt;"');
		expect(mermaidLabel('Another installation is in progress (1618)', 28)).toBe(
			'"Another installation is in<br/>progress (1618)"',
		);
		expect(mermaidLabel('另一个安装正在进行另一个安装（1618）', 20)).toBe(
			'"另一个安装正在进行另<br/>一个安装（1618）"',
		);
	});
});

// Every command an answer shows, rendered by the generators / shell modules, then read back by the
// project's parsers for that shell: no unknown program, no unquoted operator, and where a line reads
// an exit code the install was started so that the shell waits for it.
describe('commands in the answers', () => {
	const KNOWN: Record<string, string[]> = {
		cmd: ['start', 'echo', 'icacls', 'sc', 'msiexec', 'where', 'go', 'signtool', 'whoami'],
		powershell: ['Start-Process', 'Get-FileHash'],
		bash: ['ls', 'id', 'sudo', 'systemctl', 'journalctl'],
	};
	const all = WIZARD.flatMap((n) =>
		(n.commands ?? []).map((c) => [n.id, renderCommand(c)] as const),
	);
	const READS_CODE = /%ERRORLEVEL%|\$p\.ExitCode|\$LASTEXITCODE/;

	test.each(all.map(([id, c], i) => [`${id} #${i} (${c.shell})`, c] as const))(
		'%s parses for its shell',
		(_name, c) => {
			const lines = c.text.split('\n');
			for (const line of lines) {
				let argv: string[];
				if (c.shell === 'bash') argv = parsePosix(line);
				else if (c.shell === 'cmd') argv = parseCrt(parseCmd(line));
				else {
					if (line === '$p.ExitCode') continue;
					argv = parsePs(line.replace(/^\$p = /, ''));
				}
				expect(KNOWN[c.shell], line).toContain(argv[0]);
				if (argv[0] === 'start') expect(argv.slice(1, 3), line).toEqual(['/wait', 'msiexec']);
				if (argv[0] === 'Start-Process')
					expect(argv, line).toEqual(expect.arrayContaining(['-Wait', '-PassThru']));
				if (argv[0] === 'sudo') expect(KNOWN.bash!.concat('chmod')).toContain(argv[1]);
			}
			if (READS_CODE.test(c.text)) {
				// The code read must be the install's: cmd waits only with start /wait, PowerShell with -Wait -PassThru.
				expect(c.text).toMatch(
					c.shell === 'cmd' ? /^start \/wait msiexec /m : /Start-Process .*-Wait -PassThru/,
				);
			}
			if (/^msiexec \/i/m.test(c.text))
				throw new Error(`msiexec /i without start /wait: ${c.text}`);
		},
	);

	test('a fix that asks for the exit code shows a command that reads it', () => {
		for (const n of WIZARD) {
			if (n.kind !== 'fix' || !/exit code/i.test(CATALOGS.en[nodeKey(n.id, 'verify')]!)) continue;
			expect(
				n.commands.map(renderCommand).some((c) => READS_CODE.test(c.text)),
				n.id,
			).toBe(true);
			expect(CATALOGS['zh-CN'][nodeKey(n.id, 'verify')], n.id).toMatch(/退出代码/);
		}
	});

	test('the elevated install answer: start /wait for cmd, -Wait -PassThru for PowerShell', () => {
		const fix = wizardNode('fix-elevate');
		const [cmdText, psText] =
			fix!.kind === 'fix' ? fix!.commands.map((c) => renderCommand(c).text) : [];
		expect(cmdText).toBe(
			'start /wait msiexec /i C:\\path\\to\\package.msi /l*v "%TEMP%\\msi-install.log"\necho %ERRORLEVEL%',
		);
		expect(psText).toMatch(
			/^\$p = Start-Process -FilePath msiexec\.exe -ArgumentList .* -Verb RunAs -Wait -PassThru\n\$p\.ExitCode$/,
		);
	});

	test('generator commands link to their generator, prefilled so it shows the same command', () => {
		for (const n of WIZARD) {
			for (const c of n.commands ?? []) {
				if (!('gen' in c)) continue;
				const r = renderCommand(c);
				const spec = SPECS[c.gen]!;
				const d = fromQuery(spec.spec, new URL(r.link!, 'https://x.test').search);
				expect(spec.generate(d.state, d.shell).command, r.link).toBe(r.text);
			}
		}
	});
});

describe('texts and links', () => {
	test('code marks are balanced, so no backtick reaches the page', () => {
		for (const n of WIZARD) {
			for (const k of textKeys(n))
				for (const lang of LANGS)
					expect(splitCode(CATALOGS[lang][k]!).length % 2, `${k} ${lang}`).toBe(1);
		}
	});
	test('questions that ask for a fact you must look up give the command or the tool', () => {
		for (const id of ['elevated', 'temp', 'service', 'signature']) {
			const q = wizardNode(id)!;
			expect(q.kind).toBe('question');
			expect((q.kind === 'question' && q.commands?.length) || 0, id).toBeGreaterThan(0);
		}
		const temp = wizardNode('temp')!;
		expect(temp.kind === 'question' && temp.links).toEqual(['/tools/permissions/']);
	});
	test('the Go leaf links the ZIP-install guide, which exists in both languages', () => {
		const zip = wizardNode('fix-zip')!;
		expect(zip.kind === 'fix' && zip.links).toContain('/fixes/go-zip-install/');
		for (const p of [
			'src/content/docs/fixes/go-zip-install.mdx',
			'src/content/docs/zh-cn/fixes/go-zip-install.mdx',
		])
			expect(existsSync(new URL(`../../${p}`, import.meta.url)), p).toBe(true);
	});
});

describe('the first paint of a shared link (inline script)', () => {
	test('each node has exactly one path from the root (a tree), so a section can carry its path', () => {
		const parents = new Map<string, number>();
		for (const n of WIZARD)
			if (n.kind === 'question')
				for (const x of n.answers) parents.set(x.next, (parents.get(x.next) ?? 0) + 1);
		for (const n of WIZARD) expect(parents.get(n.id) ?? 0, n.id).toBe(n.id === WIZARD_ROOT ? 0 : 1);
		const paths = wizardPaths();
		for (const [id, path] of paths) expect(walkWizard(path).current.id).toBe(id);
	});
	// Runs the exact inline script against stand-in sections and compares with walkWizard.
	const restore = (search: string) => {
		const paths = wizardPaths();
		const sections = WIZARD.map((n) => ({
			dataset: { node: n.id, path: paths.get(n.id)!.join('.') },
			hidden: false,
		}));
		const status = { textContent: '' };
		const host = {
			querySelectorAll: () => sections,
			querySelector: () => status,
			dataset: { invalid: 'INVALID' } as Record<string, string>,
		};
		const document = { currentScript: { parentElement: host } };
		new Function('document', WIZARD_HOLD)(document);
		const held = 'restoring' in host.dataset;
		new Function('document', 'location', WIZARD_RESTORE)(document, { search });
		return {
			shown: sections.filter((s) => !s.hidden).map((s) => s.dataset.node),
			status: status.textContent,
			held,
			released: !('restoring' in host.dataset),
		};
	};
	test('property: the inline script shows exactly the step walkWizard picks', () => {
		const ids = [
			...new Set(WIZARD.flatMap((n) => (n.kind === 'question' ? n.answers.map((x) => x.id) : []))),
		];
		fc.assert(
			fc.property(
				fc.array(fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 4 })), { maxLength: 8 }),
				fc.constantFrom('.', ','),
				(path, sep) => {
					const search = `?path=${encodeURIComponent(path.join(sep))}`;
					const walk = walkWizard(parseWizardPath(search));
					expect(restore(search)).toEqual({
						shown: [walk.current.id],
						status: walk.invalid ? 'INVALID' : '',
						held: true,
						released: true,
					});
				},
			),
			{ numRuns: Number(process.env.IFG_PROPERTY_RUNS ?? 10000) },
		);
	});
	test('the hashes the CSP allows are those of the scripts the page prints', () => {
		expect(wizardRestoreHashes()).toEqual(
			[WIZARD_HOLD, WIZARD_RESTORE].map(
				(s) => `sha256-${createHash('sha256').update(s).digest('base64')}`,
			),
		);
		expect(readFileSync(new URL('../../astro.config.mjs', import.meta.url), 'utf8')).toContain(
			'...wizardRestoreHashes()',
		);
	});
});
