export * from './types';
export { joinPosix, quotePosix, parsePosix } from './posix';
export { joinCmd, parseCmd } from './cmd';
export {
	joinPs,
	quotePs,
	parsePs,
	singleQuoted,
	doubleQuoted,
	nativeArgProblem,
} from './powershell';
export { joinWin, quoteWinArg, parseCrt, parseMsiexec, lineText, type WinFlavor } from './winargv';
