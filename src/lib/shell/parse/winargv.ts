// Splitting a Windows command line as a program does (the rules are named in ../winargv.ts). Kept
// apart from the quoting so the generator pages, which only write command lines, never download it.

const WS = (c: string | undefined) => c === ' ' || c === '\t';

/** Split a command line as the C runtime does (see the page named at the top). */
export function parseCrt(line: string): string[] {
	const argv: string[] = [];
	let i = 0;
	// argv[0]: up to whitespace outside quotes; quotes toggle, no escapes.
	let prog = '';
	let q = false;
	while (i < line.length && (q || !WS(line[i]))) {
		if (line[i] === '"') q = !q;
		else prog += line[i];
		i++;
	}
	argv.push(prog);
	for (;;) {
		while (WS(line[i])) i++;
		if (i >= line.length) break;
		let cur = '';
		let inQ = false;
		while (i < line.length && (inQ || !WS(line[i]))) {
			const c = line[i]!;
			if (c === '\\') {
				let n = 0;
				while (line[i] === '\\') {
					n++;
					i++;
				}
				if (line[i] === '"') {
					cur += '\\'.repeat(Math.floor(n / 2));
					if (n % 2 === 1) {
						cur += '"';
						i++;
					}
				} else cur += '\\'.repeat(n);
			} else if (c === '"') {
				if (inQ && line[i + 1] === '"') {
					cur += '"';
					i += 2;
				} else {
					inQ = !inQ;
					i++;
				}
			} else {
				cur += c;
				i++;
			}
		}
		argv.push(cur);
	}
	return argv;
}

/** Split a command line the way msiexec reads it: "..." groups, "" inside quotes is one quote. */
export function parseMsiexec(line: string): string[] {
	const argv: string[] = [];
	let i = 0;
	for (;;) {
		while (WS(line[i])) i++;
		if (i >= line.length) break;
		let cur = '';
		let inQ = false;
		while (i < line.length && (inQ || !WS(line[i]))) {
			const c = line[i]!;
			if (c === '"') {
				if (inQ && line[i + 1] === '"') {
					cur += '"';
					i += 2;
				} else {
					inQ = !inQ;
					i++;
				}
			} else {
				cur += c;
				i++;
			}
		}
		argv.push(cur);
	}
	return argv;
}
