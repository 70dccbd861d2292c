// Windows Setup's extend code: the second code of "0xC1900101 - 0x4000D", which says in which phase of
// an upgrade the result code happened (its first digit) and during which operation (its last two).
// The names are the tables of Microsoft Learn's "Windows 10 upgrade error codes" (EXTEND_SOURCE), and
// tests/unit/errors-extend.test.ts checks them against an independent transcription of that page
// (src/content/errors/sources/upgrade-extend-codes.tsv).

export const EXTEND_SOURCE =
	'https://learn.microsoft.com/en-us/troubleshoot/windows-client/setup-upgrade-and-drivers/windows-10-upgrade-error-codes';

/** The phases, by the extend code's first hex digit (SP_EXECUTION_ + the name). */
export const PHASES = [
	'UNKNOWN',
	'DOWNLEVEL',
	'SAFE_OS',
	'FIRST_BOOT',
	'OOBE_BOOT',
	'UNINSTALL',
] as const;

/** The operations, by the extend code's last two hex digits (SP_EXECUTION_OP_ + the name). */
export const OPERATIONS = [
	'UNKNOWN',
	'COPY_PAYLOAD',
	'DOWNLOAD_UPDATES',
	'INSTALL_UPDATES',
	'INSTALL_RECOVERY_ENVIRONMENT',
	'INSTALL_RECOVERY_IMAGE',
	'REPLICATE_OC',
	'INSTALL_DRIVERS',
	'PREPARE_SAFE_OS',
	'PREPARE_ROLLBACK',
	'PREPARE_FIRST_BOOT',
	'PREPARE_OOBE_BOOT',
	'APPLY_IMAGE',
	'MIGRATE_DATA',
	'SET_PRODUCT_KEY',
	'ADD_UNATTEND',
	'ADD_DRIVER',
	'ENABLE_FEATURE',
	'DISABLE_FEATURE',
	'REGISTER_ASYNC_PROCESS',
	'REGISTER_SYNC_PROCESS',
	'CREATE_FILE',
	'CREATE_REGISTRY',
	'BOOT',
	'SYSPREP',
	'OOBE',
	'BEGIN_FIRST_BOOT',
	'END_FIRST_BOOT',
	'BEGIN_OOBE_BOOT',
	'END_OOBE_BOOT',
	'PRE_OOBE',
	'POST_OOBE',
	'ADD_PROVISIONING_PACKAGE',
] as const;

export interface Extend {
	/** The extend code as typed ("0x4000D"). */
	token: string;
	/** Its value (0x4000D). */
	value: number;
	/** "SP_EXECUTION_OOBE_BOOT" */
	phase: string;
	/** "SP_EXECUTION_OP_MIGRATE_DATA" */
	operation: string;
}

/** The extend code's form: a phase digit, two zeros, an operation of two hex digits. */
const FORM = /^0x([0-5])00([0-9a-f]{2})$/i;

/** The extend code a token is ("0x4000D"), or null: a phase and an operation the tables name. */
export function readExtend(token: string): Extend | null {
	const m = FORM.exec(token);
	if (!m) return null;
	const phase = PHASES[Number(m[1])];
	const operation = OPERATIONS[parseInt(m[2] ?? '', 16)];
	if (phase === undefined || operation === undefined) return null;
	return {
		token,
		value: parseInt(token.slice(2), 16),
		phase: `SP_EXECUTION_${phase}`,
		operation: `SP_EXECUTION_OP_${operation}`,
	};
}

// After a result code: a dash (ASCII, en or em, as Setup's dialog and the pages copying it write it),
// blanks around it, then a number of the extend code's form, ending there (Learn's own tables write
// "0x80070070 - 0x60000", a phase its table does not name). Anchored and bounded: linear.
const AFTER = /^[ \t]{0,4}[-\u2013\u2014][ \t]{0,4}(0x[0-9a-f]00[0-9a-f]{2})(?!\w)/i;

/**
 * The extend code written right after a result code ending at `end` ("0xC1900101 - 0x20017"): where
 * it ends, and what it names (null for a phase or operation the tables do not have); null when none
 * follows.
 */
export function extendAfter(
	text: string,
	end: number,
): { to: number; extend: Extend | null } | null {
	const m = AFTER.exec(text.slice(end, end + 20));
	const token = m?.[1];
	if (!m || !token) return null;
	return { to: end + m[0].length, extend: readExtend(token) };
}
