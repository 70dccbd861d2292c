import { formsOf, idOf, isShownName, type CodeRef } from './codes';
import { extendAfter, type Extend } from './extend';
import { FAMILIES, FAMILY_LIST, familyOf, unwrapsOf, type Family, type Unwrap } from './families';

/** How a piece of the input led to an entry. */
export type Via =
	| 'number'
	| 'name'
	| 'hresult-from-win32'
	| 'hresult-from-nt'
	| 'hresult-from-setupapi'
	| 'event-id'
	| 'log-return-value'
	| 'exit-status'
	| 'exit-signal'
	| 'negated-errno'
	| 'phrase';

export interface Match<T extends CodeRef = CodeRef> {
	id: string;
	entry: T;
	via: Via;
	/** The part of the input that matched, as typed. */
	token: string;
	/** The 32-bit value the token was read as (for a name: the entry's code). */
	value: number;
	/** Windows Setup's extend code written after the token ("0xC1900101 - 0x4000D"). */
	extend?: Extend;
}

export type LookupResult<T extends CodeRef = CodeRef> =
	| { kind: 'empty' }
	| { kind: 'found'; matches: Match<T>[] }
	| { kind: 'unknown'; suggestions: T[] };

export interface CodeIndex<T extends CodeRef = CodeRef> {
	entries: readonly T[];
	byCode: Map<number, T[]>;
	byName: Map<string, T[]>;
	/** The entries' phrases (NFKC, lower-cased) → the entries, and each phrase as printed. */
	byPhrase: Map<string, { phrase: string; entry: T }[]>;
	/** Every phrase, longest first, as one case-insensitive alternation of literals (null: none). */
	phrases: RegExp | null;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
};

// macOS's form of a printed text: its strsignal() ends the text with macOS's number for the signal
// ("Bus error: 10"), as the data writes it; people also type "Bus error:10", "Bus error :10" and, for a
// text of more than one word, "Bus error 10". These are the one place that knows that form.
const DARWIN_SUFFIX = /: (\d+)$/;
const DARWIN_COLON = '[ \\t]?:[ \\t]?';
const DARWIN_SEPARATOR = `(?:${DARWIN_COLON}|[ \\t])`;
const DARWIN_TYPED = new RegExp(`${DARWIN_SEPARATOR}(?=\\d+$)`);
const darwin = {
	/** Whether a phrase of the data is macOS's form. */
	is: (phrase: string) => DARWIN_SUFFIX.test(phrase),
	/** The phrase's pattern in the alternation of buildIndex, with the separators people type. */
	source: (escaped: string) =>
		escaped.replace(
			DARWIN_SUFFIX,
			`${escaped.replace(DARWIN_SUFFIX, '').includes(' ') ? DARWIN_SEPARATOR : DARWIN_COLON}$1`,
		),
	/** A matched token as the data writes it ("bus error:10" → "bus error: 10"). */
	key: (token: string) => token.replace(DARWIN_TYPED, ': '),
	/** Where macOS's number starts in a matched token (it is no code). */
	numberAt: (token: string) => token.length - (/\d+$/.exec(token)?.[0].length ?? 0),
};
// A family whose texts other programs print after words of their own (families.ts, printedAfter:
// OpenSSL's "self-signed certificate" after Python's "certificate verify failed: "): its texts are
// keyed with a space for each hyphen, and matched with either ("self signed", as OpenSSL before 3.0
// wrote it).
const printedAfter = (family: Family): readonly string[] | undefined => {
	const f = familyOf(family);
	return 'printedAfter' in f ? f.printedAfter : undefined;
};
const loose = (key: string) => key.replaceAll('-', ' ');
/** Whether one of the words a family's texts follow ends the text at `at` (any case). */
const afterWords = (text: string, at: number, words: readonly string[]) =>
	words.some(
		(w) => at >= w.length && text.slice(at - w.length, at).toLowerCase() === w.toLowerCase(),
	);

/** The entries of a printed text as matched: as it is, in macOS's form, or with its hyphens as spaces. */
const byToken = <T extends CodeRef>(index: CodeIndex<T>, token: string) => {
	const key = token.toLowerCase();
	return (
		index.byPhrase.get(key) ??
		index.byPhrase.get(darwin.key(key)) ??
		index.byPhrase.get(loose(key)) ??
		[]
	);
};

export function buildIndex<T extends CodeRef>(entries: readonly T[]): CodeIndex<T> {
	const order = (e: CodeRef) => FAMILIES.indexOf(e.family);
	const sorted = [...entries].sort((a, b) => order(a) - order(b) || a.code - b.code);
	const byCode = new Map<number, T[]>();
	const byName = new Map<string, T[]>();
	const byPhrase = new Map<string, { phrase: string; entry: T }[]>();
	const looseKeys = new Set<string>();
	for (const e of sorted) {
		push(byCode, e.code, e);
		for (const n of e.names) push(byName, n.toUpperCase(), e);
		const after = printedAfter(e.family) !== undefined;
		for (const p of e.phrases ?? []) {
			const phrase = p.normalize('NFKC');
			const key = after ? loose(phrase.toLowerCase()) : phrase.toLowerCase();
			if (phrase) push(byPhrase, key, { phrase, entry: e });
			if (after) looseKeys.add(key);
		}
	}
	const list = [...byPhrase.keys()].sort((a, b) => b.length - a.length);
	const escape = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const source = (p: string) =>
		looseKeys.has(p) ? escape(p).replaceAll(' ', '[- ]') : darwin.source(escape(p));
	const phrases = list.length ? new RegExp(list.map(source).join('|'), 'gi') : null;
	return { entries: sorted, byCode, byName, byPhrase, phrases };
}

// A numeric token: signed decimal, 0x-hex, or bare hex. A bare token must hold a digit (so words
// such as "code" or "bad" never read as numbers); that is checked after matching, because the
// pattern [0-9a-f]*[0-9][0-9a-f]* backtracks quadratically over a long run of digits before a letter.
export const NUMBER = /(?<!\w)(-?)(0x[0-9a-f]+|[0-9a-f]+)(?!\w)/gi;
export const DIGIT = /[0-9]/;
const DECIMAL = /^\d+$/;
export const WORD = /[A-Za-z][A-Za-z0-9_]*/g;

/** The 32-bit values a numeric token can stand for. */
export function readNumber(sign: string, body: string): number[] {
	const lower = body.toLowerCase();
	if (lower.length > 18) return [];
	const values: number[] = [];
	if (lower.startsWith('0x')) {
		if (!sign && lower.length > 2) values.push(Number.parseInt(lower.slice(2), 16));
	} else if (/^\d+$/.test(lower)) {
		const n = Number(sign + lower);
		if (n < 0 && n >= -0x80000000) values.push(n >>> 0);
		else if (n >= 0) values.push(n);
		// A bare 8-digit HRESULT (80070643) is all digits too.
		if (!sign && lower.length === 8) values.push(Number.parseInt(lower, 16));
	} else if (!sign) {
		values.push(Number.parseInt(lower, 16));
	}
	return values.filter((v) => Number.isSafeInteger(v) && v <= 0xffffffff);
}

// The wrappings lookup unwraps, read from the family descriptors (unwrapsOf): HRESULT_FROM_WIN32
// (0x8007xxxx is Win32 error xxxx), HRESULT_FROM_NT (0xDxxxxxxx is NTSTATUS 0xCxxxxxxx),
// HRESULT_FROM_SETUPAPI (SetupAPI's 0xE000xxxx is 0x800Fxxxx), each with the families it leads into;
// and event IDs (MsiInstaller's 10000 + message number).
const UNWRAPS = [
	...FAMILY_LIST.reduce((by, f) => {
		for (const u of unwrapsOf(f)) by.set(u, (by.get(u) ?? new Set<string>()).add(f.id));
		return by;
	}, new Map<Unwrap, Set<string>>()),
].map(([unwrap, families]) => ({ unwrap, families }));
const EVENT_FAMILIES = FAMILY_LIST.flatMap((f) =>
	'eventOffset' in f ? [{ id: f.id, offset: f.eventOffset }] : [],
);

const LOG_FAMILIES = FAMILY_LIST.flatMap((f) =>
	'logValues' in f ? [{ id: f.id, values: f.logValues as Readonly<Record<number, number>> }] : [],
);
const CUED = FAMILY_LIST.flatMap((f) => ('cue' in f ? [{ id: f.id, cue: f.cue }] : []));
/** The families whose cue the text holds (lookup's text: lookupText of the input). */
export const cuedFamilies = (text: string) =>
	new Set<string>(CUED.filter(({ cue }) => cue.test(text)).map(({ id }) => id));
/** The codes Node.js reports negated after "errno" (libuv's -errno), by family. */
const NEGATED_ERRNO = new Map<string, ReadonlySet<number>>(
	FAMILY_LIST.flatMap((f) =>
		'negatedAfterErrno' in f ? [[f.id, new Set(f.negatedAfterErrno)] as const] : [],
	),
);
const EXITS = FAMILY_LIST.flatMap((f) =>
	'exitStatus' in f ? [{ id: f.id, ...f.exitStatus }] : [],
);
/**
 * The families whose codes the text's exit statuses may stand for ("exit code 137" is 128 + SIGKILL),
 * with their offsets: those whose exit-status cue the text holds.
 */
export const exitOffsets = (text: string) =>
	new Map<string, number>(EXITS.filter(({ cue }) => cue.test(text)).map((f) => [f.id, f.offset]));
const LEADS = new Set<string>(
	FAMILY_LIST.flatMap((f) => ('leads' in f ? f.leads.map((c) => `${f.id}/${c}`) : [])),
);
// Words that leave a number bare ("Error 1603", "code 1603"); Chinese words are not WORD matches.
const BARE_WORDS = new Set(['ERROR', 'ERR', 'CODE']);

// What a verbose log writes before an action's result, in English and in the translations whose logs
// the log checker reads (src/lib/checkers/decode.ts): "Return value 3", "返回值 3", "Rückgabewert 3".
// Tested on the 24 characters before a digit, and anchored at their end: linear.
const RETURN_VALUE =
	/(?:return value|返回值|傳回值|戻り値|rückgabewert|valeur de retour) ?[:：]? ?$/i;

/**
 * A one-digit number that follows "Return value" is an action's result in a log, not a code: the
 * start of its phrase, or -1.
 */
export function returnValueAt(text: string, start: number, body: string): number {
	if (body.length !== 1 || !DIGIT.test(body)) return -1;
	const before = text.slice(Math.max(0, start - 24), start);
	const m = RETURN_VALUE.exec(before);
	return m ? start - before.length + m.index : -1;
}

/** The codes a log's action result stands for ("Return value 3" → msiexec 1603). */
export const logReadings = (digit: number) =>
	LOG_FAMILIES.flatMap(({ id, values }) =>
		values[digit] === undefined ? [] : [{ family: id, code: values[digit] }],
	);

// Families whose names are log levels: read alone or with their cue ("Info" in a CBS line is no code).
const WORD_NAMES = new Set<string>(FAMILY_LIST.filter((f) => 'wordNames' in f).map((f) => f.id));
// Families whose numbers are read only with their cue (a bare 3 is not EXIT_NOTIMPLEMENTED).
const CUED_ONLY = new Set<string>(FAMILY_LIST.filter((f) => 'cuedOnly' in f).map((f) => f.id));

function matchNumber<T extends CodeRef>(
	index: CodeIndex<T>,
	value: number,
	token: string,
	cued: ReadonlySet<string>,
	exits: ReadonlyMap<string, number>,
) {
	const out: Match<T>[] = [];
	// "exit code 137": a shell's 128 + 9 (SIGKILL), read before the number as a code of its own. A
	// shell prints its status in decimal.
	if (DECIMAL.test(token))
		for (const [id, offset] of exits)
			for (const entry of index.byCode.get(value - offset) ?? [])
				if (entry.family === id)
					out.push({ id: idOf(entry), entry, via: 'exit-status', token, value });
	for (const entry of index.byCode.get(value) ?? [])
		if (!CUED_ONLY.has(entry.family) || cued.has(entry.family))
			out.push({ id: idOf(entry), entry, via: 'number', token, value });
	for (const { unwrap, families } of UNWRAPS) {
		const code = unwrap.read(value);
		if (code === undefined) continue;
		for (const entry of index.byCode.get(code) ?? [])
			if (families.has(entry.family))
				out.push({ id: idOf(entry), entry, via: unwrap.via, token, value });
	}
	for (const { id, offset } of EVENT_FAMILIES) {
		// Message numbers are below the offset (10000), so event IDs lie strictly between it and twice it.
		if (value <= offset || value >= offset * 2) continue;
		for (const entry of index.byCode.get(value - offset) ?? []) {
			if (entry.family === id) out.push({ id: idOf(entry), entry, via: 'event-id', token, value });
		}
	}
	return out;
}

/**
 * The number of a negative exit code that may be a signal's ("-9", "-11"): 2 to 99. Not 1: -1 is the
 * failure value of countless programs (C's return -1, Windows' 0xFFFFFFFF), far more often than SIGHUP.
 */
export const NEGATED = /^(?:[2-9]|[1-9]\d)$/;

/** A result code Windows Setup writes an extend code after: eight hex digits (0xC1900101, 0x80070070). */
const RESULT_CODE = /^0x[0-9a-f]{8}$/i;

const TIME_DIGIT = /[0-9]/;
/**
 * A number joined to another by a colon is part of a clock time, as MSI logs stamp each line
 * ([10:22:41:125]): not a code, though its milliseconds are three digits (and 125 is a Win32 code).
 * "Error 1603:" and "Note: 1: 2203" keep their numbers: a space follows the colon.
 */
function isClockPart(text: string, start: number, length: number): boolean {
	const end = start + length;
	return (
		(text[start - 1] === ':' && TIME_DIGIT.test(text[start - 2] ?? '')) ||
		(text[end] === ':' && TIME_DIGIT.test(text[end + 1] ?? ''))
	);
}

/**
 * A number joined by a dot to a digit is part of a version or an address ("go1.23.5", "10.0.19045",
 * "Version: 1.23.5"): not a code, though 5 and 23 are Win32 codes (ERROR_ACCESS_DENIED, ERROR_CRC).
 * "Error 1603." keeps its number: no digit follows the stop.
 */
function isVersionPart(text: string, start: number, length: number): boolean {
	const end = start + length;
	return (
		(text[start - 1] === '.' && TIME_DIGIT.test(text[start - 2] ?? '')) ||
		(text[end] === '.' && TIME_DIGIT.test(text[end + 1] ?? ''))
	);
}

// A date, as logs and pasted timestamps write one: ISO ("[476C:243C][2018-12-06T22:09:36]i007:" in
// a Burn log), with slashes (Event Viewer's "1/9/2024 2:07:55 PM", "2024/1/9 14:07:55"), or with a
// month's name (kubectl's "Mon, 13 Nov 2023 03:48:52 +0100", the journal's "Nov 04 00:20:04"). Its
// year (19xx or 20xx), month and day are not codes, though 2018, 12 and 13 are Win32 codes; an ISO
// date may run on into its time ("T22:09:36"). Bounded repeats and literal month names, no nested
// repeat: linear. ("2502/2503" holds no such year: both numbers are read.)
const MONTH =
	'(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
export const DATE = new RegExp(
	`(?<![\\w.])(?:(?:19|20)\\d\\d([-/])\\d{1,2}\\1\\d{1,2}|\\d{1,2}/\\d{1,2}/(?:19|20)\\d\\d|\\d{1,2} ${MONTH}\\.? (?:19|20)\\d\\d|${MONTH}\\.? \\d{1,2}(?:,? (?:19|20)\\d\\d)?)(?![0-9a-su-z_])`,
	'gi',
);
// The parts of an HRESULT, as the servicing stack's CBS.log spells them out after it ("HRESULT =
// 800f0207 [Error,Facility=(000f),Code=519 (0x0207)]"): the facility and the code within it are no
// codes of their own (000f is not ERROR_INVALID_DRIVE, and Code=0 is not ERROR_SUCCESS). Bounded
// repeats, no nesting: linear.
export const BREAKDOWN =
	/\[(?:Error|Warning|Success),Facility=(?:\([0-9a-f]{1,8}\)|\w{1,40}),Code=\d{1,10} \(0x[0-9a-f]{1,8}\)\]/gi;
// An IPv6 address, with its prefix length or its port: the "::" Node.js prints for a server that
// listens on every address ("listen EADDRINUSE: address already in use :::3000"), Go's and curl's
// "[::1]:8080", ip(8)'s "fe80::5/64", ipconfig's zone "fe80::1%12". Its groups and port are no codes (5 and 1 are Win32 codes). Only
// forms with "::" or in brackets: "12:30:45" stays a clock. Bounded repeats of fixed-width groups,
// each group ended by its colon: linear.
export const IPV6 =
	/(?<![\w:.])(?:\[[0-9a-f:.]{2,45}(?:%\w{1,16})?\](?::\d{1,5})?|(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?(?:%\w{1,16})?(?:\/\d{1,3}|:\d{1,5})?(?!\w|:[0-9a-f]))/gi;
// A URL, up to a space or a quote: its numbers are parts of a path, a version or a port, as in apt's
// "Failed to fetch http://deb.debian.org/debian/pool/main/c/curl/curl_7.88.1-10+deb12u5_amd64.deb"
// (10 and 88 were read as curl's codes); and apt's "[IP: 151.101.2.132 80]", the server's address and
// port. A scheme of at most 16 characters, then a bounded run without spaces: linear.
export const URL_OR_APT_IP =
	/\b[a-z][a-z0-9+.-]{1,15}:\/\/[^\s"'<>]{1,400}|\[IP: [0-9a-f.:]{2,45} \d{1,5}\]/gi;
/** Where the text's HRESULT breakdowns, dates, IPv6 addresses and URLs are, as [start, end) spans: no number in one is read. */
const skippedSpans = (text: string) =>
	[
		...text.matchAll(DATE),
		...text.matchAll(BREAKDOWN),
		...text.matchAll(IPV6),
		...text.matchAll(URL_OR_APT_IP),
	].map((m): [number, number] => [m.index, m.index + m[0].length]);
/** A time zone's offset after a clock ("03:48:52 +0100"): tested on the 16 characters before it. */
const ZONE_BEFORE = /\d:\d\d(?:[.,]\d{1,9})? ?\+$/;
const isZone = (text: string, start: number, body: string) =>
	body.length === 4 && ZONE_BEFORE.test(text.slice(Math.max(0, start - 16), start));

// A number whose label says what else it is: a language ID, as MsiInstaller's events write one
// ("Product Language: 1033" is English (US)); a time stamp or an offset, as the "Application Error"
// event 1000 writes them for a program that crashed ("time stamp: 0x00000000", "Fault offset:
// 0x00431802"); a port, as curl, ssh and nginx write one ("Failed to connect to github.com port 443",
// "connect to host 192.168.1.5 port 22", "端口 22": 22 is ERROR_BAD_COMMAND). Tested on the 14
// characters before a number, anchored at their end.
// OpenSSL's s_client writes its verify callback's return after each certificate ("verify return:1"),
// which is no verification result.
const LABEL =
	/(?:language|语言|time ?stamp|时间戳|offset|偏移量|\bport|端口|verify return) ?[:：]? ?$/i;
const isLabelled = (text: string, start: number) =>
	LABEL.test(text.slice(Math.max(0, start - 14), start));

// A version in a product's name ("upgrade to Windows 11", "Windows Server 2019", "Windows 10,
// version 1607", "Windows 10 版本 1809", "Microsoft Visual C++ 2019 X64 Minimum Runtime", "SQL Server
// 2022"): the product, though 10, 11 and 2019 are Win32 codes (before, "Windows Server 2019 error 5"
// answered ERROR 2019 and not 5). Only the versions Windows has had after "Windows", a year after the
// other names, and a four-digit release after "version": "windows 1603" and "Windows 0x800f081f" keep
// their codes. Bounded repeats: tested on the 32 characters before a number, anchored at their end.
const PRODUCT = /\bwin(?:dows)?(?: server)? ?$/i;
const PRODUCT_YEAR = /\b(?:server|visual c\+\+|visual studio|office|exchange|sharepoint) ?$/i;
const PRODUCT_RELEASE = /\bwin(?:dows)?(?: server)? \d{1,4}(?: r2)?,? ?(?:version|版本) ?$/i;
const WINDOWS_VERSION = /^(?:7|8|10|11|95|98|2000|2003|2008|2012|2016|2019|2022|2025)$/;
const YEAR = /^(?:19[89]\d|20[0-3]\d)$/;
function isProductVersion(text: string, start: number, body: string): boolean {
	const before = text.slice(Math.max(0, start - 32), start);
	return (
		(WINDOWS_VERSION.test(body) && PRODUCT.test(before)) ||
		(YEAR.test(body) && PRODUCT_YEAR.test(before)) ||
		(/^\d{4}$/.test(body) && PRODUCT_RELEASE.test(before))
	);
}

// The source line a C++ program logs with the method that failed, as Windows Setup's setuperr.log
// does ("CDlpActionDriverInstallation::ExecuteDriverInstall(1055): Result = 0x80070002"): 1055 is the
// line, not ERROR_SERVICE_ALREADY_RUNNING. A decimal number alone in the brackets after a qualified
// name (Class::Method); "exit(0xe0000248)" and "HRESULT_FROM_WIN32(14098)" keep their codes. Tested on
// the 64 characters before the bracket, anchored at their end.
const QUALIFIED_NAME = /::[A-Za-z_]\w*$/;
const isSourceLine = (text: string, start: number, body: string, length: number) =>
	text[start - 1] === '(' &&
	text[start + length] === ')' &&
	/^\d+$/.test(body) &&
	QUALIFIED_NAME.test(text.slice(Math.max(0, start - 65), start - 1));

// A segment of a path written with backslashes, such as a device instance ID in SetupAPI's log
// ("… for device ROOT\MPIO\0001", "PCI\VEN_8086&DEV_1916\3&11583659&0&10"): 0001 is the device's
// instance number, not ERROR_INVALID_FUNCTION, and the numbers joined by & are its parts. A number in
// a run of name characters that follows a backslash after a name: tested on the 64 characters before
// it, anchored at their end.
const PATH_SEGMENT = /[\w.$}&-]\\[\w.$}&-]*$/;
const isPathPart = (text: string, start: number) =>
	PATH_SEGMENT.test(text.slice(Math.max(0, start - 64), start));

// A label of a host name: Docker Hub's registry, "registry-1.docker.io", in every failed pull ('Get
// "https://registry-1.docker.io/v2/": x509: certificate signed by unknown authority'), a cluster's
// "node-2.cluster.local": 1 is ERROR_INVALID_FUNCTION. A number joined to a word by a hyphen, with
// two more labels after it (a file's "setup-2.log" keeps its number). Tested on the 2 characters
// before it and the 34 after, anchored.
const HOST_BEFORE = /[a-z]-$/i;
const HOST_AFTER = /^\.[a-z][a-z0-9-]{0,30}\.[a-z]/i;
const isHostLabel = (text: string, start: number, end: number) =>
	HOST_BEFORE.test(text.slice(Math.max(0, start - 2), start)) &&
	HOST_AFTER.test(text.slice(end, end + 34));

// A field of a kernel or program log written as key:value or key=value, glued ("… UID:0 pgtables:5824kB
// oom_score_adj:0", "order=0, oom_score_adj=200" in the kernel's OOM report: 0 is ERROR_SUCCESS, 200
// ERROR_RING2SEG_MUST_BE_MOVABLE), unless its key says it holds a code ("ExitCode:137", "hr=0x80070005",
// "rc=1603", "EventID=11708", the servicing stack's "[gle=0xd015001a]", its GetLastError): tested on the
// 24 characters before a number, anchored at their end.
const FIELD = /(?<![\w-])[A-Za-z][\w-]*[:=]$/;
const CODE_KEY = /code|err|status|exit|result|event|^hr$|^rc$|^ret|^gle$/i;
function isFieldValue(text: string, start: number): boolean {
	const key = FIELD.exec(text.slice(Math.max(0, start - 24), start));
	return (
		key !== null &&
		!CODE_KEY.test(key[0].slice(0, -1)) &&
		!OPENSSL_BEFORE.test(text.slice(Math.max(0, start - 20), start))
	);
}

// A process ID, as systemctl status and the journal write one ("Main PID: 2176", "Process: 2176
// ExecStart=…", "PID 237", "Child 240 (bash) died") and the "Application Error" event does
// ("Faulting process id: 0x654", which is no msiexec 1620): tested on the 16 characters before a
// number, anchored at their end.
const PROCESS = /(?:\bpid|\bprocess(?: id)?|\bchild|进程 ?id) ?[:：]? ?$/i;
const NGINX_IDS = /^#\d{1,10}: /;
// A shell's report names the script's line before the command: bash's "bash: line 1: foo: command not
// found", dash's "sh: 1: foo: not found". The number is no code. Tested on the 12 characters before
// it and the 2 after, anchored.
const SHELL_LINE = /(?:\bline |(?:^|[\s/])(?:sh|dash): )$/;
const isShellLine = (text: string, start: number, end: number) =>
	text.slice(end, end + 2) === ': ' && SHELL_LINE.test(text.slice(Math.max(0, start - 12), start));
// Where an error number is read as one whatever its length: after "errno" (Python's "[Errno 13]"), in
// nginx's "(13: Permission denied)" (the errno family's cue) or after curl's name: a small number
// there is no list item or label. Tested on the 7 characters before it and the 3 after, anchored.
const ERRNO_BEFORE = /errno(?:[ =]|: ?)?$/i;
const ERRNO_AFTER = /^: [A-Z]/;
// curl writes its exit code in brackets after its name ("curl: (7) Failed to connect"), git after
// "curl" ("RPC failed; curl 56 GnuTLS recv error"): a small number there is the code too. Tested on
// the 8 characters before it.
const CURL_BEFORE = /\bcurl(?:: \(| )$/i;
// openssl writes a certificate's verification result as "verify error:num=20:…" and "Verify return
// code: 21 (…)" (s_client), and "error 10 at 0 depth lookup: …" (verify): the number is the code,
// 0 the certificate's depth in the chain. Tested on the 20 characters before it and the 16 after.
const OPENSSL_BEFORE = /(?:verify error:num=|verify return code: )$/i;
const OPENSSL_AFTER = /^ at \d{1,3} depth lookup/;
/**
 * An errno of 0, as Ruby's OpenSSL error writes it ("SSL_connect returned=1 errno=0 … certificate
 * verify failed"): no system error was recorded (errno(3): "The value of errno is never set to zero by
 * any system call or library function"), so no code (it answered ERROR_SUCCESS first).
 */
const isNoErrno = (text: string, start: number, body: string) =>
	body === '0' && ERRNO_BEFORE.test(text.slice(Math.max(0, start - 7), start));
const isErrnoHere = (text: string, start: number, end: number) =>
	ERRNO_BEFORE.test(text.slice(Math.max(0, start - 7), start)) ||
	CURL_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ||
	OPENSSL_BEFORE.test(text.slice(Math.max(0, start - 20), start)) ||
	OPENSSL_AFTER.test(text.slice(end, end + 19)) ||
	(text[start - 1] === '(' && ERRNO_AFTER.test(text.slice(end, end + 3)));
/** A certificate's depth in openssl's "error 10 at 0 depth lookup": tested on the 13 characters after. */
const isDepth = (text: string, end: number) => text.slice(end, end + 13) === ' depth lookup';
// A measure: a number with its unit after it, as curl and the journal write a duration ("after 21 ms",
// "Connection timed out after 5000 milliseconds", "took 5 seconds", "等待 30 秒") and installers a
// size ("needs 512 MB", "100 %"): 21 and 5 are Win32 codes, not what the line reports. A unit glued to
// the number ("21ms", "5824kB") is no number at all. Tested on the 14 characters after it, anchored.
const UNIT =
	/^(?: ?(?:ms|msecs?|milliseconds?|secs?|seconds?|mins?|minutes?|hours?|days?|bytes?|[kmgt]i?b|%)(?![\w])| ?(?:毫秒|秒|分钟|小时|天|字节))/i;
const isMeasure = (text: string, end: number) => UNIT.test(text.slice(end, end + 14));
/** A process ID: after "PID", "Process:" or "Child", or a journal line's "name[27237]:" (systemd[1]: too). */
function isProcessId(text: string, start: number, length: number): boolean {
	const end = start + length;
	if (text[start - 1] === '[' && text[end] === ']' && text[end + 1] === ':')
		return /[\w.-]/.test(text[start - 2] ?? '');
	// nginx's error log: the worker's process and thread ID as "1234#1234: " after the level.
	if (text[end] === '#' ? NGINX_IDS.test(text.slice(end, end + 12)) : text[start - 1] === '#')
		return true;
	return PROCESS.test(text.slice(Math.max(0, start - 16), start));
}

// Windows Update's log writes a process and a thread ID after each line's time, whose fraction is
// 7 digits in Get-WindowsUpdateLog's form ("2023/09/14 16:09:29.8314912 5000  5160  Agent …") and 3
// in the older WindowsUpdate.log's, which writes the thread in hex ("2022-11-07\t15:08:10:638\t1048\tea4\t
// Agent\t…"): neither is a code. Tested on the 40 characters before a number, anchored at their end.
const LOG_IDS = /\d:\d\d[.:]\d{3,7}[ \t]+(?:\d{1,10}[ \t]+)?$/;
const isLogThreadId = (text: string, start: number) =>
	LOG_IDS.test(text.slice(Math.max(0, start - 40), start));

// The names systemd prints in its status lines (families with shownNames): after a number and a slash
// ("code=exited, status=203/EXEC", "code=killed, status=9/KILL"), after "signal=" (systemctl status's
// "(code=killed, signal=TERM)") and after "step " ("Failed at step EXEC spawning /usr/bin/foo").
// Upper case only, as systemd prints them; a number of at most three digits. No nested repeat: linear.
export const SHOWN = /(?<![\w/])(?:(\d{1,3})\/|signal=|step )([A-Z][A-Z0-9_]*)(?!\w)/g;
/**
 * Where the numbers of the text's "203/EXEC" forms start: such a number is read with its name only,
 * never as a number of its own (only systemd writes a number, a slash and an upper-case name).
 */
export const shownNumbers = (text: string) =>
	new Set([...text.matchAll(SHOWN)].flatMap((m) => (m[1] === undefined ? [] : [m.index])));

// Where a program prints a phrase (CodeRef.phrases: glibc's description of the signal that ended a
// command, as bash prints it, and zsh's own message), read as that code only where it is printed so,
// never as a word of a sentence ("The installer was terminated", "退出代码 139", kubectl's "State:
// Terminated"):
//   - before "(core dumped)", in any case and after anything but a letter or digit ("Segmentation
//     fault (core dumped)", "python:段错误（核心已转储）", "出现已放弃（核心已转储）");
//   - bash's report of a job: after the process ID ("bash: line 1:  3944 Segmentation fault   ./a.out"),
//     where a description that fills bash's 24-byte column runs into the command ("File size limit
//     exceededsh -c …"), or after a job number ("[1]+  Killed   python train.py", make's "[all]");
//   - a line of its own (a foreground job's lone "Killed", "Terminated");
//   - zsh's report: after "zsh: " ("zsh: killed     ./app") or after its job number, with or without
//     the process ID ("[1]  + killed     sleep 100", "[1]    10169 killed     ./app");
//   - Go's os/exec error: "signal: " and the description with its first letter lower-cased unless it
//     starts an abbreviation ("signal: killed", "signal: CPU time limit exceeded");
//   - the whole query, in any case ("segmentation fault", "段错误");
//   - macOS's form, which its strsignal() ends with macOS's number for the signal ("Segmentation fault:
//     11", "Abort trap: 6", "Bus error: 10" for SIGBUS): no sentence holds it, so it is read anywhere,
//     in any case, between word boundaries; its number is no code ("Bus error: 10" is not signal 10).
// A text in lower case is zsh's or Go's form, which bash never prints: it is not read after a lone
// process ID or as a line of its own ("Process 1234 killed" is a sentence). Each test reads at most 24
// characters beside the phrase, anchored: linear.
const CORE = /^[ \t]*[(,，]?[ \t]*(?:core dumped|核心已转储)/i;
const WORD_CHAR = /[A-Za-z0-9_]/;
const AFTER_PID = /\d[ \t]+$/;
// A job number (or make's target) in brackets, then bash's "+" or zsh's "  +", then the process ID
// where the list shows it; the number in "[1]" is no code.
const AFTER_JOB = /(?:\[(\d+))?\][ \t]*[+-]?[ \t]+(?:\d+[ \t]+)?$/;
const AFTER_ZSH = /zsh: $/;
const LOWER = /^[a-z]/;
const LINE_START = /[\n\r][ \t]*$/;
const LINE_END = /^[ \t]*[\n\r]/;
// After the phrase: a space, "(" or the end; not one space and a number, which is bash's "Exit 1"
// (in Chinese "退出 1", where 退出 is also SIGQUIT's description).
const NEXT = /^(?:[\s(]|$)/;
const EXIT_N = /^ \d/;
/** bash pads a job's status to 24 bytes; a longer one runs into the command. */
const COLUMN = 24;

/** The UTF-8 length, in which bash pads its column ("段错误" is 9 bytes wide). */
function utf8Bytes(s: string): number {
	let n = 0;
	for (const c of s) {
		const u = c.codePointAt(0) ?? 0;
		n += u < 0x80 ? 1 : u < 0x800 ? 2 : u < 0x10000 ? 3 : 4;
	}
	return n;
}
/** Where the digits end a run of spaces before `at` start (bash's process ID before its report). */
function digitsBefore(text: string, at: number): number {
	let i = at;
	while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
	while (i > 0 && DIGIT.test(text[i - 1] ?? '')) i--;
	return i;
}
/** Go's form of a description: "killed", but "CPU time limit exceeded" and "I/O possible" as they are. */
const goForm = (p: string) => (/^[A-Z][a-z]/.test(p) ? p.charAt(0).toLowerCase() + p.slice(1) : p);

interface Printed<T> {
	entry: T;
	token: string;
	/** Where the numbers before it start that are no codes: the process ID and the job number. */
	skip: number[];
}

/** The phrases of the text, where a program prints them (see above). */
function printedIn<T extends CodeRef>(index: CodeIndex<T>, text: string): Printed<T>[] {
	if (!index.phrases) return [];
	const out: Printed<T>[] = [];
	const whole = text.trim().toLowerCase();
	for (const m of text.matchAll(index.phrases)) {
		const token = m[0];
		const start = m.index;
		const end = start + token.length;
		const from = Math.max(0, start - 24);
		const open = start < 24 ? '\n' : '';
		const before = open + text.slice(from, start);
		const rest = text.slice(end, end + 24) + (end + 24 >= text.length ? '\n' : '');
		const next = NEXT.test(rest.slice(0, 1)) && !EXIT_N.test(rest);
		const ok =
			token.toLowerCase() === whole || (CORE.test(rest) && !WORD_CHAR.test(text[start - 1] ?? ''));
		const lower = LOWER.test(token);
		const afterPid = AFTER_PID.test(before);
		// zsh's lower-case texts follow a job number, not any bracket ("[INFO] terminated workers").
		const job = AFTER_JOB.exec(before);
		const isJob = job !== null && (!lower || job[1] !== undefined);
		for (const { phrase, entry } of byToken(index, token)) {
			const after = printedAfter(entry.family);
			if (after) {
				if (afterWords(text, start, after)) out.push({ entry, token, skip: [] });
				continue;
			}
			const mac = darwin.is(phrase);
			let here =
				ok || (mac && !WORD_CHAR.test(text[start - 1] ?? '') && !WORD_CHAR.test(rest.charAt(0)));
			if (!here && token === phrase)
				here =
					isJob || (afterPid && !lower)
						? next || (!lower && utf8Bytes(phrase) >= COLUMN)
						: (!lower && LINE_START.test(before) && LINE_END.test(rest)) ||
							(AFTER_ZSH.test(before) && next);
			if (!here && token === goForm(phrase))
				here = before.toLowerCase().endsWith('signal: ') && next;
			if (!here) continue;
			const skip = afterPid ? [digitsBefore(text, start)] : [];
			if (mac) skip.push(start + darwin.numberAt(token));
			if (isJob && job[1] !== undefined) skip.push(from + job.index + 1 - open.length);
			out.push({ entry, token, skip });
		}
	}
	return out;
}

// A word typed without its space before a number ("error2503", "Error0x80070643"): one literal
// alternation and a one-character lookahead, linear.
const GLUED = /\b(error|err|code|exit|status|event|hresult)(?=[0-9])/gi;

// A GUID (a product code in an MSI log, a CLSID in a COM message): its groups are hex digits, never
// codes ("{000209FF-0000-0000-C000-000000000046}" held 0000, read as ERROR_SUCCESS). Fixed-width
// groups, no nested repeat: each try reads at most 38 characters, linear.
export const GUID = /\{?[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\}?/gi;

/**
 * The text lookup reads (slices.ts reads the same): the input's start, NFKC first, because Chinese
 * IMEs type full-width digits and letters (２５０３, ０ｘ８００Ｂ０１０１); GUIDs blanked out; a space
 * put back between "error" and a number typed against it.
 */
export const lookupText = (input: string) =>
	input.slice(0, 500).normalize('NFKC').replace(GUID, ' ').replace(GLUED, '$1 ');

/** Parses free text ("Error 1603", "0x800B0101", "CERT_E_EXPIRED", "-2146762495") into entries. */
export function lookup<T extends CodeRef>(index: CodeIndex<T>, input: string): LookupResult<T> {
	// Letters of any script count: Chinese-only input is a query that matched no code, not a blank one
	// (nor is a lone GUID, which lookupText blanks out).
	if (!/[\p{L}\p{N}]/u.test(input.slice(0, 500))) return { kind: 'empty' };
	const text = lookupText(input);
	// The families the words name ("exit code 1603", "systemd", "killed by signal 9").
	const cued = cuedFamilies(text);
	const exits = exitOffsets(text);
	const long: Match<T>[] = [];
	const short: Match<T>[] = [];
	// "status=203/EXEC": the number is read only with its name, in the family that prints it (203 is
	// also a Win32 code; 9 in "status=9/KILL" is a signal, not an exit code).
	const named = shownNumbers(text);
	const skipped = skippedSpans(text);
	// "3944 Segmentation fault": bash's report of a job a signal ended; its process ID (and the job's
	// number in "[1]+  Killed") is no code.
	const printed = printedIn(index, text);
	// A text another program printed after its own words comes after that program's code ("curl: (60)
	// SSL certificate problem: …": curl's 60, then OpenSSL's 20).
	const after: Match<T>[] = [];
	for (const p of printed) {
		for (const at of p.skip) named.add(at);
		(printedAfter(p.entry.family) ? after : long).push({
			id: idOf(p.entry),
			entry: p.entry,
			via: 'phrase',
			token: p.token,
			value: p.entry.code,
		});
	}
	for (const m of text.matchAll(SHOWN)) {
		const code = m[1] === undefined ? undefined : Number(m[1]);
		for (const entry of index.byName.get(m[2] ?? '') ?? []) {
			if (!('shownNames' in familyOf(entry.family)) || (code !== undefined && entry.code !== code))
				continue;
			long.push({ id: idOf(entry), entry, via: 'name', token: m[0], value: entry.code });
		}
	}
	for (const m of text.matchAll(NUMBER)) {
		const body = m[2] ?? '';
		if (
			named.has(m.index) ||
			isProcessId(text, m.index, m[0].length) ||
			isShellLine(text, m.index, m.index + m[0].length) ||
			isMeasure(text, m.index + m[0].length) ||
			isDepth(text, m.index + m[0].length) ||
			isLogThreadId(text, m.index) ||
			!DIGIT.test(body) ||
			isClockPart(text, m.index, m[0].length) ||
			isVersionPart(text, m.index, m[0].length) ||
			skipped.some(([from, to]) => m.index >= from && m.index < to) ||
			isZone(text, m.index, body) ||
			isLabelled(text, m.index) ||
			isProductVersion(text, m.index, body) ||
			isSourceLine(text, m.index, body, m[0].length) ||
			isPathPart(text, m.index) ||
			isHostLabel(text, m.index, m.index + m[0].length) ||
			isNoErrno(text, m.index, body) ||
			isFieldValue(text, m.index)
		)
			continue;
		// "failed (exitcode: -9)": a negative exit code is the signal that ended a child, as Python's
		// subprocess reports it (Popen.returncode: -N for signal N) and programs built on it print it
		// (torchrun). Read in the families whose exit status the words name, as a specific reading.
		if (m[1] && NEGATED.test(body))
			for (const id of exits.keys())
				for (const entry of index.byCode.get(Number(body)) ?? [])
					if (entry.family === id)
						long.push({
							id: idOf(entry),
							entry,
							via: 'exit-signal',
							token: m[0],
							value: Number(body),
						});
		// "errno: -13" (Node.js), "npm ERR! errno -13": libuv's negated errno, read as the code.
		if (m[1] && ERRNO_BEFORE.test(text.slice(Math.max(0, m.index - 7), m.index)))
			for (const entry of index.byCode.get(Number(body)) ?? [])
				if (NEGATED_ERRNO.get(entry.family)?.has(entry.code))
					long.push({
						id: idOf(entry),
						entry,
						via: 'negated-errno',
						token: m[0],
						value: Number(body),
					});
		const phrase = m[1] ? -1 : returnValueAt(text, m.index, body);
		if (phrase >= 0) {
			// Read as the code it stands for, with the phrase as the token: a specific reading.
			const token = text.slice(phrase, m.index + m[0].length);
			for (const { family, code } of logReadings(Number(body)))
				for (const entry of index.byCode.get(code) ?? [])
					if (entry.family === family)
						long.push({ id: idOf(entry), entry, via: 'log-return-value', token, value: code });
			continue;
		}
		// In a pasted log line the small numbers are field labels ("Note: 1: 2203 2: … 3: -2147287035"),
		// list items or counts: they answer only when no longer number in the text is a code.
		const into =
			body.replace(/^0x/i, '').length < 3 && !isErrnoHere(text, m.index, m.index + m[0].length)
				? short
				: long;
		// "0xC1900101 - 0x4000D": Windows Setup's result code, then its extend code (phase and
		// operation), which is read with the result code and not as a code of its own.
		const after = RESULT_CODE.test(m[0]) ? extendAfter(text, m.index + m[0].length) : null;
		if (after) skipped.push([m.index + m[0].length, after.to]);
		const extend = after?.extend;
		for (const v of readNumber(m[1] ?? '', body)) {
			const found = matchNumber(index, v, m[0], cued, exits);
			into.push(...(extend ? found.map((f) => ({ ...f, extend })) : found));
		}
	}
	const words = text.match(WORD) ?? [];
	for (const w of words) {
		// A plain word that is also a name (journald's "debug", "err") is weak, as a log prefix
		// ("DEBUG: Error 2203") shows; symbolic names (ERROR_ACCESS_DENIED) hold an underscore.
		const into = w.includes('_') ? long : short;
		const upper = w.toUpperCase();
		for (const entry of index.byName.get(upper) ?? []) {
			// A name systemd prints without its prefix (EXEC, USER, KILL) is an ordinary word elsewhere.
			if (isShownName(familyOf(entry.family), upper)) continue;
			// A log level ("Info", "Warning:") among other words is the level of whatever log it is from.
			if (WORD_NAMES.has(entry.family) && words.length > 1 && !cued.has(entry.family)) continue;
			into.push({ id: idOf(entry), entry, via: 'name', token: w, value: entry.code });
		}
	}
	long.push(...after);
	let matches = long.length ? long : short;
	// "exit code 1603": the family the words name comes first (msiexec's 1603 before message 1603), and
	// so does an exit status's reading ("exit code 137": SIGKILL before Win32's 137; "exitcode: -9")
	// and what a program prints for a code ("Segmentation fault").
	const first = (m: Match<T>) =>
		cued.has(m.entry.family) ||
		m.via === 'exit-status' ||
		m.via === 'exit-signal' ||
		m.via === 'negated-errno' ||
		m.via === 'phrase';
	if (cued.size || exits.size || printed.length)
		matches = [...matches.filter(first), ...matches.filter((m) => !first(m))];
	// A bare "1603" or "Error 1603": the reading that number stands for comes first (leads). A pasted
	// message has other words, and keeps the families' order.
	else if (words.every((w) => BARE_WORDS.has(w.toUpperCase())))
		matches = [
			...matches.filter((m) => LEADS.has(m.id)),
			...matches.filter((m) => !LEADS.has(m.id)),
		];
	const seen = new Set<string>();
	const unique = matches.filter((m) => !seen.has(m.id) && seen.add(m.id));
	if (unique.length) return { kind: 'found', matches: unique };
	return { kind: 'unknown', suggestions: suggest(index, words) };
}

// Suggestions come from names only: a name that holds the word (CERT_E_EXPIRE → CERT_E_EXPIRED), then
// names one or two typing slips away (ERROR_INSTAL_FAILURE, CERT_E_EXPRIED: a letter missing, added,
// changed or two swapped). Numeric closeness is never a suggestion: 2504 and 2503 are unrelated
// messages, and a family spanning every number (Win32) would offer its neighbours for any unknown number.
function suggest<T extends CodeRef>(index: CodeIndex<T>, words: string[]): T[] {
	// Only words shaped like a symbolic name: "Error" or "install" would otherwise offer any ERROR_* name.
	const upper = words.filter((w) => w.length >= 4 && w.includes('_')).map((w) => w.toUpperCase());
	if (!upper.length) return [];
	const held = index.entries.filter((e) =>
		e.names.some((n) => upper.some((w) => n.toUpperCase().includes(w))),
	);
	const seen = new Set(held);
	const near: [T, number][] = [];
	for (const e of index.entries) {
		if (seen.has(e)) continue;
		let best = Infinity;
		for (const n of e.names)
			for (const w of upper) best = Math.min(best, slips(w, n.toUpperCase(), w.length < 8 ? 1 : 2));
		if (best !== Infinity) near.push([e, best]);
	}
	near.sort((a, b) => a[1] - b[1]);
	return [...held, ...near.map(([e]) => e)].slice(0, 5);
}

/**
 * The typing slips (a letter missing, added or changed, two neighbours swapped) that turn a into b, if
 * at most max; Infinity otherwise. Only a band of 2·max + 1 cells a row is computed, and a word is cut
 * at 64 characters and compared only with names within max of its length, so each comparison is
 * bounded by 64 rows of a short name (a 500-character word costs the same as a 64-character one).
 */
export function slips(a: string, b: string, max: number): number {
	a = a.slice(0, 64);
	if (Math.abs(a.length - b.length) > max) return Infinity;
	const wide = b.length + 1;
	let prev2: number[] = [];
	let prev = Array.from({ length: wide }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = new Array<number>(wide).fill(Infinity);
		row[0] = i;
		let low = row[0];
		for (let j = Math.max(1, i - max); j <= Math.min(b.length, i + max); j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d = Math.min(d, prev2[j - 2]! + 1);
			row[j] = d;
			low = Math.min(low, d);
		}
		if (low > max) return Infinity;
		prev2 = prev;
		prev = row;
	}
	return prev[b.length]! <= max ? prev[b.length]! : Infinity;
}

/** Searchable text of an entry for the family filter: all its forms plus any message words. */
export function haystack(ref: CodeRef, texts: readonly string[] = []) {
	return [...formsOf(ref).map((f) => f.value), ...texts].join(' ').toLowerCase();
}

/**
 * The ids a filter query keeps: whatever lookup finds, plus entries whose forms or message text
 * contain every word of the query. An empty query keeps everything.
 */
export function filterIds<T extends CodeRef>(
	index: CodeIndex<T>,
	query: string,
	textOf: (entry: T) => readonly string[] = () => [],
): Set<string> {
	const result = lookup(index, query);
	if (result.kind === 'empty') return new Set(index.entries.map(idOf));
	query = query.normalize('NFKC');
	const ids = new Set(result.kind === 'found' ? result.matches.map((m) => m.id) : []);
	const terms = query
		.toLowerCase()
		.split(/[^\p{L}\p{N}_]+/u)
		.filter(Boolean);
	for (const e of index.entries) {
		const hay = haystack(e, textOf(e));
		if (terms.every((t) => hay.includes(t))) ids.add(idOf(e));
	}
	return ids;
}
