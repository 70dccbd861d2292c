import { familyOf, type Family, type FamilyDescriptor, type FormKind } from './families';

/** The fields of an entry that identify it; enough for lookup, URLs and filtering. */
export interface CodeRef {
	family: Family;
	code: number;
	names: readonly string[];
	/**
	 * What programs print for the code, verbatim: glibc's description of a signal ("Segmentation
	 * fault", "段错误"), which a shell prints for a command the signal ended (official texts marked
	 * printed). Lookup reads them where a shell prints them.
	 */
	phrases?: readonly string[];
}

/** A name the family's codes are printed with after the number (EXEC in 203/EXEC), not a symbol. */
export const isShownName = (family: FamilyDescriptor, name: string) =>
	family.shownNames !== undefined && !family.shownNames.test(name);

const hex8 = (n: number) => (n >>> 0).toString(16).toUpperCase().padStart(8, '0');

/** 0x800B0101: lowercase prefix, eight uppercase digits (the site's URL form). */
export const hexId = (n: number) => `0x${hex8(n)}`;
/** The same 32 bits read as a signed integer, as .NET and PowerShell print HRESULTs. */
export const signed32 = (n: number) => n | 0;
/** HRESULT_FROM_WIN32: how a Win32 error such as 1603 reappears as 0x80070643. */
export const hresultFromWin32 = (n: number) => (n <= 0 ? n : ((n & 0xffff) | 0x80070000) >>> 0);

/** The URL segment of a code page, in the family's display form (HRESULTs in hex, the rest decimal). */
export const slugOf = (ref: Pick<CodeRef, 'family' | 'code'>) =>
	familyOf(ref.family).display === 'hex32' ? hexId(ref.code) : String(ref.code);

/** The number behind a URL segment (the inverse of slugOf); NaN for anything else. */
export function codeOfSlug(family: Family, slug: string): number {
	const hex = familyOf(family).display === 'hex32';
	if (hex ? !/^0x[0-9A-F]{8}$/.test(slug) : !/^\d{1,10}$/.test(slug)) return Number.NaN;
	return hex ? Number.parseInt(slug.slice(2), 16) : Number(slug);
}

export const idOf = (ref: Pick<CodeRef, 'family' | 'code'>) => `${ref.family}/${slugOf(ref)}`;

export interface CodeForm {
	kind: FormKind;
	value: string;
}

/** How each derived form is written; a family's descriptor lists the forms that apply to it. */
const WRITE: Record<
	Exclude<FormKind, 'name' | 'shown'>,
	(c: number, f: FamilyDescriptor, names: readonly string[]) => string | undefined
> = {
	decimal: (c) => String(c),
	// Windows tools print Win32 codes in hex too (0x652); HRESULTs always with eight digits.
	hex: (c, f) => (f.display === 'hex32' ? hexId(c) : `0x${c.toString(16).toUpperCase()}`),
	unsigned: (c) => String(c),
	// A Win32 family's signed form is that of its HRESULT (-2147023293 for 1603); 0 has none.
	signed: (c, f) =>
		f.win32 ? (c > 0 ? String(signed32(hresultFromWin32(c))) : undefined) : String(signed32(c)),
	hresult: (c) => (c > 0 ? hexId(hresultFromWin32(c)) : undefined),
	event: (c, f) => String((f.eventOffset ?? 0) + c),
	exit: (c, f) => (f.exitStatus ? String(f.exitStatus.offset + c) : undefined),
	// SetupAPI.h's value of a SPAPI_E_* code (0xE0000247 for 0x800F0247); the CBS_E_* and PSFX_E_*
	// codes share the facility but are no SetupAPI errors, so they have none.
	setupapi: (c, _f, names) =>
		names.some((n) => n.startsWith('SPAPI_E_'))
			? hexId((0xe0000000 | (c & 0xffff)) >>> 0)
			: undefined,
};

/** Every way the code is commonly written, derived from the number (never typed by hand). */
export function formsOf(ref: CodeRef): CodeForm[] {
	const family = familyOf(ref.family);
	const forms: CodeForm[] = [];
	for (const kind of family.forms) {
		const value = WRITE[kind](ref.code, family, ref.names);
		if (value !== undefined) forms.push({ kind, value });
	}
	for (const name of ref.names)
		forms.push(
			isShownName(family, name)
				? { kind: 'shown', value: `${ref.code}/${name}` }
				: { kind: 'name', value: name },
		);
	return forms;
}

/** An entry of the data as lookup reads it: its names and the texts programs print for it. */
export const refOfEntry = <
	E extends Omit<CodeRef, 'names' | 'phrases'> & {
		names: readonly { name: string }[];
		official: readonly { text: string; printed?: true | undefined }[];
	},
>(
	e: E,
): Omit<E, 'names'> & { names: string[]; phrases?: string[] } => {
	const phrases = e.official.filter((o) => o.printed).map((o) => o.text);
	return { ...e, names: e.names.map((n) => n.name), ...(phrases.length ? { phrases } : {}) };
};
