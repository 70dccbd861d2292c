// The wizard page lists every step (that is what readers without JavaScript get). A shared link
// (?path=…) must open on its own step without first showing the whole list (a layout shift). A
// browser may paint while it is still parsing, so two tiny inline scripts bracket the steps:
// WIZARD_HOLD, before them, hides every step (CSS: ifg-wizard[data-restoring]); WIZARD_RESTORE,
// right after them, hides all but the step whose data-path equals the longest valid prefix of
// ?path= (the tree is a tree: each step has exactly one path, tests/unit/check-wizard.test.ts) and
// lifts the hold. Whatever is painted in between has no step yet and nothing after it, so nothing
// moves. The bundled script (Wizard.astro) does the same on every later answer. Their hashes are
// allowed by the CSP (astro.config.mjs), so the texts must stay byte-for-byte what the page prints.
import { createHash } from 'node:crypto';

export const WIZARD_HOLD = `document.currentScript.parentElement.dataset.restoring=''`;

export const WIZARD_RESTORE = `(()=>{const w=document.currentScript.parentElement,q=(new URLSearchParams(location.search).get('path')||'').split(/[.,]/).filter(s=>/^[a-z0-9-]{1,20}$/.test(s)).slice(0,20),n=[...w.querySelectorAll('[data-node]')],k=new Set(n.map(s=>s.dataset.path));let p='',bad=false;for(const id of q){const x=p?p+'.'+id:id;if(!k.has(x)){bad=true;break}p=x}for(const s of n)s.hidden=s.dataset.path!==p;if(bad)w.querySelector('[role=status]').textContent=w.dataset.invalid;delete w.dataset.restoring})()`;

const sha256 = (text: string) =>
	`sha256-${createHash('sha256').update(text).digest('base64')}` as const;
export const wizardRestoreHashes = (): Array<`sha256-${string}`> => [
	sha256(WIZARD_HOLD),
	sha256(WIZARD_RESTORE),
];
