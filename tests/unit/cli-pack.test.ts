// The published package as a user gets it: `npm pack` of packages/ifg (its prepack builds the
// bundle), installed from the tarball into an empty folder, run through node_modules/.bin/ifg — under
// Node 20 when the machine has one (the package's engines floor), else the Node running the tests.
// A file missing from `files`, a wrong `bin` or a bundle that needs the repository fails here.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { run } from '~/cli/main';
import { loadResources } from '~/cli/resources';

const ROOT = join(import.meta.dirname, '..', '..');
const PKG = join(ROOT, 'packages', 'ifg');
const LOG = join(ROOT, 'tests', 'fixtures', 'logs', 'fail-2503.txt');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** A Node 20 binary (the oldest Node the package supports), when one is installed. */
function node20(): string {
	for (const p of ['/usr/bin/node', '/usr/local/bin/node']) {
		if (!existsSync(p)) continue;
		const v = spawnSync(p, ['--version'], { encoding: 'utf8' }).stdout.trim();
		if (v.startsWith('v20.')) return p;
	}
	return process.execPath;
}

let bin = '';
let installed = '';
const nodeBin = node20();

beforeAll(() => {
	const packDir = mkdtempSync(join(tmpdir(), 'ifg-pack-'));
	const out = execFileSync(npm, ['pack', '--json', '--pack-destination', packDir], {
		cwd: PKG,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const [{ filename }] = JSON.parse(out.slice(out.indexOf('['))) as [{ filename: string }];
	const user = mkdtempSync(join(tmpdir(), 'ifg-user-'));
	execFileSync(
		npm,
		[
			'install',
			'--offline',
			'--no-audit',
			'--no-fund',
			'--no-package-lock',
			join(packDir, filename),
		],
		{ cwd: user, stdio: 'ignore' },
	);
	bin = join(user, 'node_modules', '.bin', 'ifg');
	installed = join(user, 'node_modules', 'ifg');
}, 300_000);

function ifg(...args: string[]) {
	return ifgIn({}, ...args);
}
/** With these locale variables only (the tool reads LC_ALL, LC_MESSAGES, LANG): English unless set. */
function ifgIn(locale: Record<string, string>, ...args: string[]) {
	// Run the linked bin the way a shell would (its #! line names `node`): with the chosen Node first on PATH.
	const path = `${join(nodeBin, '..')}:${process.env.PATH ?? ''}`;
	const env: NodeJS.ProcessEnv = { ...process.env, PATH: path, ...locale };
	for (const v of ['LC_ALL', 'LC_MESSAGES', 'LANG']) if (!(v in locale)) delete env[v];
	const r = spawnSync(bin, args, { encoding: 'utf8', env });
	return { code: r.status, out: r.stdout, err: r.stderr };
}

async function inProcess(...args: string[]) {
	let out = '';
	const res = await loadResources(ROOT);
	const code = await run(args, { out: (t) => void (out += t), err: () => undefined }, res);
	return { code, out };
}

describe('the packed tarball, installed into an empty folder', () => {
	test('holds the bin, the bundle, the schemas and the README, and no source', () => {
		const files = readdirSync(installed, { recursive: true }).map(String).sort();
		expect(files).toEqual(
			expect.arrayContaining([
				'README.md',
				'bin/ifg.js',
				'dist/ifg.js',
				'package.json',
				'schema/error-code.v1.json',
				'schema/ifg.v1.schema.json',
			]),
		);
		expect(files.filter((f) => f.endsWith('.ts') || f === 'build.mjs')).toEqual([]);
		// No runtime dependencies: the bundle carries everything.
		expect(readdirSync(join(installed, '..')).filter((f) => !f.startsWith('.'))).toEqual(['ifg']);
	});

	test(`ifg code 2503 --json (${nodeBin}) prints what the repository's code prints, valid against the shipped schema`, async () => {
		const r = ifg('code', '2503', '--json');
		expect(r.err).toBe('');
		expect(r.code).toBe(0);
		expect(JSON.parse(r.out)).toEqual(JSON.parse((await inProcess('code', '2503', '--json')).out));
		const ajv = new Ajv2020({ allErrors: true, strict: true });
		ajv.addSchema(
			JSON.parse(readFileSync(join(installed, 'schema', 'error-code.v1.json'), 'utf8')),
		);
		const validate = ajv.compile(
			JSON.parse(readFileSync(join(installed, 'schema', 'ifg.v1.schema.json'), 'utf8')),
		);
		expect(validate(JSON.parse(r.out)), JSON.stringify(validate.errors)).toBe(true);
	});

	test('ifg log on a failed install: exit 1, the same JSON; text in Chinese with --lang zh-CN', async () => {
		const r = ifg('log', LOG, '--json');
		expect(r.code).toBe(1);
		expect(JSON.parse(r.out)).toEqual(JSON.parse((await inProcess('log', LOG, '--json')).out));
		const zh = ifg('log', LOG, '--lang', 'zh-CN');
		expect(zh.code).toBe(1);
		expect(zh.out).toMatch(/[\u4e00-\u9fff]/);
		// The terminal's language (bin.ts hands the tool the process's environment).
		expect(ifgIn({ LANG: 'zh_CN.UTF-8' }, 'log', LOG)).toEqual(zh);
		expect(ifgIn({ LANG: 'C.UTF-8' }, 'log', LOG)).toEqual(ifg('log', LOG));
	});

	test('bad input exits 2 with a message, not a stack trace', () => {
		const r = ifg('log', join(ROOT, 'no-such.log'));
		expect(r.code).toBe(2);
		expect(r.err).toBe(`ifg: file not found: ${join(ROOT, 'no-such.log')}\n`);
	});
});
