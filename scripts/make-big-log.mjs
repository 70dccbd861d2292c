// Writes a large verbose Windows Installer log for benchmarking the log checker:
//   node scripts/make-big-log.mjs [out=/tmp/big-msi.log] [megabytes=100] [encoding=utf-16le|utf-8]
// Layout as msiexec writes it (UTF-16 LE with BOM by default): a header, thousands of action blocks
// with file-copy lines and Notes, then the 2503/2502 failure and a 1603 exit near the end.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const [out = '/tmp/big-msi.log', mb = '100', encoding = 'utf-16le'] = process.argv.slice(2);
const target = Number(mb) * 1024 * 1024;
const stream = createWriteStream(out);
/** @param {string} s */
const enc = (s) => Buffer.from(s, encoding === 'utf-8' ? 'utf8' : 'utf16le');
let written = 0;
/** @param {string} text */
async function write(text) {
	const buf = enc(text.replace(/\n/g, '\r\n'));
	written += buf.length;
	if (!stream.write(buf)) await once(stream, 'drain');
}
/** @param {number} i */
const t = (i) => {
	const s = 36000 + Math.floor(i / 50);
	const hh = String(Math.floor(s / 3600) % 24).padStart(2, '0');
	const mm = String(Math.floor(s / 60) % 60).padStart(2, '0');
	return `${hh}:${mm}:${String(s % 60).padStart(2, '0')}`;
};
if (encoding !== 'utf-8') {
	stream.write(Buffer.from([0xff, 0xfe]));
	written += 2;
}
await write(
	'=== Verbose logging started: 6/1/2025  10:00:00  Build type: SHIP UNICODE 5.00.10011.00  Calling process: C:\\WINDOWS\\system32\\msiexec.exe ===\n' +
		'MSI (c) (8C:B0) [10:00:00:001]: Client-side and UI is none or basic: Running entire install on the server.\n' +
		'MSI (s) (D4:2C) [10:00:00:010]: Original package ==> C:\\Users\\bench\\Downloads\\big.msi\n' +
		"MSI (s) (D4:2C) [10:00:00:011]: Running product '{11111111-2222-3333-4444-555555555555}' with user privileges: It's not assigned.\n" +
		'MSI (s) (D4:2C) [10:00:00:012]: Command Line: INSTALLDIR=C:\\Program Files\\Big CURRENTDIRECTORY=C:\\Users\\bench CLIENTUILEVEL=3\n' +
		'Action start 10:00:00: INSTALL.\n',
);
const reserve = 4096;
for (let i = 0; written < target - reserve; i++) {
	const ts = t(i);
	let block = `MSI (s) (D4:2C) [${ts}:${String(i % 1000).padStart(3, '0')}]: Doing action: Step${i}\nAction start ${ts}: Step${i}.\n`;
	for (let f = 0; f < 8; f++) {
		block += `MSI (s) (D4:2C) [${ts}:100]: Executing op: FileCopy(SourceName=f${i}_${f}.dat,SourceCabKey=f${i}_${f},DestName=f${i}_${f}.dat,Attributes=0,FileSize=${1000 + f},PerTick=65536,,VerifyMedia=1,,,,,CheckCRC=0,,,InstallMode=58982400,HashOptions=0,HashPart1=1,HashPart2=2,HashPart3=3,HashPart4=4,,)\n`;
	}
	block += `MSI (s) (D4:2C) [${ts}:200]: Note: 1: 2205 2:  3: Step${i}Table \n`;
	block += `Action ended ${ts}: Step${i}. Return value 1.\n`;
	await write(block);
}
await write(
	'Action start 12:00:00: InstallFinalize.\n' +
		'DEBUG: Error 2503:  Called RunScript when not marked in progress\n' +
		'MSI (s) (D4:2C) [12:00:00:001]: Note: 1: 2203 2: C:\\WINDOWS\\Installer\\inprogressinstallinfo.ipi 3: -2147287035 \n' +
		'Action ended 12:00:00: InstallFinalize. Return value 3.\n' +
		'DEBUG: Error 2502:  Called InstallFinalize when no install in progress\n' +
		'Action ended 12:00:00: INSTALL. Return value 3.\n' +
		'MSI (s) (D4:2C) [12:00:00:010]: Windows Installer installed the product. Product Name: Big. Product Version: 1.0. Product Language: 1033. Manufacturer: Bench. Installation success or error status: 1603.\n' +
		'MSI (s) (D4:2C) [12:00:00:011]: MainEngineThread is returning 1603\n' +
		'=== Verbose logging stopped: 6/1/2025  12:00:00 ===\n',
);
stream.end();
await once(stream, 'finish');
console.log(`${out}: ${(written / 1048576).toFixed(1)} MB (${encoding})`);
