// The permission checker <ifg-permissions>: pasted ls -l / icacls output → verdict by folder role.
// Client code lives in .ts modules (type-checked by tsc and linted like the rest); the component imports it.
import { checkPermissions } from '~/lib/checkers/permissions';
import type { RoleChoice } from '~/lib/checkers/permissions-roles';
import { upgradePasteForm } from '../dom';
import { renderPermissions } from './permissions-view';

class PermissionsElement extends HTMLElement {
	connectedCallback() {
		const role = this.querySelector('select')!;
		upgradePasteForm(this, (text) =>
			renderPermissions(checkPermissions(text, role.value as RoleChoice)),
		);
		role.disabled = false;
	}
}
customElements.define('ifg-permissions', PermissionsElement);
