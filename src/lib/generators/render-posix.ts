// bash: the one shell of the Linux generators (chmod, journalctl, systemctl). Kept apart from the
// Windows renderer so their pages load only src/lib/shell/posix.
import { joinPosix } from '../shell/posix';
import type { Render } from './common';

export const renderPosix: Render = (b, shell) => {
	if (shell !== 'bash') throw new Error(`${shell} is not a shell of this generator`);
	return joinPosix(b.argv);
};
