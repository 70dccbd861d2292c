// `npm run build`: Astro's own build, through its API, then an explicit exit. Once here a build
// printed "Complete!" and then never exited (some handle stayed open); CI must not hang on that.
import { build } from 'astro';

await build({});
process.exit(0);
