// The service worker's precache list leaves code pages out (they are cached when visited) and keeps
// the family tables. Family ids hold digits (win32) and hyphens (windows-update): before, their code
// pages matched no exclusion and all 5,540 were precached (247 MB at install).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { precacheList } from '../../scripts/offline.mjs';

const dist = mkdtempSync(join(tmpdir(), 'ifg-precache-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

test('code pages of every family are left out; tables, guides and lookup slices stay', () => {
	const files = [
		'index.html',
		'errors/index.html',
		'errors/win32/index.html',
		'errors/win32/page/2/index.html',
		'errors/win32/5/index.html',
		'zh-cn/errors/win32/5/index.html',
		'errors/windows-update/0x80240022/index.html',
		'errors/msi/2503/index.html',
		'api/errors/lookup/win32.json',
		'api/errors/win32/5.json',
	];
	for (const f of files) {
		mkdirSync(dirname(join(dist, f)), { recursive: true });
		writeFileSync(join(dist, f), f);
	}
	expect(precacheList(dist).map((e) => e.url)).toEqual([
		'/',
		'/api/errors/lookup/win32.json',
		'/errors/',
		'/errors/win32/',
		'/errors/win32/page/2/',
	]);
});
