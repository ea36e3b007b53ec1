// The options every command shares (--json, --markdown, --lang, --no-color, --verbose, --quiet, --help) and
// what they decide: the language, the output format, the amount of detail and whether colour is used.
// Commands declare only their own options; parsing errors become one-line usage errors with a suggestion.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import chalk from 'chalk';
import { UsageError } from '../errors.js';
import { parseLang, resolveLang } from '../i18n/lang.js';
import type { Lang } from '../engine/rule-types.js';
import { closest } from './did-you-mean.js';
import { isTerminal } from './output.js';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

export const COMMON_OPTIONS = {
  json: { type: 'boolean', default: false },
  markdown: { type: 'boolean', default: false },
  lang: { type: 'string' },
  'no-color': { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
  quiet: { type: 'boolean', short: 'q', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsOptionsConfig;

export type Format = 'terminal' | 'json' | 'markdown';
export type Detail = 'quiet' | 'normal' | 'verbose';

export interface Settings {
  lang: Lang;
  format: Format;
  detail: Detail;
}

export interface CommandSpec<O extends ParseArgsOptionsConfig> {
  /** the command's own options, added to COMMON_OPTIONS */
  options: O;
  /** positional arguments allowed (at most this many) */
  positionals?: number;
  /** output formats besides the terminal one (default: json and markdown) */
  formats?: Array<'json' | 'markdown'>;
  env?: NodeJS.ProcessEnv;
}

/** Parses a command's arguments; bad usage is a UsageError (exit 2) whose message names the fix. */
export function parseCommand<const O extends ParseArgsOptionsConfig>(argv: string[], spec: CommandSpec<O>) {
  const options = { ...COMMON_OPTIONS, ...spec.options } as typeof COMMON_OPTIONS & O;
  const args = joinNegativeValues(argv, options);
  checkOptionNames(args, options);
  let parsed;
  try {
    parsed = parseArgs<{ args: string[]; options: typeof COMMON_OPTIONS & O; allowPositionals: true; strict: true }>({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw usageFromParseArgs(err);
  }
  const { values, positionals } = parsed;
  const max = spec.positionals ?? 0;
  if (positionals.length > max) {
    throw new UsageError(max === 0 ? 'usage.noArgs' : 'usage.tooManyArgs', { arg: positionals[max]!, max });
  }
  const settings = decideSettings(values as CommonValues, spec.formats ?? ['json', 'markdown'], spec.env ?? process.env);
  return { values, positionals, settings };
}

interface CommonValues { json: boolean; markdown: boolean; lang?: string; 'no-color': boolean; verbose: boolean; quiet: boolean }

function decideSettings(v: CommonValues, formats: Array<'json' | 'markdown'>, env: NodeJS.ProcessEnv): Settings {
  for (const f of ['json', 'markdown'] as const) if (v[f] && !formats.includes(f)) throw new UsageError('usage.noFormat', { format: `--${f}` });
  if (v.json && v.markdown) throw new UsageError('usage.oneFormat');
  if (v.verbose && v.quiet) throw new UsageError('usage.verboseQuiet');
  let lang: Lang;
  if (v.lang !== undefined) {
    const known = parseLang(v.lang);
    if (!known) throw new UsageError('usage.unknownLang', { lang: v.lang });
    lang = known;
  } else lang = resolveLang(undefined, env);
  const format: Format = v.json ? 'json' : v.markdown ? 'markdown' : 'terminal';
  // (whether standard output is a terminal is asked only when the answer matters: asking can load Node's tty)
  const noColour = v['no-color'] || format !== 'terminal';
  chalk.level = colourLevel(noColour, env, !noColour && isTerminal(1), chalk.level);
  return { lang, format, detail: v.quiet ? 'quiet' : v.verbose ? 'verbose' : 'normal' };
}

/**
 * Colour: off with --no-color; FORCE_COLOR forces it (0 / false turns it off), as in Node itself; a non-empty
 * NO_COLOR turns it off (no-color.org); otherwise only on a terminal that is not "dumb".
 */
export function colourLevel(noColorFlag: boolean, env: NodeJS.ProcessEnv, isTTY: boolean, detected: 0 | 1 | 2 | 3): 0 | 1 | 2 | 3 {
  if (noColorFlag) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === '0' || force === 'false') return 0;
    const n = Number(force);
    return (n >= 1 && n <= 3 ? n : Math.max(1, detected)) as 1 | 2 | 3;
  }
  if (env.NO_COLOR) return 0;
  if (!isTTY || env.TERM === 'dumb') return 0;
  return detected || 1;
}

/** `--timeout -5`: parseArgs would read -5 as an option; hand it over as the value it is. */
function joinNegativeValues(argv: string[], options: ParseArgsOptionsConfig): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const name = a.startsWith('--') ? a.slice(2) : undefined;
    if (name && options[name]?.type === 'string' && /^-\d/.test(argv[i + 1] ?? '')) {
      out.push(`${a}=${argv[++i]}`);
    } else out.push(a);
  }
  return out;
}

/** Unknown options, checked before parseArgs so the message can suggest the nearest known one. */
function checkOptionNames(args: string[], options: ParseArgsOptionsConfig): void {
  const longs = Object.keys(options);
  const shorts = Object.values(options).flatMap((o) => (o.short ? [o.short] : []));
  for (const a of args) {
    if (a === '--') return;
    if (a.startsWith('--')) {
      const name = a.slice(2).split('=')[0]!;
      if (longs.includes(name)) continue;
      const near = closest(name, longs);
      throw new UsageError(near ? 'usage.unknownOptionNear' : 'usage.unknownOption', { option: `--${name}`, near: `--${near}` });
    }
    if (/^-[a-zA-Z]/.test(a)) {
      for (const c of a.slice(1)) {
        if (shorts.includes(c)) continue;
        throw new UsageError('usage.unknownOption', { option: `-${c}` });
      }
    }
  }
}

/** parseArgs' own errors (a missing value, a value given to a switch) in one line of ours. */
function usageFromParseArgs(err: unknown): UsageError | unknown {
  const e = err as NodeJS.ErrnoException;
  const option = /'(--?[\w-]+)/.exec(e?.message ?? '')?.[1] ?? '';
  if (e?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new UsageError(/argument missing|ambiguous/.test(e.message) ? 'usage.missingValue' : 'usage.noValue', { option });
  }
  if (e?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError('usage.unknownOption', { option });
  return err;
}

/** Parse a number option: one line naming the allowed range when it is not a number in it. */
export function numberOption(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new UsageError('usage.range', { option: `--${name}`, value: raw, min, max });
  return n;
}
