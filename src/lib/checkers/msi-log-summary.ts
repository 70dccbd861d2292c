// Turns a log report into what the page shows first: one sentence, the codes with their official
// text and knowledge-base links, and the next step. Still plain data: the page localises the
// sentence from i18n templates and links within its own language (prefix '/zh-cn').
import type { MsiError, MsiLogReport } from './msi-log';
import { asHresult } from './msi-log';
import { icaclsLink, msiexecLink } from './generator-links';
import { MSIEXEC_EXIT, MSI_MESSAGES } from './msi-messages.generated';

export type CodeRef = { family: 'msi' | 'msiexec' | 'hresult'; code: string; text?: string; name?: string };

export type Summary =
	| { kind: 'not-a-log' }
	| { kind: 'success'; reboot: boolean; exit: CodeRef }
	| { kind: 'cancelled' }
	| { kind: 'incomplete' }
	| { kind: 'failure'; action?: string; customAction?: string; error?: CodeRef; exit?: CodeRef };

export type HintId =
	| 'elevate'
	| 'temp-acl'
	| 'another-install'
	| 'custom-action'
	| 'source-absent'
	| 'reboot'
	| 'truncated';

export interface Hint {
	id: HintId;
	/** A command to run next (shown as text, with a copy button). */
	command?: string;
	/** Site-relative links (language prefix added by the page). */
	links: string[];
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

export function summarize(r: MsiLogReport): Summary {
	if (!r.recognised) return { kind: 'not-a-log' };
	if (r.outcome === 'success') {
		return { kind: 'success', reboot: r.reboot.requested, exit: exitRef(r.exitCode ?? 0) };
	}
	if (r.outcome === 'cancelled') return { kind: 'cancelled' };
	if (r.outcome === 'unknown' && !r.primary) return { kind: 'incomplete' };
	const s: Summary = { kind: 'failure' };
	if (r.firstFailure) s.action = r.firstFailure.action;
	const ca = r.failedCustomActions[0];
	if (ca && ca.name !== s.action) s.customAction = ca.name;
	if (r.primary) s.error = msiRef(r.primary.code);
	if (r.exitCode !== undefined && r.exitCode !== 0) s.exit = exitRef(r.exitCode);
	return s;
}

const has = (r: MsiLogReport, ...codes: number[]) => r.errors.some((e) => codes.includes(e.code));

/** Quotes a path for cmd; the package path comes from the log, so strip quotes it cannot contain. */
function quoted(path: string): string {
	return `"${path.replace(/"/g, '')}"`;
}

export function hints(r: MsiLogReport): Hint[] {
	const out: Hint[] = [];
	const pkg = quoted(r.packagePath ?? 'C:\\path\\to\\package.msi');
	const rerun = `msiexec /i ${pkg} /l*v "%TEMP%\\msi-install.log"`;
	const builder = msiexecLink(r.packagePath);
	const denied = r.errors.some(
		(e) => e.code === 2203 && e.args.some((a) => a === '-2147287035' || a === '-2147024891'),
	);
	if (r.exitCode === 1618 || has(r, 1500) || r.elevation.evidence.some((l) => l.text.includes('mutex'))) {
		out.push({ id: 'another-install', command: rerun, links: ['/errors/msiexec/1618/', builder] });
	}
	if (has(r, 2503, 2502, 1925, 1303, 1321) || denied || r.elevation.verdict === 'not-elevated') {
		if (r.outcome !== 'success') {
			out.push({ id: 'elevate', command: rerun, links: ['/errors/msi/2503/', builder] });
		}
	}
	if (has(r, 2503, 2502) || denied) {
		out.push({
			id: 'temp-acl',
			command: 'icacls C:\\Windows\\Temp',
			links: [icaclsLink({ path: 'C:\\Windows\\Temp' }), '/tools/permissions/'],
		});
	}
	if (r.failedCustomActions.length > 0) {
		out.push({ id: 'custom-action', links: ['/errors/msiexec/1603/'] });
	}
	if (r.exitCode === 1612 || has(r, 1612, 1706)) {
		out.push({ id: 'source-absent', links: ['/errors/msiexec/1612/'] });
	}
	if (r.reboot.requested && r.outcome === 'success') out.push({ id: 'reboot', links: ['/errors/msiexec/3010/'] });
	if (r.truncated && r.recognised) out.push({ id: 'truncated', command: rerun, links: [builder] });
	return out;
}
