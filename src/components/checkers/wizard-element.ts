// The wizard <ifg-wizard>: client-side navigation over the server-rendered question nodes.
// Client code lives in .ts modules (type-checked by tsc and linted like the rest); the component imports it.
import { t } from '~/i18n/client';
import { parseWizardPath, walkWizard } from '~/lib/checkers/wizard-tree';
import { copyOnClick } from '../dom';

class WizardElement extends HTMLElement {
	connectedCallback() {
		const sections = [...this.querySelectorAll<HTMLElement>('[data-node]')];
		const status = this.querySelector<HTMLElement>('[role=status]')!;
		// Same choice as the inline script that already ran, so nothing moves on upgrade.
		const show = (focus: boolean) => {
			const walk = walkWizard(parseWizardPath(location.search));
			const path = walk.path.join('.');
			for (const s of sections) s.hidden = s.dataset.path !== path;
			status.textContent = walk.invalid ? (this.dataset.invalid ?? '') : '';
			delete this.dataset.restoring;
			if (focus) sections.find((s) => !s.hidden)?.focus();
		};
		this.addEventListener('click', (e) => {
			const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-go]');
			if (!a) return;
			e.preventDefault();
			const url = new URL(location.href);
			if (a.dataset.go) url.searchParams.set('path', a.dataset.go);
			else url.searchParams.delete('path');
			url.hash = '';
			history.pushState(null, '', url);
			show(true);
		});
		for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-copy]'))
			copyOnClick(b, b.dataset.copy ?? '', t('check.copy'), t('check.copied'));
		addEventListener('popstate', () => show(true));
		show(false);
	}
}
customElements.define('ifg-wizard', WizardElement);
