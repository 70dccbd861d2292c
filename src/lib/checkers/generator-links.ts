// Links into the command generators, prefilled through their query-string state. The parameter
// names belong to src/lib/generators/*.ts (spec.fields[].param); tests/unit/check-generator-links
// decodes these links with the generators' own fromQuery, so a renamed parameter fails a test.
const link = (tool: string, params: Record<string, string | undefined>) => {
	const q = new URLSearchParams();
	for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, v);
	const s = q.toString();
	return `/tools/${tool}/${s ? `?${s}` : ''}`;
};

/** msiexec /i <package> with a verbose log, elevated (the generator's defaults: install, *v, elevated). */
export function msiexecLink(pkg: string | undefined, log = '%TEMP%\\msi-install.log'): string {
	return link('msiexec', { t: pkg, log });
}

export function icaclsLink(o: { path: string; grant?: { principal: string; perm: string; inherit: boolean } }): string {
	if (!o.grant) return link('icacls', { p: o.path });
	return link('icacls', {
		a: 'grant',
		p: o.path,
		who: o.grant.principal,
		perm: o.grant.perm,
		inh: o.grant.inherit ? undefined : '0',
	});
}

export function chmodLink(o: { mode: string; path: string; dir: boolean }): string {
	return link('chmod', { m: o.mode, p: o.path, type: o.dir ? 'dir' : undefined });
}
