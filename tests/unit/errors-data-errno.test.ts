// Linux's error numbers (the errno family): the pinned tables (errno-names.tsv, errno-strerror.tsv)
// and the data, checked against this machine's C library, the programs' own oracle: <errno.h>'s
// value of every name (compiled with cc), glibc's strerror() text of every number (python3's ctypes)
// and its zh_CN translation (libc-l10n's libc.mo, read with python3's gettext), and the names errno(3)
// lists (manpages-dev's page, which .ci/run installs). Then lookup, on lines programs print.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { familyOf } from '~/lib/errors/families';
import type { ErrorEntry } from '~/lib/errors/schema';
import { foundIds, loadEntries, tsv } from '../fixtures/errors/load';

const names = () => tsv('errno-names.tsv');
const texts = () => tsv('errno-strerror.tsv');

describe('the tables are this machine’s C library', () => {
	test('<errno.h> gives every name its number', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ifg-errno-'));
		try {
			const src = [
				'#include <errno.h>',
				'#include <stdio.h>',
				'int main(void) {',
				...names().map((r) => `\tprintf("%s\\t%d\\n", "${r.name}", ${r.name});`),
				'\treturn 0;',
				'}',
			].join('\n');
			writeFileSync(join(dir, 'v.c'), src);
			const cc = spawnSync('cc', ['-o', join(dir, 'v'), join(dir, 'v.c')], { encoding: 'utf8' });
			expect(cc.stderr).toBe('');
			const out = spawnSync(join(dir, 'v'), [], { encoding: 'utf8' }).stdout;
			expect(out.trimEnd().split('\n')).toEqual(names().map((r) => `${r.name}\t${r.number}`));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('glibc’s strerror() and its zh_CN catalog give every number’s texts', () => {
		const py = [
			'import ctypes, gettext, json, sys',
			"libc = ctypes.CDLL('libc.so.6')",
			'libc.strerror.restype = ctypes.c_char_p',
			"t = gettext.GNUTranslations(open('/usr/share/locale/zh_CN/LC_MESSAGES/libc.mo', 'rb'))",
			'out = []',
			'for n in json.loads(sys.argv[1]):',
			'    s = libc.strerror(n).decode()',
			'    out.append([n, s, t.gettext(s)])',
			'print(json.dumps(out, ensure_ascii=False))',
		].join('\n');
		const numbers = texts().map((r) => Number(r.number));
		const r = spawnSync('python3', ['-c', py, JSON.stringify(numbers)], {
			encoding: 'utf8',
			env: { PATH: process.env.PATH, LC_ALL: 'C' },
		});
		expect(r.stderr).toBe('');
		expect(JSON.parse(r.stdout)).toEqual(
			texts().map((t) => [Number(t.number), t.strerror, t.zh_CN]),
		);
		// Every number a name has, and no other.
		expect(numbers).toEqual([...new Set(names().map((r) => Number(r.number)))]);
	});

	test('the names are the ones errno(3) lists, in its order', () => {
		const page = gunzipSync(readFileSync('/usr/share/man/man3/errno.3.gz')).toString('utf8');
		const list = page.slice(page.indexOf('Below is a list'), page.indexOf('.SH NOTES'));
		const listed = [...list.matchAll(/^\.B (E[A-Z0-9]+)$/gm)].map((m) => m[1]);
		expect(new Set(names().map((r) => r.name))).toEqual(new Set(listed));
		// Each description starts as the page writes it (its first line, before any markup).
		for (const r of names()) {
			const at = list.indexOf(`.B ${r.name}\n`);
			// (Comment lines, .\", are no text.)
			const first =
				list
					.slice(at)
					.split('\n')
					.slice(1)
					.find((l) => !l.startsWith('.\\"')) ?? '';
			// groff's \& (a zero-width escape before a leading dot) prints nothing.
			const text = first.replace(/\\&/g, '').replace(/ {2,}/g, ' ');
			expect((r.description ?? '').startsWith(text), r.name).toBe(true);
		}
	});
});

describe('the data', () => {
	let entries: Map<string, ErrorEntry>;
	beforeAll(() => {
		entries = loadEntries(['errno']);
	});

	test('one entry per number: its names, errno(3)’s words, and glibc’s texts in both languages', () => {
		expect(entries.size).toBe(texts().length);
		for (const t of texts()) {
			const e = entries.get(`errno/${t.number}`);
			const rows = names().filter((r) => r.number === t.number);
			expect(e?.names.map((n) => n.name)).toEqual(rows.map((r) => r.name));
			expect(e?.official.map((o) => o.text)).toEqual([
				...rows.map((r) => r.description),
				t.strerror,
				t.zh_CN,
			]);
			// A number with two names lists first the one whose words strerror() prints.
			if (rows.length > 1)
				expect((rows[0]?.description ?? '').startsWith(t.strerror ?? '?')).toBe(true);
			expect(e?.title?.['zh-CN']).toBe(t.zh_CN);
		}
	});
});

describe('lookup', () => {
	const ids = foundIds;

	test.each([
		// nginx's error log, as countless questions quote it (before: msiexec/13, ERROR_INVALID_DATA).
		['nginx: [emerg] open() "/var/log/nginx/error.log" failed (13: Permission denied)', 'errno/13'],
		[
			'2024/01/09 14:07:55 [crit] 1234#1234: *1 connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream',
			'errno/2',
		],
		['connect() failed (111: Connection refused) while connecting to upstream', 'errno/111'],
		// Python's OSError.
		["PermissionError: [Errno 13] Permission denied: '/usr/local/bin/foo'", 'errno/13'],
		['errno 13', 'errno/13'],
		// npm's and Node's error names.
		["Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules'", 'errno/13'],
		['npm ERR! code EACCES', 'errno/13'],
		['EWOULDBLOCK', 'errno/11'],
	])('%s', (line, id) => {
		expect(ids(line)[0]).toBe(id);
	});

	// Node.js prints a failed system call's error with libuv's number, the errno negated ("errno: -2",
	// libuv's docs: "on Unix error codes are the negated errno"), and npm passes it on ("npm ERR!
	// errno -13"). Node itself, run here on three calls that fail the same way on every Linux: each
	// "errno: -N" line reads as errno N, whose name is the error's code (before: not a known code).
	test('Node.js’s "errno: -N" is error number N, with the name Node gives it', () => {
		const script = `const fs = require('fs');
for (const f of [() => fs.openSync('/no-such-file-ifg'), () => fs.openSync('/etc/passwd/x'), () => fs.readFileSync('/')])
  try { f(); } catch (e) { console.log(require('util').inspect(e).split('\\n').find((l) => l.includes('errno:')) + ' ' + e.code); }`;
		const out = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
		const rows = out.stdout.trimEnd().split('\n');
		expect(rows.map((r) => r.trim())).toEqual([
			'errno: -2, ENOENT',
			'errno: -20, ENOTDIR',
			'errno: -21, EISDIR',
		]);
		const entries = loadEntries(['errno']);
		for (const row of rows) {
			const [line = '', code = ''] = row.split(/(?<=,) /);
			const id = ids(line)[0];
			expect(id, line).toMatch(/^errno\//);
			expect(
				entries.get(String(id))?.names.map((n) => n.name),
				line,
			).toContain(code);
		}
		expect(ids('npm ERR! errno -13')).toEqual(['errno/13']);
		// Only right after "errno": another negative number is no error number.
		expect(ids('exit code -13')).not.toContain('errno/13');
	});

	test('"errno: -N" is read only where Linux and macOS give N the same name', () => {
		// The numbers macOS's kernel (xnu's errno.h) and Linux's give one name: the family's list.
		const linux = new Map<string, string[]>();
		for (const r of names())
			linux.set(r.number ?? '', [...(linux.get(r.number ?? '') ?? []), r.name ?? '']);
		const shared = tsv('darwin-errno.tsv')
			.filter((r) => linux.get(r.code ?? '')?.includes(r.name ?? ''))
			.map((r) => Number(r.code));
		expect(shared).toEqual(familyOf('errno').negatedAfterErrno);
		expect(shared).not.toContain(11);
		expect(shared.at(-1)).toBe(34);
		// Node on macOS: ECONNREFUSED is -61 (Linux's ENODATA), EAGAIN -35, EDEADLK -11: no reading.
		for (const n of [61, 35, 11]) expect(ids(`errno: -${n},`), String(n)).toBe('unknown');
		expect(ids(`errno: -61, code: 'ECONNREFUSED'`)).toEqual(['errno/111']);
	});

	test('a bare number, or one in a Windows line, stays Windows’', () => {
		expect(ids('13')).not.toContain('errno/13');
		expect(ids('Error 5: Access is denied.')).not.toContain('errno/5');
		expect(
			ids('MSI (s) (A0:B4) [12:01:02:345]: Note: 1: 2203 2: C:\\x.msi 3: -2147287035'),
		).not.toContain('errno/2');
	});
});
