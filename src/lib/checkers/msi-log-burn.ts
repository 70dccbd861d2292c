// WiX Burn bootstrapper logs (setup.exe of a bundle: "[0A1C:0B2C][2025-01-01T10:00:00]e000: …").
// Burn runs each MSI package with its own log and writes one line per package result, so its log
// says WHICH package failed, with what HRESULT, and where that package's MSI log is. The lines are
// fixed English (Burn does not translate them). Linear: one anchored prefix, then indexOf.
export interface BurnPackage {
	id: string;
	action?: string;
	/** HRESULT as logged, e.g. 0x80070643. */
	result?: string;
	/** The package's own MSI log (WixBundleLog_<id>). */
	log?: string;
	n: number;
}
export interface BurnReport {
	packages: BurnPackage[];
	/** "Apply complete, result: 0x…". */
	result?: string;
	/** "Error 0x…: …" lines (e000), first ones. */
	errors: Array<{ n: number; text: string; hresult: string }>;
}

const PREFIX = /^\[[0-9A-Fa-f]{1,8}:[0-9A-Fa-f]{1,8}\]\[[0-9T:.-]{10,30}\]([iwea])(\d{3}): /;
const HEX = /0x[0-9A-Fa-f]{1,8}/;

export function burnPrefix(line: string): { level: string; body: string } | undefined {
	const m = PREFIX.exec(line);
	return m ? { level: m[1]!, body: line.slice(m[0].length) } : undefined;
}

const after = (body: string, key: string) => {
	const at = body.indexOf(key);
	if (at < 0) return undefined;
	const from = at + key.length;
	const comma = body.indexOf(',', from);
	return body.slice(from, comma < 0 ? undefined : comma).trim();
};

/** Folds one Burn line into the report. */
export function burnLine(b: BurnReport, level: string, body: string, n: number): void {
	const pkg = (id: string) => {
		let p = b.packages.find((x) => x.id === id);
		if (!p && b.packages.length < 100) {
			p = { id, n };
			b.packages.push(p);
		}
		return p;
	};
	if (body.startsWith('Applying execute package: ')) {
		const id = after(body, 'Applying execute package: ');
		const p = id ? pkg(id) : undefined;
		const action = after(body, 'action: ');
		if (p && action) p.action = action;
	} else if (body.startsWith('Applied execute package: ')) {
		const id = after(body, 'Applied execute package: ');
		const p = id ? pkg(id) : undefined;
		const result = after(body, 'result: ');
		if (p && result) {
			p.result = result;
			p.n = n;
		}
	} else if (body.startsWith('Apply complete, result: ')) {
		const result = after(body, 'Apply complete, result: ');
		if (result) b.result = result;
	} else if (body.startsWith("Setting string variable 'WixBundleLog_")) {
		const end = body.indexOf("'", "Setting string variable 'WixBundleLog_".length);
		const id =
			end < 0 ? undefined : body.slice("Setting string variable 'WixBundleLog_".length, end);
		const value = /to value '(.{1,1000})'/.exec(body);
		const p = id ? pkg(id) : undefined;
		if (p && value) p.log = value[1]!;
	} else if (level === 'e' && body.startsWith('Error 0x') && b.errors.length < 20) {
		const hr = HEX.exec(body);
		if (hr) b.errors.push({ n, text: body.slice(0, 600), hresult: hr[0] });
	}
}

/** The package whose failure failed the bundle: the first with a non-zero result. */
export function failedPackage(b: BurnReport): BurnPackage | undefined {
	return b.packages.find((p) => p.result !== undefined && !/^0x0+$/.test(p.result));
}
