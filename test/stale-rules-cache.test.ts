// A checkout whose rules changed since its last build (a `git pull` without `npm run build`, a rule being
// edited): dist/'s saved rule set no longer fits, so a start reads and checks every rule file again. The first
// such start saves its result in the user's cache (src/engine/user-cache.ts) and later starts read it back;
// the answers are always those of the rules as they are now. Real processes on a copy of the package.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './built-cli.js';

const LOG = join(ROOT, 'fixtures/logs/tf-zlibwapi-windows.log');

let tmp: string;
let pkg: string;
let cache: string;

beforeAll(() => {
  ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'gpu-doctor-stale-rules-'));
  pkg = join(tmp, 'gpu-doctor');
  cache = join(tmp, 'cache');
  cpSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
  cpSync(join(ROOT, 'dist'), join(pkg, 'dist'), { recursive: true, preserveTimestamps: true });
  // copied now, so every rule file is newer than dist/: the saved rule set is refused
  cpSync(join(ROOT, 'rules'), join(pkg, 'rules'), { recursive: true });
  for (const d of ['locales', 'knowledge', 'node_modules']) symlinkSync(join(ROOT, d), join(pkg, d));
}, 180_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(pkg, 'dist/bin/gpu-doctor.js'), ...args], {
    encoding: 'utf8', env: { ...process.env, GPU_DOCTOR_CACHE: cache, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The answer of the rules as they are now: a rule folder given by GPU_DOCTOR_RULES is always read and checked. */
const reference = (args: string[]) => run(args, { GPU_DOCTOR_RULES: join(pkg, 'rules'), GPU_DOCTOR_CACHE: join(tmp, 'unused') }).stdout;

/** The files in the cache folder (one folder per package folder) with their modification times. */
function cached(): Map<string, number> {
  const out = new Map<string, number>();
  if (!existsSync(cache)) return out;
  for (const dir of readdirSync(cache)) for (const f of readdirSync(join(cache, dir))) out.set(f, statSync(join(cache, dir, f)).mtimeMs);
  return out;
}

describe('rules changed since the build', () => {
  it('are checked once and saved in the user cache; later starts read them from there, with the same answers', () => {
    const want = reference(['diagnose', '--json', LOG]);
    expect(JSON.parse(want).findings[0].id).toBe('zlibwapi-missing');
    const first = run(['diagnose', '--json', LOG]);
    expect(first).toEqual({ status: 1, stdout: want, stderr: '' }); // (the note is for a terminal)
    const files = cached();
    expect([...files.keys()].sort()).toEqual([expect.stringMatching(/^literal-automaton-v\d+-[bl]e-\w+\.bin$/), 'rule-set.json']);
    const second = run(['diagnose', '--json', LOG]);
    expect(second).toEqual({ status: 1, stdout: want, stderr: '' });
    // read, not written again
    expect(cached()).toEqual(files);
  });

  it('an edit to a rule is read: the answer follows it and the cache is written again', () => {
    const file = join(pkg, 'rules/zlibwapi-missing.json');
    const rule = JSON.parse(readFileSync(file, 'utf8')) as { title: { en: string } };
    rule.title.en = 'cuDNN cannot find zlibwapi.dll (edited title)';
    const before = cached().get('rule-set.json');
    writeFileSync(file, JSON.stringify(rule, null, 2));
    const r = run(['diagnose', '--json', LOG]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings[0].title).toBe('cuDNN cannot find zlibwapi.dll (edited title)');
    expect(r.stdout).toBe(reference(['diagnose', '--json', LOG]));
    expect(cached().get('rule-set.json')).toBeGreaterThan(before!);
    expect(run(['diagnose', '--json', LOG]).stdout).toBe(r.stdout);
  });

  it('a rule file this build refuses (rules newer than its loader, after a pull without a build): one line naming the file, and the build to run; exit 2', () => {
    const file = join(pkg, 'rules/zlibwapi-missing.json');
    const original = readFileSync(file, 'utf8');
    const rule = JSON.parse(original) as { fixes: Array<{ signals?: string[] }> };
    rule.fixes[0]!.signals = ['a-signal-of-a-newer-loader'];
    writeFileSync(file, JSON.stringify(rule, null, 2));
    try {
      const r = run(['diagnose', '--json', LOG]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^gpu-doctor: rules\/zlibwapi-missing\.json: fixes\[0\]\.signals: "a-signal-of-a-newer-loader" is not a signal this rule's "when" uses \(the rules changed since this copy was last built: if they came with a pull, run npm run build\)\n$/);
      // a folder of one's own elsewhere (GPU_DOCTOR_RULES) is not the build's: the error alone
      const ownDir = join(tmp, 'own-rules');
      cpSync(join(pkg, 'rules'), ownDir, { recursive: true });
      const own = run(['diagnose', '--json', LOG], { GPU_DOCTOR_RULES: ownDir });
      expect(own.status).toBe(2);
      expect(own.stderr).toMatch(/is not a signal this rule's "when" uses\n$/);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('a cache that cannot be written: the right answer and one line on standard error, every start; none with --quiet', () => {
    const blocked = join(tmp, 'a-file');
    writeFileSync(blocked, '');
    const want = reference(['diagnose', LOG]);
    for (let i = 0; i < 2; i++) {
      const r = run(['diagnose', LOG], { GPU_DOCTOR_CACHE: join(blocked, 'cache') });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe(want);
      expect(r.stderr).toMatch(/^gpu-doctor: note: the rules changed since this copy was last built, so every run reads and checks them again \(\d+ ms\); saving the result failed \([^\n]+\): run npm run build\n$/);
    }
    const quiet = run(['diagnose', '--quiet', LOG], { GPU_DOCTOR_CACHE: join(blocked, 'cache') });
    expect(quiet.status).toBe(1);
    expect(quiet.stderr).toBe('');
  });
});
