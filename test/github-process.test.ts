// `gpu-doctor github` and the bundled action entry as real processes against the fake GitHub: the command
// from dist/, and dist-action/index.js from a clean copy of the action's files with no node_modules
// anywhere, as a runner checks out `uses: …/gpu-doctor@v1` and runs it with its own node.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, ROOT } from './built-cli.js';
import { FakeGitHub } from './fake-github/server.js';
import { FIXTURES, body, writeEvent } from './fake-github/events.js';

/** one node process: start, rules, a diagnosis, the API calls (a few seconds; far more on a loaded machine) */
const PROCESS_MS = 120_000;

interface Ran { code: number; stdout: string; stderr: string; ms: number }

/** Runs node asynchronously (the fake server lives in this process and must keep answering). */
function node(args: string[], env: Record<string, string>, cwd = ROOT): Promise<Ran> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd, env: { PATH: process.env.PATH ?? '', ...env }, timeout: PROCESS_MS }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr, ms: performance.now() - started });
    });
  });
}

let gh: FakeGitHub;
let cli: string;
// ensureBuilt() rebuilds a stale dist/ (minutes), and each test runs node processes that load the rules and diagnose
// (seconds each on a loaded machine): the budgets are room for that, not something the tests measure
beforeAll(async () => { gh = await new FakeGitHub().start(); cli = ensureBuilt(); }, 180_000);
afterAll(async () => { await gh.stop(); });

describe('gpu-doctor github (the command)', () => {
  it('comments on the issue of a saved event', async () => {
    const event = writeEvent({ number: 301, title: 'Ollama uses CPU inside docker', body: body('ollama-docker-no-gpu.md') });
    const started = performance.now();
    const r = await node([cli, 'github', '--event', event], { GITHUB_TOKEN: gh.token, GITHUB_API_URL: gh.apiUrl, GITHUB_REPOSITORY: 'example-org/repo' });
    expect(r.stderr).toContain('example-org/repo#301: created');
    expect(r.code).toBe(0);
    expect(gh.commentsOn(301)).toHaveLength(1);
    expect(gh.commentsOn(301)[0]!.body).toContain('`container-no-gpu`');
    const posted = gh.requests.find((q) => q.method === 'POST' && q.path.endsWith('/issues/301/comments'))!;
    console.log(`event → comment on the fake API: ${(posted.at - started).toFixed(0)} ms (gpu-doctor github, process start included)`);
  }, 3 * PROCESS_MS);

  it('says in one line which permission is missing, exit status 2', async () => {
    gh.readOnly = true;
    try {
      const event = writeEvent({ number: 302, title: 'Ollama uses CPU inside docker', body: body('ollama-docker-no-gpu.md') });
      const r = await node([cli, 'github', '--event', event], { GITHUB_TOKEN: gh.token, GITHUB_API_URL: gh.apiUrl, GITHUB_REPOSITORY: 'example-org/repo' });
      expect(r.code).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines.at(-1)).toMatch(/^gpu-doctor: GitHub refused \(HTTP 403\) on example-org\/repo#302: .*`permissions: issues: write`/);
      expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
    } finally {
      gh.readOnly = false;
    }
  }, 3 * PROCESS_MS);

  it('rejects a bad token, a missing event file and a missing --event with one line each', async () => {
    const event = writeEvent({ number: 303, title: 't', body: body('ollama-docker-no-gpu.md') });
    const bad = await node([cli, 'github', '--event', event], { GITHUB_TOKEN: 'ghs_wrong', GITHUB_API_URL: gh.apiUrl });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n').at(-1)).toMatch(/HTTP 401/);
    const missing = await node([cli, 'github', '--event', '/nonexistent/event.json'], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('gpu-doctor: cannot read the event file /nonexistent/event.json: no such file');
    const none = await node([cli, 'github'], {});
    expect(none.code).toBe(2);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
  }, 3 * PROCESS_MS);
});

describe('the bundled action entry (dist-action/index.js)', () => {
  it('runs from a clean copy of the action with only node, on a saved event', async () => {
    const bundle = join(ROOT, 'dist-action/index.js');
    expect(existsSync(bundle), 'dist-action/index.js is missing: run npm run build:action').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'gpu-doctor-action-'));
    try {
      for (const part of ['action.yml', 'package.json', 'dist-action', 'rules', 'knowledge', 'locales']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
      expect(existsSync(join(dir, 'node_modules'))).toBe(false);
      const eventPath = join(dir, 'event.json');
      cpSync(join(FIXTURES, 'events/issues-opened-comfyui.json'), eventPath);
      const outputPath = join(dir, 'github-output');
      writeFileSync(outputPath, '');
      const started = performance.now();
      const r = await node([join(dir, 'dist-action/index.js')], {
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_EVENT_NAME: 'issues',
        GITHUB_API_URL: gh.apiUrl,
        GITHUB_REPOSITORY: 'example-org/comfy-fork',
        GITHUB_OUTPUT: outputPath,
        'INPUT_GITHUB-TOKEN': gh.token,
        INPUT_LANGUAGE: 'auto',
        'INPUT_MIN-SEVERITY': 'warning',
        'INPUT_SKIP-LABEL': 'gpu-doctor:ignore',
        'INPUT_DRY-RUN': 'false',
      }, dir);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('example-org/comfy-fork#212: created');
      const comments = gh.commentsOn(212);
      expect(comments).toHaveLength(1);
      expect(comments[0]!.body).toContain('`torch-cpu-build`');
      expect(readFileSync(outputPath, 'utf8')).toContain('root-cause=torch-cpu-build');
      const posted = gh.requests.find((q) => q.method === 'POST' && q.path.endsWith('/issues/212/comments'))!;
      console.log(`event → comment on the fake API: ${(posted.at - started).toFixed(0)} ms (bundled action, process start included)`);

      // the step fails with an ::error:: line when the token may not write
      gh.readOnly = true;
      const other = join(dir, 'event-213.json');
      const saved = JSON.parse(readFileSync(eventPath, 'utf8')) as { issue: { number: number } };
      saved.issue.number = 213;
      writeFileSync(other, JSON.stringify(saved));
      const denied = await node([join(dir, 'dist-action/index.js')], { GITHUB_EVENT_PATH: other, GITHUB_API_URL: gh.apiUrl, 'INPUT_GITHUB-TOKEN': gh.token }, dir);
      expect(denied.code).toBe(1);
      expect(denied.stdout).toMatch(/^::error::gpu-doctor: GitHub refused \(HTTP 403\)/m);
    } finally {
      gh.readOnly = false;
      rmSync(dir, { recursive: true, force: true });
    }
  }, 3 * PROCESS_MS);
});
