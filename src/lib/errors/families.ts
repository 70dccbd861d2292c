// The code families, each described once. Everything family-specific — which forms a number is
// written in, how it appears in URLs, what the schema accepts, which wrappings lookup unwraps, which
// label a page title uses, where the official table comes from — is read from this table; no other
// module switches on a family's name. Titles, intros and advice are catalog entries
// (src/i18n/<lang>/errors.json) under the keys returned by familyKey().

/** Ways a code is written; each family lists the ones people meet, in display order. */
export type FormKind =
	| 'decimal'
	| 'hex'
	| 'signed'
	| 'unsigned'
	| 'hresult'
	| 'event'
	| 'name'
	/** A name as systemd prints it after the number: 203/EXEC, 9/KILL (families with shownNames). */
	| 'shown'
	/** The exit status a shell reports for it: 137 for SIGKILL (families with exitStatus). */
	| 'exit'
	/**
	 * The code as SetupAPI itself returns it, 0xE0000247 for SPAPI_E_DRIVER_STORE_ADD_FAILED, which
	 * winerror.h's HRESULT_FROM_SETUPAPI turns into 0x800F0247 (SPAPI_E_* codes only).
	 */
	| 'setupapi';

/** A wrapping lookup unwraps: a value of another kind that stands for one of a family's codes. */
export interface Unwrap {
	/** How lookup names the reading (its Via). */
	readonly via: 'hresult-from-win32' | 'hresult-from-nt' | 'hresult-from-setupapi';
	/** The family's code the 32-bit value stands for, or undefined if the value is not of this shape. */
	readonly read: (value: number) => number | undefined;
}

/** HRESULT_FROM_WIN32: 0x80070643 is Win32 error 1603 (0x643). */
const HRESULT_FROM_WIN32: Unwrap = {
	via: 'hresult-from-win32',
	read: (v) => (v >>> 16 === 0x8007 ? v & 0xffff : undefined),
};

export interface FamilyDescriptor {
	readonly id: string;
	/** How the code is stored, in URLs and in data: eight-digit hex (0x800B0101) or decimal. */
	readonly display: 'hex32' | 'decimal';
	/** Inclusive range of valid codes (the schema checks it). */
	readonly range: readonly [number, number];
	/** Forms derived from the number, in display order (names are added from the data). */
	readonly forms: readonly Exclude<FormKind, 'name' | 'shown'>[];
	/** Lookup also reads 0x8007xxxx (HRESULT_FROM_WIN32) as this family's code xxxx. */
	readonly win32?: true;
	/**
	 * Other values lookup reads as this family's codes, besides HRESULT_FROM_WIN32 (which `win32`
	 * implies): unwrapsOf() lists them all.
	 */
	readonly unwraps?: readonly Unwrap[];
	/** Lookup also reads offset + code as this family's code (MsiInstaller event IDs). */
	readonly eventOffset?: number;
	/**
	 * Words that say a number is one of this family's codes ("exit code 1603", "MainEngineThread is
	 * returning 1603"): lookup lists this family's readings first in a query that holds one.
	 */
	readonly cue?: RegExp;
	/**
	 * The values an action's result takes in a verbose log ("Return value 3"), each with the code of
	 * this family it stands for: lookup reads "Return value 3" as that code, never as code 3.
	 */
	readonly logValues?: Readonly<Record<number, number>>;
	/**
	 * Codes whose reading in this family is what a bare number means ("1603", "Error 1603"): lookup
	 * lists it before the other families' readings of the number when the query has no other words.
	 */
	readonly leads?: readonly number[];
	/**
	 * The names systemd prints without their prefix (EXEC in "status=203/EXEC" and "Failed at step EXEC
	 * spawning", KILL in "signal=KILL"): a name of the family that does not start with this prefix is
	 * read only in those places, since as a word of its own it is an ordinary one ("user", "exec").
	 */
	readonly shownNames?: RegExp;
	/**
	 * A number is read as this family's code only in a query that holds its cue ("systemd exit status
	 * 3", "killed by signal 9"): a bare 3 is Win32's ERROR_PATH_NOT_FOUND far more often than LSB's
	 * EXIT_NOTIMPLEMENTED, and 5 is not SIGTRAP. Its names, and its codes as systemd prints them
	 * (203/EXEC), are read anywhere. (The family's id holds its cue: "signal 9", "systemd-exit 203".)
	 */
	readonly cuedOnly?: true;
	/**
	 * A shell reports a command that this family's code N ended as exit status offset + N (bash(1):
	 * "128+N", which Docker's "Exited (137)" and Kubernetes' "exit code 137" pass on): lookup reads such
	 * a number as code N in a query whose words say it is an exit status (cue), and lists it first.
	 */
	readonly exitStatus?: { readonly offset: number; readonly cue: RegExp };
	/**
	 * Node.js reports a system error's number negated, as libuv gives it ("errno: -13", npm's "npm ERR!
	 * errno -13"; libuv's docs: "on Unix error codes are the negated errno"): lookup reads a negative
	 * number right after "errno" as this family's code, for the codes listed (those that mean the same
	 * on every system Node.js reports them so).
	 */
	readonly negatedAfterErrno?: readonly number[];
	/**
	 * The family's names are words any log writes as its level ("Info", "Warning:", "[DEBUG]"): lookup
	 * reads one as this family's code only when it is the query's one word ("err", "warning") or the
	 * query holds the family's cue ("journalctl -p err", "PRIORITY=info"). In a pasted line of another
	 * program's log it is that program's level, not a code.
	 */
	readonly wordNames?: true;
	/**
	 * Some of the family's official texts are what programs print for a code (marked printed: glibc's
	 * "Segmentation fault" for signal 11, which bash prints for a command the signal ended): lookup
	 * reads them as phrases (lookup.ts), and the answer card fetches the family's rows for a query that
	 * may hold one (slices.ts), as the manifest carries no phrases. Only small families have them.
	 */
	readonly printedTexts?: true;
	/**
	 * Where the family's printed texts are read, when only other programs print them, after words of
	 * their own (Python's "certificate verify failed: " before OpenSSL's text): lookup reads such a text
	 * only right after one of these, in any case, and with a hyphen or a space alike ("self-signed",
	 * "self signed"); the answer card fetches the family's rows only for a query that holds one.
	 */
	readonly printedAfter?: readonly string[];
	/** What a code page's title shows after the number: the symbolic name, or the official text. */
	readonly titleFrom: 'name' | 'official';
	/**
	 * Every code carries a hand-written title in each non-default language
	 * (src/content/errors/titles/<locale>/<family>.yaml); the schema then requires one for every code.
	 * A family without it shows the English label in every language.
	 */
	readonly translatedTitles?: true;
	/**
	 * Only the code pages with a hand-written note go into the site search index (Pagefind); the others
	 * are still built, linked from the family table (whose filter reads every title and official
	 * text) and answered by the lookup card. For a family of thousands of short pages that few people
	 * search by text: indexed, Win32's 2,686 pages a language doubled the index metadata every first
	 * query downloads (en 148 KB, zh-CN 162 KB for "2503" against the 150 KB budget) and pushed their
	 * generic words ahead of the installer pages in the ranking (en MRR@10 0.950 → 0.910).
	 */
	readonly searchNotedOnly?: true;
	/** The published table the codes and official texts come from. */
	readonly source: {
		readonly title: string;
		readonly url: string;
		/**
		 * Learn's pages are CC BY 4.0; man pages and the Windows SDK's headers are quoted; .NET's source
		 * is MIT-licensed.
		 */
		readonly license: 'cc-by' | 'man' | 'sdk' | 'mit';
	};
	/** Other published pages some of the family's codes and texts come from (the table credits them too). */
	readonly alsoFrom?: readonly string[];
	/** Site paths (no locale, no base) that help with any code of the family. */
	readonly links: readonly string[];
}

const learn = 'https://learn.microsoft.com/en-us/windows/win32/';
const ts = 'https://learn.microsoft.com/en-us/troubleshoot/';
const U32 = 0xffffffff;

export const FAMILY_LIST = [
	{
		id: 'msi',
		display: 'decimal',
		range: [0, 0x7fffffff],
		forms: ['decimal', 'hex', 'event'],
		eventOffset: 10000,
		titleFrom: 'official',
		translatedTitles: true,
		source: {
			title: 'Windows Installer Error Messages',
			url: `${learn}msi/windows-installer-error-messages`,
			license: 'cc-by',
		},
		links: ['/tools/msi-log/', '/tools/msiexec/', '/diagnose/event-logs/'],
	},
	{
		id: 'msiexec',
		display: 'decimal',
		range: [0, 0x7fffffff],
		forms: ['decimal', 'hex', 'hresult', 'signed'],
		win32: true,
		// Literal alternatives, no nested repeats: linear on any input.
		// ("status": the closing events 1033–1035, "… completed with status: 1603").
		cue: /exit|errorlevel|return(?:ing|ed| code)|status|退出|状态/i,
		// Microsoft Learn, Logging of Action Return Values (${learn}msi/logging-of-action-return-values):
		// log value → the code msiexec returns. Left out: 7, whose row names ERROR_INVALID_DATA (13)
		// but gives 1626.
		logValues: { 0: 1626, 1: 0, 2: 1602, 3: 1603, 4: 1604, 5: 0, 6: 1609, 8: 1618 },
		// "1603" is the exit code (ERROR_INSTALL_FAILURE), not message 1603 ("The file … is being held
		// in use"): of the 22 issue threads the project's search returned for "error 1603" and for that
		// message's own words (2026-12-02), none meant the message; 8 named the exit code.
		leads: [1603],
		titleFrom: 'name',
		translatedTitles: true,
		source: {
			title: 'MsiExec.exe and InstMsi.exe Error Messages',
			url: `${learn}msi/error-codes`,
			license: 'cc-by',
		},
		// The System Error Codes pages' name and text for each code.
		alsoFrom: [`${learn}debug/system-error-codes`],
		links: ['/tools/msiexec/', '/tools/msi-log/', '/fixes/run-elevated/'],
	},
	{
		// MsiInstaller's own events in the Application log (1001–1044): 1033 ends every install with its
		// status, 1034 every removal. Its events 11707, 11708 … are 10000 + a message number: the msi
		// family reads those (eventOffset).
		id: 'msi-event',
		display: 'decimal',
		range: [1000, 9999],
		forms: ['decimal'],
		cue: /event|事件/i,
		titleFrom: 'official',
		translatedTitles: true,
		source: {
			title: 'Event Logging (Windows Installer)',
			url: `${learn}msi/event-logging`,
			license: 'cc-by',
		},
		// Only the events with a note go into the site search (their texts share words with the guides).
		searchNotedOnly: true,
		links: ['/diagnose/event-logs/', '/tools/event-query/', '/tools/msi-log/'],
	},
	{
		// Win32 system error codes (winerror.h ERROR_*, WAIT_*, RPC_S_*, …), as Microsoft's System Error
		// Codes pages list them. The codes msiexec returns are msiexec entries (which carry this
		// table's text as their second official text), not duplicated here.
		id: 'win32',
		display: 'decimal',
		range: [0, 0xffff],
		forms: ['decimal', 'hex', 'hresult', 'signed'],
		win32: true,
		titleFrom: 'name',
		translatedTitles: true,
		searchNotedOnly: true,
		source: {
			title: 'System Error Codes',
			url: `${learn}debug/system-error-codes`,
			license: 'cc-by',
		},
		links: ['/fixes/run-elevated/', '/diagnose/event-logs/', '/tools/msi-log/'],
	},
	{
		// WinHTTP's and WinINet's own errors (12001–12184), as Microsoft's two error pages list them: what
		// a download over HTTP fails with (Windows Update, web installers). One entry per number, with
		// the WinHTTP name first where both define it; 0x80072EE7 is 12007 wrapped as an HRESULT.
		id: 'internet',
		display: 'decimal',
		range: [12000, 12999],
		forms: ['decimal', 'hex', 'hresult', 'signed'],
		win32: true,
		titleFrom: 'name',
		translatedTitles: true,
		// As for win32: one-line API texts, found by the lookup and the table; notes put a page in search.
		searchNotedOnly: true,
		source: {
			title: 'Error Messages (Winhttp.h)',
			url: `${learn}winhttp/error-messages`,
			license: 'cc-by',
		},
		alsoFrom: [`${learn}wininet/wininet-errors`],
		links: ['/diagnose/event-logs/', '/tools/event-query/'],
	},
	{
		id: 'hresult',
		display: 'hex32',
		// Failure HRESULTs only: the severity bit is set.
		range: [0x80000000, U32],
		forms: ['hex', 'unsigned', 'signed'],
		titleFrom: 'name',
		translatedTitles: true,
		source: {
			title: 'COM Error Codes (Security and Setup)',
			url: `${learn}com/com-error-codes-4`,
			license: 'cc-by',
		},
		links: ['/tools/signtool/', '/tools/signtool-output/'],
	},
	{
		// The security packages' HRESULTs (SEC_E_*, facility 9, 0x800903xx): Schannel's, which curl, git
		// and other programs on Windows report when a TLS connection fails ("SEC_E_UNTRUSTED_ROOT
		// (0x80090325)"), and Kerberos', NTLM's and Negotiate's. Many are Kerberos and smart-card codes
		// with generic titles: only the noted pages go into the site search.
		id: 'sspi',
		display: 'hex32',
		range: [0x80090300, 0x800903ff],
		forms: ['hex', 'unsigned', 'signed'],
		titleFrom: 'name',
		translatedTitles: true,
		searchNotedOnly: true,
		source: {
			title: 'COM Error Codes (Security and Setup)',
			url: `${learn}com/com-error-codes-4`,
			license: 'cc-by',
		},
		links: [],
	},
	{
		// winget's own HRESULTs (facility 0xA15); winget prints them as negative decimals too.
		id: 'winget',
		display: 'hex32',
		range: [0x8a150000, 0x8a15ffff],
		forms: ['hex', 'signed', 'unsigned'],
		titleFrom: 'official',
		translatedTitles: true,
		source: {
			title: 'WinGet return codes',
			url: 'https://learn.microsoft.com/en-us/windows/package-manager/winget/returncodes',
			license: 'cc-by',
		},
		links: ['/tools/msiexec/', '/tools/msi-log/', '/fixes/run-elevated/'],
	},
	{
		// Windows Update Agent HRESULTs (facility 0x24, WU_E_*), as wuerror.h defines them.
		id: 'windows-update',
		display: 'hex32',
		range: [0x80240000, 0x8024ffff],
		forms: ['hex', 'unsigned', 'signed'],
		titleFrom: 'name',
		translatedTitles: true,
		source: {
			title: 'WUA Success and Error Codes',
			url: `${learn}wua_sdk/wua-success-and-error-codes-`,
			license: 'cc-by',
		},
		alsoFrom: [
			`${learn}wua_sdk/wua-networking-error-codes-`,
			'https://learn.microsoft.com/en-us/windows/deployment/update/windows-update-error-reference',
			// Codes of newer components, which only Microsoft's header defines (wuerror-h.tsv).
			'https://www.nuget.org/packages/Microsoft.Windows.SDK.CPP/10.0.26100.9457#um/wuerror.h',
		],
		links: ['/diagnose/event-logs/', '/tools/event-query/'],
	},
	{
		// Structured storage HRESULTs (facility 3, STG_E_*): an .msi file is a compound file, so
		// Windows Installer logs them when it cannot open or write one.
		id: 'stg',
		display: 'hex32',
		range: [0x80030000, 0x8003ffff],
		forms: ['hex', 'unsigned', 'signed'],
		titleFrom: 'name',
		translatedTitles: true,
		source: {
			title: 'COM Error Codes (STG, RPC)',
			url: `${learn}com/com-error-codes-3`,
			license: 'cc-by',
		},
		links: ['/tools/msi-log/', '/windows-installer/temp-permissions/', '/fixes/run-elevated/'],
	},
	{
		// Generic COM HRESULTs (facility 0, E_*; facility 4, CO_E_*, REGDB_E_*, CLASS_E_*, OLE_E_* …) as
		// Microsoft's generic COM table lists them. The table's four 0x8007xxxx rows (E_ACCESSDENIED,
		// E_HANDLE, E_OUTOFMEMORY, E_INVALIDARG) are Win32 errors wrapped as HRESULTs: they are names of
		// those Win32 entries (win32/5, win32/6, win32/14, msiexec/87), not codes of this family.
		id: 'com',
		display: 'hex32',
		range: [0x80000000, 0x8004ffff],
		forms: ['hex', 'unsigned', 'signed'],
		titleFrom: 'name',
		translatedTitles: true,
		source: {
			title: 'COM Error Codes (Generic)',
			url: `${learn}com/com-error-codes-1`,
			license: 'cc-by',
		},
		// Only the codes with a note go into the site search, as for win32: their one-line texts are
		// generic words ("Invalid pointer") that would rank ahead of the installer pages.
		searchNotedOnly: true,
		links: ['/tools/msi-log/', '/diagnose/event-logs/'],
	},
	{
		// NTSTATUS values of facility 0 (0xC0000001–0xC000FFFF, STATUS_*), as the Windows SDK's ntstatus.h
		// defines them: what the Windows kernel and loader fail with, and so what a process that crashed
		// or could not start exits with ("exit code -1073741819 (0xC0000005)", Go's "exit status
		// 0xc0000135", "unable to start correctly (0xc000007b)"); and those of side-by-side assemblies and
		// the component store (0xC015xxxx, STATUS_SXS_*), which the servicing stack's CSI lines write. No
		// Learn table lists them.
		id: 'ntstatus',
		display: 'hex32',
		range: [0xc0000000, 0xc0ffffff],
		forms: ['hex', 'signed', 'unsigned'],
		// HRESULT_FROM_NT: the status with winerror.h's FACILITY_NT_BIT (0x10000000) set, 0xC015001A as
		// 0xD015001A, as CBS.log writes one ("[gle=0xd015001a]").
		unwraps: [
			{
				via: 'hresult-from-nt',
				read: (v) => (v >>> 28 === 0xd ? (v ^ 0x10000000) >>> 0 : undefined),
			},
		],
		titleFrom: 'name',
		translatedTitles: true,
		// As for win32: generic one-line texts, found by the lookup and the table; notes put a page in
		// the site search.
		searchNotedOnly: true,
		source: {
			title: 'ntstatus.h',
			url: 'https://www.nuget.org/packages/Microsoft.Windows.SDK.CPP/10.0.26100.9457#shared/ntstatus.h',
			license: 'sdk',
		},
		links: ['/diagnose/event-logs/', '/tools/event-query/'],
	},
	{
		// Facility 15 (0x800Fxxxx): SetupAPI's errors (SPAPI_E_*, driver and INF installation), as the
		// Windows SDK's winerror.h defines them, and the errors of Component-Based Servicing (CBS_E_*,
		// 0x800F08xx–0x800F09xx), which Windows Update, DISM and "Turn Windows features on or off" fail
		// with (0x800F081F, 0x800F0922). No header of the SDK defines CBS_E_*: each comes from the Learn
		// page that names it, with that page's words (cbs-error-codes.tsv).
		id: 'setup',
		display: 'hex32',
		range: [0x800f0000, 0x800fffff],
		forms: ['hex', 'setupapi', 'unsigned', 'signed'],
		// The codes as SetupAPI returns them and setupapi.dev.log writes them ("Error 0xe0000247",
		// "[Exit status: FAILURE(0xe0000248)]"): SetupAPI.h's ERROR_* values, APPLICATION_ERROR_MASK |
		// ERROR_SEVERITY_ERROR | n, which winerror.h's HRESULT_FROM_SETUPAPI turns into 0x800F0000 | n.
		// Only 0xE000xxxx: the macro maps any value with those three bits, but SetupAPI's codes keep
		// bits 16–27 clear.
		unwraps: [
			{
				via: 'hresult-from-setupapi',
				read: (v) => (v >>> 16 === 0xe000 ? (0x800f0000 | (v & 0xffff)) >>> 0 : undefined),
			},
		],
		titleFrom: 'name',
		translatedTitles: true,
		// As for win32: generic one-line texts; notes put a page in the site search.
		searchNotedOnly: true,
		source: {
			title: 'winerror.h',
			url: 'https://www.nuget.org/packages/Microsoft.Windows.SDK.CPP/10.0.26100.9457#shared/winerror.h',
			license: 'sdk',
		},
		// The Learn pages the CBS_E_* and PSFX_E_* codes come from (cbs-error-codes.tsv).
		alsoFrom: [
			`${ts}windows-server/installing-updates-features-roles/fix-windows-update-errors`,
			`${ts}windows-client/installing-updates-features-roles/common-windows-update-errors`,
			`${ts}windows-server/installing-updates-features-roles/troubleshoot-windows-update-error-0x800f0823`,
			`${ts}windows-server/installing-updates-features-roles/error-0x800f0922-mpio-feature-installation-fails`,
			'https://learn.microsoft.com/en-us/windows-hardware/manufacture/desktop/net-framework-35-deployment-errors-and-resolution-steps',
			`${ts}azure/virtual-machines/windows/troubleshoot-cbs-component-store-corruption-azure-vm`,
			`${ts}azure/virtual-machines/windows/windows-update-errors-requiring-in-place-upgrade`,
		],
		links: ['/diagnose/event-logs/', '/tools/event-query/'],
	},
	{
		// Windows Setup's result codes (MOSETUP_E_*, 0xC19xxxxx): what a Windows 10 or 11 upgrade or
		// feature update fails with, followed by an extend code that names the phase and the operation
		// ("0xC1900101 - 0x4000D"). Learn's "Modern setup errors" table lists them; no SDK header does.
		id: 'upgrade',
		display: 'hex32',
		range: [0xc1900000, 0xc19fffff],
		forms: ['hex', 'signed', 'unsigned'],
		titleFrom: 'name',
		translatedTitles: true,
		// As for setup: one-line texts; notes put a page in the site search.
		searchNotedOnly: true,
		source: {
			title: 'Windows 10 upgrade resolution procedures',
			url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-client/setup-upgrade-and-drivers/windows-10-upgrade-resolution-procedures',
			license: 'cc-by',
		},
		links: ['/diagnose/event-logs/', '/tools/event-query/'],
	},
	{
		// .NET's hosting layer (0x80008081–0x800080A7): what `dotnet app.dll`, an app's own .exe (apphost)
		// and the hosting APIs exit or fail with when the app cannot start, most often because the .NET
		// runtime it needs is not installed (0x80008096, FrameworkMissingFailure). Windows shows the
		// exit code as a negative decimal (-2147450730). The names and texts are those of error_codes.h
		// in dotnet/runtime, whose host-error-codes.md documents them.
		id: 'dotnet-host',
		display: 'hex32',
		range: [0x80008000, 0x800080ff],
		forms: ['hex', 'signed', 'unsigned'],
		titleFrom: 'name',
		translatedTitles: true,
		source: {
			title: 'error_codes.h',
			url: 'https://github.com/dotnet/runtime/blob/1e513cd9238938c7c13738a8947de2eae243156d/src/native/corehost/error_codes.h',
			license: 'mit',
		},
		links: ['/diagnose/event-logs/'],
	},
	{
		id: 'signtool',
		display: 'decimal',
		range: [0, 255],
		forms: ['decimal'],
		// "signtool returned exit code 1": SignTool's failure, before the shell's generic one.
		cue: /signtool/i,
		titleFrom: 'official',
		translatedTitles: true,
		source: { title: 'SignTool', url: `${learn}seccrypto/signtool`, license: 'cc-by' },
		links: ['/tools/signtool/', '/tools/signtool-output/'],
	},
	{
		id: 'systemctl',
		display: 'decimal',
		range: [0, 255],
		forms: ['decimal'],
		cue: /systemctl|systemd|\.service\b/i,
		titleFrom: 'official',
		translatedTitles: true,
		source: {
			title: 'systemctl(1)',
			url: 'https://man7.org/linux/man-pages/man1/systemctl.1.html',
			license: 'man',
		},
		links: ['/tools/systemctl/', '/tools/journalctl/'],
	},
	{
		// The exit codes of a service's process (systemd.exec(5), "Process exit codes"): the C library's
		// 0 and 1, the LSB's 2-7, the BSD sysexits 64-78, and systemd's own 200-244, with which the
		// process exits when systemd fails to set it up before the program runs. systemctl status and
		// the journal print them with the name systemd-analyze exit-status lists ("status=203/EXEC").
		id: 'systemd-exit',
		display: 'decimal',
		range: [0, 255],
		forms: ['decimal'],
		shownNames: /^EXIT_|^EX_/,
		cuedOnly: true,
		// Literal alternatives: linear on any input.
		cue: /code=exited|exit-code|main process exited|failed at step|\.service\b|systemd/i,
		titleFrom: 'official',
		translatedTitles: true,
		// Only the codes with a note go into the site search: the others are found by lookup and table.
		searchNotedOnly: true,
		source: {
			title: 'systemd.exec(5): Process exit codes',
			url: 'https://man7.org/linux/man-pages/man5/systemd.exec.5.html',
			license: 'man',
		},
		links: ['/tools/systemctl/', '/tools/journalctl/'],
	},
	{
		// The exit statuses bash (and sh) give their meaning (bash(1), EXIT STATUS): 127, a command not
		// found; 126, found but not executable; 2, a builtin's incorrect usage; 1, any failure (the C
		// library's EXIT_FAILURE). What "exit code 127" means in a CI job, a Docker container or a
		// service, and "exit status 1" in dpkg's or pip's report; a bare 127 is Win32's
		// ERROR_PROC_NOT_FOUND, so the number is read only with the words of an exit status. (128 + N is
		// the signal family's exitStatus.)
		id: 'shell',
		display: 'decimal',
		range: [1, 127],
		forms: ['decimal'],
		cuedOnly: true,
		// Literal alternatives: linear on any input. (The family's id holds its cue: "shell 127".) GNU
		// make reports a recipe's exit status as "make: *** [target] Error 127" (the GNU make manual,
		// "Error Messages": "a program that make invoked as part of a recipe returned a non-0 error
		// code ('Error NN')").
		// npm reports a lifecycle script's exit status as "npm error code 1" (npm 6: "npm ERR! errno 1").
		cue: /exit|status|returned|\bshell\b|\*\*\* \[|退出|状态|\bnpm (?:ERR!|error) (?:code|errno) \d/i,
		titleFrom: 'official',
		translatedTitles: true,
		source: {
			title: 'bash(1): EXIT STATUS',
			url: 'https://man7.org/linux/man-pages/man1/bash.1.html',
			license: 'man',
		},
		links: ['/tools/chmod/', '/tools/permissions/'],
	},
	{
		// APT's exit status (apt-get(8), apt(8), DIAGNOSTICS: "returns zero on normal operation, decimal
		// 100 on error"): what Docker's "The command '/bin/sh -c apt-get install …' returned a non-zero
		// code: 100" means. A bare 100 is Win32's ERROR_TOO_MANY_SEMAPHORES, so the number is read only
		// in a line that names apt.
		id: 'apt',
		display: 'decimal',
		range: [100, 100],
		forms: ['decimal'],
		cuedOnly: true,
		// Literal alternatives: linear on any input. "apt_pkg" (Python's module) is another word.
		cue: /\bapt(?:-get)?\b/i,
		titleFrom: 'official',
		translatedTitles: true,
		source: {
			title: 'apt-get(8): DIAGNOSTICS',
			url: 'https://manpages.debian.org/bookworm/apt/apt-get.8.en.html',
			license: 'man',
		},
		alsoFrom: ['https://manpages.debian.org/bookworm/apt/apt.8.en.html'],
		links: [],
	},
	{
		id: 'journald',
		display: 'decimal',
		range: [0, 7],
		forms: ['decimal'],
		cue: /journalctl|journald|priority|优先级|-p ?[0-7]\b/i,
		wordNames: true,
		titleFrom: 'name',
		translatedTitles: true,
		source: {
			title: 'journalctl(1)',
			url: 'https://man7.org/linux/man-pages/man1/journalctl.1.html',
			license: 'man',
		},
		links: ['/tools/journalctl/'],
	},
	{
		// Linux's error numbers (errno(3)), numbered as on x86 and ARM: what a system call failed with,
		// which programs print as glibc's text ("Permission denied"), often after the number (nginx's
		// "(13: Permission denied)", Python's "[Errno 13] Permission denied"). A bare 13 is Win32's
		// ERROR_INVALID_DATA far more often: the number is read only with its cue; names anywhere.
		id: 'errno',
		display: 'decimal',
		range: [1, 133],
		forms: ['decimal'],
		cuedOnly: true,
		// "errno 13", Python's "[Errno 13]", and nginx's "(13: Permission denied)": a bracket, at most
		// three digits, ": " and a capital. Literal alternatives and bounded repeats: linear.
		cue: /errno|错误号|\(\d{1,3}: [A-Z]/i,
		// Node.js's "errno: -N" is the errno of the system it ran on: read only where Linux and macOS
		// agree, 1 to 34 but 11 (EAGAIN on Linux, EDEADLK on macOS; xnu's bsd/sys/errno.h,
		// sources/darwin-errno.tsv). Above 34 they part (ECONNREFUSED is 111 on Linux, 61 on macOS).
		negatedAfterErrno: Array.from({ length: 34 }, (_, i) => i + 1).filter((n) => n !== 11),
		titleFrom: 'name',
		translatedTitles: true,
		// As for the signals: generic one-line texts; notes put a page in the site search.
		searchNotedOnly: true,
		source: {
			title: 'errno(3)',
			url: 'https://man7.org/linux/man-pages/man3/errno.3.html',
			license: 'man',
		},
		// glibc's texts, as strerror() returns them.
		alsoFrom: ['https://man7.org/linux/man-pages/man3/strerror.3.html'],
		links: ['/tools/permissions/', '/tools/chmod/'],
	},
	{
		// curl's exit codes, which are libcurl's CURLcode values (libcurl-errors(3), curl(1) EXIT CODES):
		// what "curl: (60) SSL certificate problem" and git's "RPC failed; curl 56" report. A bare 60 or 7
		// is a Win32 code, so the number is read only with curl's name near it; CURLE_* names anywhere.
		id: 'curl',
		display: 'decimal',
		range: [1, 99],
		forms: ['decimal'],
		cuedOnly: true,
		// Literal alternatives: linear. (The family's id holds its cue: "curl 60".)
		cue: /\bcurl\b|libcurl/i,
		titleFrom: 'name',
		translatedTitles: true,
		searchNotedOnly: true,
		source: {
			title: 'libcurl-errors(3)',
			url: 'https://manpages.debian.org/bookworm/libcurl4-doc/libcurl-errors.3.en.html',
			license: 'man',
		},
		// curl's own texts for its exit codes, and libcurl's, as curl_easy_strerror() returns them.
		alsoFrom: [
			'https://manpages.debian.org/bookworm/curl/curl.1.en.html',
			'https://manpages.debian.org/bookworm/libcurl4-doc/curl_easy_strerror.3.en.html',
		],
		links: [],
	},
	{
		// OpenSSL's certificate verification results (X509_V_ERR_*, X509_STORE_CTX_get_error(3ssl)): why
		// a TLS client on Linux did not trust a server's certificate. openssl prints the number ("verify
		// error:num=20:…", "Verify return code: 21 (…)", "error 10 at 0 depth lookup: …"); curl, git
		// and Python print only the text. A bare 20 is a Win32 code, so the number is read only with
		// OpenSSL's words near it; X509_V_ERR_* names anywhere.
		id: 'openssl',
		display: 'decimal',
		range: [0, 94],
		forms: ['decimal'],
		cuedOnly: true,
		// Literal alternatives: linear. (The family's id holds its cue: "openssl 20".) Not "x509": Go's
		// crypto/x509 prints "x509: certificate signed by unknown authority" (Docker, kubectl), with no
		// OpenSSL number in the line.
		cue: /openssl|verify error|verify return|depth lookup/i,
		// Programs print OpenSSL's text for the result after their own words: Python's ssl module
		// ("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer
		// certificate (_ssl.c:1006)", which pip and requests pass on), Ruby's ("certificate verify failed
		// (self-signed certificate in certificate chain)") and curl's OpenSSL build ("SSL certificate
		// problem: …", which git, composer and the PHP curl extension pass on). OpenSSL before 3.0 wrote
		// "self signed", as lines published from those releases show.
		printedTexts: true,
		printedAfter: [
			'certificate verify failed: ',
			'certificate verify failed (',
			'SSL certificate problem: ',
		],
		titleFrom: 'name',
		translatedTitles: true,
		searchNotedOnly: true,
		source: {
			title: 'X509_STORE_CTX_get_error(3ssl)',
			url: 'https://manpages.debian.org/bookworm/libssl-doc/X509_STORE_CTX_get_error.3ssl.en.html',
			license: 'man',
		},
		links: [],
	},
	{
		// The standard Linux signals (signal(7)), numbered as on x86 and ARM: how a process that did not
		// exit was ended. systemd prints them without SIG ("code=killed, status=9/KILL", "signal=TERM").
		id: 'signal',
		display: 'decimal',
		range: [1, 31],
		forms: ['decimal', 'exit'],
		shownNames: /^SIG/,
		cuedOnly: true,
		// (Not "SIG…": signtool and signature begin so.) A name such as SIGKILL is read as a name anyway.
		cue: /\bsignal|\bkilled\b|\bdumped\b|信号/i,
		// bash(1), EXIT STATUS: "When a command terminates on a fatal signal N, bash uses the value of
		// 128+N as the exit status" (dash does the same). Literal alternatives: linear.
		// GNU make's "*** [target] Error 137" is an exit status too (see the shell family's cue).
		exitStatus: { offset: 128, cue: /exit|\*\*\* \[|退出/i },
		printedTexts: true,
		titleFrom: 'name',
		translatedTitles: true,
		searchNotedOnly: true,
		source: {
			title: 'signal(7)',
			url: 'https://man7.org/linux/man-pages/man7/signal.7.html',
			license: 'man',
		},
		// The texts programs print: glibc's (strsignal(3)), zsh's and macOS's (PROGRAM_SOURCES).
		alsoFrom: [
			'https://man7.org/linux/man-pages/man3/strsignal.3.html',
			'https://github.com/zsh-users/zsh/blob/3078e07729930bfbff647b9b63452b58a54ecc70/Src/signames2.awk',
			'https://github.com/apple-oss-distributions/Libc/blob/55b54c0a0c37b3b24393b42b90a4c561d6c606b1/string/FreeBSD/strsignal.c',
		],
		links: ['/tools/journalctl/', '/tools/systemctl/'],
	},
] as const satisfies readonly FamilyDescriptor[];

export type Family = (typeof FAMILY_LIST)[number]['id'];
/** The families in display order (lookup answers and tables follow it). */
export const FAMILIES = FAMILY_LIST.map((f) => f.id) as readonly Family[] as readonly [
	Family,
	...Family[],
];

const BY_ID = new Map<string, FamilyDescriptor>(FAMILY_LIST.map((f) => [f.id, f]));
export const familyOf = (id: Family): FamilyDescriptor => BY_ID.get(id) as FamilyDescriptor;
export const isFamily = (id: string): id is Family => BY_ID.has(id);

/** Every wrapping lookup unwraps into the family's codes: HRESULT_FROM_WIN32 if `win32`, then `unwraps`. */
export const unwrapsOf = (f: FamilyDescriptor): readonly Unwrap[] => [
	...(f.win32 ? [HRESULT_FROM_WIN32] : []),
	...(f.unwraps ?? []),
];

/** Catalog key of a family's title, one-line intro or general advice. */
export const familyKey = (id: Family, part: 'title' | 'intro' | 'advice') =>
	`kb.family.${id}.${part}`;
