import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// Property tests spawn real bash/chmod/journalctl processes; give them room on 2 cores.
		testTimeout: 600_000,
	},
});
