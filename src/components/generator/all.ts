// Build-time map of every generator (the pages' server side only; clients load one via loaders).
// Keyed by the tools registry's GeneratorId, so a generator missing here is a type error.
import { localeParams } from '../../i18n/locales';
import * as chmod from '../../lib/generators/chmod';
import * as eventQuery from '../../lib/generators/event-query';
import * as icacls from '../../lib/generators/icacls';
import * as journalctl from '../../lib/generators/journalctl';
import * as msiexec from '../../lib/generators/msiexec';
import * as signtool from '../../lib/generators/signtool';
import * as systemctl from '../../lib/generators/systemctl';
import type { Generator } from '../../lib/generators/types';
import { GENERATOR_IDS, type GeneratorId } from '../../lib/tools';

export const generators: Record<GeneratorId, Generator> = {
	msiexec,
	signtool,
	chmod,
	journalctl,
	icacls,
	'event-query': eventQuery,
	systemctl,
};

/** getStaticPaths() of src/pages/[...locale]/tools/[tool].astro: every active language × every generator. */
export const generatorPaths = () =>
	localeParams().flatMap(({ params, props }) =>
		GENERATOR_IDS.map((tool) => ({
			params: { ...params, tool },
			props: { ...props, generator: generators[tool] },
		})),
	);
