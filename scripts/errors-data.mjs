// Regenerates src/content/errors/<family>.json from the pinned source tables in
// src/content/errors/sources/ (see its README) plus the hand-written notes in
// src/content/errors/notes/*.yaml. Run: node scripts/errors-data.mjs
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { SDK_PAGE } from './windows-sdk.mjs';

const ref = fileURLToPath(new URL('../src/content/errors/sources', import.meta.url));
const out = new URL('../src/content/errors/', import.meta.url).pathname;
const learn = 'https://learn.microsoft.com/en-us/windows/win32/';
const SRC = {
	msi: `${learn}msi/windows-installer-error-messages`,
	msiexec: `${learn}msi/error-codes`,
	events: `${learn}msi/event-logging`,
	sys: `${learn}debug/`,
	com: `${learn}com/com-error-codes-4`,
	com1: `${learn}com/com-error-codes-1`,
	winhttp: `${learn}winhttp/error-messages`,
	wininet: `${learn}wininet/wininet-errors`,
	com3: `${learn}com/com-error-codes-3`,
	wua: `${learn}wua_sdk/`,
	// Windows Update's error codes by component (MicrosoftDocs/windows-itpro-docs): a row's source is
	// the page's section it is listed in.
	wuRef:
		'https://learn.microsoft.com/en-us/windows/deployment/update/windows-update-error-reference',
	winget: 'https://learn.microsoft.com/en-us/windows/package-manager/winget/returncodes',
	signtool: `${learn}seccrypto/signtool`,
	systemctl: 'https://man7.org/linux/man-pages/man1/systemctl.1.html',
	journalctl: 'https://man7.org/linux/man-pages/man1/journalctl.1.html',
	exec: 'https://man7.org/linux/man-pages/man5/systemd.exec.5.html',
	analyze: 'https://man7.org/linux/man-pages/man1/systemd-analyze.1.html',
	signal: 'https://man7.org/linux/man-pages/man7/signal.7.html',
	kill: 'https://man7.org/linux/man-pages/man1/kill.1.html',
	strsignal: 'https://man7.org/linux/man-pages/man3/strsignal.3.html',
	errno: 'https://man7.org/linux/man-pages/man3/errno.3.html',
	bash: 'https://man7.org/linux/man-pages/man1/bash.1.html',
	// APT 2.6.1 as Debian 12 ships it (apt-exit-statuses.tsv): the manual pages of the package apt.
	apt: {
		'apt-get': 'https://manpages.debian.org/bookworm/apt/apt-get.8.en.html',
		apt: 'https://manpages.debian.org/bookworm/apt/apt.8.en.html',
	},
	strerror: 'https://man7.org/linux/man-pages/man3/strerror.3.html',
	// curl 7.88.1 as Debian 12 ships it (curl-errors.tsv): the manual pages of the packages curl and
	// libcurl4-doc.
	curl: 'https://manpages.debian.org/bookworm/curl/curl.1.en.html',
	curlErrors: 'https://manpages.debian.org/bookworm/libcurl4-doc/libcurl-errors.3.en.html',
	curlStrerror: 'https://manpages.debian.org/bookworm/libcurl4-doc/curl_easy_strerror.3.en.html',
	// OpenSSL 3.0 as Debian 12 ships it (openssl-verify-errors.tsv): the manual page of libssl-doc.
	opensslVerify:
		'https://manpages.debian.org/bookworm/libssl-doc/X509_STORE_CTX_get_error.3ssl.en.html',
	// Node.js's names for them (the error's `code`, as npm prints it): the TLS page of its documentation.
	nodeTls:
		'https://github.com/nodejs/node/blob/009adc7e217d55eeae6de341736e0a26c473b0dd/doc/api/tls.md#x509-certificate-error-codes',
	// zsh's own messages for signals: its source, at the commit zsh-signal-messages.tsv was taken from.
	zsh: 'https://github.com/zsh-users/zsh/blob/3078e07729930bfbff647b9b63452b58a54ecc70/Src/signames2.awk',
	// macOS's strsignal() (Apple's Libc, Libc-1725.0.11), which adds macOS's number to the text of
	// gen/FreeBSD/siglist.c: darwin-signal-texts.tsv.
	darwin:
		'https://github.com/apple-oss-distributions/Libc/blob/55b54c0a0c37b3b24393b42b90a4c561d6c606b1/string/FreeBSD/strsignal.c',
	// The Windows SDK's wuerror.h (wuerror-h.tsv, scripts/windows-sdk.mjs): the package, then the header.
	wuerror: `${SDK_PAGE}#um/wuerror.h`,
	ntstatus: `${SDK_PAGE}#shared/ntstatus.h`,
	spapi: `${SDK_PAGE}#shared/winerror.h`,
	// Windows Setup's result codes (MOSETUP_E_*, mosetup-errors.tsv): the "Modern setup errors" table.
	mosetup:
		'https://learn.microsoft.com/en-us/troubleshoot/windows-client/setup-upgrade-and-drivers/windows-10-upgrade-resolution-procedures',
	// .NET's hosting layer (dotnet-host-error-codes.tsv): error_codes.h, the enum and its comments, and
	// the same file before four codes were renamed.
	dotnetHost:
		'https://github.com/dotnet/runtime/blob/1e513cd9238938c7c13738a8947de2eae243156d/src/native/corehost/error_codes.h',
	dotnetHostBefore:
		'https://github.com/dotnet/runtime/blob/9d7420ad8527545e3bd5bbc7550747280c8ddba1/src/native/corehost/error_codes.h',
};

/**
 * One object per row of a reference table, with the named columns (which the header must have).
 * @template {string} C
 * @param {string} name a table in the reference folder
 * @param {C[]} columns
 * @returns {Record<C, string>[]}
 */
function tsv(name, columns) {
	const [head = '', ...rows] = readFileSync(join(ref, name), 'utf8').trimEnd().split('\n');
	const cols = head.split('\t');
	const missing = columns.filter((c) => !cols.includes(c));
	if (missing.length) throw new Error(`${name} has no column ${missing.join(', ')}`);
	return rows.map((r) => {
		const cells = r.split('\t');
		return /** @type {Record<C, string>} */ (
			Object.fromEntries(columns.map((c) => [c, cells[cols.indexOf(c)] ?? '']))
		);
	});
}

/** @type {Record<string, object>} */
const notes = {};
for (const f of readdirSync(join(out, 'notes')).filter((n) => n.endsWith('.yaml'))) {
	Object.assign(notes, yaml.load(readFileSync(join(out, 'notes', f), 'utf8')));
}
// Hand-written titles: titles/<locale>/<family>.yaml maps each id to that language's title.
/** @type {Record<string, Record<string, string>>} */
const titles = {};
const titleDir = join(out, 'titles');
for (const locale of readdirSync(titleDir)) {
	for (const f of readdirSync(join(titleDir, locale)).filter((n) => n.endsWith('.yaml'))) {
		const map = /** @type {Record<string, string>} */ (
			yaml.load(readFileSync(join(titleDir, locale, f), 'utf8'))
		);
		for (const [id, text] of Object.entries(map)) (titles[id] ??= {})[locale] = text;
	}
}
const used = new Set();
/** @param {string} id @param {object} data @returns {[string, object]} */
function entry(id, data) {
	const note = notes[id] ?? {};
	used.add(id);
	return [id, { ...data, ...note, ...(titles[id] ? { title: titles[id] } : {}) }];
}

/** @type {Record<string, [string, object][]>} */
const families = {};
families.msi = tsv('msi-error-messages.tsv', ['code', 'message', 'remarks']).map((r) => {
	const texts = r.message.split(' || ');
	const remarks = r.remarks.split(' || ');
	const official = texts.map((text, i) => ({
		text,
		...(remarks[i] ? { remarks: remarks[i] } : {}),
		source: SRC.msi,
	}));
	return entry(`msi/${r.code}`, { family: 'msi', code: Number(r.code), official });
});

// MsiInstaller's own events (the table's rows below 10000; the others are 10000 + a message number).
families['msi-event'] = tsv('msi-events.tsv', ['event_id', 'message', 'remarks']).map((r) =>
	entry(`msi-event/${r.event_id}`, {
		family: 'msi-event',
		code: Number(r.event_id),
		official: [
			{ text: r.message, ...(r.remarks ? { remarks: r.remarks } : {}), source: SRC.events },
		],
	}),
);

// The System Error Codes table: each row names the range page it comes from. The codes msiexec
// returns stay msiexec entries, with this table's name (when it differs) and text added; the rest
// are the win32 family.
const system = tsv('win32-system-errors.tsv', ['code', 'name', 'message', 'page']);
const sysByCode = new Map(system.map((r) => [r.code, r]));
families.msiexec = tsv('msiexec-exit-codes.tsv', ['code', 'constant', 'description']).map((r) => {
	const names = [{ name: r.constant, source: SRC.msiexec }];
	const official = [{ text: r.description, source: SRC.msiexec }];
	const sys = sysByCode.get(r.code);
	if (sys) {
		const source = `${SRC.sys}${sys.page}`;
		if (sys.name !== r.constant) names.push({ name: sys.name, source });
		official.push({ text: sys.message, source });
	}
	return entry(`msiexec/${r.code}`, { family: 'msiexec', code: Number(r.code), names, official });
});
const msiexecCodes = new Set(
	families.msiexec.map(([, e]) => /** @type {{code: number}} */ (e).code),
);
families.win32 = system
	.filter((r) => !msiexecCodes.has(Number(r.code)))
	.map((r) => {
		const source = `${SRC.sys}${r.page}`;
		return entry(`win32/${r.code}`, {
			family: 'win32',
			code: Number(r.code),
			names: [{ name: r.name, source }],
			official: [{ text: r.message, source }],
		});
	});

families.hresult = tsv('authenticode-hresults.tsv', ['hex', 'symbolic_name', 'message']).map((r) =>
	entry(`hresult/${r.hex}`, {
		family: 'hresult',
		code: r.hex,
		names: [{ name: r.symbolic_name, source: SRC.com }],
		official: [{ text: r.message, source: SRC.com }],
	}),
);

// HRESULT tables with a symbolic name and one text per row; `page` names the WUA page of a row.
/** @param {string} family @param {string} file @param {(r: Record<string, string>) => string} src */
const hresultTable = (family, file, src, extra = /** @type {string[]} */ ([])) =>
	tsv(file, ['hex', 'symbolic_name', 'message', ...extra]).map((r) =>
		entry(`${family}/${r.hex}`, {
			family,
			code: r.hex,
			names: [{ name: r.symbolic_name, source: src(r) }],
			official: [{ text: r.message, source: src(r) }],
		}),
	);
// The security packages' codes (SEC_E_*: Schannel's TLS, Kerberos, NTLM), from the same Learn page.
families.sspi = hresultTable('sspi', 'sspi-hresults.tsv', () => SRC.com);
// The table also lists two installed-status results without the failure bit (0x0A15xxxx); they are
// not errors anyone looks up, and the family is winget's failure HRESULTs only.
families.winget = hresultTable('winget', 'winget-return-codes.tsv', () => SRC.winget).filter(
	([id]) => id.startsWith('winget/0x8A15'),
);
families['windows-update'] = hresultTable(
	'windows-update',
	'wua-error-codes.tsv',
	(r) => `${SRC.wua}${r.page}`,
	['page'],
);
// The WU_E_* codes of "Windows Update error codes by component" (wu-error-reference.tsv), which lists
// many the WUA pages lack: each becomes an entry, sourced to the page's section that lists it. A code
// the WUA pages have keeps their name and text only (the names agree; the texts are the same or
// reworded, and the component page has two HTTP statuses wrong: 500 for 501, 503 for 504). Its success
// rows (WU_S_*, 0x0024xxxx) are left out, as from the WUA table, and so is the second listing of
// 0x80243FFF (under two headings, the same text). One text starts with a stray "9 " that wuerror.h's
// MessageText for the code does not have; it is quoted without it.
{
	const family = 'windows-update';
	const byId = new Map(families[family]);
	for (const r of tsv('wu-error-reference.tsv', ['hex', 'symbolic_name', 'message', 'section'])) {
		const id = `${family}/${r.hex}`;
		if (!r.hex.startsWith('0x8024') || byId.has(id)) continue;
		const source = `${SRC.wuRef}#${r.section}`;
		const text = r.hex === '0x80242000' ? r.message.replace(/^9 /, '') : r.message;
		const [, e] = entry(id, {
			family,
			code: r.hex,
			names: [{ name: r.symbolic_name, source }],
			official: [{ text, source }],
		});
		byId.set(id, e);
	}
	// Then the Windows SDK's wuerror.h (wuerror-h.tsv), which defines the codes of newer Windows Update
	// components that no Learn table lists (0x80240438 WU_E_PT_ENDPOINT_UNREACHABLE, …): each becomes an
	// entry with the header's name and text. A code a Learn table has keeps its text (the header's words
	// it, or says "Windows Update Agent" for "WUA"), unless the header names it otherwise: 0x80240047 is
	// WU_E_NOTSUPPORTED on Learn and WU_E_REVERT_NOT_ALLOWED ("The update could not be reverted.") in the
	// header, so its page quotes both, each with its source. The header defines WU_E_REDIRECTOR_UNEXPECTED
	// as 0x802450FF, the component list as 0x80245FFF: both values are entries.
	for (const r of tsv('wuerror-h.tsv', ['hex', 'symbolic_name', 'message'])) {
		const id = `${family}/${r.hex}`;
		const source = SRC.wuerror;
		const known =
			/** @type {{names: {name: string, source: string}[], official: object[]} | undefined} */ (
				byId.get(id)
			);
		if (known) {
			if (known.names.some((n) => n.name === r.symbolic_name)) continue;
			known.names.push({ name: r.symbolic_name, source });
			known.official.push({ text: r.message, source });
			continue;
		}
		byId.set(
			id,
			entry(id, {
				family,
				code: r.hex,
				names: [{ name: r.symbolic_name, source }],
				official: [{ text: r.message, source }],
			})[1],
		);
	}
	families[family] = [...byId].sort(
		([a], [b]) =>
			Number.parseInt(a.slice(a.indexOf('/') + 1), 16) -
			Number.parseInt(b.slice(b.indexOf('/') + 1), 16),
	);
}
families.stg = hresultTable('stg', 'stg-error-codes.tsv', () => SRC.com3);
// NTSTATUS errors of facility 0 (0xC000xxxx) and of side-by-side assemblies (0xC015xxxx), as the Windows
// SDK's ntstatus.h defines them (ntstatus-h.tsv): one entry per code, with the header's name and
// MessageText.
families.ntstatus = hresultTable('ntstatus', 'ntstatus-h.tsv', () => SRC.ntstatus);
// Facility 15 (0x800Fxxxx), the setup family: SetupAPI's errors (SPAPI_E_*) as the Windows SDK's
// winerror.h defines them (spapi-winerror-h.tsv), one entry per code, with the header's name and text;
// then the errors of Component-Based Servicing (CBS_E_*, PSFX_E_*, 0x800F08xx–0x800F09xx), which no SDK
// header defines: one entry per row of cbs-error-codes.tsv, each with the name and words of the Learn
// page its row names (the README says which page a code's row is taken from).
families.setup = [
	...hresultTable('setup', 'spapi-winerror-h.tsv', () => SRC.spapi),
	...hresultTable('setup', 'cbs-error-codes.tsv', (r) => r.page ?? '', ['page']),
].sort(
	([a], [b]) =>
		Number.parseInt(a.slice(a.indexOf('/') + 1), 16) -
		Number.parseInt(b.slice(b.indexOf('/') + 1), 16),
);
// Windows Setup's result codes (0xC19xxxxx, MOSETUP_E_*), what a Windows 10 or 11 upgrade or feature
// update fails with ("0xC1900101 - 0x4000D"): one entry per row of the "Modern setup errors" table of
// Learn's "Windows 10 upgrade resolution procedures" (mosetup-errors.tsv), with its name and words.
families.upgrade = hresultTable('upgrade', 'mosetup-errors.tsv', () => SRC.mosetup);
// .NET's hosting layer (0x80008081–0x800080A7): what dotnet, an app's own .exe (apphost) and the
// hosting APIs exit or fail with before the app runs ("-2147450730", FrameworkMissingFailure). One
// entry per enumerator of error_codes.h, its comment the text; a name the file had before a rename
// (CoreHostCurHostFindFailure) is a second name, sourced to the file as it was.
families['dotnet-host'] = tsv('dotnet-host-error-codes.tsv', [
	'hex',
	'symbolic_name',
	'message',
	'former_name',
]).map((r) =>
	entry(`dotnet-host/${r.hex}`, {
		family: 'dotnet-host',
		code: r.hex,
		names: [
			{ name: r.symbolic_name, source: SRC.dotnetHost },
			...(r.former_name ? [{ name: r.former_name, source: SRC.dotnetHostBefore }] : []),
		],
		official: [{ text: r.message, source: SRC.dotnetHost }],
	}),
);
// WinHTTP's and WinINet's error pages: one entry per number, the WinHTTP name and text first where both
// pages define it (12175 means an SSL certificate failure to WinHTTP and a decoding failure to WinINet).
const winhttp = tsv('winhttp-errors.tsv', ['code', 'name', 'message']);
const wininet = tsv('wininet-errors.tsv', ['code', 'name', 'message']);
families.internet = [...new Set([...winhttp, ...wininet].map((r) => Number(r.code)))]
	.sort((a, b) => a - b)
	.map((code) => {
		const rows = [
			...winhttp.filter((r) => Number(r.code) === code).map((r) => ({ ...r, source: SRC.winhttp })),
			...wininet.filter((r) => Number(r.code) === code).map((r) => ({ ...r, source: SRC.wininet })),
		];
		return entry(`internet/${code}`, {
			family: 'internet',
			code,
			names: rows.map((r) => ({ name: r.name, source: r.source })),
			official: rows.map((r) => ({ text: r.message, source: r.source })),
		});
	});

// The generic COM table: its failure rows of facility 0 and 4 (0x8000xxxx, 0x8004xxxx) are the com
// family; its four 0x8007xxxx rows are Win32 errors as HRESULTs (E_ACCESSDENIED is 0x80070005, Win32
// error 5), so their names go to that Win32 entry; its two success rows (0x0004xxxx) are left out.
families.com = hresultTable('com', 'com-error-codes-1.tsv', () => SRC.com1).filter(([id]) =>
	/^com\/0x800[04]/.test(id),
);
for (const r of tsv('com-error-codes-1.tsv', ['hex', 'symbolic_name']).filter((x) =>
	x.hex.startsWith('0x8007'),
)) {
	const code = Number.parseInt(r.hex.slice(6), 16);
	const target = [...families.msiexec, ...families.win32].find(
		([, e]) => /** @type {{code: number}} */ (e).code === code,
	);
	if (!target) throw new Error(`${r.hex} wraps Win32 error ${code}, which has no entry`);
	const e = /** @type {{names: {name: string, source: string}[]}} */ (target[1]);
	e.names = [...e.names, { name: r.symbolic_name, source: SRC.com1 }];
}

families.signtool = tsv('signtool-verify-options.tsv', ['option', 'meaning'])
	.filter((r) => r.option.startsWith('exit code '))
	.map((r) => {
		const code = Number(r.option.slice('exit code '.length));
		return entry(`signtool/${code}`, {
			family: 'signtool',
			code,
			official: [{ text: r.meaning, source: SRC.signtool }],
		});
	});

families.systemctl = tsv('systemctl-exit-codes.tsv', ['value', 'description_in_LSB']).map((r) =>
	entry(`systemctl/${r.value}`, {
		family: 'systemctl',
		code: Number(r.value),
		official: [{ text: r.description_in_LSB.replace(/^"|"$/g, ''), source: SRC.systemctl }],
	}),
);

// systemd.exec(5)'s exit codes, each with its symbolic name and the name systemd prints after the
// number (systemd-analyze exit-status): "status=203/EXEC".
families['systemd-exit'] = tsv('systemd-exit-codes.tsv', [
	'code',
	'symbolic_name',
	'shown_as',
	'description',
	'remarks',
]).map((r) =>
	entry(`systemd-exit/${r.code}`, {
		family: 'systemd-exit',
		code: Number(r.code),
		names: [
			{ name: r.symbolic_name, source: SRC.exec },
			{ name: r.shown_as, source: SRC.analyze },
		],
		official: [
			{ text: r.description, ...(r.remarks ? { remarks: r.remarks } : {}), source: SRC.exec },
		],
	}),
);

// signal(7)'s standard signals by their x86/ARM number; a number with two names (6 SIGABRT, SIGIOT)
// is one entry, the first name first, then the name without SIG as kill -l and systemd print it.
/** @type {Map<number, { signal: string, comment: string, action: string }[]>} */
const signals = new Map();
for (const r of tsv('signal-numbers.tsv', ['number', 'signal', 'action', 'comment'])) {
	const n = Number(r.number);
	signals.set(n, [...(signals.get(n) ?? []), r]);
}
// glibc's descriptions of the fatal signals (strsignal()), which bash prints for a command that one
// ended ("Segmentation fault", "段错误"): signal-descriptions.tsv.
/** @type {Map<number, object[]>} */
const printed = new Map();
for (const r of tsv('signal-descriptions.tsv', ['number', 'signal', 'description', 'zh_CN'])) {
	printed.set(Number(r.number), [
		{
			text: r.description,
			remarks: `glibc's description of ${r.signal} (strsignal()): what a shell prints for a command the signal ended`,
			source: SRC.strsignal,
			printed: true,
		},
		{
			text: r.zh_CN,
			lang: 'zh-CN',
			remarks: `The same in a zh_CN locale (glibc's Chinese translation)`,
			source: SRC.strsignal,
			printed: true,
		},
	]);
}
// zsh's own messages (zsh-signal-messages.tsv), which it prints instead: "zsh: killed     ./app". A
// number with two names has two ("abort", "IOT instruction"); zsh prints the one its build took.
for (const r of tsv('zsh-signal-messages.tsv', ['number', 'signal', 'message'])) {
	const n = Number(r.number);
	printed.set(n, [
		...(printed.get(n) ?? []),
		{
			text: r.message,
			remarks: `zsh's message for ${r.signal}: what zsh prints for a job the signal ended`,
			source: SRC.zsh,
			printed: true,
		},
	]);
}
// What macOS prints (darwin-signal-texts.tsv): its strsignal() adds macOS's own number for the signal,
// which bash, make and other programs print there ("Segmentation fault: 11", "Abort trap: 6"). macOS
// numbers some signals otherwise ("Bus error: 10" is SIGBUS, 7 here): each text goes to the entry of
// the signal it names.
/** @type {Map<string, number>} */
const numberOf = new Map();
for (const [n, rows] of signals) for (const r of rows) numberOf.set(r.signal, n);
for (const r of tsv('darwin-signal-texts.tsv', ['number', 'signal', 'text', 'printed'])) {
	const n = numberOf.get(r.signal);
	if (n === undefined)
		throw new Error(`darwin-signal-texts.tsv: ${r.signal} is not in signal-numbers.tsv`);
	if (r.printed !== `${r.text}: ${r.number}`)
		throw new Error(
			`darwin-signal-texts.tsv: ${r.signal} is not printed as "${r.text}: ${r.number}"`,
		);
	printed.set(n, [
		...(printed.get(n) ?? []),
		{
			text: r.printed,
			remarks: `macOS's text for ${r.signal}, which macOS numbers ${r.number}: strsignal() adds the number to the text of sys_siglist (gen/FreeBSD/siglist.c)`,
			source: SRC.darwin,
			printed: true,
		},
	]);
}
families.signal = [...signals].map(([code, rows]) =>
	entry(`signal/${code}`, {
		family: 'signal',
		code,
		names: [
			{ name: rows[0]?.signal, source: SRC.signal },
			{ name: rows[0]?.signal.slice(3), source: SRC.kill },
			...rows.slice(1).map((r) => ({ name: r.signal, source: SRC.signal })),
		],
		official: [
			...rows.map((r) => ({
				text: r.comment,
				remarks: `${r.signal}; default action: ${r.action}`,
				source: SRC.signal,
			})),
			// What a shell prints when a command ends on the signal: glibc's description, in English and
			// in a zh_CN locale, zsh's message and macOS's text (printed: lookup reads it where a shell
			// prints it).
			...(printed.get(code) ?? []),
		],
	}),
);

// Linux's error numbers (errno(3), numbered as on x86 and ARM): every name errno(3) lists, with its
// value from this machine's C headers (errno-names.tsv; a number with two names lists the one whose
// text glibc's strerror() prints first), and glibc's strerror() text in English and in a zh_CN locale
// (errno-strerror.tsv): what programs print for the number ("(13: Permission denied)", "权限不够").
{
	/** @type {Map<number, Record<string, string>[]>} */
	const names = new Map();
	for (const r of tsv('errno-names.tsv', ['number', 'name', 'description'])) {
		const n = Number(r.number);
		names.set(n, [...(names.get(n) ?? []), r]);
	}
	const strerror = new Map(
		tsv('errno-strerror.tsv', ['number', 'strerror', 'zh_CN']).map((r) => [Number(r.number), r]),
	);
	families.errno = [...names].map(([code, rows]) => {
		const s = strerror.get(code);
		if (!s) throw new Error(`errno-strerror.tsv has no row for ${code}`);
		return entry(`errno/${code}`, {
			family: 'errno',
			code,
			names: rows.map((r) => ({ name: r.name, source: SRC.errno })),
			official: [
				...rows.map((r) => ({ text: r.description, remarks: r.name, source: SRC.errno })),
				{
					text: s.strerror,
					remarks: `glibc's text for ${rows[0]?.name} (strerror()): what programs print for the number`,
					source: SRC.strerror,
				},
				{
					text: s.zh_CN,
					lang: 'zh-CN',
					remarks: `The same in a zh_CN locale (glibc's Chinese translation)`,
					source: SRC.strerror,
				},
			],
		});
	});
}

// The exit statuses bash(1) gives a meaning (EXIT STATUS): 127, not found; 126, found but not
// executable; 2, a builtin's incorrect usage; 1, a failure (bash-exit-statuses.tsv). 128 + N, a fatal
// signal N, is the signal family's.
families.shell = tsv('bash-exit-statuses.tsv', ['code', 'text']).map((r) =>
	entry(`shell/${r.code}`, {
		family: 'shell',
		code: Number(r.code),
		official: [{ text: r.text, source: SRC.bash }],
	}),
);

// APT's one failure status (apt-exit-statuses.tsv): 100, in apt-get(8)'s words, then apt(8)'s.
const aptRows = tsv('apt-exit-statuses.tsv', ['program', 'code', 'text']);
families.apt = [...new Set(aptRows.map((r) => r.code))].map((code) =>
	entry(`apt/${code}`, {
		family: 'apt',
		code: Number(code),
		official: aptRows
			.filter((r) => r.code === code)
			.map((r) => ({
				text: r.text,
				source: SRC.apt[/** @type {'apt-get' | 'apt'} */ (r.program)],
			})),
	}),
);

// curl's exit codes, libcurl's CURLcode values (curl-errors.tsv, curl 7.88.1): each name and its
// description from libcurl-errors(3), with a name it had before; curl(1)'s text for the exit code, where
// EXIT CODES lists it; and libcurl's own text (curl_easy_strerror()).
families.curl = tsv('curl-errors.tsv', [
	'code',
	'name',
	'former_name',
	'exit_text',
	'description',
	'strerror',
]).map((r) =>
	entry(`curl/${r.code}`, {
		family: 'curl',
		code: Number(r.code),
		names: [r.name, r.former_name]
			.filter(Boolean)
			.map((name) => ({ name, source: SRC.curlErrors })),
		official: [
			...(r.exit_text
				? [{ text: r.exit_text, remarks: `curl's exit code ${r.code}`, source: SRC.curl }]
				: []),
			{ text: r.description, remarks: r.name, source: SRC.curlErrors },
			{
				text: r.strerror,
				remarks: `libcurl's text for ${r.name} (curl_easy_strerror())`,
				source: SRC.curlStrerror,
			},
		],
	}),
);

// OpenSSL's certificate verification results (openssl-verify-errors.tsv, OpenSSL 3.0): each name, its
// message and its description from X509_STORE_CTX_get_error(3ssl), and OpenSSL's own text for it
// (X509_verify_cert_error_string(), what openssl, curl, git and Python print), where it differs from the
// page's message; and the name Node.js gives the error's `code` (UNABLE_TO_GET_ISSUER_CERT_LOCALLY, as
// npm prints it), for the 28 codes its documentation lists.
families.openssl = tsv('openssl-verify-errors.tsv', [
	'code',
	'name',
	'text',
	'strerror',
	'description',
	'node_name',
]).map((r) =>
	entry(`openssl/${r.code}`, {
		family: 'openssl',
		code: Number(r.code),
		names: [
			{ name: r.name, source: SRC.opensslVerify },
			...(r.node_name ? [{ name: r.node_name, source: SRC.nodeTls }] : []),
		],
		official: [
			{
				text: r.strerror,
				remarks: `OpenSSL's text for ${r.name} (X509_verify_cert_error_string()): what openssl, curl, git and Python print`,
				source: SRC.opensslVerify,
				// Read where programs print it (families.ts, printedAfter); not X509_V_OK's "ok".
				...(r.code === '0' ? {} : { printed: true }),
			},
			...(r.text === r.strerror
				? []
				: [
						{ text: r.text, remarks: `${r.name}, as the page gives it`, source: SRC.opensslVerify },
					]),
			{ text: r.description, remarks: r.name, source: SRC.opensslVerify },
		],
	}),
);

families.journald = tsv('journalctl-options.tsv', ['option'])
	.filter((r) => /^-p \d \/ /.test(r.option))
	.map((r) => {
		const [, level, name] = /^-p (\d) \/ (\w+)/.exec(r.option) ?? [];
		return entry(`journald/${level}`, {
			family: 'journald',
			code: Number(level),
			names: [{ name, source: SRC.journalctl }],
			official: [{ text: `"${name}" (${level})`, source: SRC.journalctl }],
		});
	});

for (const [family, entries] of Object.entries(families)) {
	writeFileSync(
		join(out, `${family}.json`),
		JSON.stringify(Object.fromEntries(entries), null, '\t') + '\n',
	);
	console.log(family, entries.length);
}
const orphans = [...Object.keys(notes), ...Object.keys(titles)].filter((id) => !used.has(id));
if (orphans.length) throw new Error(`notes or titles for unknown codes: ${orphans.join(', ')}`);
