// Each shell has a module that writes commands (quoting) and, under parse/, one that reads them.
export * from './types';
export { joinPosix, quotePosix } from './posix';
export { parsePosix } from './parse/posix';
export { joinCmd } from './cmd';
export { parseCmd } from './parse/cmd';
export { joinPs, quotePs, singleQuoted, doubleQuoted, nativeArgProblem } from './powershell';
export { parsePs } from './parse/powershell';
export { joinWin, quoteWinArg, lineText, type WinFlavor } from './winargv';
export { parseCrt, parseMsiexec } from './parse/winargv';
