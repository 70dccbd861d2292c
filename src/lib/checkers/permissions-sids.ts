// Well-known SIDs and the names Windows prints for them. icacls prints account names in the
// system's language (VORDEFINIERT\Benutzer, AUTORITE NT\Système, …) while the SIDs are the same on
// every Windows; so every principal is compared by SID. Source of the SIDs: Microsoft Learn,
// "Well-known SIDs" (https://learn.microsoft.com/windows/win32/secauthz/well-known-sids) and
// "Security identifiers" (https://learn.microsoft.com/windows-server/identity/ad-ds/manage/understand-security-identifiers).
// The localized names come from published icacls/whoami outputs (tests/fixtures/checkers/README.md).

export const SID = {
	everyone: 'S-1-1-0',
	creatorOwner: 'S-1-3-0',
	interactive: 'S-1-5-4',
	authenticatedUsers: 'S-1-5-11',
	system: 'S-1-5-18',
	admins: 'S-1-5-32-544',
	users: 'S-1-5-32-545',
	localAdmin: 'S-1-5-114',
	trustedInstaller: 'S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464',
	iisUsers: 'S-1-5-32-568',
	allAppPackages: 'S-1-15-2-1',
	allRestrictedAppPackages: 'S-1-15-2-2',
} as const;

/** Integrity labels (Mandatory Label\… in whoami /groups): S-1-16-<RID>. */
export const INTEGRITY: Record<
	string,
	'Untrusted' | 'Low' | 'Medium' | 'Medium Plus' | 'High' | 'System'
> = {
	'S-1-16-0': 'Untrusted',
	'S-1-16-4096': 'Low',
	'S-1-16-8192': 'Medium',
	'S-1-16-8448': 'Medium Plus',
	'S-1-16-12288': 'High',
	'S-1-16-16384': 'System',
};

// Names by SID, lower-cased, as published outputs print them (sources: tests/fixtures/checkers/
// README.md): English, German, French (including "SystŠme", what a CP850 console makes of
// "Système" when the output is redirected). Windows in Chinese keeps these built-in names in English.
const NAMES: Record<string, string[]> = {
	[SID.everyone]: ['everyone', 'jeder', 'tout le monde'],
	[SID.creatorOwner]: [
		'creator owner',
		'ersteller-besitzer',
		'createur proprietaire',
		'créateur propriétaire',
	],
	[SID.interactive]: [
		'nt authority\\interactive',
		'nt-autorität\\interaktiv',
		'autorite nt\\interactif',
	],
	[SID.authenticatedUsers]: [
		'nt authority\\authenticated users',
		'nt-autorität\\authentifizierte benutzer',
		'autorite nt\\utilisateurs authentifiés',
	],
	[SID.system]: [
		'nt authority\\system',
		'nt-autorität\\system',
		'autorite nt\\système',
		'autorite nt\\systšme',
	],
	[SID.admins]: [
		'builtin\\administrators',
		'vordefiniert\\administratoren',
		'builtin\\administrateurs',
	],
	[SID.users]: ['builtin\\users', 'vordefiniert\\benutzer', 'builtin\\utilisateurs'],
	[SID.trustedInstaller]: ['nt service\\trustedinstaller'],
	[SID.iisUsers]: ['builtin\\iis_iusrs'],
	[SID.allAppPackages]: [
		'application package authority\\all application packages',
		'autorité de package d’application\\tous les packages d’application',
		'zertifizierungsstelle für anwendungspakete\\alle anwendungspakete',
	],
	[SID.allRestrictedAppPackages]: [
		'application package authority\\all restricted app packages',
		'autorité de package d’application\\tous les packages d’application restreints',
		'zertifizierungsstelle für anwendungspakete\\alle eingeschränkten anwendungspakete',
	],
};
const BY_NAME = new Map(
	Object.entries(NAMES).flatMap(([sid, names]) => names.map((n) => [n, sid] as const)),
);

const norm = (s: string) => s.trim().toLowerCase().normalize('NFC');

/**
 * The SID of a principal as icacls prints it: a literal SID (icacls prints one when the name
 * cannot be resolved; `*S-1-…` is how one is typed), a well-known name in any of the languages
 * above, or a name that the pasted whoami /groups maps to a SID. Undefined when unknown.
 */
export function sidOf(principal: string, known?: ReadonlyMap<string, string>): string | undefined {
	const p = norm(principal).replace(/^\*/, '');
	if (/^s-1(-\d+)+$/.test(p)) return p.toUpperCase();
	return BY_NAME.get(p) ?? known?.get(p);
}

export const nameKey = norm;
