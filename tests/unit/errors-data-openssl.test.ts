// OpenSSL's certificate verification results (the openssl family): the pinned table
// (openssl-verify-errors.tsv) and the data, checked against OpenSSL itself. The manual page Debian
// ships (X509_STORE_CTX_get_error(3ssl), package libssl-doc), the header and library (libssl-dev,
// compiled with cc: each name's value and X509_verify_cert_error_string()), and the openssl program
// run on certificates made here, offline and against a local TLS server: the number it prints is the
// verification error the case makes, and lookup reads the line it prints as that code. The notes'
// commands run too, on the same certificates.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect, createServer as createTlsServer, type Server } from 'node:tls';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bestOf } from './timing';
import { foundIds, loadEntries, lookupSite, tsv } from '../fixtures/errors/load';

const rows = () => tsv('openssl-verify-errors.tsv');
const first = (q: string) => (foundIds(q) as string[])[0];

describe('the table is OpenSSL’s own documentation, header and library', () => {
	test('X509_STORE_CTX_get_error(3ssl) gives every name with its message, and no other', () => {
		const page = gunzipSync(
			readFileSync('/usr/share/man/man3/X509_STORE_CTX_get_error.3ssl.gz'),
		).toString('utf8');
		const section = page.slice(page.indexOf('.SH "ERROR CODES"'), page.indexOf('.SH "APPLICATION'));
		// Each item's index line holds its name and message without roff's font escapes.
		const items = [...section.matchAll(/^\.IX Item "(X509_V_\w+): (.*)"$/gm)].map((m) => [
			m[1],
			m[2],
		]);
		expect(items.length).toBe(74);
		const byName = new Map(rows().map((r) => [r.name, r]));
		expect(items.map(([name]) => name).sort()).toEqual([...byName.keys()].sort());
		for (const [name, text] of items) expect(byName.get(name ?? '')?.text, name).toBe(text);
		// Each description starts as the page's paragraph after the item does (its first words).
		for (const block of section.split(/^\.IP /m).slice(1)) {
			const name = /X509_V_\w+/.exec(block)?.[0] ?? '';
			const body = block
				.split('\n')
				.filter((l) => l && !l.startsWith('.') && !l.startsWith('"'))
				.join(' ')
				// Fonts, sizes and \& go; quotes (\*(L" \*(R", \*(C` \*(C') are rendered ", as man does.
				.replace(/\\f\([A-Z]{2}|\\f[BIRP]|\\s[-+]?\d|\\&/g, '')
				.replace(/\\\*\(C[`']|\\\*\([LR]"/g, '"');
			const words = (s: string) => s.split(/\s+/).slice(0, 4).join(' ');
			expect(words(byName.get(name)?.description ?? ''), name).toBe(words(body));
		}
	});

	test('the header gives each name its number, and the library its text', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ifg-openssl-h-'));
		try {
			const lines = rows().map(
				(r) =>
					`printf("%s\\t%ld\\t%s\\n", "${r.name}", (long)${r.name}, X509_verify_cert_error_string(${r.name}));`,
			);
			writeFileSync(
				join(dir, 'v.c'),
				`#include <stdio.h>\n#include <openssl/x509.h>\n#include <openssl/x509_vfy.h>\nint main(void) {\n${lines.join('\n')}\nreturn 0;\n}\n`,
			);
			const cc = spawnSync('cc', ['-o', join(dir, 'v'), join(dir, 'v.c'), '-lcrypto'], {
				encoding: 'utf8',
			});
			expect(cc.stderr).toBe('');
			const out = spawnSync(join(dir, 'v'), { encoding: 'utf8' }).stdout;
			expect(out.trimEnd().split('\n')).toEqual(
				rows().map((r) => `${r.name}\t${r.code}\t${r.strerror}`),
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('Node.js’s names are OpenSSL’s without X509_V_ERR_, for the 28 codes its documentation lists', () => {
		const named = rows().filter((r) => r.node_name);
		expect(named).toHaveLength(28);
		for (const r of named) expect(`X509_V_ERR_${r.node_name}`).toBe(r.name);
	});

	test('the data is the table', () => {
		const entries = [...loadEntries(['openssl']).values()];
		expect(entries.map((e) => String(e.code))).toEqual(rows().map((r) => r.code));
		for (const [i, e] of entries.entries()) {
			const r = rows()[i];
			expect(e.names.map((n) => n.name)).toEqual([r?.name, r?.node_name].filter(Boolean));
			expect(e.official.map((o) => o.text)).toEqual(
				r?.text === r?.strerror
					? [r?.strerror, r?.description]
					: [r?.strerror, r?.text, r?.description],
			);
			expect(e.title?.['zh-CN'], r?.name).toBeTruthy();
			// The library's text is what programs print (read after their words); X509_V_OK's "ok" is not.
			expect(e.official.filter((o) => o.printed).map((o) => o.text)).toEqual(
				r?.code === '0' ? [] : [r?.strerror],
			);
		}
	});
});

/** Runs a command without blocking the server this process runs: its exit status and its output. */
const run = (file: string, args: string[], cwd: string) =>
	new Promise<{ status: number; out: string }>((resolve) => {
		const child = execFile(
			file,
			args,
			{ encoding: 'utf8', timeout: 20_000, cwd },
			(err, stdout, stderr) => {
				const status = err && typeof err.code === 'number' ? err.code : err ? -1 : 0;
				resolve({ status, out: stdout + stderr });
			},
		);
		child.stdin?.end();
	});

describe('openssl’s own lines read as the code its case makes', () => {
	let dir: string;
	const servers: Server[] = [];
	const openssl = (args: string[]) => run('openssl', args, dir);
	const make = (args: string[]) => {
		const r = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
		expect(r.status, r.stderr).toBe(0);
	};
	/** A key and a certificate request for `name`, then the certificate `issuer` signs (CA if ca). */
	const issue = (name: string, issuer: string, ca: boolean) => {
		make([
			'req',
			'-newkey',
			'rsa:2048',
			'-nodes',
			'-subj',
			`/CN=${name}`,
			'-keyout',
			`${name}.key`,
		]);
		const ext = ca
			? 'basicConstraints=critical,CA:true\nkeyUsage=critical,keyCertSign,cRLSign\n'
			: 'basicConstraints=CA:false\nsubjectAltName=DNS:localhost\n';
		writeFileSync(join(dir, `${name}.ext`), ext);
		make(['req', '-new', '-key', `${name}.key`, '-subj', `/CN=${name}`, '-out', `${name}.csr`]);
		make([
			'x509',
			'-req',
			'-in',
			`${name}.csr`,
			'-CA',
			`${issuer}.pem`,
			'-CAkey',
			`${issuer}.key`,
			'-days',
			'30',
			'-extfile',
			`${name}.ext`,
			'-out',
			`${name}.pem`,
		]);
	};
	const serve = (cert: string) => serveWith('server.key', cert);
	const serveWith = async (key: string, cert: string) => {
		const s = createTlsServer(
			{ key: readFileSync(join(dir, key)), cert: readFileSync(join(dir, cert)) },
			(socket) => socket.on('error', () => undefined).end(),
		).on('tlsClientError', () => undefined);
		servers.push(s);
		await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
		return (s.address() as AddressInfo).port;
	};

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'ifg-openssl-'));
		// root → intermediate → server (CN=server, for localhost); company-ca → direct (one step);
		// self, a self-signed certificate.
		make([
			'req',
			'-x509',
			'-newkey',
			'rsa:2048',
			'-nodes',
			'-subj',
			'/CN=root',
			'-days',
			'30',
			'-keyout',
			'root.key',
			'-out',
			'root.pem',
		]);
		issue('intermediate', 'root', true);
		issue('server', 'intermediate', false);
		make([
			'req',
			'-x509',
			'-newkey',
			'rsa:2048',
			'-nodes',
			'-subj',
			'/CN=company-ca',
			'-days',
			'30',
			'-keyout',
			'company-ca.key',
			'-out',
			'company-ca.pem',
		]);
		issue('direct', 'company-ca', false);
		make([
			'req',
			'-x509',
			'-newkey',
			'rsa:2048',
			'-nodes',
			'-subj',
			'/CN=self',
			'-days',
			'30',
			'-keyout',
			'self.key',
			'-out',
			'self.pem',
		]);
		writeFileSync(
			join(dir, 'chain.pem'),
			readFileSync(join(dir, 'server.pem'), 'utf8') +
				readFileSync(join(dir, 'intermediate.pem'), 'utf8'),
		);
	});
	afterAll(() => {
		for (const s of servers) s.close();
		rmSync(dir, { recursive: true, force: true });
	});

	/** openssl verify's line for the case: "error N at D depth lookup: text"; lookup reads it as N. */
	const verify = async (args: string[], code: number, name: string) => {
		const { status, out } = await openssl(['verify', ...args]);
		expect(status, out).not.toBe(0);
		const line = out.split('\n').find((l) => /^error \d+ at \d+ depth lookup: /.test(l)) ?? out;
		expect(line, out).toMatch(new RegExp(`^error ${code} at \\d+ depth lookup: `));
		const row = rows().find((r) => r.code === String(code));
		expect(row?.name).toBe(name);
		expect(line.endsWith(`: ${row?.strerror}`), line).toBe(true);
		expect(first(line), line).toBe(`openssl/${code}`);
		// The depth is no code (0 would be X509_V_OK).
		expect(foundIds(line)).not.toContain('openssl/0');
		return line;
	};

	test('openssl verify: 20, 18, 19, 10 and 9', async () => {
		// The intermediate neither given nor trusted.
		await verify(
			['-CAfile', 'root.pem', 'server.pem'],
			20,
			'X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
		);
		await verify(
			['-no-CAfile', '-no-CApath', 'self.pem'],
			18,
			'X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT',
		);
		// The root comes with the chain but is not trusted.
		await verify(
			[
				'-no-CAfile',
				'-no-CApath',
				'-untrusted',
				'root.pem',
				'-untrusted',
				'intermediate.pem',
				'server.pem',
			],
			19,
			'X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN',
		);
		// Checked at a time after the certificates' 30 days, or before they began: as a wrong clock would.
		const day = 24 * 60 * 60;
		const now = Math.floor(Date.now() / 1000);
		const chain = ['-CAfile', 'root.pem', '-untrusted', 'intermediate.pem'];
		await verify(
			[...chain, '-attime', String(now + 60 * day), 'server.pem'],
			10,
			'X509_V_ERR_CERT_HAS_EXPIRED',
		);
		await verify(
			[...chain, '-attime', String(now - 2 * day), 'server.pem'],
			9,
			'X509_V_ERR_CERT_NOT_YET_VALID',
		);
	});

	test('openssl s_client: a server without its intermediate ends with 21, after 20 at depth 0', async () => {
		const port = await serve('server.pem');
		const { out } = await openssl([
			's_client',
			'-connect',
			`127.0.0.1:${port}`,
			'-servername',
			'localhost',
			'-CAfile',
			'root.pem',
		]);
		const errors = out.split('\n').filter((l) => l.startsWith('verify error:num='));
		expect(errors[0], out).toBe('verify error:num=20:unable to get local issuer certificate');
		expect(errors, out).toContain('verify error:num=21:unable to verify the first certificate');
		const result = out.split('\n').find((l) => l.trim().startsWith('Verify return code:')) ?? out;
		expect(result.trim()).toBe('Verify return code: 21 (unable to verify the first certificate)');
		for (const [line, code] of [
			[errors[0] ?? '', 20],
			[result.trim(), 21],
		] as const)
			expect(first(line), line).toBe(`openssl/${code}`);
		// s_client's callback line after each certificate is no result (1 would be X509_V_ERR_UNSPECIFIED).
		expect(out).toMatch(/^verify return:1$/m);
		expect(foundIds('verify return:1')).toBe('unknown');
		expect(foundIds('depth=0 CN = server')).toBe('unknown');
	});

	// Node.js (this test's own runtime) names the error as its documentation does, with OpenSSL's text as
	// the message: what npm prints as "npm ERR! code SELF_SIGNED_CERT_IN_CHAIN" and lookup reads.
	test('Node.js: each failure’s code is the name the table gives it, and its message OpenSSL’s text', async () => {
		const connect = (port: number, ca?: string) =>
			new Promise<{ code: string; message: string }>((resolve) => {
				const socket = tlsConnect({
					host: '127.0.0.1',
					port,
					servername: 'localhost',
					...(ca ? { ca: readFileSync(join(dir, ca)) } : {}),
				});
				socket.on('secureConnect', () => {
					socket.destroy();
					resolve({ code: 'connected', message: '' });
				});
				socket.on('error', (err: NodeJS.ErrnoException) =>
					resolve({ code: err.code ?? '', message: err.message }),
				);
			});
		writeFileSync(
			join(dir, 'chain-with-root.pem'),
			readFileSync(join(dir, 'chain.pem'), 'utf8') + readFileSync(join(dir, 'root.pem'), 'utf8'),
		);
		const cases: [cert: string, ca: string | undefined, code: number][] = [
			['server.pem', 'root.pem', 21],
			['chain.pem', undefined, 20],
			['chain-with-root.pem', undefined, 19],
			['self.pem', undefined, 18],
		];
		for (const [cert, ca, code] of cases) {
			const port = await serveWith(cert === 'self.pem' ? 'self.key' : 'server.key', cert);
			const got = await connect(port, ca);
			const row = rows().find((r) => r.code === String(code));
			expect(got.code, cert).toBe(row?.node_name);
			// Node.js 24 adds a hint to some ("…; if the root CA is installed locally, try running
			// Node.js with --use-system-ca").
			expect(got.message.split('; ')[0], cert).toBe(row?.strerror);
			expect(first(`npm ERR! code ${got.code}`)).toBe(`openssl/${code}`);
		}
		expect(await connect(await serveWith('server.key', 'chain.pem'), 'root.pem')).toEqual({
			code: 'connected',
			message: '',
		});
	});

	// Python's ssl module (what pip and requests print) and curl (git's and composer's lines) print
	// OpenSSL's text after words of their own. Python's error also carries OpenSSL's number and text
	// (verify_code, verify_message): the oracle for which code the line is.
	test('Python and curl: OpenSSL’s text after their own words reads as its code', async () => {
		writeFileSync(
			join(dir, 'chain-with-root.pem'),
			readFileSync(join(dir, 'chain.pem'), 'utf8') + readFileSync(join(dir, 'root.pem'), 'utf8'),
		);
		const python = [
			'import socket, ssl, sys',
			'port, ca, host = int(sys.argv[1]), sys.argv[2], sys.argv[3]',
			'ctx = ssl.create_default_context(cafile=ca or None)',
			'try:',
			'    ctx.wrap_socket(socket.create_connection(("127.0.0.1", port)), server_hostname=host)',
			'    print("connected")',
			'except ssl.SSLCertVerificationError as e:',
			'    print(e.verify_code); print(e.verify_message); print(e)',
		].join('\n');
		const cases: [key: string, cert: string, ca: string, host: string, code: number][] = [
			['self.key', 'self.pem', '', 'localhost', 18],
			['server.key', 'chain.pem', '', 'localhost', 20],
			['server.key', 'chain-with-root.pem', '', 'localhost', 19],
			['server.key', 'chain.pem', 'root.pem', 'example.org', 62],
		];
		for (const [key, cert, ca, host, code] of cases) {
			const port = await serveWith(key, cert);
			const { out } = await run('python3', ['-c', python, String(port), ca, host], dir);
			const [number, text, line = ''] = out.trim().split('\n');
			expect(Number(number), out).toBe(code);
			// "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate
			// (_ssl.c:1006)"; for 62 Python words the text itself ("Hostname mismatch, certificate is not
			// valid for 'example.org'.").
			expect(line, out).toContain(`certificate verify failed: ${text}`);
			const row = rows().find((r) => r.code === String(code));
			if (code !== 62) expect(text).toBe(row?.strerror);
			expect(foundIds(line), line).toEqual([`openssl/${code}`]);
			// curl's OpenSSL build: "curl: (60) SSL certificate problem: …", curl's code first.
			const args = ['-sS', '--resolve', `${host}:${port}:127.0.0.1`, `https://${host}:${port}/`];
			const got = await run('curl', [...(ca ? ['--cacert', ca] : []), ...args], dir);
			const curled = got.out.split('\n').find((l) => l.startsWith('curl: (60) ')) ?? got.out;
			if (code !== 62) {
				expect(curled).toBe(`curl: (60) SSL certificate problem: ${row?.strerror}`);
				expect((foundIds(curled) as string[]).slice(0, 2), curled).toEqual([
					'curl/60',
					`openssl/${code}`,
				]);
			}
		}
		expect(
			(
				await run(
					'python3',
					[
						'-c',
						python,
						String(await serveWith('server.key', 'chain.pem')),
						'root.pem',
						'localhost',
					],
					dir,
				)
			).out.trim(),
		).toBe('connected');
	});

	describe('the notes’ commands do what the notes say', () => {
		const note = (id: string) => {
			const e = loadEntries(['openssl']).get(id);
			return (e?.fixes ?? []).flatMap((f) => (f.command ? [f.command.code] : []));
		};
		/** A note's bash command, aimed at the local server instead of example.org. */
		const bash = (code: string, port: number) =>
			run(
				'bash',
				[
					'-c',
					code
						.replaceAll('example.org:443', `127.0.0.1:${port}`)
						.replaceAll('-servername example.org', '-servername localhost'),
				],
				dir,
			);

		test('20: s_client -showcerts shows each certificate’s depth, subject and issuer; verify checks a CA file', async () => {
			const port = await serve('chain.pem');
			const [show, , check] = note('openssl/20');
			const { out } = await bash(show ?? '', port);
			expect(out).toMatch(/^ 0 s:CN ?= ?server\n {3}i:CN ?= ?intermediate$/m);
			expect(out).toMatch(/^ 1 s:CN ?= ?intermediate\n {3}i:CN ?= ?root$/m);
			expect(out).toMatch(/Verify return code: 20 \(unable to get local issuer certificate\)/);
			// The CA of the note's example issued the server's certificate: OK.
			writeFileSync(join(dir, 'server-direct.pem'), readFileSync(join(dir, 'direct.pem')));
			const ok = await bash((check ?? '').replace('server.pem', 'server-direct.pem'), port);
			expect(ok.out.trim()).toBe('server-direct.pem: OK');
		});

		test('21: with the chain in one file, verify says OK', async () => {
			const [show, join_, check] = note('openssl/21');
			const port = await serve('server.pem');
			const one = await bash(show ?? '', port);
			// One certificate only: depth 0, and no depth 1.
			expect(one.out).toMatch(/^ 0 s:/m);
			expect(one.out).not.toMatch(/^ 1 s:/m);
			expect(join_).toBe('cat server.pem intermediate.pem > fullchain.pem');
			expect((await bash(join_ ?? '', port)).status).toBe(0);
			const ok = await bash(check ?? '', port);
			expect(ok.out.trim()).toBe('fullchain.pem: OK');
			// Served with its chain, s_client verifies it.
			const full = await serve('fullchain.pem');
			const { out } = await openssl([
				's_client',
				'-connect',
				`127.0.0.1:${full}`,
				'-servername',
				'localhost',
				'-CAfile',
				'root.pem',
			]);
			expect(out).toMatch(/Verify return code: 0 \(ok\)/);
		});

		test('19: the root is the last certificate; NODE_EXTRA_CA_CERTS makes Node.js trust it', async () => {
			writeFileSync(
				join(dir, 'chain-with-root.pem'),
				readFileSync(join(dir, 'chain.pem'), 'utf8') + readFileSync(join(dir, 'root.pem'), 'utf8'),
			);
			const port = await serve('chain-with-root.pem');
			const [show, trust] = note('openssl/19');
			const { out } = await bash(show ?? '', port);
			expect(out).toMatch(/^ 2 s:CN ?= ?root\n {3}i:CN ?= ?root$/m);
			expect(out).toMatch(
				/Verify return code: 19 \(self-signed certificate in certificate chain\)/,
			);
			// A Node.js client started after the note's export, as npm would be.
			const client = `require('node:tls').connect({ host: '127.0.0.1', port: ${port}, servername: 'localhost' }).on('secureConnect', function () { console.log('trusted'); this.destroy(); }).on('error', (e) => console.log(e.code))`;
			const node = (prefix: string) =>
				bash(`${prefix}${JSON.stringify(process.execPath)} -e ${JSON.stringify(client)}`, port);
			expect((await node('')).out.trim()).toBe('SELF_SIGNED_CERT_IN_CHAIN');
			// The note's company CA is, here, the root the chain ends in.
			const ours = (trust ?? '').replace('company-ca.pem', 'root.pem');
			expect(ours).not.toBe(trust);
			expect((await node(`${ours}; `)).out.trim()).toBe('trusted');
		});

		test('10: the dates of the certificate the server sends', async () => {
			const port = await serve('chain.pem');
			const [dates] = note('openssl/10');
			const { out } = await bash(dates ?? '', port);
			expect(out).toMatch(/^notBefore=\w{3} +\d+ [\d:]+ \d{4} GMT$/m);
			expect(out).toMatch(/^notAfter=\w{3} +\d+ [\d:]+ \d{4} GMT$/m);
			expect(out).toMatch(/ UTC \d{4}$/m);
		});
	});
});

describe('lookup', () => {
	test.each([
		// As openssl prints them (s_client, verify), and by name. Before: win32/20, win32/21, win32/10
		// and the depth's 0 as ERROR_SUCCESS, or no code.
		['verify error:num=20:unable to get local issuer certificate', 'openssl/20'],
		['Verify return code: 21 (unable to verify the first certificate)', 'openssl/21'],
		['error 10 at 0 depth lookup: certificate has expired', 'openssl/10'],
		['verify error:num=19:self-signed certificate in certificate chain', 'openssl/19'],
		['X509_V_ERR_CERT_HAS_EXPIRED', 'openssl/10'],
		['openssl verify error 20', 'openssl/20'],
		// Node.js's codes, as npm prints them.
		['npm ERR! code UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'openssl/20'],
		['npm error code SELF_SIGNED_CERT_IN_CHAIN', 'openssl/19'],
		["code: 'CERT_HAS_EXPIRED'", 'openssl/10'],
		// OpenSSL's text after Python's, curl's and Ruby's words, as published from releases before 3.0
		// ("self signed"). Before: win32/1, signtool/1, systemctl/1 and journald/1 (SSLError's 1), or no code.
		[
			"requests.exceptions.SSLError: HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with url: /simple/pip/ (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self signed certificate in certificate chain (_ssl.c:1129)')))",
			'openssl/19',
		],
		[
			"fatal: unable to access 'https://github.com/owner/repo.git/': SSL certificate problem: self signed certificate in certificate chain",
			'openssl/19',
		],
		[
			'ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1007)',
			'openssl/10',
		],
	])('%j → %s first', (q, id) => {
		expect(first(q)).toBe(id);
	});

	test('OpenSSL’s text is read only after the words programs print it after', () => {
		for (const q of [
			'certificate has expired',
			'unable to get local issuer certificate',
			'Error: self-signed certificate in certificate chain',
			'My certificate has expired, what now?',
		])
			expect(foundIds(q), q).toBe('unknown');
		// Ruby's line: OpenSSL's text in parentheses; its errno=0 is no error (before: msiexec/0 and
		// openssl/0 first).
		expect(
			foundIds(
				'SSL_connect returned=1 errno=0 peeraddr=140.82.112.3:443 state=error: certificate verify failed (unable to get local issuer certificate) (OpenSSL::SSL::SSLError)',
			),
		).toEqual(['openssl/20']);
	});

	test('the texts’ pattern stays linear on its worst input (near misses, 500 characters)', () => {
		for (const q of [
			'SSL certificate problem: self-signed certificate in certificate chai'.repeat(8),
			'certificate verify failed: unable to get local issuer '.repeat(10),
			'self-'.repeat(100),
			'certificate verify failed ('.repeat(19),
		])
			expect(bestOf(() => lookupSite(q))).toBeLessThan(200);
	});

	test('a bare number is not OpenSSL’s: 20 and 10 are Win32 codes', () => {
		expect(foundIds('20')).not.toContain('openssl/20');
		expect(foundIds('Error 10')).not.toContain('openssl/10');
	});
});
