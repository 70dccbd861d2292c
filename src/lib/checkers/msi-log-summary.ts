// Turns a log report into what the page shows first: one sentence, the codes with their official
// text and knowledge-base links, and the next step. Still plain data: the page localises the
// sentence from catalog keys (check.msi.*) and adds language and base to the links (href()).
import { type Msg, msg } from '../../i18n/msg';
import type { Shell } from '../generators/types';
import type { MsiError, MsiLogReport, Verdict } from './msi-log';
import { asHresult } from './msi-log';
import { icaclsLink, msiexecRerun } from './generator-links';
import { MSIEXEC_EXIT, MSI_MESSAGES } from './msi-messages.generated';
import { failedPackage } from './msi-log-burn';

export type CodeRef = {
	family: 'msi' | 'msiexec' | 'hresult';
	code: string;
	text?: string;
	name?: string;
};

export type Summary =
	| { kind: 'not-a-log' }
	| { kind: 'success'; reboot: boolean; exit: CodeRef }
	| { kind: 'cancelled' }
	| { kind: 'incomplete' }
	| {
			kind: 'failure';
			action?: string;
			customAction?: string;
			error?: CodeRef;
			exit?: CodeRef;
			/** The product removed inside the failing action (RemoveExistingProducts) and its session. */
			nested?: { product?: string; action?: string; elevation: Verdict };
			/** The installer stopped before running any action (1618, 1620, 1638 …). */
			beforeActions?: boolean;
			/** A Burn bundle: the package that failed and its result (an HRESULT). */
			burn?: { package: string; result: CodeRef };
	  };

export type HintId =
	| 'elevate'
	| 'temp-acl'
	| 'another-install'
	| 'custom-action'
	| 'custom-action-log'
	| 'admin-remove'
	| 'source-absent'
	| 'reboot'
	| 'truncated'
	| 'burn-package-log';

export interface Hint {
	/** Stable identity for pages, tests and `ifg log --json` readers (the text may change). */
	id: HintId;
	/** What to do, as a message the page and the command-line tool resolve in their language. */
	message: Msg;
	/** A command to run next (shown as text, with a copy button). */
	command?: string;
	/** Site-relative links (language prefix added by the page). */
	links: string[];
}

// Written out, not built from the id, so the catalog-key scan (check-catalog-keys.test.ts) sees each one.
const HINT_KEYS: Readonly<Record<HintId, string>> = {
	elevate: 'check.msi.hint.elevate',
	'temp-acl': 'check.msi.hint.temp-acl',
	'another-install': 'check.msi.hint.another-install',
	'custom-action': 'check.msi.hint.custom-action',
	'custom-action-log': 'check.msi.hint.custom-action-log',
	'admin-remove': 'check.msi.hint.admin-remove',
	'source-absent': 'check.msi.hint.source-absent',
	reboot: 'check.msi.hint.reboot',
	truncated: 'check.msi.hint.truncated',
	'burn-package-log': 'check.msi.hint.burn-package-log',
};

function hint(
	id: HintId,
	links: string[],
	command?: string,
	params?: Record<string, string>,
): Hint {
	return { id, message: msg(HINT_KEYS[id], params), ...(command ? { command } : {}), links };
}

export function msiRef(code: number): CodeRef {
	const text = MSI_MESSAGES[code];
	return { family: 'msi', code: String(code), ...(text ? { text } : {}) };
}

export function exitRef(code: number): CodeRef {
	const e = MSIEXEC_EXIT[code];
	return { family: 'msiexec', code: String(code), ...(e ? { text: e.text, name: e.name } : {}) };
}

/** Site path of a code's knowledge-base page (fixed URL scheme). */
export function kbPath(ref: CodeRef): string {
	return `/errors/${ref.family}/${ref.code}/`;
}

/** HRESULTs hiding in an error's arguments, e.g. Note 2203's -2147287035 = 0x80030005. */
export function argHresults(e: MsiError): CodeRef[] {
	return e.args.flatMap((a) => {
		const hex = asHresult(a);
		return hex ? [{ family: 'hresult' as const, code: hex }] : [];
	});
}

// Win32 codes that HRESULT_FROM_WIN32 wraps into 0x8007xxxx in the lines before a failure. Names
// as in winerror.h (tests/unit/check-msi-log-summary.test.ts checks them against MinGW's copy);
// the page explains each in both languages (check.msi.win32.<code>).
const WIN32_NAMES: Readonly<Record<number, string>> = {
	2: 'ERROR_FILE_NOT_FOUND',
	3: 'ERROR_PATH_NOT_FOUND',
	5: 'ERROR_ACCESS_DENIED',
	32: 'ERROR_SHARING_VIOLATION',
	112: 'ERROR_DISK_FULL',
	1223: 'ERROR_CANCELLED',
};

/** 0x80070005 → { win32: 5, name: 'ERROR_ACCESS_DENIED' }; other facilities have no Win32 code. */
export function decodeHresult(hex: string): { hex: string; win32?: number; name?: string } {
	const value = Number.parseInt(hex.slice(2), 16);
	if (value >>> 16 !== 0x8007) return { hex };
	const win32 = value & 0xffff;
	const name = WIN32_NAMES[win32] ?? MSIEXEC_EXIT[win32]?.name;
	return { hex, win32, ...(name ? { name } : {}) };
}

export function summarize(r: MsiLogReport): Summary {
	if (!r.recognised) return { kind: 'not-a-log' };
	if (r.outcome === 'success') {
		return { kind: 'success', reboot: r.reboot.requested, exit: exitRef(r.exitCode ?? 0) };
	}
	if (r.outcome === 'cancelled') return { kind: 'cancelled' };
	if (r.outcome === 'unknown' && !r.primary) return { kind: 'incomplete' };
	const s: Extract<Summary, { kind: 'failure' }> = { kind: 'failure' };
	const ff = r.firstFailure;
	if (ff) s.action = ff.action;
	const ca = r.failedCustomActions[0];
	if (ca && ca.name !== s.action) s.customAction = ca.name;
	if (r.primary) s.error = msiRef(r.primary.code);
	if (r.exitCode !== undefined && r.exitCode !== 0) s.exit = exitRef(r.exitCode);
	if (ff?.nested) {
		const { product, action, elevation } = ff.nested;
		s.nested = { elevation, ...(product ? { product } : {}), ...(action ? { action } : {}) };
	}
	if (!ff && r.suspect) s.beforeActions = true;
	const pkg = r.burn ? failedPackage(r.burn) : undefined;
	if (pkg?.result) {
		const d = decodeHresult(
			pkg.result.length === 10 ? `0x${pkg.result.slice(2).toUpperCase()}` : pkg.result,
		);
		s.burn = {
			package: pkg.id,
			result: { family: 'hresult', code: d.hex, ...(d.name ? { name: d.name } : {}) },
		};
	}
	return s;
}

const has = (r: MsiLogReport, ...codes: number[]) =>
	r.errors.some((e) => e.kind !== 'note' && codes.includes(e.code));
const hasAny = (r: MsiLogReport, ...codes: number[]) =>
	r.errors.some((e) => codes.includes(e.code));

/** The next steps, with commands rendered by the msiexec generator for the shell the reader chose. */
export function hints(r: MsiLogReport, shell: Shell = 'cmd'): Hint[] {
	const out: Hint[] = [];
	const from = {
		...(r.packagePath ? { target: r.packagePath } : {}),
		...(r.uiLevel !== undefined ? { uiLevel: r.uiLevel } : {}),
		...(r.commandLine ? { properties: r.commandLine.properties } : {}),
		...(r.logPath ? { logPath: r.logPath } : {}),
		elevate: !r.perUser,
	};
	const rerun = msiexecRerun(from, shell);
	const denied = r.errors.some(
		(e) => e.code === 2203 && e.args.some((a) => a === '-2147287035' || a === '-2147024891'),
	);
	const failed = r.outcome !== 'success' && r.outcome !== 'cancelled';
	if (
		r.exitCode === 1618 ||
		has(r, 1500) ||
		r.elevation.evidence.some((l) => l.text.includes('mutex'))
	) {
		out.push(hint('another-install', ['/errors/msiexec/1618/', rerun.link], rerun.command));
	}
	// A per-user install needs no elevation: never tell its user to run elevated.
	const privileges =
		hasAny(r, 2503, 2502, 1925, 1303, 1321) || denied || r.elevation.verdict === 'not-elevated';
	// 1730 gets its own hint (an elevated uninstall), not a second "run elevated".
	if (failed && !r.perUser && privileges && !has(r, 1730)) {
		out.push(hint('elevate', ['/errors/msi/2503/', rerun.link], rerun.command));
	}
	if (failed && has(r, 1730)) {
		const code = r.product.code;
		const remove = msiexecRerun(
			{ ...from, action: 'uninstall', ...(code ? { target: code } : {}), elevate: true },
			shell,
		);
		out.push(hint('admin-remove', ['/errors/msi/1730/', remove.link], remove.command));
	}
	if (!r.perUser && (hasAny(r, 2503, 2502) || denied)) {
		out.push(
			hint(
				'temp-acl',
				[icaclsLink({ path: 'C:\\Windows\\Temp' }), '/tools/permissions/'],
				'icacls C:\\Windows\\Temp',
			),
		);
	}
	const ca = r.failedCustomActions[0];
	if (failed && ca) {
		// First the action's own output, then a log with the extra debugging output (x) that
		// script and managed custom actions write, then the vendor.
		out.push(hint('custom-action', ['/errors/msiexec/1603/'], undefined, { name: ca.name }));
		const verbose = msiexecRerun({ ...from, logFlags: '*vx' }, shell);
		out.push(hint('custom-action-log', [verbose.link], verbose.command, { name: ca.name }));
	}
	if (r.exitCode === 1612 || has(r, 1612, 1706)) {
		out.push(hint('source-absent', ['/errors/msiexec/1612/']));
	}
	const pkg = r.burn ? failedPackage(r.burn) : undefined;
	if (failed && pkg) {
		out.push(
			hint('burn-package-log', ['/errors/msiexec/1603/'], undefined, {
				name: pkg.id,
				log: pkg.log ?? '%TEMP%',
			}),
		);
	}
	if (r.reboot.requested && r.outcome === 'success')
		out.push(hint('reboot', ['/errors/msiexec/3010/']));
	if (r.truncated && r.recognised) out.push(hint('truncated', [rerun.link], rerun.command));
	return out;
}

/** The errors to list: the first 100, and always the one the headline names. */
export function shownErrors(r: MsiLogReport): MsiError[] {
	const shown = r.errors.slice(0, 100);
	if (r.primary && !shown.includes(r.primary)) shown.unshift(r.primary);
	return shown;
}
