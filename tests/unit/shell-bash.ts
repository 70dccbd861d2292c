// Test helper (not a test file): run many command lines through ONE real bash process.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Each line's program is replaced by a printer; returns the argv bash built for every line. */
export function bashArgvs(lines: string[]): string[][] {
	const dir = mkdtempSync(join(tmpdir(), 'ifg-posix-'));
	const script = ['p() { printf \'%s\\0\' "$#" "$@"; }', ...lines.map((l) => `p ${l}`)].join('\n');
	writeFileSync(join(dir, 's.sh'), script);
	const out = execFileSync('bash', [join(dir, 's.sh')], {
		maxBuffer: 1 << 30,
		env: { PATH: process.env.PATH, LC_ALL: 'C.UTF-8', HOME: '/nonexistent' },
	}).toString('utf8');
	rmSync(dir, { recursive: true, force: true });
	const items = out.split('\0');
	const result: string[][] = [];
	for (let i = 0; i < items.length - 1;) {
		const n = Number(items[i]);
		result.push(items.slice(i + 1, i + 1 + n));
		i += n + 1;
	}
	return result;
}
