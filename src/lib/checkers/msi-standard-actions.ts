// Windows Installer's standard actions and top-level actions (MicrosoftDocs/win32,
// desktop-src/Msi/standard-actions-reference.md). An action that ends with "Return value 3" and is
// not in this list is a custom action or a dialog: for the log checker, a package-specific failure.
const STANDARD = new Set(
	(
		'ADMIN ADVERTISE INSTALL SEQUENCE ExecuteAction AllocateRegistrySpace AppSearch BindImage ' +
		'CCPSearch CostFinalize CostInitialize CreateFolders CreateShortcuts DeleteServices ' +
		'DisableRollback DuplicateFiles FileCost FindRelatedProducts ForceReboot InstallAdminPackage ' +
		'InstallExecute InstallExecuteAgain InstallFiles InstallFinalize InstallInitialize InstallODBC ' +
		'InstallServices InstallSFPCatalogFile InstallValidate IsolateComponents LaunchConditions ' +
		'MigrateFeatureStates MoveFiles MsiConfigureServices MsiPublishAssemblies ' +
		'MsiUnpublishAssemblies PatchFiles ProcessComponents PublishComponents PublishFeatures ' +
		'PublishProduct RegisterClassInfo RegisterComPlus RegisterExtensionInfo RegisterFonts ' +
		'RegisterMIMEInfo RegisterProduct RegisterProgIdInfo RegisterTypeLibraries RegisterUser ' +
		'RemoveDuplicateFiles RemoveEnvironmentStrings RemoveExistingProducts RemoveFiles ' +
		'RemoveFolders RemoveIniValues RemoveODBC RemoveRegistryValues RemoveShortcuts ResolveSource ' +
		'RMCCPSearch ScheduleReboot SelfRegModules SelfUnregModules SetODBCFolders StartServices ' +
		'StopServices UnpublishComponents UnpublishFeatures UnregisterClassInfo UnregisterComPlus ' +
		'UnregisterExtensionInfo UnregisterFonts UnregisterMIMEInfo UnregisterProgIdInfo ' +
		'UnregisterTypeLibraries ValidateProductID WriteEnvironmentStrings WriteIniValues ' +
		'WriteRegistryValues MsiUnpublishAssemblies MsiPublishAssemblies'
	).split(' '),
);

export function isStandardAction(name: string): boolean {
	return STANDARD.has(name);
}
