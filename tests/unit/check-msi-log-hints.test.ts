// The MSI log checker's next steps are messages (Msg) that the page and `ifg log` resolve as they
// are: every hint of every fixture log, in both shells, must name a key of each catalog and fill
// every {placeholder} its text has, with nothing left over. Before hints were Msgs, callers built
// the key from the id and the params; a renamed key or a missing parameter showed only on a page.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readCatalog } from '~/i18n/loader';
import { format, keysOf } from '~/i18n/msg';
import { readLogBytes } from '~/lib/checkers/log-reader';
import { hints, type Hint } from '~/lib/checkers/msi-log-summary';

const dir = new URL('../fixtures/logs/', import.meta.url);
const all: [string, Hint][] = readdirSync(dir)
	.filter((f) => f.endsWith('.txt'))
	.flatMap((f) => {
		const r = readLogBytes(new Uint8Array(readFileSync(new URL(f, dir))));
		if (!r.ok) return [];
		return [...hints(r.report, 'cmd'), ...hints(r.report, 'powershell')].map(
			(h) => [`${f} ${h.id}`, h] as [string, Hint],
		);
	});

test('the fixtures give most kinds of hint (so the checks below check something)', () => {
	expect(new Set(all.map(([, h]) => h.id)).size).toBeGreaterThanOrEqual(9);
});

describe.each(['en', 'zh-CN'] as const)('%s', (lang) => {
	test.each(all)('%s: a message of the catalog, every placeholder filled', async (_, h) => {
		const catalog = await readCatalog(lang);
		expect(h.message.key.startsWith('check.msi.hint.')).toBe(true);
		for (const key of keysOf(h.message)) expect(catalog, key).toHaveProperty([key]);
		const wanted = [...new Set(catalog[h.message.key]!.match(/(?<=\{)\w+(?=\})/g))].sort();
		expect(Object.keys(h.message.params ?? {}).sort()).toEqual(wanted);
		expect(format(catalog, h.message)).not.toMatch(/\{\w+\}|⟦/);
	});
});
