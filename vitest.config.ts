import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// Property tests spawn real bash/chmod/journalctl processes; give them room on 2 cores.
		// The real-chmod and whole-form journalctl properties spawn ~40,000 processes each: a few minutes
		// on an idle machine, but they passed 600 s on a loaded one. A time-out here is not a verdict.
		testTimeout: 1_500_000,
	},
});
