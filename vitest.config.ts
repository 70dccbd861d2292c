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
	},
});
