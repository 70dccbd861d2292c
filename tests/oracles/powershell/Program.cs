// The PowerShell oracle: one long-running process that hosts the real PowerShell (Microsoft.PowerShell.SDK)
// and runs command text exactly as a user would paste it, then reports what the programs received.
//
// Protocol: one JSON object per line on stdin, {"id": 1, "script": "<PowerShell text>"}; one JSON object
// per line on stdout, {"id": 1, "native": [[argv0, arg1, ...], ...], "calls": [{"command": "...",
// "bound": {...}}], "output": "...", "errors": ["..."]}. The first line written is a handshake
// {"ready": true, ...} with the PowerShell version and how each program name resolves.
//
// Native programs (signtool, icacls, TestExe, ...) are found on PATH as real executables: a tiny C
// program (argv-printer.c) under each name, so PowerShell's native-command binder runs and passes the
// arguments as an array (PowerShell 7.3+ on Unix). The printer appends its argv to $IFG_ARGV_OUT.
// Cmdlets whose arguments we check (Start-Process for msiexec, Get-WinEvent) are replaced by functions
// with the cmdlet's parameter block that record $PSBoundParameters instead of starting anything.
using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

var binDir = args.Length > 0 ? Path.GetFullPath(args[0]) : throw new ArgumentException("usage: PsOracle <bin-dir-with-printers>");
var outFile = Path.Combine(Path.GetTempPath(), $"ifg-ps-oracle-{Environment.ProcessId}.argv");
Environment.SetEnvironmentVariable("IFG_ARGV_OUT", outFile);
// The printers come first on PATH; nothing else in the environment is changed.
Environment.SetEnvironmentVariable("PATH", binDir + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"));

var iss = InitialSessionState.CreateDefault2();
using var rs = RunspaceFactory.CreateRunspace(iss);
rs.Open();

// Get-WinEvent is Windows-only, so its parameter block is written from its documentation (Get-WinEvent,
// Microsoft.PowerShell.Diagnostics): names, types and parameter sets. Start-Process's block is taken
// from the real cmdlet's metadata.
const string Setup = """
$global:__ifg_calls = [System.Collections.Generic.List[object]]::new()
$meta = [System.Management.Automation.CommandMetadata]::new((Get-Command Start-Process -CommandType Cmdlet))
$sp = [System.Management.Automation.ProxyCommand]::GetCmdletBindingAttribute($meta) + "`nparam(" +
  [System.Management.Automation.ProxyCommand]::GetParamBlock($meta) + ")`n" +
  '$global:__ifg_calls.Add(@{ command = "Start-Process"; set = $PSCmdlet.ParameterSetName; bound = [hashtable]$PSBoundParameters })
   if ($PassThru) { [pscustomobject]@{ ExitCode = 0; Id = 4242 } }'
Set-Item -Path function:global:Start-Process -Value ([scriptblock]::Create($sp))
function global:Get-WinEvent {
  [CmdletBinding(DefaultParameterSetName = 'GetLogSet')]
  param(
    [Parameter(ParameterSetName = 'ListLogSet', Mandatory = $true, Position = 0)] [AllowEmptyCollection()] [string[]] $ListLog,
    [Parameter(ParameterSetName = 'GetLogSet', Position = 0)] [string[]] $LogName,
    [Parameter(ParameterSetName = 'ListProviderSet', Mandatory = $true, Position = 0)] [AllowEmptyCollection()] [string[]] $ListProvider,
    [Parameter(ParameterSetName = 'GetProviderSet', Mandatory = $true, Position = 0)] [string[]] $ProviderName,
    [Parameter(ParameterSetName = 'FileSet', Mandatory = $true, Position = 0)] [Alias('PSPath')] [string[]] $Path,
    [Parameter(ParameterSetName = 'FileSet')] [Parameter(ParameterSetName = 'GetProviderSet')] [Parameter(ParameterSetName = 'GetLogSet')]
    [Parameter(ParameterSetName = 'HashQuerySet')] [Parameter(ParameterSetName = 'XmlQuerySet')] [ValidateRange(1, [long]::MaxValue)] [long] $MaxEvents = -1,
    [Alias('Cn')] [ValidateNotNullOrEmpty()] [string] $ComputerName,
    [pscredential] $Credential,
    [Parameter(ParameterSetName = 'FileSet')] [Parameter(ParameterSetName = 'GetProviderSet')] [Parameter(ParameterSetName = 'GetLogSet')]
    [ValidateNotNull()] [string] $FilterXPath = '*',
    [Parameter(ParameterSetName = 'XmlQuerySet', Mandatory = $true, Position = 0)] [xml] $FilterXml,
    [Parameter(ParameterSetName = 'HashQuerySet', Mandatory = $true, Position = 0)] [hashtable[]] $FilterHashtable,
    [Parameter(ParameterSetName = 'GetProviderSet')] [Parameter(ParameterSetName = 'ListLogSet')] [Parameter(ParameterSetName = 'GetLogSet')]
    [Parameter(ParameterSetName = 'HashQuerySet')] [switch] $Force,
    [Parameter(ParameterSetName = 'FileSet')] [Parameter(ParameterSetName = 'GetProviderSet')] [Parameter(ParameterSetName = 'GetLogSet')]
    [Parameter(ParameterSetName = 'HashQuerySet')] [Parameter(ParameterSetName = 'XmlQuerySet')] [switch] $Oldest
  )
  $global:__ifg_calls.Add(@{ command = 'Get-WinEvent'; set = $PSCmdlet.ParameterSetName; bound = [hashtable]$PSBoundParameters })
  # One stand-in event, so the rest of the pipeline (Format-List / ToXml) runs for real.
  $e = [pscustomobject]@{ TimeCreated = 'T'; Id = 11708; LevelDisplayName = 'Error'; Message = 'M' }
  $e | Add-Member -MemberType ScriptMethod -Name ToXml -Value { '<Event/>' } -PassThru
}
""";
List<object>? callList = null;
using var ps = PowerShell.Create(rs);
Run(Setup);
callList = rs.SessionStateProxy.GetVariable("__ifg_calls") as List<object>
	?? throw new InvalidOperationException("setup did not create the call list");

var json = new JsonSerializerOptions { WriteIndented = false };
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false, true));

var hello = new JsonObject { ["ready"] = true };
var (helloOut, _, _, _) = Run(
	"$PSVersionTable.PSVersion.ToString(); $PSNativeCommandArgumentPassing; " +
	"foreach ($n in 'signtool','icacls','TestExe') { $c = Get-Command $n; \"$n=$($c.CommandType):$($c.Source)\" }");
hello["info"] = helloOut;
stdout.WriteLine(hello.ToJsonString(json));
stdout.Flush();

string? line;
while ((line = stdin.ReadLine()) != null) {
	if (line.Length == 0) continue;
	var req = JsonNode.Parse(line)!;
	var id = req["id"]!.DeepClone();
	var script = (string)req["script"]!;
	var (output, errors, native, calls) = Run(script);
	var res = new JsonObject {
		["id"] = id,
		["native"] = native,
		["calls"] = calls,
		["output"] = output,
		["errors"] = new JsonArray(errors.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray()),
	};
	stdout.WriteLine(res.ToJsonString(json));
	stdout.Flush();
}
return 0;

(string output, List<string> errors, JsonArray native, JsonArray calls) Run(string script) {
	File.Delete(outFile);
	callList?.Clear();
	var errors = new List<string>();
	var output = new StringBuilder();
	{
		// One PowerShell instance for all requests: only its command and streams are reset.
		ps.Commands.Clear();
		ps.Streams.ClearStreams();
		ps.AddScript(script);
		try {
			var results = ps.Invoke();
			// Formatting objects (Format-List …) are rendered as the console would; anything else by ToString().
			if (results.Any(o => o?.BaseObject?.GetType().Namespace == "Microsoft.PowerShell.Commands.Internal.Format")) {
				using var fmt = PowerShell.Create(rs);
				fmt.AddCommand("Out-String");
				output.Append(string.Concat(fmt.Invoke(results)));
			} else foreach (var o in results) output.Append(o?.ToString()).Append('\n');
		} catch (Exception e) {
			errors.Add($"{e.GetType().Name}: {e.Message}");
		}
		errors.AddRange(ps.Streams.Error.Select(e => $"{e.FullyQualifiedErrorId}: {e}"));
	}
	var native = new JsonArray();
	if (File.Exists(outFile)) foreach (var argv in ReadRecords(File.ReadAllBytes(outFile))) native.Add(argv);
	var calls = new JsonArray();
	if (callList != null) foreach (var c in callList) calls.Add(ToJson(c));
	return (output.ToString(), errors, native, calls);
}

// Records written by argv-printer.c: "<argc>\0" then each argument followed by "\0".
static IEnumerable<JsonArray> ReadRecords(byte[] bytes) {
	var strict = new UTF8Encoding(false, true);
	int i = 0;
	string Next() {
		int end = Array.IndexOf(bytes, (byte)0, i);
		if (end < 0) throw new InvalidDataException("truncated argv record");
		byte[] raw = bytes[i..end];
		i = end + 1;
		try { return strict.GetString(raw); }
		catch (DecoderFallbackException) { return "<invalid UTF-8: " + Convert.ToHexString(raw) + ">"; }
	}
	while (i < bytes.Length) {
		int n = int.Parse(Next());
		var argv = new JsonArray();
		for (int k = 0; k < n; k++) argv.Add(Next());
		yield return argv;
	}
}

// Bound parameter values as JSON: switches as booleans, dictionaries as objects, collections as arrays;
// numbers keep their .NET type name so [int] 5 and '5' are told apart.
static JsonNode? ToJson(object? v) {
	if (v is PSObject p && p.BaseObject is not PSCustomObject) v = p.BaseObject;
	switch (v) {
		case null: return null;
		case string s: return JsonValue.Create(s);
		case bool b: return JsonValue.Create(b);
		case SwitchParameter sw: return JsonValue.Create(sw.IsPresent);
		case char c: return new JsonObject { ["type"] = "Char", ["value"] = c.ToString() };
		case int or long or short or byte or sbyte or ushort or uint or ulong or double or float or decimal:
			return new JsonObject { ["type"] = v.GetType().Name, ["value"] = JsonValue.Create(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)) };
		case IDictionary d: {
			var o = new JsonObject();
			foreach (DictionaryEntry e in d) o[e.Key.ToString()!] = ToJson(e.Value);
			return o;
		}
		case IEnumerable e: return new JsonArray(e.Cast<object?>().Select(ToJson).ToArray());
		default: return new JsonObject { ["type"] = v.GetType().FullName, ["value"] = v.ToString() };
	}
}
