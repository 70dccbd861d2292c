// Lazy loaders, so each page's script fetches only its own generator. The ids come from the one
// tools registry (src/lib/tools.ts), as a type only: a runtime import would make every generator
// page load the registry. The explicit import map stays so the bundler can split each generator
// into its own chunk (tests/unit/gen-catalog.test.ts checks the two agree).
import type { GeneratorId } from '../tools';
import type { Generator, State } from './types';

export type GeneratorModule = Generator & { sync?: (state: State, changed: string) => State };

export const loaders: Readonly<Record<string, () => Promise<GeneratorModule>>> = {
	msiexec: () => import('./msiexec'),
	signtool: () => import('./signtool'),
	chmod: () => import('./chmod'),
	journalctl: () => import('./journalctl'),
	icacls: () => import('./icacls'),
	'event-query': () => import('./event-query'),
	systemctl: () => import('./systemctl'),
} satisfies Record<GeneratorId, () => Promise<GeneratorModule>>;
