// The signtool output reader <ifg-signtool-output>.
// Client code lives in .ts modules (type-checked by tsc and linted like the rest); the component imports it.
import { readSigntoolOutput } from '~/lib/checkers/signtool-output';
import { upgradePasteForm } from '../dom';
import { renderSigntool } from './signtool-view';

class SigntoolOutputElement extends HTMLElement {
	connectedCallback() {
		upgradePasteForm(this, (text) => renderSigntool(readSigntoolOutput(text)));
	}
}
customElements.define('ifg-signtool-output', SigntoolOutputElement);
