// The wizard page lists every step (that is what readers without JavaScript get). A shared link
// (?path=…) must open on its own step without first showing the whole list (a layout shift), so
// this small script runs inline, right after the steps are parsed and before the first paint, and
// hides all but the step whose data-path equals the longest valid prefix of ?path= (the tree is a
// tree: each step has exactly one path, tests/unit/check-wizard.test.ts). The bundled script
// (Wizard.astro) does the same on every later answer. Its hash is allowed by the CSP
// (astro.config.mjs), so the text must stay byte-for-byte what the page prints.
import { createHash } from 'node:crypto';

export const WIZARD_RESTORE = `(()=>{const w=document.currentScript.parentElement,q=(new URLSearchParams(location.search).get('path')||'').split(/[.,]/).filter(s=>/^[a-z0-9-]{1,20}$/.test(s)).slice(0,20),n=[...w.querySelectorAll('[data-node]')],k=new Set(n.map(s=>s.dataset.path));let p='',bad=false;for(const id of q){const x=p?p+'.'+id:id;if(!k.has(x)){bad=true;break}p=x}for(const s of n)s.hidden=s.dataset.path!==p;if(bad)w.querySelector('[role=status]').textContent=w.dataset.invalid})()`;

export const wizardRestoreHash = (): `sha256-${string}` =>
	`sha256-${createHash('sha256').update(WIZARD_RESTORE).digest('base64')}`;
