// Build-time map of every generator (the pages' server side only; clients load one via loaders).
import * as chmod from '../../lib/generators/chmod';
import * as eventQuery from '../../lib/generators/event-query';
import * as icacls from '../../lib/generators/icacls';
import * as journalctl from '../../lib/generators/journalctl';
import * as msiexec from '../../lib/generators/msiexec';
import * as signtool from '../../lib/generators/signtool';
import * as systemctl from '../../lib/generators/systemctl';
import type { Generator } from '../../lib/generators/types';

export const generators: Record<string, Generator> = {
	msiexec, signtool, chmod, journalctl, icacls, 'event-query': eventQuery, systemctl,
};
export const generatorPaths = () =>
	Object.entries(generators).map(([tool, generator]) => ({ params: { tool }, props: { generator } }));
