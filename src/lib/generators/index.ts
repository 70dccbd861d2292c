// Lazy loaders, so each page's script fetches only its own generator.
import type { Generator, State } from './types';

export type GeneratorModule = Generator & { sync?: (state: State, changed: string) => State };

export const loaders: Record<string, () => Promise<GeneratorModule>> = {
	msiexec: () => import('./msiexec'),
	signtool: () => import('./signtool'),
	chmod: () => import('./chmod'),
	journalctl: () => import('./journalctl'),
	icacls: () => import('./icacls'),
	'event-query': () => import('./event-query'),
	systemctl: () => import('./systemctl'),
};
export const GENERATOR_IDS = Object.keys(loaders);
