import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// One fast-check seed per run: fixed under CI, new locally, IFG_SEED replays (tests/unit/seed.ts).
		setupFiles: ['tests/unit/seed.ts'],
		// Property tests run real bash/chmod/journalctl/PowerShell. The oracles are batched (one bash per
		// property; one process per case only where the tool itself is the oracle: chmod, journalctl), but
		// a machine shared with other jobs can still be slow: a time-out here is not a verdict.
		testTimeout: 1_500_000,
		// Test files share their worker's modules instead of importing everything afresh (the error data, the
		// generators, fast-check): the unit run took 322 s instead of 411 (CI seed, 10,000 runs). No test
		// mocks modules or leaves globals changed; the one process-wide setting the tests need is here:
		// journalctl and the time tests read local time, so every file runs in UTC.
		isolate: false,
		env: { TZ: 'UTC' },
		// Vitest runs available cores − 1 files at a time: one on a 2-core machine. Two, because much of the
		// run waits for the oracles' processes: the unit run took 302 s instead of 322 (CI seed).
		maxWorkers: 2,
	},
});
