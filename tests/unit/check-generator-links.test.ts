// The checkers prefill the generators through their URL state. The oracle is the generators' own
// decoder: if a parameter is renamed there, these links stop carrying the value and this fails.
import { expect, test } from 'vitest';
import { chmodLink, icaclsLink, msiexecLink, msiexecRerun } from '~/lib/checkers/generator-links';
import { spec as chmod } from '~/lib/generators/chmod';
import { spec as icacls } from '~/lib/generators/icacls';
import { generate, spec as msiexec } from '~/lib/generators/msiexec';
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
		search(
			icaclsLink({
				path: 'C:\\Windows\\Temp',
				grant: { principal: 'NT AUTHORITY\\SYSTEM', perm: 'F', inherit: true },
			}),
		),
	);
	expect(d.notices).toEqual([]);
	expect(d.state).toMatchObject({
		action: 'grant',
		path: 'C:\\Windows\\Temp',
		principal: 'NT AUTHORITY\\SYSTEM',
		perm: 'F',
		inherit: true,
	});
});

test('chmod: mode, path, directory', () => {
	const d = fromQuery(chmod, search(chmodLink({ mode: '+t', path: '/srv/my dir', dir: true })));
	expect(d.notices).toEqual([]);
	expect(d.state).toMatchObject({ mode: '+t', paths: ['/srv/my dir'], type: 'dir' });
});

test('rerun from a log: UI level, public properties and log path reach the generator, in the chosen shell', () => {
	for (const shell of ['cmd', 'powershell'] as const) {
		const from = {
			target: 'C:\\Users\\li\\Downloads\\notes-app.msi',
			uiLevel: 2,
			properties: [
				{ name: 'INSTALLDIR', value: 'C:\\Program Files\\Notes' },
				{ name: 'CURRENTDIRECTORY', value: 'C:\\Users\\li' },
				{ name: 'CLIENTUILEVEL', value: '3' },
				{ name: 'TOKEN', value: '**********' },
			],
			logPath: 'C:\\Users\\li\\notes.log',
			logFlags: '*vx',
			elevate: false,
		};
		const { command, link } = msiexecRerun(from, shell);
		const d = fromQuery(msiexec, search(link));
		expect(d.notices).toEqual([]);
		expect(d.shell).toBe(shell);
		expect(d.state).toMatchObject({
			action: 'install',
			target: 'C:\\Users\\li\\Downloads\\notes-app.msi',
			ui: 'qn',
			// Engine-added properties and hidden (asterisk) values are not carried over.
			properties: ['INSTALLDIR=C:\\Program Files\\Notes'],
			log: 'C:\\Users\\li\\notes.log',
			logFlags: '*vx',
			elevate: false,
		});
		// The command is the generator's own rendering of that state.
		expect(command).toBe(generate(d.state, shell).command);
	}
});
