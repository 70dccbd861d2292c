// The checkers prefill the generators through their URL state. The oracle is the generators' own
// decoder: if a parameter is renamed there, these links stop carrying the value and this fails.
import { expect, test } from 'vitest';
import { chmodLink, icaclsLink, msiexecLink } from '~/lib/checkers/generator-links';
import { spec as chmod } from '~/lib/generators/chmod';
import { spec as icacls } from '~/lib/generators/icacls';
import { spec as msiexec } from '~/lib/generators/msiexec';
import { fromQuery } from '~/lib/generators/url-state';

const search = (href: string) => new URL(href, 'https://example.org').search;

test('msiexec: package and verbose log, elevated install by default', () => {
	const href = msiexecLink('C:\\Users\\li\\Downloads\\go1.23.5.windows-amd64.msi');
	expect(href.startsWith('/tools/msiexec/?')).toBe(true);
	const d = fromQuery(msiexec, search(href));
	expect(d.notices).toEqual([]);
	expect(d.state).toMatchObject({
		action: 'install',
		target: 'C:\\Users\\li\\Downloads\\go1.23.5.windows-amd64.msi',
		log: '%TEMP%\\msi-install.log',
		logFlags: '*v',
		elevate: true,
	});
});

test('icacls: inspect a path, or grant a principal with inheritance', () => {
	expect(fromQuery(icacls, search(icaclsLink({ path: 'C:\\Windows\\Temp' }))).state).toMatchObject({
		action: 'inspect',
		path: 'C:\\Windows\\Temp',
	});
	const d = fromQuery(
		icacls,
		search(icaclsLink({ path: 'C:\\Windows\\Temp', grant: { principal: 'NT AUTHORITY\\SYSTEM', perm: 'F', inherit: true } })),
	);
	expect(d.notices).toEqual([]);
	expect(d.state).toMatchObject({ action: 'grant', path: 'C:\\Windows\\Temp', principal: 'NT AUTHORITY\\SYSTEM', perm: 'F', inherit: true });
});

test('chmod: mode, path, directory', () => {
	const d = fromQuery(chmod, search(chmodLink({ mode: '+t', path: '/srv/my dir', dir: true })));
	expect(d.notices).toEqual([]);
	expect(d.state).toMatchObject({ mode: '+t', paths: ['/srv/my dir'], type: 'dir' });
});
