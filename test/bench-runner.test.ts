// `npm run bench` (issue 11, item 12): exits non-zero when a benchmark misses its target or fails, and removes
// the temp files its benchmarks made, whether they passed or not.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBenches } from '../scripts/bench-runner.js';

const root = mkdtempSync(join(tmpdir(), 'gpu-doctor-bench-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder of benchmark modules; each leaves a temp folder behind and records where it was. */
function benches(name: string, bodies: Record<string, string>): { dir: string; made: string } {
  const dir = join(root, name);
  const made = join(root, `${name}-made`);
  mkdirSync(dir);
  mkdirSync(made);
  for (const [file, result] of Object.entries(bodies)) {
    writeFileSync(join(dir, `${file}.js`), `import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
export async function run() {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-${file}-'));
  writeFileSync(join(scratch, 'input.log'), 'x'.repeat(1000));
  writeFileSync(join(${JSON.stringify(made)}, '${file}'), scratch);
  ${result}
}
`);
  }
  return { dir, made };
}
/** The temp folders the benchmarks made. */
const madeDirs = (made: string): string[] => readdirSync(made).map((f) => readFileSync(join(made, f), 'utf8'));

describe('bench runner', () => {
  it('exits 0 when every benchmark meets its target, and leaves no temp files', async () => {
    const { dir, made } = benches('pass', { a: 'return true;', b: 'return;' });
    const out: string[] = [];
    expect(await runBenches(dir, [], (s) => out.push(s))).toEqual({ code: 0, missed: [] });
    const dirs = madeDirs(made);
    expect(dirs).toHaveLength(2);
    for (const d of dirs) expect(existsSync(d), d).toBe(false);
  });

  it('exits 1 naming a missed target, a module that set process.exitCode and one that threw; temp files go too', async () => {
    const { dir, made } = benches('miss', { a: 'return true;', b: 'return false;', c: 'process.exitCode = 1;', d: "throw new Error('boom');" });
    const out: string[] = [];
    const outcome = await runBenches(dir, [], (s) => out.push(s));
    expect(outcome).toEqual({ code: 1, missed: ['b', 'c', 'd'] });
    expect(out.join('')).toContain('target missed or failed in b, c, d');
    expect(process.exitCode ?? 0).toBe(0); // the runner decides the exit status, not a module
    for (const d of madeDirs(made)) expect(existsSync(d), d).toBe(false);
    expect(process.env.TMPDIR === undefined || !process.env.TMPDIR.includes('gpu-doctor-bench-')).toBe(true);
  });

  it('an unknown benchmark name is exit 2', async () => {
    const { dir } = benches('names', { a: 'return true;' });
    expect((await runBenches(dir, ['nope'])).code).toBe(2);
  });
});
