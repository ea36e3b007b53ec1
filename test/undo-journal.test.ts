// undo and old or foreign journals (review of issue 11): a journal written before journals were signed is refused
// with one line that says so and where its changes are listed (it used to read as "nothing to undo", exit 0), and
// `undo --list` shows when each run happened in local time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './built-cli.js';
import { Journal } from '../src/fix/journal.js';
import { keyPath } from '../src/fix/journal-key.js';

let CLI: string;
let home: string;
beforeAll(() => { CLI = ensureBuilt(); }, 180_000);
afterEach(() => { if (home) rmSync(home, { recursive: true, force: true }); });

function undo(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, 'undo', ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', GPU_DOCTOR_LANG: '', GPU_DOCTOR_HOME: home, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A finished run with its start time; `unsigned` strips every line's signature and the key, as before signing. */
function recordRun(unsigned: boolean): { file: string; time: string } {
  home = mkdtempSync(join(tmpdir(), 'gpu-doctor-undo-'));
  const j = Journal.begin(home, { os: 'linux', findings: ['cuda-path-not-set'], argv: ['fix', '--yes'] });
  j.write({ type: 'end', time: new Date().toISOString(), status: 'complete' });
  j.close();
  const file = join(j.dir, 'journal.jsonl');
  const text = readFileSync(file, 'utf8');
  if (unsigned) {
    writeFileSync(file, text.split('\n').map((l) => l.replace(/,"mac":"[0-9a-f]{64}"\}$/, '}')).join('\n'));
    unlinkSync(keyPath(home));
  }
  return { file, time: (JSON.parse(text.split('\n')[0]!) as { time: string }).time };
}

describe('undo and journals written before signing', () => {
  it('undo and undo N refuse an unsigned journal in one line that names the file, exit 2', () => {
    const { file } = recordRun(true);
    for (const args of [[], ['1']]) {
      const r = undo(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toEqual([`gpu-doctor: fix run 1 was recorded by an older gpu-doctor, before journals were signed, so undo will not act on it: revert the changes listed in ${file} by hand`]);
    }
    expect(undo(['--lang', 'zh-CN']).stderr).toContain('由旧版 gpu-doctor 记录');
  });

  it('undo --list marks it in one line instead of listing every skipped line', () => {
    recordRun(true);
    const r = undo(['--list']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('recorded before journals were signed: undo cannot use it');
    expect(r.stdout).not.toMatch(/journal line\(s\) skipped|not signed/);
  });
});

describe('undo --list times', () => {
  it('shows when a run started in the local time zone, with its offset', () => {
    const { time } = recordRun(false);
    const shanghai = new Date(Date.parse(time) + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);
    expect(undo(['--list'], { TZ: 'Asia/Shanghai' }).stdout).toContain(`${shanghai} +08:00`);
    const utc = new Date(Date.parse(time)).toISOString().replace('T', ' ').slice(0, 19);
    expect(undo(['--list'], { TZ: 'UTC' }).stdout).toContain(`${utc} +00:00`);
    expect(undo(['--list'], { TZ: 'Asia/Shanghai' }).stdout).not.toContain(time);
  });
});
