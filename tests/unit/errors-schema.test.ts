import { describe, expect, test } from 'vitest';
import { errorEntrySchema, type ErrorEntryInput } from '~/lib/errors/schema';

const src = 'https://learn.microsoft.com/en-us/windows/win32/msi/error-codes';
const valid: ErrorEntryInput = {
	family: 'msiexec',
	code: 1603,
	names: [{ name: 'ERROR_INSTALL_FAILURE', source: src }],
	official: [{ text: 'A fatal error occurred during installation.', source: src }],
	title: { 'zh-CN': '安装过程中发生严重错误' },
};
const messages = (input: unknown) => {
	const r = errorEntrySchema.safeParse(input);
	return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('error entry schema', () => {
	test('accepts a minimal entry and derives the number from a hex code', () => {
		expect(messages(valid)).toEqual([]);
		const h = errorEntrySchema.parse({
			...valid,
			family: 'hresult',
			code: '0x800B0101',
			names: [],
		});
		expect(h.code).toBe(0x800b0101);
	});

	test('rejects an entry without official text', () => {
		expect(messages({ ...valid, official: [] })).toMatchInlineSnapshot(`
			[
			  "official: every code needs its official text",
			]
		`);
	});

	test('rejects sources outside Microsoft Learn, man7.org, Debian 12’s manual pages, zsh’s, Apple’s Libc and .NET’s source and the Windows SDK', () => {
		expect(messages({ ...valid, official: [{ text: 'x', source: 'https://example.com/x' }] }))
			.toMatchInlineSnapshot(`
				[
				  "official.0.source: source must be a learn.microsoft.com, man7.org or manpages.debian.org/bookworm URL, zsh’s, Apple’s Libc, .NET’s or Node.js’s source on github.com, or the Windows SDK’s NuGet package",
				]
			`);
		// Another repository on the same host is no source.
		for (const fork of [
			'https://github.com/someone/zsh/blob/0/Src/signames2.awk',
			'https://github.com/someone/Libc/blob/0/string/FreeBSD/strsignal.c',
			'https://www.nuget.org/packages/Someone.Windows.SDK.CPP/1.0.0#um/wuerror.h',
			'https://github.com/someone/runtime/blob/0/src/native/corehost/error_codes.h',
			// Another Debian release's pages are another version's texts.
			'https://manpages.debian.org/trixie/curl/curl.1.en.html',
			'https://github.com/someone/node/blob/0/doc/api/tls.md',
		])
			expect(messages({ ...valid, official: [{ text: 'x', source: fork }] })).toHaveLength(1);
		for (const source of [
			'https://github.com/zsh-users/zsh/blob/0/Src/signames2.awk',
			'https://github.com/apple-oss-distributions/Libc/blob/0/string/FreeBSD/strsignal.c',
			'https://www.nuget.org/packages/Microsoft.Windows.SDK.CPP/10.0.26100.9457#um/wuerror.h',
			'https://github.com/dotnet/runtime/blob/0/src/native/corehost/error_codes.h',
			'https://manpages.debian.org/bookworm/curl/curl.1.en.html',
			'https://github.com/nodejs/node/blob/0/doc/api/tls.md',
		])
			expect(messages({ ...valid, official: [{ text: 'x', source }] })).toEqual([]);
	});

	test('rejects a hex code typed in lowercase or with too few digits', () => {
		expect(messages({ ...valid, family: 'hresult', code: '0x800b0101' })).toMatchInlineSnapshot(`
			[
			  "code: hex code must look like 0x800B0101",
			]
		`);
	});

	test('rejects an HRESULT filed under another family, and a small number filed as HRESULT', () => {
		expect(messages({ ...valid, code: '0x80070643' })).toMatchInlineSnapshot(`
			[
			  ": msiexec codes run from 0 to 2147483647",
			]
		`);
		expect(messages({ ...valid, family: 'hresult' })).toMatchInlineSnapshot(`
			[
			  ": hresult codes run from 0x80000000 to 0xFFFFFFFF",
			]
		`);
		// Each family's range comes from its descriptor: a journald priority is 0–7.
		expect(messages({ ...valid, family: 'journald', code: 8, names: [] })).toMatchInlineSnapshot(`
			[
			  ": journald codes run from 0 to 7",
			]
		`);
	});

	test('rejects prose missing its Chinese half, causes without a summary, and bad links', () => {
		expect(
			messages({
				...valid,
				causes: [{ en: 'Not elevated.', 'zh-CN': '' }],
				fixes: [{ en: 'Elevate.', 'zh-CN': '提升权限。', link: 'fixes/run-elevated' }],
				related: ['msi/0x9C7'],
			}),
		).toMatchInlineSnapshot(`
			[
			  "causes.0.zh-CN: zh-CN text is empty",
			  "fixes.0.link: link must be a site path like /tools/msiexec/",
			  "related.0: related must be an id like msi/2503 or hresult/0x800B0101",
			]
		`);
		expect(messages({ ...valid, causes: [{ en: 'Not elevated.', 'zh-CN': '没有提升权限。' }] }))
			.toMatchInlineSnapshot(`
				[
				  ": an entry with causes needs a summary",
				]
			`);
	});

	test('prose is keyed by locale tag: the old {en, zh} pair misses zh-CN', () => {
		expect(messages({ ...valid, summary: { en: 'Failed.', zh: '失败。' } })).toMatchInlineSnapshot(`
			[
			  "summary.zh-CN: Invalid input: expected string, received undefined",
			]
		`);
	});

	test('a fix command links only to a prefilled generator, and a source needs a URL', () => {
		const fix = (adapt: string) => ({
			en: 'Log it.',
			'zh-CN': '记录日志。',
			command: { shell: 'cmd', code: 'icacls C:\\Windows\\Temp', adapt },
		});
		expect(messages({ ...valid, fixes: [fix('/tools/icacls/?p=C%3A%5CWindows%5CTemp')] })).toEqual(
			[],
		);
		expect(
			messages({
				...valid,
				fixes: [
					fix('/tools/icacls/'),
					fix('/tools/msi-log/?x=1'),
					fix('https://example.com/tools/icacls/?p=x'),
				],
				sources: [{ label: 'golang/go#36009', url: 'github.com/golang/go/issues/36009' }],
			}),
		).toMatchInlineSnapshot(`
			[
			  "fixes.0.command.adapt: adapt must be a prefilled generator link like /tools/msiexec/?t=…",
			  "fixes.1.command.adapt: adapt must be a prefilled generator link like /tools/msiexec/?t=…",
			  "fixes.2.command.adapt: adapt must be a prefilled generator link like /tools/msiexec/?t=…",
			  "sources.0.url: Invalid URL",
			]
		`);
	});
});
