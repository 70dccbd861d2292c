import type { Family } from './family';

/** The fields of an entry that identify it; enough for lookup, URLs and filtering. */
export interface CodeRef {
	family: Family;
	code: number;
	names: readonly string[];
}

const hex8 = (n: number) => (n >>> 0).toString(16).toUpperCase().padStart(8, '0');

/** 0x800B0101: lowercase prefix, eight uppercase digits (the site's URL form). */
export const hexId = (n: number) => `0x${hex8(n)}`;
/** The same 32 bits read as a signed integer, as .NET and PowerShell print HRESULTs. */
export const signed32 = (n: number) => n | 0;
/** HRESULT_FROM_WIN32: how a Win32 error such as 1603 reappears as 0x80070643. */
export const hresultFromWin32 = (n: number) => (n <= 0 ? n : ((n & 0xffff) | 0x80070000) >>> 0);
/** Application-log event IDs of source MsiInstaller are 10000 + the message number (11708 = 1708). */
export const EVENT_OFFSET = 10000;

/** The URL segment of a code page: HRESULTs in hex, everything else in decimal. */
export const slugOf = (ref: Pick<CodeRef, 'family' | 'code'>) =>
	ref.family === 'hresult' ? hexId(ref.code) : String(ref.code);

export const idOf = (ref: Pick<CodeRef, 'family' | 'code'>) => `${ref.family}/${slugOf(ref)}`;

export interface CodeForm {
	kind: 'decimal' | 'hex' | 'signed' | 'unsigned' | 'hresult' | 'event' | 'name';
	value: string;
}

/** Every way the code is commonly written, derived from the number (never typed by hand). */
export function formsOf(ref: CodeRef): CodeForm[] {
	const { code } = ref;
	const forms: CodeForm[] = [];
	if (ref.family === 'hresult') {
		forms.push({ kind: 'hex', value: hexId(code) });
		forms.push({ kind: 'unsigned', value: String(code) });
		forms.push({ kind: 'signed', value: String(signed32(code)) });
	} else {
		forms.push({ kind: 'decimal', value: String(code) });
		// Windows tools print Win32 codes in hex too; Linux exit codes and priorities never are.
		if (ref.family === 'msi' || ref.family === 'msiexec') {
			forms.push({ kind: 'hex', value: `0x${code.toString(16).toUpperCase()}` });
		}
	}
	if (ref.family === 'msiexec' && code > 0) {
		const h = hresultFromWin32(code);
		forms.push({ kind: 'hresult', value: hexId(h) });
		forms.push({ kind: 'signed', value: String(signed32(h)) });
	}
	if (ref.family === 'msi') forms.push({ kind: 'event', value: String(EVENT_OFFSET + code) });
	for (const name of ref.names) forms.push({ kind: 'name', value: name });
	return forms;
}
