// curl's exit codes (the curl family): the pinned table (curl-errors.tsv) and the data, checked against
// curl itself. The manual pages Debian ships with it (curl(1)'s EXIT CODES and libcurl-errors(3), from
// the packages curl and libcurl4-doc, which .ci/run installs), libcurl's curl_easy_strerror() (python3's
// ctypes), and curl run against local servers that fail in each way: its exit status is the number it
// prints in brackets, and lookup reads the line it prints as that code.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foundIds, loadEntries, tsv } from '../fixtures/errors/load';

const rows = () => tsv('curl-errors.tsv');
const man = (path: string) => gunzipSync(readFileSync(path)).toString('utf8');
/** A man page's text as it reads: font escapes and groff's \- and \& removed, lines joined. */
const plain = (roff: string) =>
	roff
		.replace(/\\f[BIPR]/g, '')
		.replace(/\\-/g, '-')
		.replace(/\\&/g, '')
		.split(/\s+/)
		.filter(Boolean)
		.join(' ');
/** The .IP items of a section: [tag, text]. */
const items = (section: string) =>
	section
		.split(/^\.IP /m)
		.slice(1)
		.map((item): [string, string] => {
			const [tag = '', ...text] = item.split('\n');
			return [tag.replace(/^"|"$/g, ''), plain(text.filter((l) => !l.startsWith('.')).join(' '))];
		});

describe('the table is curl’s own documentation and library', () => {
	test('libcurl-errors(3) lists every name with its number and description, and no other', () => {
		const page = man('/usr/share/man/man3/libcurl-errors.3.gz');
		const listed = items(
			page.slice(page.indexOf('.SH "CURLcode"'), page.indexOf('.SH "CURLMcode"')),
		)
			.map(([tag, text]) => [/^(CURLE_\w+) \((\d+)\)$/.exec(tag), text] as const)
			.filter(([m]) => m && m[2] !== '0')
			.map(([m, text]) => [m?.[2], m?.[1], text]);
		expect(rows().map((r) => [r.code, r.name, r.description])).toEqual(listed);
		// A name the page says the code had before (CURLE_SSL_CACERT, unified with 60 in 7.62.0).
		for (const r of rows().filter((r) => r.former_name))
			expect(r.description).toContain(r.former_name);
		expect(
			rows()
				.filter((r) => r.former_name)
				.map((r) => r.code),
		).toEqual(['8', '60']);
	});

	test('curl(1)’s EXIT CODES gives each exit code’s text', () => {
		const page = man('/usr/share/man/man1/curl.1.gz');
		const listed = items(
			page.slice(page.indexOf('.SH EXIT CODES'), page.indexOf('.SH BUGS')),
		).filter(([tag]) => /^\d+$/.test(tag) && tag !== '0');
		expect(
			rows()
				.filter((r) => r.exit_text)
				.map((r) => [r.code, r.exit_text]),
		).toEqual(listed);
	});

	test('curl_easy_strerror() gives every code’s text', () => {
		const py = [
			'import ctypes, json, sys',
			"lib = ctypes.CDLL('libcurl.so.4')",
			'lib.curl_easy_strerror.restype = ctypes.c_char_p',
			'print(json.dumps([lib.curl_easy_strerror(n).decode() for n in json.loads(sys.argv[1])]))',
		].join('\n');
		const r = spawnSync('python3', ['-c', py, JSON.stringify(rows().map((r) => Number(r.code)))], {
			encoding: 'utf8',
		});
		expect(r.stderr).toBe('');
		expect(JSON.parse(r.stdout)).toEqual(rows().map((r) => r.strerror));
	});

	test('the data is the table', () => {
		const entries = [...loadEntries(['curl']).values()];
		expect(entries.map((e) => String(e.code))).toEqual(rows().map((r) => r.code));
		for (const [i, e] of entries.entries()) {
			const r = rows()[i];
			expect(e.names.map((n) => n.name)).toEqual([r?.name, r?.former_name].filter(Boolean));
			expect(e.official.map((o) => o.text)).toEqual(
				[r?.exit_text, r?.description, r?.strerror].filter(Boolean),
			);
			expect(e.title?.['zh-CN'], e.names[0]?.name).toBeTruthy();
		}
	});
});

/** Runs curl (without blocking the servers this process runs) and returns its status and message. */
const curl = (args: string[]) =>
	new Promise<{ status: number; line: string }>((resolve) => {
		execFile(
			'curl',
			['-sS', ...args],
			{ encoding: 'utf8', timeout: 20_000 },
			(err, _out, stderr) => {
				const status = err && typeof err.code === 'number' ? err.code : 0;
				// Its message is the line that starts so; other lines may follow it (the URL, a hint).
				resolve({
					status,
					line: stderr.split('\n').find((l) => l.startsWith('curl: (')) ?? stderr,
				});
			},
		);
	});
const portOf = (s: Server | ReturnType<typeof createNetServer>) =>
	(s.address() as AddressInfo).port;

describe('curl’s own lines read as the code it exits with', () => {
	const servers: { close: () => unknown }[] = [];
	let dir: string;
	const listen = async <S extends Server | ReturnType<typeof createNetServer>>(s: S) => {
		servers.push(s);
		await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
		return portOf(s);
	};
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'ifg-curl-'));
	});
	afterAll(() => {
		for (const s of servers) s.close();
		rmSync(dir, { recursive: true, force: true });
	});

	const check = async (args: string[], code: number) => {
		const { status, line } = await curl(args);
		expect(status, line).toBe(code);
		// What curl prints: "curl: (N) message", N being the exit status.
		expect(line.startsWith(`curl: (${code}) `), line).toBe(true);
		expect(foundIds(line), line).toEqual(expect.arrayContaining([`curl/${code}`]));
		expect((foundIds(line) as string[])[0], line).toBe(`curl/${code}`);
		return line;
	};

	test('1, 3, 37: an unknown protocol, a malformed URL, a missing file', async () => {
		await check(['nosuchprotocol://example.org/'], 1);
		await check(['http://[::1'], 3);
		await check([`file://${dir}/missing`], 37);
	});

	test('7: nothing listens on the port', async () => {
		// A port that was free a moment ago: listen, note it, close.
		const s = createNetServer();
		await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
		const port = portOf(s);
		await new Promise((ok) => s.close(ok));
		const line = await check([`http://127.0.0.1:${port}/`], 7);
		// The port and the time in the message are no codes.
		expect(foundIds(line)).not.toContain(`win32/${port}`);
	});

	test('22 with -f: the server answers 404', async () => {
		const port = await listen(
			createHttpServer((_req, res) => {
				res.statusCode = 404;
				res.end('not here');
			}),
		);
		await check(['-f', `http://127.0.0.1:${port}/go.msi`], 22);
	});

	test('52 and 28: the server closes without a reply, or never answers', async () => {
		const closing = await listen(
			createNetServer((socket) => socket.on('error', () => undefined).end()),
		);
		await check([`http://127.0.0.1:${closing}/`], 52);
		const silent = await listen(createNetServer((socket) => socket.on('error', () => undefined)));
		await check(['--max-time', '1', `http://127.0.0.1:${silent}/`], 28);
	});

	test('35 and 60: no TLS on the port, and a certificate no CA vouches for', async () => {
		const plainPort = await listen(
			createNetServer((socket) =>
				socket.on('error', () => undefined).end('HTTP/1.1 200 OK\r\n\r\n'),
			),
		);
		await check([`https://127.0.0.1:${plainPort}/`], 35);
		// A self-signed certificate, made here with openssl (as any test server's would be).
		const key = join(dir, 'key.pem');
		const cert = join(dir, 'cert.pem');
		const r = spawnSync('openssl', [
			'req',
			'-x509',
			'-newkey',
			'rsa:2048',
			'-nodes',
			'-subj',
			'/CN=localhost',
			'-days',
			'1',
			'-keyout',
			key,
			'-out',
			cert,
		]);
		expect(r.status, String(r.stderr)).toBe(0);
		const tlsPort = await listen(
			createTlsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (socket) =>
				socket.on('error', () => undefined).end(),
			).on('tlsClientError', () => undefined) as unknown as ReturnType<typeof createNetServer>,
		);
		const line = await check([`https://localhost:${tlsPort}/`], 60);
		expect(line).toMatch(/SSL certificate problem: self[- ]signed certificate/);
	});
});

describe('the notes quote curl’s messages as curl prints them', () => {
	/** A message with its variable parts (host, numbers) made alike, to compare a run with a note. */
	const shape = (s: string, host = 'example.org') =>
		s.replaceAll(host, 'HOST').replaceAll('example.org', 'HOST').replace(/\d+/g, '#');
	const summary = (id: string) => loadEntries(['curl']).get(id)?.summary?.en ?? '';
	const message = (line: string) => line.replace(/^curl: \(\d+\) /, '');
	const servers: { close: () => unknown }[] = [];
	afterAll(() => {
		for (const s of servers) s.close();
	});

	test('6: a name that cannot resolve (.invalid never does, RFC 6761)', async () => {
		const { status, line } = await curl(['http://nosuchhost.invalid/']);
		expect(status, line).toBe(6);
		expect(shape(summary('curl/6'))).toContain(shape(message(line), 'nosuchhost.invalid'));
	});

	test('7: nothing listens; with -v, the reason for each address', async () => {
		const s = createNetServer();
		await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
		const port = portOf(s);
		await new Promise((ok) => s.close(ok));
		const { status, line } = await curl([`http://127.0.0.1:${port}/`]);
		expect(status, line).toBe(7);
		const note = summary('curl/7');
		expect(shape(note)).toContain(shape(message(line), '127.0.0.1'));
		const verbose = await new Promise<string>((ok) =>
			execFile('curl', ['-v', '-sS', `http://127.0.0.1:${port}/`], (_e, _o, err) => ok(err)),
		);
		expect(verbose).toContain(`port ${port} failed: Connection refused`);
		expect(note).toContain('"Connection refused"');
	});

	test('28: the whole transfer (--max-time) and the connection (--connect-timeout)', async () => {
		const silent = createNetServer((socket) => socket.on('error', () => undefined));
		servers.push(silent);
		await new Promise<void>((ok) => silent.listen(0, '127.0.0.1', ok));
		const slow = await curl(['--max-time', '1', `http://127.0.0.1:${portOf(silent)}/`]);
		expect(slow.status, slow.line).toBe(28);
		// A listener that never accepts, its queue filled: Linux drops the next SYN, so connecting
		// never completes. (Node.js accepts every connection itself, so python3 holds the socket.)
		const holder = spawn('python3', [
			'-c',
			[
				'import socket, sys, time',
				's = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(0)',
				'p = s.getsockname()[1]; cs = []',
				'for _ in range(4):',
				'    c = socket.socket(); c.setblocking(False); c.connect_ex(("127.0.0.1", p)); cs.append(c)',
				'time.sleep(0.3); print(p, flush=True); sys.stdin.read()',
			].join('\n'),
		]);
		servers.push({ close: () => holder.kill() });
		const port = await new Promise<number>((ok) =>
			holder.stdout.once('data', (d: Buffer) => ok(Number(String(d).trim()))),
		);
		const connect = await curl(['--connect-timeout', '1', `http://127.0.0.1:${port}/`]);
		expect(connect.status, connect.line).toBe(28);
		const note = shape(summary('curl/28'));
		expect(note).toContain(shape(message(slow.line), '127.0.0.1'));
		expect(note).toContain(shape(message(connect.line), '127.0.0.1'));
	});
});

describe('lookup', () => {
	const ids = foundIds;
	test.each([
		// As curl prints them (curl 7.88.1 and 8.x; the Windows build's Schannel lines as users posted
		// them), and git's "RPC failed; curl N". Before: win32/60, win32/7, win32/6, win32/22, win32/56.
		['curl: (60) SSL certificate problem: unable to get local issuer certificate', 'curl/60'],
		[
			"curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server",
			'curl/7',
		],
		['curl: (6) Could not resolve host: example.com', 'curl/6'],
		['curl: (22) The requested URL returned error: 404', 'curl/22'],
		[
			'curl: (35) schannel: next InitializeSecurityContext failed: Unknown error (0x80092012) - The revocation function was unable to check revocation for the certificate.',
			'curl/35',
		],
		[
			'error: RPC failed; curl 56 GnuTLS recv error (-9): Error decoding the received TLS packet.',
			'curl/56',
		],
		['CURLE_SSL_CACERT', 'curl/60'],
		['CURLE_OPERATION_TIMEDOUT', 'curl/28'],
		['curl exit code 7', 'curl/7'],
	])('%j → %s first', (q, id) => {
		expect((ids(q) as string[])[0]).toBe(id);
	});

	test('a bare number is not curl’s: 60 and 7 are Win32 codes', () => {
		expect(ids('60')).not.toContain('curl/60');
		expect(ids('Error 7')).not.toContain('curl/7');
		// Schannel's HRESULT in curl's line is read too (CRYPT_E_NO_REVOCATION_CHECK).
		expect(
			ids('curl: (35) schannel: next InitializeSecurityContext failed: Unknown error (0x80092012)'),
		).toContain('hresult/0x80092012');
	});
});
