// A real `gpu-doctor fix --yes` child process is killed with SIGKILL between two changes of a multi-action
// fix; `gpu-doctor undo` (another real process) must then put back everything it had changed.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDirs } from './fix-helpers.js';
import { ensureBuilt } from './built-cli.js';

const repo = resolve(import.meta.dirname, '..');
let cli: string;

beforeAll(() => {
  cli = ensureBuilt();
}, 180_000);

describe('a fix run killed half-way', () => {
  it('is undone completely', async () => {
    const t = tempDirs();
    try {
      mkdirSync(t.home, { recursive: true });
      const rc = join(t.home, '.bashrc');
      const BASHRC = '# bashrc\nexport PATH="$HOME/.local/bin:$PATH"\n';
      writeFileSync(rc, BASHRC);
      const src = join(t.root, 'libcudnn.so.8.9.7'); const dst = join(t.root, 'libcudnn.so.8'); const dst2 = join(t.root, 'libcudnn.so');
      writeFileSync(src, 'cudnn 8.9.7');
      writeFileSync(dst, 'cudnn 8.2.0');
      const log = join(t.root, 'run.log');
      writeFileSync(log, `some output\ngpu-doctor-fix-test src=${src} dst=${dst} dst2=${dst2}\n`);
      const env = {
        PATH: process.env.PATH!, HOME: t.home, SHELL: '/bin/bash', GPU_DOCTOR_HOME: t.doctor,
        GPU_DOCTOR_RULES: join(repo, 'fixtures/fix/rules'), GPU_DOCTOR_TEST_PAUSE_MS: '3000',
      };

      const child = spawn(process.execPath, [cli, 'fix', '--log', log, '--yes'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      const exited = new Promise((r) => child.once('exit', r));
      let out = '';
      await new Promise<void>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`child did not get to the second change: ${out}`)), 20_000);
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (/applied 2\/3/.test(out)) { clearTimeout(timer); child.kill('SIGKILL'); done(); }
        });
        void exited.then(() => { clearTimeout(timer); done(); });
      });
      await exited;
      expect(child.signalCode).toBe('SIGKILL');
      // half-way: two of three changes made, the third not
      expect(readFileSync(rc, 'utf8')).toContain('/usr/lib/wsl/lib');
      expect(readFileSync(dst, 'utf8')).toBe('cudnn 8.9.7');
      expect(existsSync(dst2)).toBe(false);

      const list = execFileSync(process.execPath, [cli, 'undo', '--list'], { env, encoding: 'utf8' });
      expect(list).toMatch(/^\s+1 .* interrupted/m);
      const undo = execFileSync(process.execPath, [cli, 'undo'], { env, encoding: 'utf8' });
      expect(undo).toMatch(/Undid fix run 1: 2 change\(s\) reverted/);
      expect(readFileSync(rc, 'utf8')).toBe(BASHRC);
      expect(readFileSync(dst, 'utf8')).toBe('cudnn 8.2.0');
      expect(existsSync(dst2)).toBe(false);
      expect(existsSync(join(t.doctor, 'lock'))).toBe(false);
    } finally {
      t.cleanup();
    }
  }, 60_000);
});
