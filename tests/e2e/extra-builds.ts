// The two extra CI builds (issue 13 §1 "Proof", §4): the pseudo-locale build (dist-pseudo/, npm run
// build:pseudo) and the sub-path build (dist-subpath/ served under /guide/, npm run build:subpath).
// playwright.config.ts gives each its own project and server; the specs sample their pages from here.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

// home: the folder of the build's first page (the pseudo build renders only en-XA: no page at its root).
export const EXTRA_BUILDS = {
	pseudo: {
		dir: join(root, 'dist-pseudo'),
		base: '/',
		home: 'en-xa',
		script: 'npm run build:pseudo',
	},
	subpath: {
		dir: join(root, 'dist-subpath'),
		base: '/guide/',
		home: '',
		script: 'npm run build:subpath',
	},
} as const;
export type ExtraBuild = keyof typeof EXTRA_BUILDS;

/** Fails (never skips) when the build is missing: CI must have run it. */
export function requireBuild(name: ExtraBuild): string {
	const { dir, home, script } = EXTRA_BUILDS[name];
	if (!existsSync(join(dir, home, 'index.html')))
		throw new Error(`${relative(root, dir)}/ is missing: run \`${script}\` first.`);
	return dir;
}

/** Site paths of every built page ('/', '/zh-cn/tools/chmod/'), without the base. */
export function pagesOf(dir: string): string[] {
	const walk = (d: string): string[] =>
		readdirSync(d, { withFileTypes: true }).flatMap((e) => {
			const path = join(d, e.name);
			if (e.isDirectory())
				return ['_astro', 'pagefind', 'api'].includes(e.name) && d === dir ? [] : walk(path);
			return e.name === 'index.html'
				? [`/${relative(dir, d).split(sep).join('/')}/`.replace(/^\/\/$/, '/')]
				: [];
		});
	return walk(dir).sort();
}

/**
 * A seeded sample, so a failure can be replayed: IFG_SEED=<seed> (printed by each spec) repeats it.
 * mulberry32: small, well-distributed, deterministic.
 */
export function sampler(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return <T>(items: readonly T[], n: number): T[] => {
		const pool = [...items];
		const out: T[] = [];
		while (out.length < n && pool.length)
			out.push(...pool.splice(Math.floor(next() * pool.length), 1));
		return out;
	};
}

/** Fixed under CI (as tests/e2e/dist.ts), new on every local run; IFG_SEED replays a logged one. */
export const SEED = Number(
	process.env.IFG_SEED ?? (process.env.CI ? 20261130 : Math.floor(Date.now() / 1000) % 1_000_000),
);
