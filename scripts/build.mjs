// `npm run build`: Astro's own build, through its API. The process then ends by itself once nothing
// is left open (checked: no active handle 10 s after "Complete!", so no process.exit here). If a
// future dependency leaves a handle open, the watchdog below names it and fails the build instead of
// letting CI hang; being unref'd, the watchdog itself never keeps the process alive.
import { build } from 'astro';

await build({});

setTimeout(() => {
	const resources = process.getActiveResourcesInfo().filter((r) => r !== 'TTYWrap');
	console.error(`[build] finished, but still open after 30 s: ${resources.join(', ')}`);
	process.exitCode = 1;
	// A hang here is a bug to fix (close what is listed); exiting only turns it into a visible failure.
	process.exit();
}, 30_000).unref();
