// Microsoft's own headers, from the Windows SDK's NuGet package: the source of wuerror-h.tsv (Windows
// Update's codes newer than any Learn table), ntstatus-h.tsv (the NTSTATUS family) and
// spapi-winerror-h.tsv (SetupAPI's codes in the setup family), and an oracle for the error data's names
// and values. `node scripts/windows-sdk.mjs` re-extracts the three tables into
// src/content/errors/sources/; the build never needs the package (tests/unit/errors-data-windows-sdk.test.ts
// reads them back, with CI set).
// The package (about 160 MB) is fetched from nuget.org once and its headers kept in node_modules/.cache.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

export const SDK_PACKAGE = 'Microsoft.Windows.SDK.CPP';
export const SDK_VERSION = '10.0.26100.9457';
/** The package's page: the source a code page cites, with the header's path after `#`. */
export const SDK_PAGE = `https://www.nuget.org/packages/${SDK_PACKAGE}/${SDK_VERSION}`;
const NUPKG = `https://api.nuget.org/v3-flatcontainer/${SDK_PACKAGE.toLowerCase()}/${SDK_VERSION}/${SDK_PACKAGE.toLowerCase()}.${SDK_VERSION}.nupkg`;
const INCLUDE = 'c/Include/10.0.26100.0/';
/** The headers used, by their path under Include/, with the SHA-256 of the copy extracted from. */
export const SDK_HEADERS = {
	'um/wuerror.h': 'b0f5d7365e49c1b25b96fe61d16eb1970dd1ea4c6766a39605c487bf7a81840b',
	'shared/winerror.h': '4c965127e2ec9019d19edcbfe771a7daf91fe469931d8a7e84a96f51f19a581a',
	'shared/ntstatus.h': '966271a59c8af0ebf21c53c9dbd4588de16565bb4cf92799a7f7c9272e43d1b2',
	// msiexec's ERROR_ROLLBACK_DISABLED (1653) is defined here, not in winerror.h.
	'um/Msi.h': '1e6372bf9015ce2bc6b9960a605b67b38019e6422ab636d61693c290e127484f',
};
const CACHE = fileURLToPath(
	new URL(`../node_modules/.cache/windows-sdk/${SDK_VERSION}/`, import.meta.url),
);

const sha256 = (/** @type {Uint8Array} */ b) => createHash('sha256').update(b).digest('hex');

/**
 * The headers' texts (UTF-8, CRLF as LF), fetched and cached on first use; throws if nuget.org cannot
 * be reached or a header is not the pinned one.
 * @returns {Promise<Record<keyof typeof SDK_HEADERS, string>>}
 */
export async function sdkHeaders() {
	const names = /** @type {(keyof typeof SDK_HEADERS)[]} */ (Object.keys(SDK_HEADERS));
	const cached = (/** @type {string} */ n) => join(CACHE, n.replace('/', '_'));
	if (!names.every((n) => existsSync(cached(n)))) {
		const res = await fetch(NUPKG);
		if (!res.ok) throw new Error(`${NUPKG}: HTTP ${res.status}`);
		const files = unzipSync(new Uint8Array(await res.arrayBuffer()), {
			filter: (f) => names.some((n) => f.name === INCLUDE + n),
		});
		mkdirSync(CACHE, { recursive: true });
		for (const n of names) {
			const data = files[INCLUDE + n];
			if (!data) throw new Error(`${SDK_PACKAGE} ${SDK_VERSION} has no ${INCLUDE}${n}`);
			writeFileSync(cached(n), data);
		}
	}
	return /** @type {Record<keyof typeof SDK_HEADERS, string>} */ (
		Object.fromEntries(
			names.map((n) => {
				const data = readFileSync(cached(n));
				if (sha256(data) !== SDK_HEADERS[n])
					throw new Error(`${n} of ${SDK_PACKAGE} ${SDK_VERSION} is not the pinned copy`);
				return [
					n,
					data
						.toString('utf8')
						.replace(/^\uFEFF/, '')
						.replace(/\r\n/g, '\n'),
				];
			}),
		)
	);
}

/**
 * Every message a header defines, in its order: the block the message compiler writes,
 * `// MessageId: NAME` / `// MessageText:` / the text's comment lines / `#define NAME …(0xHHHHHHHHL)`.
 * The text's lines are joined, its whitespace collapsed.
 * @param {string} header
 * @returns {{ name: string, value: number, text: string }[]}
 */
export function messages(header) {
	const block =
		/^\/\/ MessageId: (\w+)\n\/\/\n\/\/ MessageText:\n\/\/\n((?:\/\/ .*\n)+)\/\/\n#define (\w+) +(?:_HRESULT_TYPEDEF_\(|\(\(NTSTATUS\))?0x([0-9A-Fa-f]{8})L/gm;
	return [...header.matchAll(block)].map((m) => {
		if (m[1] !== m[3]) throw new Error(`MessageId ${m[1]} defines ${m[3]}`);
		return {
			name: m[1] ?? '',
			value: Number.parseInt(m[4] ?? '', 16),
			text: (m[2] ?? '')
				.trimEnd()
				.split('\n')
				.map((l) => l.slice(3))
				.join(' ')
				.replace(/\s+/g, ' ')
				.trim(),
		};
	});
}

/**
 * A header's codes whose upper 16 bits are one of `highs`, as the rows of a pinned table: wuerror.h's
 * failure codes (0x8024xxxx) for wuerror-h.tsv, ntstatus.h's errors of facility 0 (0xC000xxxx) and of
 * side-by-side assemblies, the component store's (0xC015xxxx, STATUS_SXS_*) for ntstatus-h.tsv,
 * winerror.h's SetupAPI errors (0x800Fxxxx, SPAPI_E_*) for spapi-winerror-h.tsv.
 * @param {string} header
 * @param {readonly number[]} highs
 */
export const headerRows = (header, highs) =>
	messages(header)
		.filter((m) => highs.includes(m.value >>> 16))
		.map((m) => ({
			hex: `0x${m.value.toString(16).toUpperCase().padStart(8, '0')}`,
			symbolic_name: m.name,
			message: m.text,
		}));
/** The pinned tables taken from the headers: file, header, the codes' upper 16 bits. */
export const SDK_TABLES = /** @type {const} */ ([
	['wuerror-h.tsv', 'um/wuerror.h', [0x8024]],
	['ntstatus-h.tsv', 'shared/ntstatus.h', [0xc000, 0xc015]],
	['spapi-winerror-h.tsv', 'shared/winerror.h', [0x800f]],
]);
export const tablePath = (/** @type {string} */ file) =>
	fileURLToPath(new URL(`../src/content/errors/sources/${file}`, import.meta.url));
export const tsvText = (/** @type {ReturnType<typeof headerRows>} */ rows) =>
	['hex\tsymbolic_name\tmessage', ...rows.map((r) => `${r.hex}\t${r.symbolic_name}\t${r.message}`)]
		.join('\n')
		.concat('\n');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const headers = await sdkHeaders();
	for (const [file, header, high] of SDK_TABLES) {
		const rows = headerRows(headers[header], high);
		writeFileSync(tablePath(file), tsvText(rows));
		console.log(`wrote ${rows.length} rows to ${file}`);
	}
}
