// The conventions users expect of a command line (issue 11, items 7, 8 and 10): bare `gpu-doctor` prints help,
// `cat log | gpu-doctor` diagnoses, --version, colour switches, "did you mean" for mistyped flags and commands,
// range messages, every known error one line with exit 2 through one base class.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './built-cli.js';
import { colourLevel } from '../src/cli/options.js';
import { closest } from '../src/cli/did-you-mean.js';
import { COMMANDS } from '../src/cli/commands.js';
import { parseLang, resolveLang } from '../src/i18n/lang.js';

const LOG = join(ROOT, 'fixtures', 'logs', 'tf-zlibwapi-windows.log');
let CLI: string;
beforeAll(() => { CLI = ensureBuilt(); }, 180_000);

interface Run { code: number | null; stdout: string; stderr: string }
function gpuDoctor(args: string[], opts: { input?: string; env?: Record<string, string> } = {}): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C', LC_ALL: '', GPU_DOCTOR_LANG: '', ...opts.env };
  // Node warns when both are set; only the ones a test names are passed
  for (const v of ['NO_COLOR', 'FORCE_COLOR']) if (!opts.env?.[v]) delete env[v];
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input: opts.input ?? '', encoding: 'utf8', env, timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const ESC = '\x1b[';

describe('invocation', () => {
  it('bare gpu-doctor with nothing piped in prints the help and exits 0', () => {
    const r = gpuDoctor([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Commands:\n  diagnose/);
    for (const c of COMMANDS) expect(r.stdout).toContain(`  ${c.name}`);
  });

  it('cat log | gpu-doctor diagnoses the log, and options alone go to diagnose', () => {
    const log = readFileSync(LOG, 'utf8');
    const r = gpuDoctor([], { input: log });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[zlibwapi-missing]');
    const j = gpuDoctor(['--json'], { input: log });
    expect((JSON.parse(j.stdout) as { findings: Array<{ id: string }> }).findings[0]!.id).toBe('zlibwapi-missing');
  });

  it('--version prints the package version', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const r = gpuDoctor(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `gpu-doctor ${version}\n` });
  });

  it('help <command> and <command> --help print that command\'s help', () => {
    expect(gpuDoctor(['help', 'scan']).stdout).toMatch(/--timeout S/);
    expect(gpuDoctor(['explain', '--help'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: gpu-doctor explain/) });
  });
});

describe('usage errors: one line, exit 2, a suggestion where one is near', () => {
  const oneLine = (r: Run, pattern: RegExp): void => {
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gpu-doctor: [^\n]+\n$/);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/To specify a positional argument|ERR_PARSE_ARGS|\bat .+:\d+:\d+/);
  };
  it('a mistyped flag', () => oneLine(gpuDoctor(['diagnose', '--jsno', LOG]), /unknown option --jsno — did you mean --json\?/));
  it('a flag of another command', () => oneLine(gpuDoctor(['scan', '--framework', 'x']), /unknown option --framework \(see --help\)/));
  it('a mistyped command', () => oneLine(gpuDoctor(['daignose', LOG]), /unknown command "daignose" — did you mean diagnose\?/));
  it('a value missing', () => oneLine(gpuDoctor(['diagnose', LOG, '--lang']), /--lang needs a value/));
  it('scan --timeout 0 and -5 name the range', () => {
    oneLine(gpuDoctor(['scan', '--timeout', '0']), /--timeout must be a number from 1 to 600 \(got "0"\)/);
    oneLine(gpuDoctor(['scan', '--timeout', '-5']), /--timeout must be a number from 1 to 600 \(got "-5"\)/);
  });
  it('fix --only with a known id that the log lacks is not an error', () => {
    const r = gpuDoctor(['fix', '--dry-run', '--log', LOG, '--only', 'wsl-libcuda-path']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/"wsl-libcuda-path" was not found in that log/);
  });
  it('fix --only with an id gpu-doctor does not know', () => oneLine(gpuDoctor(['fix', '--dry-run', '--log', LOG, '--only', 'bogus']), /no finding with id "bogus"/));
  it('in Chinese when asked', () => oneLine(gpuDoctor(['diagnose', '--jsno', LOG, '--lang', 'zh']), /未知选项 --jsno——您是不是想用 --json？/));
  it('--verbose and --quiet together', () => oneLine(gpuDoctor(['diagnose', '--verbose', '--quiet', LOG]), /one of --verbose and --quiet/));
});

describe('colour', () => {
  it('FORCE_COLOR colours a pipe; NO_COLOR and --no-color turn it off', () => {
    expect(gpuDoctor(['diagnose', LOG], { env: { FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(gpuDoctor(['diagnose', LOG, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(gpuDoctor(['diagnose', LOG]).stdout).not.toContain(ESC); // not a terminal
  });
  it('the level rules', () => {
    expect(colourLevel(false, { NO_COLOR: '1' }, true, 3)).toBe(0);
    expect(colourLevel(false, { NO_COLOR: '' }, true, 3)).toBe(3); // empty means unset
    expect(colourLevel(false, { FORCE_COLOR: '0' }, true, 3)).toBe(0);
    expect(colourLevel(false, { FORCE_COLOR: '2' }, false, 0)).toBe(2);
    expect(colourLevel(true, { FORCE_COLOR: '3' }, true, 3)).toBe(0);
    expect(colourLevel(false, { TERM: 'dumb' }, true, 2)).toBe(0);
  });
});

describe('--quiet / --verbose', () => {
  it('--quiet prints one line per problem; --verbose prints more than the default', () => {
    const quiet = gpuDoctor(['diagnose', '--quiet', LOG]);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout.trim().split('\n').length).toBeLessThanOrEqual(3);
    expect(quiet.stdout).toMatch(/^✗ .*\[zlibwapi-missing\]$/m);
    const normal = gpuDoctor(['diagnose', LOG]).stdout;
    expect(gpuDoctor(['diagnose', '--verbose', LOG]).stdout.length).toBeGreaterThanOrEqual(normal.length);
  });
});

describe('explain', () => {
  it('explain --json lists every finding; explain ID --json has the CONTRACT shape', () => {
    const list = JSON.parse(gpuDoctor(['explain', '--json']).stdout) as { findings: Array<{ id: string }> };
    expect(list.findings.map((f) => f.id)).toContain('wsl-libcuda-path');
    const one = JSON.parse(gpuDoctor(['explain', 'wsl-libcuda-path', '--json']).stdout) as { findings: Array<{ id: string; fixes: unknown[] }> };
    expect(one.findings[0]!.id).toBe('wsl-libcuda-path');
    expect(one.findings[0]!.fixes.length).toBeGreaterThan(0);
  });
  it('explain ID reads as an explanation, not as a diagnosis of an empty log', () => {
    const r = gpuDoctor(['explain', 'zlibwapi-missing']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/lines read|Root cause|diagnosis/);
    expect(r.stdout).toMatch(/^Why:/m);
    expect(r.stdout).toMatch(/^Fix( 1)?: /m);
  });
});

describe('language', () => {
  it('--lang accepts the usual spellings of Chinese', () => {
    for (const s of ['zh', 'zh-CN', 'zh_CN', 'zh-cn', 'zh-Hans', 'zh_CN.UTF-8']) expect(parseLang(s)).toBe('zh-CN');
    for (const s of ['en', 'en-US', 'en_GB.UTF-8', 'C']) expect(parseLang(s)).toBe('en');
    expect(parseLang('fr')).toBeUndefined();
    expect(gpuDoctor(['diagnose', LOG, '--lang', 'zh_CN']).stdout).toContain('根本原因');
  });
  it('the language follows LANG / LC_ALL when no flag is given', () => {
    expect(resolveLang(undefined, { LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(resolveLang(undefined, { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(gpuDoctor(['diagnose', LOG], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toContain('根本原因');
  });
});

describe('one error base class', () => {
  // exported: an error other modules throw on, so it can reach main (a module's private error stays inside it);
  // src/service/ serves long-lived processes, which answer their own errors and never hand them to main
  it('every exported error class in src/ extends KnownError (command-line.ts keeps no list)', () => {
    const files = (dir: string): string[] => readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath, e.name));
    const offenders = files('src').filter((f) => !f.includes(join('src', 'service')) && /export class \w+ extends Error\b/.test(readFileSync(f, 'utf8')) && !f.endsWith(join('src', 'errors.ts')));
    expect(offenders).toEqual([]);
    expect(readFileSync(join(ROOT, 'src/cli/command-line.ts'), 'utf8')).not.toMatch(/instanceof (UsageError|InputError|RuleFileError)/);
  });
  it('every command in the table has a help summary in both languages', () => {
    for (const lang of ['en', 'zh-CN']) {
      const table = JSON.parse(readFileSync(join(ROOT, 'locales', 'cli', `${lang}.json`), 'utf8')) as Record<string, string>;
      for (const c of COMMANDS) expect(table[`command.${c.name}`], `${lang} command.${c.name}`).toBeTruthy();
    }
  });
  it('did-you-mean finds near names only', () => {
    expect(closest('jsno', ['json', 'markdown'])).toBe('json');
    expect(closest('mark', ['json', 'markdown'])).toBe('markdown');
    expect(closest('xyz', ['json', 'markdown'])).toBeUndefined();
  });
});
