// Compare two MSI log reports (issue 11 §4): a failing log and a working one, of the same product or of
// the same product on another machine. Works on the reports, never on the text, so two 200 MB logs
// cost no more than their capped timelines and property dumps. What always differs between two runs
// (clock times, process and thread IDs, temp and GUID-named file names) is not compared; the action
// sequences are aligned (longest common subsequence of action names, after the common prefix and
// suffix), and the result is plain data for the page and the command-line tool to render.
import { ELEVATION_PROPS, type MsiLogReport, type TimelineEntry } from './msi-log-report';

/** How much a differing property matters for an install, most first. */
export type PropertyWeight = 'install' | 'other' | 'machine';

export interface PropertyDifference {
	name: string;
	/** As logged (absent when only the other log has the property). */
	a?: string;
	b?: string;
	weight: PropertyWeight;
}

export interface LogComparison {
	/** Nothing compared differs: same actions with the same results, same properties, same exit. */
	same: boolean;
	outcome: {
		a: MsiLogReport['outcome'];
		b: MsiLogReport['outcome'];
		exitA?: number;
		exitB?: number;
	};
	/** The first place where the runs part: an action only one ran, or one action with two results. */
	firstDivergence?:
		| { kind: 'only-a'; a: TimelineEntry; after?: string }
		| { kind: 'only-b'; b: TimelineEntry; after?: string }
		| { kind: 'result'; a: TimelineEntry; b: TimelineEntry };
	/** Actions that only one log ran (capped at MAX_LISTED each). */
	onlyA: TimelineEntry[];
	onlyB: TimelineEntry[];
	/** Actions both ran with different results. */
	results: Array<{ a: TimelineEntry; b: TimelineEntry }>;
	/** Properties whose values differ, those that matter for installs first. */
	properties: PropertyDifference[];
	/** Actions whose durations differ by at least 5 s and a factor of 2, the largest gap first. */
	durations: Array<{ action: string; a: number; b: number }>;
	/** Aligned actions, for the record (both timelines may be capped at MAX_TIMELINE). */
	aligned: number;
}

export const MAX_LISTED = 100;
const MIN_GAP_SECONDS = 5;

/** Values that differ on every run (the run's own clock, process, log file): never compared. */
const VOLATILE = new Set(
	['Date', 'Time', 'CLIENTPROCESSID', 'MsiLogFileLocation', 'MsiLogHandle', 'VirtualMemory'].map(
		(n) => n.toUpperCase(),
	),
);
/** Values that describe the machine or the person, not the install: listed last. */
const MACHINE = new Set(
	[
		'ComputerName',
		'LogonUser',
		'UserSID',
		'USERNAME',
		'COMPANYNAME',
		'PhysicalMemory',
		'PrimaryVolumeSpaceAvailable',
		'PrimaryVolumeSpaceRequired',
		'PrimaryVolumeSpaceRemaining',
		'CURRENTDIRECTORY',
		'MsiNetAssemblySupport',
		'MsiWin32AssemblySupport',
		'MsiAMD64',
		'Msix64',
		'Intel',
		'Intel64',
		'ProcessorArchitecture',
	].map((n) => n.toUpperCase()),
);
/** Properties that decide how an install runs: elevation, scope, UI level, what is installed, policy. */
const INSTALL = new Set(
	[
		...ELEVATION_PROPS,
		'ALLUSERS',
		'MSIINSTALLPERUSER',
		'UILevel',
		'CLIENTUILEVEL',
		'Installed',
		'ProductState',
		'REINSTALL',
		'REINSTALLMODE',
		'REMOVE',
		'ADDLOCAL',
		'ADDDEFAULT',
		'EnableUserControl',
		'RestrictedUserControl',
		'MsiSystemRebootPending',
		'VersionNT',
		'VersionNT64',
		'WindowsBuild',
		'ServicePackLevel',
		'MsiNTProductType',
		'SOURCEDIR',
		'SourceDir',
		'OriginalDatabase',
		'TARGETDIR',
		'INSTALLDIR',
		'INSTALLLOCATION',
		'TempFolder',
		'ProductCode',
		'ProductVersion',
		'UpgradeCode',
	].map((n) => n.toUpperCase()),
);

function weightOf(name: string): PropertyWeight {
	const upper = name.toUpperCase();
	if (INSTALL.has(upper) || upper.endsWith('DIR') || upper.endsWith('FOLDER')) return 'install';
	if (MACHINE.has(upper)) return 'machine';
	return 'other';
}

// Temp and GUID-named files (MSI4A1B.tmp, ~DF3C.tmp, {GUID}.ipi): a new name on every run. Each
// pattern is a fixed sequence of bounded classes: linear in the value.
const TEMP_FILE = /(?:MSI|~DF|~)?[0-9A-F]{2,8}\.(?:tmp|log)\b/gi;
const GUID_FILE =
	/\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}\.(?:tmp|log|ipi|ini|msi|mst)\b/gi;
// The cached copy of the package (DATABASE = C:\Windows\Installer\172de6.msi): a new name per run.
const CACHED_PACKAGE = /\\Installer\\[0-9a-f]{1,8}\.ms[ip]\b/gi;
const CLOCK = /\b\d{1,2}:\d\d:\d\d(?:[:.]\d{1,3})?\b/g;

/** A property value with what changes on every run replaced by a placeholder. */
export function stable(value: string): string {
	return value
		.replace(GUID_FILE, '{*}.*')
		.replace(CACHED_PACKAGE, '\\Installer\\*.msi')
		.replace(TEMP_FILE, '*.tmp')
		.replace(CLOCK, '*:*:*');
}

/** Pairs of indexes (i into a, j into b) of a longest common subsequence of action names. */
export function alignActions(a: readonly string[], b: readonly string[]): Array<[number, number]> {
	let head = 0;
	while (head < a.length && head < b.length && a[head] === b[head]) head++;
	let tail = 0;
	while (
		tail < a.length - head &&
		tail < b.length - head &&
		a[a.length - 1 - tail] === b[b.length - 1 - tail]
	)
		tail++;
	const pairs: Array<[number, number]> = [];
	for (let k = 0; k < head; k++) pairs.push([k, k]);
	// The middle: classic LCS table over what is left (both are capped by MAX_TIMELINE).
	const ma = a.slice(head, a.length - tail);
	const mb = b.slice(head, b.length - tail);
	const w = mb.length + 1;
	const table = new Uint16Array((ma.length + 1) * w);
	for (let i = ma.length - 1; i >= 0; i--)
		for (let j = mb.length - 1; j >= 0; j--)
			table[i * w + j] =
				ma[i] === mb[j]
					? table[(i + 1) * w + j + 1]! + 1
					: Math.max(table[(i + 1) * w + j]!, table[i * w + j + 1]!);
	for (let i = 0, j = 0; i < ma.length && j < mb.length;) {
		if (ma[i] === mb[j]) {
			pairs.push([head + i, head + j]);
			i++;
			j++;
		} else if (table[(i + 1) * w + j]! >= table[i * w + j + 1]!) i++;
		else j++;
	}
	for (let k = tail; k > 0; k--) pairs.push([a.length - k, b.length - k]);
	return pairs;
}

/** Compare a report `a` (usually the failing log) with `b` (usually the working one). */
export function compareReports(a: MsiLogReport, b: MsiLogReport): LogComparison {
	const ta = a.timeline;
	const tb = b.timeline;
	const pairs = alignActions(
		ta.map((e) => e.action),
		tb.map((e) => e.action),
	);
	const onlyA: TimelineEntry[] = [];
	const onlyB: TimelineEntry[] = [];
	const results: LogComparison['results'] = [];
	const durations: LogComparison['durations'] = [];
	// The first divergence is the one the failing log shows first: an action only it ran, at its start;
	// one result against another, at its end (so INSTALL, which ends last, is not "first" because it
	// started first); an action only the other log ran, just after the action before it.
	let firstDivergence: LogComparison['firstDivergence'];
	let firstAt = Infinity;
	const consider = (at: number, d: NonNullable<LogComparison['firstDivergence']>) => {
		if (at < firstAt) {
			firstAt = at;
			firstDivergence = d;
		}
	};
	let i = 0;
	let j = 0;
	const drain = (toI: number, toJ: number) => {
		for (; i < toI; i++) {
			const after = ta[i - 1]?.action;
			consider(ta[i]!.n, { kind: 'only-a', a: ta[i]!, ...(after ? { after } : {}) });
			if (onlyA.length < MAX_LISTED) onlyA.push(ta[i]!);
		}
		// Before the next aligned action of `a`, or at a's end.
		const at = (ta[i - 1]?.n ?? 0) + 0.5;
		for (; j < toJ; j++) {
			const after = tb[j - 1]?.action;
			consider(at, { kind: 'only-b', b: tb[j]!, ...(after ? { after } : {}) });
			if (onlyB.length < MAX_LISTED) onlyB.push(tb[j]!);
		}
	};
	for (const [pi, pj] of pairs) {
		drain(pi, pj);
		const ea = ta[pi]!;
		const eb = tb[pj]!;
		if (ea.value !== eb.value) {
			consider(ea.endN ?? ea.n, { kind: 'result', a: ea, b: eb });
			if (results.length < MAX_LISTED) results.push({ a: ea, b: eb });
		}
		if (ea.seconds !== undefined && eb.seconds !== undefined) {
			const lo = Math.min(ea.seconds, eb.seconds);
			const hi = Math.max(ea.seconds, eb.seconds);
			if (hi - lo >= MIN_GAP_SECONDS && hi >= 2 * lo)
				durations.push({ action: ea.action, a: ea.seconds, b: eb.seconds });
		}
		i = pi + 1;
		j = pj + 1;
	}
	drain(ta.length, tb.length);
	durations.sort((x, y) => Math.abs(y.a - y.b) - Math.abs(x.a - x.b));

	const properties: PropertyDifference[] = [];
	const names = new Set([...Object.keys(a.properties), ...Object.keys(b.properties)]);
	for (const name of names) {
		if (VOLATILE.has(name.toUpperCase())) continue;
		const va = Object.hasOwn(a.properties, name) ? a.properties[name] : undefined;
		const vb = Object.hasOwn(b.properties, name) ? b.properties[name] : undefined;
		if (va !== undefined && vb !== undefined && stable(va) === stable(vb)) continue;
		properties.push({
			name,
			...(va !== undefined ? { a: va } : {}),
			...(vb !== undefined ? { b: vb } : {}),
			weight: weightOf(name),
		});
	}
	const rank: Record<PropertyWeight, number> = { install: 0, other: 1, machine: 2 };
	properties.sort((x, y) => rank[x.weight] - rank[y.weight] || x.name.localeCompare(y.name, 'en'));

	const same =
		!firstDivergence &&
		properties.length === 0 &&
		a.exitCode === b.exitCode &&
		a.outcome === b.outcome;
	return {
		same,
		outcome: {
			a: a.outcome,
			b: b.outcome,
			...(a.exitCode !== undefined ? { exitA: a.exitCode } : {}),
			...(b.exitCode !== undefined ? { exitB: b.exitCode } : {}),
		},
		...(firstDivergence ? { firstDivergence } : {}),
		onlyA,
		onlyB,
		results,
		properties: properties.slice(0, MAX_LISTED * 3),
		durations: durations.slice(0, 20),
		aligned: pairs.length,
	};
}
