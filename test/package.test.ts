// What an `npm install` of gpu-doctor gets (issue 11, item 12): no benchmark code, tests or build scripts in
// the tarball; the docs each --help names are in it; the project's own scripts that need ../shared say so in
// one line without it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST_BIN, ensureBuilt, ROOT } from './built-cli.js';

let CLI: string;
let files: string[];
beforeAll(() => {
  CLI = ensureBuilt();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  files = (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
}, 180_000);

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', GPU_DOCTOR_LANG: '', ...env } });

describe('the published package', () => {
  it('holds the CLI and its data but no bench code, tests or build scripts', () => {
    expect(files).toContain('dist/src/cli/main.js');
    expect(files).toContain('dist/pattern-verdicts.json');
    expect(files).toContain('dist/rule-set.json');
    const bin = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['gpu-doctor'];
    expect(bin).toBe(relative(ROOT, DIST_BIN).split('\\').join('/'));
    expect(files).toContain(bin);
    expect(files).toContain('dist/prefilter.wasm');
    expect(files.filter((f) => /^(?:dist\/scripts\/|dist\/test\/|test\/|scripts\/|rules\/tests\/|fixtures\/)|bench/.test(f))).toEqual([]);
  });

  it('holds the docs every --help points to, and the help prints where they are', () => {
    for (const [command, doc] of [['bot', 'BOT.md'], ['serve', 'SERVE.md'], ['github', 'GITHUB.md'], ['fix', 'FIX.md']] as const) {
      const help = run([CLI, command, '--help']).stdout;
      const path = /(\S+docs[/\\]\S+\.md)/.exec(help)?.[1];
      expect(path, `${command} --help names its doc`).toBeDefined();
      expect(relative(ROOT, path!).split('\\').join('/')).toBe(`docs/${doc}`);
      expect(files).toContain(`docs/${doc}`);
    }
  });

  it('npm run score and npm run knowledge without ../shared: one line naming what they need, exit 2', () => {
    const score = run(['scripts/score.mjs'], { GPU_DOCTOR_SHARED: '/nonexistent/shared' });
    expect(score.status).toBe(2);
    expect(score.stderr.trim().split('\n')).toHaveLength(1);
    expect(score.stderr).toMatch(/needs the scorer and labelled logs of \.\.\/shared/);
    const knowledge = run(['scripts/build-knowledge.mjs', '/nonexistent/knowledge']);
    expect(knowledge.status).toBe(2);
    expect(knowledge.stderr.trim().split('\n')).toHaveLength(1);
    expect(knowledge.stderr).toMatch(/needs the sourced CSV tables/);
  });

  it('bin: diagnose runs from the bundle, every other use from dist/src, with the same answers and errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpu-doctor-bin-'));
    try {
      const log = join(dir, 'one.log');
      writeFileSync(log, 'Could not locate zlibwapi.dll. Please make sure it is in your library path!\n');
      const viaBin = run([DIST_BIN, 'diagnose', '--json', log]);
      const viaMain = run([CLI, 'diagnose', '--json', log]);
      expect(viaBin.status).toBe(1);
      expect(JSON.parse(viaBin.stdout).findings[0].id).toBe('zlibwapi-missing');
      expect(viaBin.stdout).toBe(viaMain.stdout);
      // bad input: one line, exit 2, from either side of the hand-over
      for (const args of [['diagnose', join(dir, 'missing.log')], ['diagnose', '--no-such-option'], ['no-such-command']]) {
        const r = run([DIST_BIN, ...args]);
        expect(r.status, args.join(' ')).toBe(2);
        expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
        expect(r.stderr).toBe(run([CLI, ...args]).stderr);
      }
      // a log on standard input (also run in the bundle), and an empty one alone (the help, from dist/src)
      const piped = (args: string[], input: string) => spawnSync(process.execPath, args, { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', GPU_DOCTOR_LANG: '' } });
      for (const [args, input] of [[[], readFileSync(log, 'utf8')], [['--json'], readFileSync(log, 'utf8')], [[], ''], [['--json'], ' \n']] as const) {
        const viaBinIn = piped([DIST_BIN, ...args], input);
        const viaMainIn = piped([CLI, ...args], input);
        expect([viaBinIn.status, viaBinIn.stdout, viaBinIn.stderr], `${args.join(' ')} < ${JSON.stringify(input.slice(0, 20))}`).toEqual([viaMainIn.status, viaMainIn.stdout, viaMainIn.stderr]);
      }
      expect(piped([DIST_BIN], '').stdout).toMatch(/Usage: gpu-doctor/);
      expect(run([DIST_BIN, '--version']).stdout).toBe(run([CLI, '--version']).stdout);
      expect(run([DIST_BIN, 'explain', 'zlibwapi-missing']).stdout).toBe(run([CLI, 'explain', 'zlibwapi-missing']).stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
