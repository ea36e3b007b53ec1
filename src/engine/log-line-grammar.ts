// What loggers and log collectors put before a program's message: a collector's column, a date/time stamp, a
// logger's level. Written once here and built into the two questions asked of a line's start:
// - LOG_PREFIX (line-scanner.ts): which prefix to strip, so that patterns anchored at the message's start
//   still match (`ollama-1  | `, `2024-05-01T10:00:00Z `, `[INFO] `, `WARNING:root:`, Python logging's
//   `2024-05-01 10:00:00,123 - name - ERROR - `, loguru's `… | INFO     | mod:fn:12 - `, syslog's
//   `May  1 10:00:00 host app[12]: `);
// - NEW_RECORD (wrapped-lines.ts): whether a line starts a new log record, so that it is never read as the
//   rest of a wrapped line above it (any stamp or level, and the other record starts listed there).
// Every piece is linear: bounded repetitions, and no two quantifiers that can trade the same characters
// (test/log-line-grammar.test.ts runs the repo's linearity analysis on both).

/** A date: 2024-05-01 or 2024/05/01. */
const DATE = String.raw`\d{4}[-/]\d\d[-/]\d\d`;
/** A time of day, with its optional fraction (Python logging writes a comma) and an optional zone. */
const CLOCK = String.raw`\d\d:\d\d:\d\d`;
const FRACTION = String.raw`(?:[.,]\d{1,9})?`;
const ZONE = String.raw`(?:Z|[+-]\d\d:?\d\d)?`;
/** syslog / journalctl: `May  1 10:00:00` (month name, day padded with a space). */
const SYSLOG_STAMP = String.raw`[A-Z][a-z]{2} [ \d]\d ${CLOCK}`;

/** Every logger level word (upper case, as loggers print them). */
const LEVELS = 'INFO|WARN|WARNING|ERROR|DEBUG|TRACE|NOTICE|CRITICAL|FATAL';
/**
 * Levels whose bare `LEVEL: ` is a logger's (uvicorn's `INFO:     `). The others are also the program's own
 * words: pip and the driver installer print a bare `ERROR: ` / `WARNING: `, which belongs to the message and is
 * only stripped with a logger name (`WARNING:root:`).
 */
const QUIET_LEVELS = 'INFO|DEBUG|TRACE|NOTICE';
const LOUD_LEVELS = 'WARNING|ERROR|CRITICAL';
/** A logger's name or a source position (`root`, `__main__`, `ldm.util`, `<module>`, `main.py:12`). */
const LOGGER = String.raw`[\w.<>-]{1,63}`;
const SOURCE = String.raw`[\w.<>:]{1,120}`;

/**
 * A collector's column: docker compose's service (`ollama-1  | `), kubectl logs --prefix (`[pod/a/b] `), the
 * process a line came from in a distributed run: torchrun's `[rank0]: ` / `[default0]:`, Ray's
 * `(RayWorkerWrapper pid=263, ip=10.0.16.95) `. Two may stack (a compose column before Ray's).
 */
const COLUMN = String.raw`(?:[\w.-]{1,63} +\| |\[pod/[\w.-]{1,253}/[\w.-]{1,63}\] |\[(?:rank|default)\d{1,5}\]: ?|\((?:[\w.]{1,63} )?pid=\d{1,10}(?:, ip=[\d.]{7,15})?\) +)`;

/** Stamps stripped on their own (whatever follows them is the message). */
const STAMP = [
  // docker / kubectl --timestamps, GitHub Actions: RFC 3339
  String.raw`\d{4}-\d\d-\d\dT${CLOCK}${FRACTION}${ZONE} +`,
  // bracketed date-time (Jenkins' timestamper adds the zone), bracketed time
  String.raw`\[${DATE}[ T]${CLOCK}${FRACTION}${ZONE}\] *`,
  String.raw`\[${CLOCK}${FRACTION}\] *`,
  // a bare time of day
  String.raw`${CLOCK}${FRACTION} +`,
  // syslog: the stamp, the host and the program with its pid
  String.raw`${SYSLOG_STAMP} [\w.-]{1,63} [\w./-]{1,63}(?:\[\d{1,10}\])?: +`,
].join('|');

/**
 * A date-time with a space, stripped only with the logger's level after it: TensorFlow's own
 * `2024-05-01 10:00:00.123456: W …` is a message (rules read it), Python logging's
 * `2024-05-01 10:00:00,123 - root - ERROR - ` and loguru's `2024-05-01 10:00:00.123 | INFO     | mod:fn:1 - `
 * are prefixes.
 */
const LOGGED_STAMP = String.raw`${DATE} ${CLOCK}${FRACTION} +(?:- +(?:${LOGGER} +- +)?(?:${LEVELS}) +- +|\| +(?:${LEVELS}) +\| +(?:${SOURCE} +- +)?|\[(?:${LEVELS})\] +|(?:${LEVELS}) +)`;

/** vLLM's logger: the level, then a stamp without the year, then the source (`INFO 01-30 11:53:52 [worker.py:12] `). */
const LEVEL_STAMP = String.raw`(?:${LEVELS}) \d\d-\d\d ${CLOCK}${FRACTION} (?:\[[\w.]{1,63}:\d{1,6}\]|[\w.]{1,63}:\d{1,6}\]) +`;

/**
 * The console format SD.Next and kohya_ss give rich (`17:08:53-451904 INFO     `): a time with its microseconds
 * after a hyphen, then the level padded to a column. The rest of a long record is indented under the message.
 */
const CONSOLE_STAMP = String.raw`${CLOCK}-\d{6} +(?:${LEVELS}) +`;

/** A level after the stamp (or alone): `[INFO] `, `INFO: `, `INFO:name: `, `WARNING:root:`. */
const LEVEL = String.raw`\[(?:${LEVELS})\] *|(?:${QUIET_LEVELS})(?::${LOGGER})?: *|(?:${LOUD_LEVELS}):${LOGGER}: *`;

/** The prefix loggers and collectors put before a message ('' when the line has none). */
export const LOG_PREFIX = new RegExp(String.raw`^${COLUMN}?${COLUMN}?(?:${LOGGED_STAMP}|${LEVEL_STAMP}|${CONSOLE_STAMP}|(?:${STAMP})?(?:${LEVEL})?)`);

/**
 * How a log record starts, as far as stamps, levels and columns go (loosely: any date, time, bracketed
 * number, level word, glog's `I0501 10:…`); NEW_RECORD adds the other record starts of wrapped-lines.ts.
 */
export const RECORD_PREFIX = String.raw`${DATE}[ T]|${CLOCK}|${SYSLOG_STAMP}|\[\d|\[?(?:${LEVELS})\b|[IWEF]\d{4} \d\d:|${COLUMN}`;

/**
 * A record a framework logged with its own stamp (TensorFlow's `2024-05-01 10:00:00.123456: I …`, absl's
 * `I0501 10:00:00.123 …`): such records land between a command and its answer when both go to one terminal.
 */
export const STAMPED_RECORD = new RegExp(String.raw`^(?:${DATE}[ T]${CLOCK}|[IWEF]\d{4} ${CLOCK})`);
