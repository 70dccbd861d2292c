import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { formsOf, hexId, idOf, refOfEntry, signed32, type CodeRef } from '~/lib/errors/codes';
import { familyOf, type Family } from '~/lib/errors/families';
import { buildIndex, filterIds, lookup, slips, type CodeIndex } from '~/lib/errors/lookup';
import { bestOf } from './timing';
import { asTyped, loadEntries, tsv } from '../fixtures/errors/load';

let index: CodeIndex;
let refs: CodeRef[];
beforeAll(() => {
	refs = [...loadEntries().values()].map((e) => {
		const { family, code, names, phrases } = refOfEntry(e);
		return { family, code, names, ...(phrases ? { phrases } : {}) };
	});
	index = buildIndex(refs);
});
const ids = (input: string) => {
	const r = lookup(index, input);
	return r.kind === 'found' ? r.matches.map((m) => m.id) : r.kind;
};

describe('derived forms', () => {
	test('hex, signed and unsigned forms of every HRESULT agree with the reference table', () => {
		for (const row of tsv('authenticode-hresults.tsv')) {
			const code = Number(row.unsigned_decimal);
			expect(hexId(code)).toBe(row.hex);
			expect(String(signed32(code))).toBe(row.signed_decimal);
		}
	});

	test('an exit code carries its HRESULT_FROM_WIN32 form (1603 → 0x80070643)', () => {
		const forms = formsOf({ family: 'msiexec', code: 1603, names: [] }).map((f) => f.value);
		expect(forms).toEqual(['1603', '0x643', '0x80070643', '-2147023293']);
	});
});

describe('lookup', () => {
	test.each([
		['2503', ['msi/2503']],
		// A bare number: msiexec's 1603 leads (families.ts, leads).
		['Error 1603', ['msiexec/1603', 'msi/1603']],
		['error code is 2503', ['msi/2503']],
		['  "0x800B0101". ', ['hresult/0x800B0101']],
		['800b0101', ['hresult/0x800B0101']],
		['-2146762495', ['hresult/0x800B0101']],
		['2148204801', ['hresult/0x800B0101']],
		['CERT_E_EXPIRED', ['hresult/0x800B0101']],
		['error_install_already_running', ['msiexec/1618']],
		['ERROR_FAIL_FAST_EXCEPTION', ['msiexec/1653']],
		['ERROR_ROLLBACK_DISABLED', ['msiexec/1653']],
		['0x80070643', ['msiexec/1603']],
		['80070643', ['msiexec/1603']],
		['Event ID 11708', ['msi/1708']],
		['1605', ['msi/1605', 'msiexec/1605']],
		// ERROR_PATH_NOT_FOUND is 3 too (the win32 family, issue 12 §3), first in the families' order.
		['3', ['win32/3', 'systemctl/3', 'journald/3']],
		['err', ['journald/3']],
		['warning', ['journald/4']],
		// A log level among other words is that log's level, unless the words name journald.
		['journalctl -p err', ['journald/3']],
		['PRIORITY=info', ['journald/6']],
		['Warning: something failed', 'unknown'],
		['[Warning] The installer failed', 'unknown'],
		// A CBS log line (gist.github.com/Suhail/beb3ee9e9f25eb24d37d8fc0a74920ff): its "Info" is CBS's
		// level (never journald's 6), and 0x80240438 is Windows Update's WU_E_PT_ENDPOINT_UNREACHABLE,
		// which only the Windows SDK's wuerror.h defines.
		[
			'2019-05-28 16:37:27, Info CBS Failed to perform operation. [HRESULT = 0x80240438 - Unknown Error]',
			['windows-update/0x80240438'],
		],
		// NTSTATUS codes as published: a process that crashed or could not start, in the form its tool
		// printed. JetBrains' run window (hex in brackets after the signed decimal); Go's os/exec, which
		// prints an exit code of 65536 or more in hex (VirusTotal/yara-x's FAQ: pkg-config could not
		// start); Windows' loader dialog (a WeaselDeployer report); the unsigned form.
		['Process finished with exit code -1073741819 (0xC0000005)', ['ntstatus/0xC0000005']],
		[
			'Error: github.com/VirusTotal/yara-x/go: pkg-config: exit status 0xc0000135',
			['ntstatus/0xC0000135'],
		],
		[
			'WeaselDeployer.exe - Application Error The application was unable to start correctly (0xc000007b). Click OK to close the application.',
			['ntstatus/0xC000007B'],
		],
		['3221225477', ['ntstatus/0xC0000005']],
		// Facility 15 (the setup family) as published. DISM's summary (a pastebin of dism.log, "Error
		// 0x800f081f The source files could not be found"); CBS.log lines (a pastebin sorted by CBS_E, and
		// Learn's 0x800f0823 article); the Checksur report of a damaged package (a pastebin); Server
		// Manager's message and SetupAPI's and CBS's lines in Learn's MPIO article, where ROOT\MPIO\0001
		// is a device instance and "Facility=(000f)" the HRESULT's facility, neither a code.
		['Error: 0x800f081f The source files could not be found.', ['setup/0x800F081F']],
		['CBS_E_SOURCE_MISSING', ['setup/0x800F081F']],
		['-2146498529', ['setup/0x800F081F']],
		[
			'2018-05-14 07:46:29, Info CBS Failed to internally open package. [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]',
			['setup/0x800F0805'],
		],
		[
			'2023-09-04 15:01:53, Error                 CBS    Package "Package_for_KB5012170~31bf3856ad364e35~amd64~~14393.5285.1.4" requires Servicing Stack v10.0.14393.5285 but current Servicing Stack is v10.0.14393.4349. [HRESULT = 0x800f0823 - CBS_E_NEW_SERVICING_STACK_REQUIRED]',
			['setup/0x800F0823'],
		],
		[
			'(f)\tCBS MUM Corrupt\t0x800F0900\tservicing\\Packages\\Package_1_for_KB983590~31bf3856ad364e35~amd64~~6.1.1.0.mum\tLine 1:',
			['setup/0x800F0900'],
		],
		[
			'Installation of one or more roles, role services, or features failed. Error: 0x800f0922.',
			['setup/0x800F0922'],
		],
		[
			'!!! set: Could not create a device information element for device ROOT\\MPIO\\0001. HRESULT = 0x800f0207',
			['setup/0x800F0207'],
		],
		[
			'(F) CMIADAPTER: AI failed. HRESULT = 800f0207 [Error,Facility=(000f),Code=519 (0x0207)]',
			['setup/0x800F0207'],
		],
		// SetupAPI's own values, as setupapi.dev.log and DIFx write them: Learn's "Restrict USB devices by
		// using Intune Administrative Templates" (a device blocked by policy; its "Problem: 0x1
		// (0xc0000361)" is the device's status), Learn's "Can't import drivers into Configuration
		// Manager" (setupapi.app.log), a DPINST.LOG a Stack Overflow question quotes, and the decimal
		// forms .NET prints. Before, each was "not a known code".
		[
			'   !!! pol:      {Device installation policy check [USB\\VID_046D&PID_C534\\5&BD89ED7&0&2] exit(0xe0000248)}',
			['setup/0x800F0248'],
		],
		['   <<<  [Exit status: FAILURE(0xe0000248)]', ['setup/0x800F0248']],
		[
			'! sig: Error 0xe0000244: The software was tested for compliance with Windows Logo requirements on a different version of Windows, and may not be compatible with this version.',
			['setup/0x800F0244'],
		],
		['INFO:   RETURN: DriverPackagePreinstallW  (0xE0000247)', ['setup/0x800F0247']],
		['-536870329', ['setup/0x800F0247']],
		['3758096967', ['setup/0x800F0247']],
		// Windows Setup's result codes (the upgrade family) as published with their extend codes: Learn's
		// example, a blog's copy of Setup's dialog (Songhay System), a post on Win 10 20H2. "Windows 10"
		// and "Win 10" name the system, not ERROR_BAD_ENVIRONMENT (before: win32/10 came first).
		['0xC1900101 - 0x4000D', ['upgrade/0xC1900101']],
		[
			'0xC1900101 - 0x20017\nThe installation failed in the SAFE_OS phase with an error during BOOT operation',
			['upgrade/0xC1900101'],
		],
		[
			'This is about the infamous error you get when trying to install Windows updates or specifically to Win 10 20H2:\n0xC1900101 \u2013 0x20017 Windows 10 error',
			['upgrade/0xC1900101'],
		],
		// Windows Setup's setuperr.log as published (a lab's notes of a Windows Server 2019 upgrade; a
		// deployment project's log; a SetupDiag report): the result, never the method's source line in
		// brackets (before, "(1055)" answered ERROR_SERVICE_ALREADY_RUNNING first).
		[
			'2026-09-28 13:24:23, Error  MOUPG  CSetupManager::Execute(345): Result = 0xC190010E',
			['upgrade/0xC190010E'],
		],
		[
			'11:01:02, Error MOUPG  CDlpActionDriverInstallation::ExecuteDriverInstall(1055): Result = 0x80070002',
			['win32/2'],
		],
		[
			'Error: SetupDiag reports abrupt down-level failure.Last Operation: Error: 0xC190020E - 0x4001E',
			['upgrade/0xC190020E'],
		],
		['HRESULT_FROM_WIN32(14098)', ['win32/14098']],
		// .NET's hosting layer, as build tools print a host's exit code: Senparc's docs (a Razor compiler
		// run without the .NET it needs), linezero/netcorebbs#13 (MSBuild's Chinese MSB3073 line), and
		// the unsigned form. Before, each was "not a known code".
		['rzc generate exited with code -2147450730', ['dotnet-host/0x80008096']],
		['错误 MSB3073 命令“dotnet bundle”已退出,代码为 -2147450749。', ['dotnet-host/0x80008083']],
		['2147516566', ['dotnet-host/0x80008096']],
		['CoreHostCurHostFindFailure', ['dotnet-host/0x80008085']],
		['MOSETUP_E_COMPAT_SYSREQ_BLOCK', ['upgrade/0xC1900200']],
		['-1047526904', ['upgrade/0xC1900208']],
		['upgrade to Windows 11 failed', 'unknown'],
		['Windows Server 2019', 'unknown'],
		['Windows 10, version 1607 error 0xC1900101 - 0x40017', ['upgrade/0xC1900101']],
		['Windows 0x800f081f', ['setup/0x800F081F']],
		['STATUS_STACK_BUFFER_OVERRUN', ['ntstatus/0xC0000409']],
		// The servicing stack's CSI lines, as Learn's article on component store corruption quotes them:
		// an NTSTATUS of side-by-side assemblies by name, and wrapped as an HRESULT (HRESULT_FROM_NT) in
		// its GetLastError. Before, "index 0 of 1 operations" answered ERROR_SUCCESS and
		// ERROR_INVALID_FUNCTION.
		[
			'Error  CSI  (F) STATUS_SXS_COMPONENT_STORE_CORRUPT #62038# from CCSDirectTransaction::OperateEnding at index 0 of 1 operations [gle=0xd015001a]',
			['ntstatus/0xC015001A'],
		],
		['[gle=0xd015001a]', ['ntstatus/0xC015001A']],
		[
			'Error  CSI  (F) HRESULT_FROM_WIN32(14098) #61875# from Windows::ServicingAPI::CCSITransaction::ICSITransaction2_AddComponents [gle=0x80073712]',
			['win32/14098'],
		],
		['0', ['msiexec/0', 'signtool/0', 'systemctl/0', 'journald/0']],
		// Full-width forms as Chinese IMEs type them are read after NFKC normalisation.
		['２５０３', ['msi/2503']],
		['０ｘ８００Ｂ０１０１', ['hresult/0x800B0101']],
		['错误代码：２５０３。', ['msi/2503']],
	])('%j → %j', (input, expected) => {
		expect(ids(input)).toEqual(expected);
	});

	test('a version in a product name is no code, but a code after it is', () => {
		// Before, "Windows Server 2019 error 5" answered ERROR 2019 and not ERROR_ACCESS_DENIED.
		expect(ids('Windows Server 2019 error 5')).toContain('win32/5');
		expect(ids('Windows Server 2019 error 5')).not.toContain('win32/2019');
		// A number after "Windows" that no Windows version has stays a code.
		expect(ids('windows 1603')).toContain('msiexec/1603');
		expect(ids('Windows 10 版本 1809 错误 2503')).toEqual(['msi/2503']);
		// A year in a product's name: a line of "wmic product get name,version,vendor" as a published
		// walkthrough shows it (before: win32/2019).
		expect(
			lookup(
				index,
				'Microsoft Visual C++ 2019 X64 Minimum Runtime - 14.28.29910     Microsoft Corporation                    14.28.29910',
			).kind,
		).toBe('unknown');
		expect(ids('SQL Server 2022 setup error 1603')).toContain('msiexec/1603');
		expect(ids('SQL Server 2022 setup error 1603')).not.toContain('win32/2022');
	});

	test('an unknown name gets suggestions by name, a blank input is empty', () => {
		const n = lookup(index, 'CERT_E_EXPIRE');
		expect(n.kind === 'unknown' && n.suggestions.map(idOf)).toContain('hresult/0x800B0101');
		// Plain words are not names: "Error" must not offer every ERROR_* code.
		expect(lookup(index, 'Error 2504')).toEqual({ kind: 'unknown', suggestions: [] });
		expect(lookup(index, '  ?! ').kind).toBe('empty');
	});

	test('Chinese-only input is an unmatched query, never a blank one that keeps every row', () => {
		expect(lookup(index, '安装程序没有响应').kind).toBe('unknown');
		expect(filterIds(index, '安装程序没有响应').size).toBe(0);
	});

	test('nearest codes are never suggested by numeric distance, in any family', () => {
		// Before, 2504 offered msi/2503 and its neighbours (unrelated messages), and any family whose
		// codes spanned a number offered its numerically closest entries.
		// 16000 lies in the Win32 family's range (0–65535) but is in no row of its table.
		for (const q of ['2504', '99999', '16000', '0x80073E80', '0x8BAD0000', '2147483647'])
			expect(lookup(index, q), q).toEqual({ kind: 'unknown', suggestions: [] });
	});

	test.each([
		['The error code is 2503', ['msi/2503']],
		['Error 0x80070643: Failed to install MSI package.', ['msiexec/1603']],
		// MSI's "Note" line: the field labels 1: 2: 3: are not codes; 2203 and the HRESULT are.
		// -2147287035 is 0x80030005, STG_E_ACCESSDENIED in winerror.h: since the stg family exists
		// (issue 12 §3) the HRESULT has a page of its own, after the message, in the families' order.
		[
			'DEBUG: Error 2203:  Database: C:\\Windows\\Installer\\1a2b.ipi. Cannot open database file. System error -2147287035',
			['msi/2203', 'stg/0x80030005'],
		],
		['Note: 1: 2203 2: C:\\x.msi 3: -2147287035', ['msi/2203', 'stg/0x80030005']],
		[
			'MSI (s) (A0:B4) [12:01:02:345]: Product: Go. Error 1603. 安装时发生严重错误',
			['msi/1603', 'msiexec/1603'],
		],
		// A bare small number still answers when nothing longer is in the text.
		['exit status 3', ['win32/3', 'systemctl/3', 'journald/3']],
	])('pasted text %j → %j', (input, expected) => {
		expect(ids(input)).toEqual(expected);
	});

	// A verbose log writes an action's result as "Return value N" (Microsoft Learn, Logging of Action
	// Return Values): 3 is ERROR_INSTALL_FAILURE, exit code 1603 — never Win32 error 3,
	// ERROR_PATH_NOT_FOUND, which is what the bare digit reads as. Windows translates the words.
	test.each([
		['Return value 3', ['msiexec/1603']],
		['return value: 3', ['msiexec/1603']],
		['Action ended 14:07:55: InstallFinalize. Return value 3.', ['msiexec/1603']],
		['操作结束 14:07:55: InstallFinalize。返回值 3。', ['msiexec/1603']],
		['Aktion beendet 14:07:55: InstallFinalize. Rückgabewert 3.', ['msiexec/1603']],
		['Return value 1', ['msiexec/0']],
		['Return value 2', ['msiexec/1602']],
		['Return value 0', ['msiexec/1626']],
		// In a pasted stretch of log, in the order of the text.
		[
			'Error 2503. … Action ended 1:02:03: InstallFinalize. Return value 3.',
			['msi/2503', 'msiexec/1603'],
		],
		// The phrase must end right before the digit; a longer number after it is a code as usual.
		['Return value of 3', ['win32/3', 'systemctl/3', 'journald/3']],
		['Return value 1603', ['msi/1603', 'msiexec/1603']],
	])('a log action result %j → %j', (input, expected) => {
		expect(ids(input)).toEqual(expected);
	});

	test('"Return value 7" is no code: its row in Microsoft\'s table contradicts itself', () => {
		expect(lookup(index, 'Return value 7')).toEqual({ kind: 'unknown', suggestions: [] });
		const r = lookup(index, 'Return value 3');
		expect(r.kind === 'found' && r.matches.map((m) => [m.via, m.token])).toEqual([
			['log-return-value', 'Return value 3'],
		]);
	});

	// MsiInstaller's own events (Microsoft Learn, Event Logging): the event-logs guide sends readers to
	// 1033 and 1034, which were "not a known code"; events from 10000 up stay message numbers.
	test.each([
		['1033', ['msi-event/1033']],
		['event 1033', ['msi-event/1033']],
		['Event ID 1034', ['msi-event/1034']],
		['事件 1033', ['msi-event/1033']],
		['Event ID 11708', ['msi/1708']],
	])('an MsiInstaller event: %j → %j', (input, expected) => {
		expect(ids(input)).toEqual(expected);
	});

	test('"event" puts the event reading of a number first, whatever the families\' order', () => {
		const both = ids('1005');
		expect(both).toContain('msi-event/1005');
		expect(both.length).toBeGreaterThan(1);
		expect(ids('event 1005')[0]).toBe('msi-event/1005');
		expect(ids('Error 1005 from winerror.h')).toEqual(both);
	});

	// Typed without the space: the number is still read, and only after those words.
	test.each([
		['error2503', ['msi/2503']],
		['Error0x80070643', ['msiexec/1603']],
		['err2503', ['msi/2503']],
		['code1603', ['msiexec/1603', 'msi/1603']],
		['exit1603', ['msiexec/1603', 'msi/1603']],
		['vscode1603', 'unknown'],
		['ERROR_SUCCESS', ['msiexec/0']],
	])('glued %j → %j', (input, expected) => {
		expect(ids(input)).toEqual(expected);
	});

	// What Event Viewer shows for the Go MSI (MsiInstaller events 11708, 1033, 1035), pasted whole: its
	// version numbers and language ID are no codes (5 is ERROR_ACCESS_DENIED, 23 ERROR_CRC, 1033 an
	// event), its status is the run's exit code.
	test.each([
		['Product: Go Programming Language amd64 go1.23.5 -- Installation failed.', 'unknown'],
		[
			'Product: Go Programming Language amd64 go1.23.5. Version: 1.23.5. Language: 1033. Installation completed with status: 1603. Manufacturer: https://go.dev.',
			['msiexec/1603', 'msi/1603'],
		],
		[
			'Windows Installer reconfigured the product. Product Name: Go. Product Version: 1.23.5. Product Language: 1033. Manufacturer: Go. Reconfiguration success or error status: 0.',
			['msiexec/0', 'signtool/0', 'systemctl/0', 'journald/0'],
		],
		[
			'产品: Go。版本: 1.23.5。语言: 2052。安装成功或错误状态: 1603。',
			['msiexec/1603', 'msi/1603'],
		],
		['192.168.1.5', 'unknown'],
		['Windows 10.0.19045', 'unknown'],
		// A full stop after a code, and a code after a stop, are still codes.
		['Error 1603.', ['msiexec/1603', 'msi/1603']],
		['Failed.2503', ['msi/2503']],
		// An ISO date is no code (2018 is a Win32 code, 12 another): a Burn log's line (the WiX
		// bootstrapper writes every line so; tests/fixtures/logs/burn-0x80070643.txt), a timestamp.
		[
			'[476C:243C][2018-12-06T22:09:36]i007: Exit code: 0x80070643, restarting: No',
			['msiexec/1603'],
		],
		['2024-01-09 2503', ['msi/2503']],
		['2018-12-06', 'unknown'],
		// Event Viewer's date in both orders, kubectl's (with its time zone), the journal's.
		['Source: MsiInstaller Date: 1/9/2024 2:07:55 PM Event ID: 11708', ['msi/1708']],
		['日期: 2024/1/9 14:07:55 事件 ID: 1033', ['msi-event/1033']],
		['Started:      Mon, 13 Nov 2023 03:48:52 +0100', 'unknown'],
		['Nov 04 00:20:04 host systemd[1]: Error 2503', ['msi/2503']],
		['December 5, 2024', 'unknown'],
		// The kernel's OOM report (mm/oom_kill.c), as published: its snake- and kebab-case fields are no
		// codes (oom_score_adj:0 answered ERROR_SUCCESS; 200 and 934 are Win32 codes too).
		[
			'[26553.503363] Out of memory: Killed process 1688 (java) total-vm:9704312kB, anon-rss:2365028kB, file-rss:4kB, shmem-rss:0kB, UID:0 pgtables:5824kB, oom_score_adj:0',
			'unknown',
		],
		[
			'rsync invoked oom-killer: gfp_mask=0x408d40(GFP_NOFS|__GFP_NOFAIL|__GFP_ZERO|__GFP_ACCOUNT), order=0, oom_score_adj=200',
			'unknown',
		],
		['exit_code:1603', ['msiexec/1603', 'msi/1603']],
		// Addresses, ports and measures, as Node.js, Go, curl, ssh and ip(8) print them: no codes
		// (before: win32/5 for ":::5", win32/1 for "[::1]", win32/80, win32/22 and win32/21 for "port 22
		// after 21 ms", win32/64 for "/64").
		['Error: listen EADDRINUSE: address already in use :::5', ['errno/98']],
		['dial tcp [::1]:5: connect: connection refused', 'unknown'],
		['listen tcp [::]:80: bind: permission denied', 'unknown'],
		['inet6 fe80::5/64 scope link', 'unknown'],
		['Link-local IPv6 Address . . . . . : fe80::a1b2:c3d4:e5f6:1234%12', 'unknown'],
		['Failed to connect to github.com port 22 after 21 ms: Connection refused', 'unknown'],
		['ssh: connect to host 192.168.1.5 port 22: Connection refused', 'unknown'],
		['Operation timed out after 5 seconds with 0 bytes received', 'unknown'],
		['等待 30 秒后失败', 'unknown'],
		// A host name's label (before: win32/1 first, and openssl/1 where Go's "x509:" was OpenSSL's cue).
		[
			'Error response from daemon: Get "https://registry-1.docker.io/v2/": x509: certificate signed by unknown authority',
			'unknown',
		],
		['dial tcp: lookup node-2.cluster.local on 10.96.0.10:53: no such host', 'unknown'],
		// A URL's numbers and apt's address (before: curl/10, curl/80, win32/10, win32/80: "curl" in the
		// package's path was curl's cue).
		[
			'E: Failed to fetch http://deb.debian.org/debian/pool/main/c/curl/curl_7.88.1-10+deb12u5_amd64.deb  404  Not Found [IP: 151.101.2.132 80]',
			'unknown',
		],
		['Get "https://example.com/download/2503/x.msi": error 2503', ['msi/2503']],
		// An errno of 0 is no error (before: msiexec/0 ERROR_SUCCESS first); another errno is read.
		['OSError: [Errno 0] Error', 'unknown'],
		// A file's name keeps its number (one label after it).
		['see install-1603.log', ['msi/1603', 'msiexec/1603']],
		// A clock, a qualified name and a code after a measure are still what they were.
		['12:30:45 error 5', ['win32/5', 'journald/5']],
		['Error::5', ['win32/5', 'journald/5']],
		['after 21 ms: error 1603', ['msi/1603', 'msiexec/1603']],
		['Error 5 : Access denied', ['win32/5', 'journald/5']],
		// A year alone, a range of two codes, a month-like word and a year outside 19xx-20xx are read.
		['Error 2018', ['win32/2018']],
		['2502-2503', ['msi/2502', 'msi/2503']],
		['error 2502/2503', ['msi/2502', 'msi/2503']],
		['decreased 12 times, error 2503', ['msi/2503']],
		['Dec 5 2503', ['msi/2503']],
	])('an event text or version %j → %j', (input, expected) => {
		expect(ids(input)).toEqual(expected);
	});

	// Words that name the exit code put msiexec's reading of a shared number first.
	test.each([
		['1603', ['msiexec/1603', 'msi/1603']],
		['错误 1603', ['msiexec/1603', 'msi/1603']],
		// Only 1603 leads: 1606's message ("Could not access location") is what dialogs show.
		['Error 1606', ['msi/1606', 'msiexec/1606']],
		// A pasted message keeps the families' order: message 1603 is the one quoted.
		[
			'Error 1603. The file C:\\Go\\bin\\go.exe is being held in use by the following process',
			['msi/1603', 'msiexec/1603'],
		],
		['msiexec exit 1603', ['msiexec/1603', 'msi/1603']],
		['exit code 1603', ['msiexec/1603', 'msi/1603']],
		[
			'MSI (s) (A0:B4) [12:01:02:345]: MainEngineThread is returning 1603',
			['msiexec/1603', 'msi/1603'],
		],
		['%ERRORLEVEL% is 1605', ['msiexec/1605', 'msi/1605']],
		['退出代码 1603', ['msiexec/1603', 'msi/1603']],
		['msiexec returned 1603', ['msiexec/1603', 'msi/1603']],
		// The Linux families name themselves: a systemctl status code, a journald priority.
		['systemctl status exit code 3', ['systemctl/3', 'win32/3', 'journald/3']],
		['nginx.service: exit 3', ['systemctl/3', 'systemd-exit/3', 'win32/3', 'journald/3']],
		['journalctl -p 3', ['journald/3', 'win32/3', 'systemctl/3']],
		['journald 优先级 3', ['journald/3', 'win32/3', 'systemctl/3']],
	])('context words: %j → %j', (input, expected) => {
		expect(ids(input)).toEqual(expected);
	});

	test('a match carries the value its token was read as (the chain the answer card shows)', () => {
		const r = lookup(index, '-2147023293');
		expect(r.kind === 'found' && r.matches.map((m) => [m.id, m.via, m.value])).toEqual([
			['msiexec/1603', 'hresult-from-win32', 0x80070643],
		]);
		const denied = lookup(index, '-2147024891');
		expect(denied.kind === 'found' && denied.matches.map((m) => [m.id, m.via, m.value])).toEqual([
			['win32/5', 'hresult-from-win32', 0x80070005],
		]);
	});

	test('every form of every code parses back to it, bare or inside a sentence', () => {
		const pairs = refs.flatMap((r) => formsOf(r).map((f) => [idOf(r), asTyped(r, f)] as const));
		const wraps = [
			(s: string) => s,
			(s: string) => `Error ${s}`,
			(s: string) => ` error code is ${s}.`,
			(s: string) => `(${s})`,
		];
		const wrap = fc.constantFrom(...wraps);
		// A family whose names are plain words (journald's "warning", "info") is read by name only alone
		// or with its cue ("Error warning" is the level of whatever log it is from).
		const wordName = (id: string, form: string) =>
			'wordNames' in familyOf(id.split('/')[0] as Family) && /^[a-z]+$/i.test(form);
		const check = ([id, form]: readonly [string, string], w: (s: string) => string) => {
			const q = w(form);
			if (/[a-z]/i.test(q.replace(form, '')) && wordName(id, form))
				expect(ids(q), q).not.toContain(id);
			else expect(ids(q), q).toContain(id);
		};
		fc.assert(fc.property(fc.constantFrom(...pairs), wrap, check), { numRuns: 3000 });
		// The word names in every wrap, whatever the seed draws.
		const words = pairs.filter(([id, form]) => wordName(id, form));
		expect(words.length).toBeGreaterThanOrEqual(8);
		for (const pair of words) for (const w of wraps) check(pair, w);
		for (const [id, form] of pairs) expect(ids(form), form).toContain(id);
	});

	test('random input never throws and always returns a known kind', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
				expect(['empty', 'found', 'unknown']).toContain(lookup(index, s).kind);
				filterIds(index, s);
			}),
			{ numRuns: 2000 },
		);
	});
});

describe('winget, Windows Update and storage codes as users paste them (issue 12 §3)', () => {
	test.each([
		['0x8A150006', ['winget/0x8A150006']],
		// winget prints its own codes as negative decimals (the Decimal column of its return-code page).
		['-1978335226', ['winget/0x8A150006']],
		['8A150006', ['winget/0x8A150006']],
		['8a150006', ['winget/0x8A150006']],
		['2316632070', ['winget/0x8A150006']],
		['APPINSTALLER_CLI_ERROR_SHELLEXEC_INSTALL_FAILED', ['winget/0x8A150006']],
		// Issue titles as published: NexovaDev/UpdateHub#1637 and #1649, microsoft/winget-cli#6057.
		['APPINSTALLER_CLI_ERROR_SHELLEXEC_INSTALL_FAILED (0x8A150006)', ['winget/0x8A150006']],
		['APPINSTALLER_CLI_ERROR_INSTALL_INSTALL_IN_PROGRESS (0x8A150102)', ['winget/0x8A150102']],
		[
			'Installer failed with exit code: 0x8a150003 : Executing command failed',
			['winget/0x8A150003'],
		],
		['0x80240022', ['windows-update/0x80240022']],
		['80240022', ['windows-update/0x80240022']],
		['-2145124318', ['windows-update/0x80240022']],
		['WU_E_ALL_UPDATES_FAILED', ['windows-update/0x80240022']],
		['wu_e_pt_winhttp_name_not_resolved', ['windows-update/0x8024402C']],
		['0x8024402c', ['windows-update/0x8024402C']],
		['0x80030005', ['stg/0x80030005']],
		['STG_E_ACCESSDENIED', ['stg/0x80030005']],
		['-2147287035', ['stg/0x80030005']],
		['0x80030070 STG_E_MEDIUMFULL', ['stg/0x80030070']],
	])('%j → %j', (input, expected) => {
		expect(ids(input)).toEqual(expected);
	});

	test('the MSI log line of a missing in-progress file finds both the message and the storage error', () => {
		// Verbose-log form of message 2203 with the STG_E_FILENOTFOUND HRESULT as a signed decimal.
		const line =
			'Note: 1: 2203 2: C:\\Windows\\Installer\\inprogressinstallinfo.ipi 3: -2147287038';
		expect(ids(line)).toEqual(expect.arrayContaining(['msi/2203', 'stg/0x80030002']));
	});

	test('an unknown code inside a new family’s span is suggested nothing', () => {
		// 0x8A1500FF, 0x802400FF and 0x80030099 are in no pinned table row. Numeric neighbours are never
		// suggested (the rule above, from main); this checks the new families follow it too.
		for (const q of ['0x8A1500FF', '0x802400FF', '0x80030099', '-1978334977'])
			expect(lookup(index, q), q).toEqual({ kind: 'unknown', suggestions: [] });
	});
});

describe("Windows Update's log: the process and thread IDs after each line's time are no codes", () => {
	// Published lines: the older WindowsUpdate.log (Microsoft's article on 0x8024402C when installing a
	// feature on demand; a WSUS blog post's 0x80244019; LegacyUpdate/LegacyUpdate#8, tab-separated),
	// and Get-WindowsUpdateLog's form (rgl/packer-plugin-windows-update#135's prefix).
	test.each([
		[
			'2010-01-05 18:52:06:762 808 aac Agent * WARNING: Exit code = 0x8024402C',
			'windows-update/0x8024402C',
		],
		[
			'2008-03-22 18:53:25:002 808 ba0 Agent * WARNING: Exit code = 0x80244019',
			'windows-update/0x80244019',
		],
		[
			'2022-11-07\t15:08:10:638\t1048\tea4\tAgent\t  * WARNING: Failed to filter search results, error = 0x8024000B',
			'windows-update/0x8024000B',
		],
		// Before, the process ID 1032 answered first: MsiInstaller's event 1032.
		[
			'2023/09/14 16:09:29.8314912 1032  1520  Agent           * END * Finding updates CallerId = UpdateOrchestrator  Exit code = 0x80244018',
			'windows-update/0x80244018',
		],
	])('%j → %j alone', (line, expected) => {
		expect(ids(line)).toEqual([expected]);
	});

	test('property: whatever the IDs, in either form, only the code is read', () => {
		const wu = refs.filter((r) => r.family === 'windows-update');
		const two = (n: number) => String(n).padStart(2, '0');
		fc.assert(
			fc.property(
				fc.constantFrom(...wu),
				fc.integer({ min: 4, max: 99999 }),
				fc.integer({ min: 1, max: 65535 }),
				fc.boolean(),
				fc.integer({ min: 0, max: 86399 }),
				(ref, pid, tid, modern, secs) => {
					const clock = `${two(Math.floor(secs / 3600))}:${two(Math.floor(secs / 60) % 60)}:${two(secs % 60)}`;
					const code = hexId(ref.code);
					const line = modern
						? `2023/09/14 ${clock}.8314912 ${pid}  ${tid}  Agent           * END * Finding updates CallerId = UpdateOrchestrator  Exit code = ${code}`
						: `2010-01-05\t${clock}:762\t${pid}\t${tid.toString(16)}\tAgent\t* WARNING: Exit code = ${code}`;
					expect(ids(line), line).toEqual([idOf(ref)]);
				},
			),
			{ numRuns: 3000 },
		);
	});

	test('the same numbers after other times are still read (an MSI log, a time without its fraction)', () => {
		expect(ids('[10:22:41:125]: 1603')).toContain('msiexec/1603');
		expect(ids('2024-01-09 14:07:55 1603')).toContain('msiexec/1603');
		expect(ids('14:07:55.123, 1603')).toContain('msiexec/1603');
	});
});

describe("the servicing stack's and SetupAPI's logs: only the HRESULT is read", () => {
	// SetupAPI's log names a device by its instance ID (ROOT\MPIO\0001: the enumerator, the device,
	// the instance number, or its parts joined by &: PCI\VEN_8086&DEV_1916\3&11583659&0&10), and
	// CBS.log spells an HRESULT out with its facility and code ("[Error,Facility=(000f),Code=519
	// (0x0207)]"), as Learn's MPIO article quotes them. Before, 0001 answered ERROR_INVALID_FUNCTION,
	// 000f ERROR_INVALID_DRIVE and a Code=0 ERROR_SUCCESS.
	const hex = (n: number, digits: number) => n.toString(16).padStart(digits, '0');
	test('property: whatever the device instance ID and the facility, only the HRESULT is read', () => {
		const setup = refs.filter((r) => r.family === 'setup');
		fc.assert(
			fc.property(
				fc.constantFrom(...setup),
				fc.constantFrom('ROOT', 'PCI', 'USB', 'HID', 'SWD', 'ACPI', 'STORAGE'),
				fc.stringMatching(/^[A-Z][A-Z0-9_&]{0,20}$/),
				// An instance number (0001), or the parts PnP joins with & (3&11583659&0&10).
				fc.oneof(
					fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
					fc
						.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 2, maxLength: 4 })
						.map((parts) => parts.map((n) => n.toString(16)).join('&')),
				),
				fc.integer({ min: 0, max: 0x7ff }),
				(ref, enumerator, device, instance, facility) => {
					const code = hexId(ref.code).slice(2).toLowerCase();
					const id = `${enumerator}\\${device}\\${instance}`;
					const lines = [
						`!!! set: Could not create a device information element for device ${id}. HRESULT = 0x${code}`,
						`(F) CMIADAPTER: AI failed. HRESULT = ${code} [Error,Facility=(${hex(facility, 4)}),Code=${(ref.code as number) & 0xffff} (0x${hex((ref.code as number) & 0xffff, 4)})]`,
					];
					for (const text of lines) expect(ids(text), text).toEqual([idOf(ref)]);
				},
			),
			{ numRuns: 3000 },
		);
	});
});

describe('the "Application Error" event (1000): only its exception code is read', () => {
	// Published events, as people paste them when a program crashed. Before, a time stamp of
	// 0x00000000 answered ERROR_SUCCESS and "Faulting process id: 0x654" msiexec's 1620.
	const event = (code: string, pid: string, stamp = '0x658deb99', offset = '0x00431802') =>
		[
			`Faulting application name: PowershellStarter.exe, version: 1.0.0.0, time stamp: ${stamp}`,
			'Faulting module name: unknown, version: 0.0.0.0, time stamp: 0x00000000',
			`Exception code: ${code}`,
			`Fault offset: ${offset}`,
			`Faulting process id: ${pid}`,
			'Faulting application start time: 0x01da39d7fbbc460e',
			'Report Id: 462fec40-a5cb-11ee-9386-08002783cd0a',
		].join('\n');
	test.each([
		// A .NET program's FailFast (0x80131623 is no code of ours): nothing else is one either.
		[event('0x80131623', '0x654'), 'unknown'],
		[
			'Faulting application name: python.exe, version: 3.12.10150.1013, time stamp: 0x67f515a7\nFaulting module name: amdhip64_7.dll, version: 10.0.3581.0, time stamp: 0x69198ccb\nException code: 0xc0000005\nFault offset: 0x00000000002ab8ba\nFaulting process id: 0x3560\nFaulting application start time: 0x1DC8B3A7B7F1C4E',
			['ntstatus/0xC0000005'],
		],
		[
			'Faulting application name: dwm.exe, version: 10.0.14393.0, time stamp: 0x578999ab Faulting module name: dwmcore.dll, version: 10.0.14393.1715, time stamp: 0x59b0d15f Exception code: 0xc00001ad Fault offset: 0x00000000000f5956 Faulting process id: 0xf10 Faulting application start time: 0x01d619b841150774',
			['ntstatus/0xC00001AD'],
		],
	])('%j → %j', (text, expected) => {
		expect(ids(text)).toEqual(expected);
	});

	test('property: whatever the process ID, time stamp and offset, only the exception code is read', () => {
		const nt = refs.filter((r) => r.family === 'ntstatus');
		const hex = (n: number, digits: number) => `0x${n.toString(16).padStart(digits, '0')}`;
		fc.assert(
			fc.property(
				fc.constantFrom(...nt),
				fc.integer({ min: 4, max: 0xffff }),
				fc.integer({ min: 0, max: 0xffffffff }),
				fc.integer({ min: 0, max: 0xffffff }),
				(ref, pid, stamp, offset) => {
					const text = event(
						hexId(ref.code).toLowerCase(),
						hex(pid, 1),
						hex(stamp, 8),
						hex(offset, 8),
					);
					expect(ids(text), text).toEqual([idOf(ref)]);
				},
			),
			{ numRuns: 3000 },
		);
	});

	test('a process ID, a time stamp or an offset elsewhere is still no code; other numbers still are', () => {
		expect(ids('Main PID: 1620 (msiexec)')).toBe('unknown');
		expect(ids('time stamp: 0x80070005')).toBe('unknown');
		expect(ids('Exception code: 0xc0000409')).toEqual(['ntstatus/0xC0000409']);
		expect(ids('exit code 1620')).toContain('msiexec/1620');
	});
});

describe("Windows' TLS (Schannel) errors as programs print them", () => {
	test.each([
		// Before the SEC_E_* rows each of these was "not a known code".
		['0x80090325', ['sspi/0x80090325']],
		['SEC_E_UNTRUSTED_ROOT', ['sspi/0x80090325']],
		['-2146893022', ['sspi/0x80090322']],
		// curl for Windows: curl's own code first (its name is in the line), then Schannel's.
		[
			'curl: (35) schannel: next InitializeSecurityContext failed: SEC_E_UNTRUSTED_ROOT (0x80090325) - The certificate chain was issued by an authority that is not trusted.',
			['curl/35', 'sspi/0x80090325'],
		],
		// Git for Windows with the schannel backend, and .NET's Win32Exception.
		[
			"fatal: unable to access 'https://github.com/x/y.git/': schannel: next InitializeSecurityContext failed: SEC_E_UNTRUSTED_ROOT (0x80090325)",
			['sspi/0x80090325'],
		],
		[
			'System.ComponentModel.Win32Exception (0x80090326): The message received was unexpected or badly formatted.',
			['sspi/0x80090326'],
		],
	])('%j → %j', (q, expected) => {
		expect(ids(q)).toEqual(expected);
	});
});

describe('generic COM HRESULTs and their E_* names as users paste them', () => {
	test.each([
		// Before the com family each of these was "not a known code" (E_FAIL suggested msiexec 1601).
		['0x80004005', ['com/0x80004005']],
		['E_FAIL', ['com/0x80004005']],
		['e_fail', ['com/0x80004005']],
		['-2147467259', ['com/0x80004005']],
		['2147500037', ['com/0x80004005']],
		['Error 0x80004005: Unspecified error', ['com/0x80004005']],
		['0x8000FFFF', ['com/0x8000FFFF']],
		['REGDB_E_CLASSNOTREG', ['com/0x80040154']],
		// .NET's COMException message, as programs print it: the hex and the name are one code.
		[
			'Retrieving the COM class factory failed due to the following error: 80040154 Class not registered (Exception from HRESULT: 0x80040154 (REGDB_E_CLASSNOTREG)).',
			['com/0x80040154'],
		],
		[
			'Catastrophic failure (Exception from HRESULT: 0x8000FFFF (E_UNEXPECTED))',
			['com/0x8000FFFF'],
		],
		// The table's 0x8007xxxx names are Win32 errors: answered by the Win32 entry they wrap.
		['E_ACCESSDENIED', ['win32/5']],
		['Access is denied. (Exception from HRESULT: 0x80070005 (E_ACCESSDENIED))', ['win32/5']],
		['E_OUTOFMEMORY', ['win32/14']],
		['E_HANDLE', ['win32/6']],
		['E_INVALIDARG', ['msiexec/87']],
	])('%j → %j', (input, expected) => {
		expect(ids(input)).toEqual(expected);
	});

	test('an unknown code in the com span is suggested nothing', () => {
		for (const q of ['0x800040FF', '0x8000FFF0'])
			expect(lookup(index, q), q).toEqual({ kind: 'unknown', suggestions: [] });
	});
});

describe('GUIDs are not codes (product codes in MSI logs, CLSIDs in COM messages)', () => {
	test.each([
		// Published .NET messages (the CLSID's 0000 groups read as code 0, ERROR_SUCCESS, ahead of 5).
		[
			'System.UnauthorizedAccessException: Retrieving the COM class factory for component with CLSID {000209FF-0000-0000-C000-000000000046} failed due to the following error: 80070005 Access is denied. (Exception from HRESULT: 0x80070005 (E_ACCESSDENIED)).',
			['win32/5'],
		],
		[
			'System.Runtime.InteropServices.COMException (0x80040154): Retrieving the COM class factory for component with CLSID {CF4CC405-E2C5-4DDD-B3CE-5E7582D8C9FA} failed due to the following error: 80040154.',
			['com/0x80040154'],
		],
		// A product code's 1234 group answered Win32 1234 ahead of message 1722.
		[
			'MSI (s) (A4:B8) [10:15:22:123]: Product: {B6E2F7C4-1234-4ABC-9DEF-0123456789AB} -- Error 1722.',
			['msi/1722', 'win32/1722'],
		],
		[
			'msiexec /x {B6E2F7C4-1234-4ABC-9DEF-0123456789AB} returned 1605',
			['msiexec/1605', 'msi/1605'],
		],
		['b6e2f7c4-1234-4abc-9def-0123456789ab error 2503', ['msi/2503']],
	])('%j → %j', (input, expected) => {
		expect(ids(input)).toEqual(expected);
	});

	test('a lone GUID is a query that matched no code, not an empty one', () => {
		expect(lookup(index, '{B6E2F7C4-1234-4ABC-9DEF-0123456789AB}')).toEqual({
			kind: 'unknown',
			suggestions: [],
		});
	});
});

describe('Win32 system errors as users paste them (issue 12 §3)', () => {
	test.each([
		['0x80070005', ['win32/5']],
		['80070005', ['win32/5']],
		['-2147024891', ['win32/5']],
		['2147942405', ['win32/5']],
		['ERROR_ACCESS_DENIED', ['win32/5']],
		['error_access_denied', ['win32/5']],
		// A bare small number: every family that has it, in the families' order.
		['5', ['win32/5', 'journald/5']],
		['0x5', ['win32/5', 'journald/5']],
		['System error 5 has occurred. Access is denied.', ['win32/5', 'journald/5']],
		['0x80070020', ['win32/32']],
		['ERROR_SHARING_VIOLATION', ['win32/32']],
		['WAIT_TIMEOUT', ['win32/258']],
		['RPC_S_SERVER_UNAVAILABLE', ['win32/1722']],
		['ERROR_ITERATED_DATA_EXCEEDS_64K', ['win32/194']],
		// The codes msiexec returns stay msiexec's, in every form.
		['0x80070643', ['msiexec/1603']],
		['1603', ['msiexec/1603', 'msi/1603']],
		['87', ['msiexec/87']],
		['ERROR_INVALID_PARAMETER', ['msiexec/87']],
		// A number both Windows Installer and Win32 define: both pages, Windows Installer first.
		['Error 1920', ['msi/1920', 'win32/1920']],
		['0x80070570', ['win32/1392']],
	])('%j → %j', (input, expected) => {
		expect(ids(input)).toEqual(expected);
	});

	test("an MSI log line's time stamp is not a code, though its milliseconds are a Win32 code", () => {
		// 125 is ERROR_NO_VOLUME_LABEL; before, the card's first answer for this line was win32/125.
		expect(ids('125')).toEqual(['win32/125']);
		// "is returning" names the exit code: msiexec's reading first.
		expect(ids('MSI (c) (0C:10) [10:22:41:125]: MainEngineThread is returning 1603')).toEqual([
			'msiexec/1603',
			'msi/1603',
		]);
		expect(ids('[10:22:41:125]')).toBe('unknown');
		// A colon followed by a space still ends a label or a message number.
		expect(ids('Error 1603: fatal')).toEqual(['msi/1603', 'msiexec/1603']);
		expect(ids('3: 125')).toEqual(['win32/125']);
	});

	test.each([
		// A letter missing, changed, added, or two swapped: "not a known code" with no suggestion before.
		['ERROR_INSTAL_FAILURE', 'msiexec/1603'],
		['error_install_failur', 'msiexec/1603'],
		['CERT_E_EXPRIED', 'hresult/0x800B0101'],
		['ERROR_ACCES_DENIED', 'win32/5'],
		['E_ACCESDENIED', 'win32/5'],
		['TRUST_E_NOSIGNATURE_', 'hresult/0x800B0100'],
		['ERROR_INSTALL_ALREDY_RUNNING', 'msiexec/1618'],
		['REGDB_E_CLASNOTREG', 'com/0x80040154'],
	])('a name with a typing slip, %j, suggests %s first', (input, id) => {
		const r = lookup(index, input);
		expect(r.kind).toBe('unknown');
		expect(r.kind === 'unknown' && r.suggestions.map(idOf)[0]).toBe(id);
	});

	test('slips: what a typing slip is, and what is too far', () => {
		expect(slips('ABCD', 'ABCD', 1)).toBe(0);
		expect(slips('ABD', 'ABCD', 1)).toBe(1);
		expect(slips('ABXD', 'ABCD', 1)).toBe(1);
		expect(slips('BACD', 'ABCD', 1)).toBe(1);
		expect(slips('ABCDE', 'ABCD', 1)).toBe(1);
		expect(slips('AXXD', 'ABCD', 1)).toBe(Infinity);
		expect(slips('AXXD', 'ABCD', 2)).toBe(2);
		expect(slips('ABCDEFG', 'ABCD', 2)).toBe(Infinity);
		// Agrees with a plain (unbanded) Damerau-Levenshtein distance wherever that is within max.
		const full = (a: string, b: string) => {
			const d = Array.from({ length: a.length + 1 }, (_, i) =>
				Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
			);
			for (let i = 1; i <= a.length; i++)
				for (let j = 1; j <= b.length; j++) {
					const row = d[i]!;
					row[j] = Math.min(
						d[i - 1]![j]! + 1,
						row[j - 1]! + 1,
						d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
					);
					if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
						row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
				}
			return d[a.length]![b.length]!;
		};
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom('A', 'B', 'C', '_'), maxLength: 12 }),
				fc.string({ unit: fc.constantFrom('A', 'B', 'C', '_'), maxLength: 12 }),
				fc.integer({ min: 1, max: 2 }),
				(a, b, max) => {
					const d = full(a, b);
					expect(slips(a, b, max)).toBe(d <= max ? d : Infinity);
				},
			),
			{ numRuns: 2000 },
		);
	});

	test('suggestions stay fast on 500 characters of name-shaped words', () => {
		for (const q of ['ERROR_ACCESS_X '.repeat(40), `${'A_'.repeat(250)}`, 'E_FAI '.repeat(90)])
			expect(bestOf(() => lookup(index, q))).toBeLessThan(200);
	});

	test('a name without its ERROR_ prefix is not a match, but ERROR_ACCESS_DENIED is suggested', () => {
		const r = lookup(index, 'access_denied');
		expect(r.kind).toBe('unknown');
		expect(r.kind === 'unknown' && r.suggestions.map(idOf)).toContain('win32/5');
	});
});

describe('family filter', () => {
	test('matches by number form, name and message words', () => {
		const msi = buildIndex(refs.filter((r) => r.family === 'msi'));
		const texts = new Map([['msi/2503', ['Called RunScript when not marked in progress.']]]);
		const keep = (q: string) => [...filterIds(msi, q, (e) => texts.get(idOf(e)) ?? [])];
		expect(keep('runscript progress')).toEqual(['msi/2503']);
		expect(keep('0x9C7')).toEqual(['msi/2503']);
		expect(keep('')).toHaveLength(544);
	});
});
