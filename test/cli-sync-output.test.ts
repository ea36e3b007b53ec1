// The bundled `gpu-doctor diagnose` writes its report with one synchronous write (src/cli/output.ts), never
// through process.stdout, whose making loads Node's stream, net and tty modules on every start. Real processes,
// with a pipe, a closed reader and a terminal-less run.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_BIN, DIST_MAIN, ensureBuilt, ROOT } from './built-cli.js';

const LOG = join(ROOT, 'fixtures', 'logs', 'tf-zlibwapi-windows.log');
const CLI = DIST_BIN;
let tmp: string;
beforeAll(() => {
  ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'gpu-doctor-sync-output-'));
}, 180_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const env = { ...process.env, LANG: 'C', GPU_DOCTOR_LANG: '', FORCE_COLOR: '', NO_COLOR: '' };

describe('the bundled diagnose writes without process.stdout', () => {
  it('loads neither net nor tty when its output is a pipe', () => {
    // a preload that lists, at exit, the Node modules the process loaded
    const probe = join(tmp, 'modules.cjs');
    writeFileSync(probe, "process.on('exit', () => require('fs').writeSync(2, '\\nMODULES ' + JSON.stringify(process.moduleLoadList)));\n");
    const r = spawnSync(process.execPath, ['-r', probe, CLI, 'diagnose', '--json', LOG], { encoding: 'utf8', env });
    expect(r.status).toBe(1); // the log holds an error
    expect(JSON.parse(r.stdout).findings[0].id).toBe('zlibwapi-missing');
    const loaded = JSON.parse(r.stderr.split('\nMODULES ')[1]!) as string[];
    expect(loaded).toContain('NativeModule vm'); // the bundle's loader ran: the list is the bundled path's
    // process.stdout on a pipe is a net.Socket; (stream alone may come from node:crypto, which a rule set
    // loaded from its folder uses when dist/ was rebuilt in part: test/built-cli.ts)
    expect(loaded.filter((m) => /^NativeModule (?:net|tty)$/.test(m))).toEqual([]);
  });

  it('gives the same report as the full command line, in every format', () => {
    for (const args of [['--json'], ['--markdown'], []]) {
      const bundled = spawnSync(process.execPath, [CLI, 'diagnose', ...args, LOG], { encoding: 'utf8', env });
      const full = spawnSync(process.execPath, [DIST_MAIN, 'diagnose', ...args, LOG], { encoding: 'utf8', env });
      expect(bundled.stdout.length).toBeGreaterThan(200);
      expect(bundled.stdout).toBe(full.stdout);
      expect([bundled.status, bundled.stderr]).toEqual([full.status, full.stderr]);
    }
  });

  it('ends quietly with status 0 when the reader closes early (EPIPE)', async () => {
    // writeOut of 4 MB, more than a pipe holds: the reader takes one chunk and closes, the next write fails
    const output = join(ROOT, 'dist', 'src', 'cli', 'output.js');
    const child = spawn(process.execPath, ['--input-type=module', '-e', `
      import { writeOut } from ${JSON.stringify(output)};
      writeOut('x'.repeat(4 << 20));
      process.stderr.write('not reached');
    `], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});
