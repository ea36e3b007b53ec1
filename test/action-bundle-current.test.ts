// dist-action/ is committed and a workflow runs it as it is; only rules/, knowledge/ and locales/ are read at run
// time. Nothing else makes it follow src/: an engine or report change that is not rebuilt into the bundle (a
// why's {{reasons}} slot left unfilled, a fix chosen by an older rule) reaches every repository that uses the
// action. So the bundle, run from a clean copy of the action as a runner runs it, must answer real issues with
// exactly what this checkout's code answers (runOnEvent in this process, diagnosing with dist/'s worker as the
// GitHub command does; a stale dist/ is rebuilt first); when it does not, `npm run build:action`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runOnEvent } from '../adapters/github/run.js';
import { ensureBuilt, ROOT } from './built-cli.js';
import { body, writeEvent, type EventSpec } from './fake-github/events.js';
import { realLog } from './real-logs.js';

/** one node process that loads the rules and diagnoses one issue (seconds; far more on a loaded machine) */
const PROCESS_MS = 120_000;
const fence = (log: string) => `### Log\n\n\`\`\`\n${log}\n\`\`\`\n`;

// real logs and an issue form whose answers go through the parts that change most: reasons, scoped fixes,
// commands filled from facts, a Chinese issue answered in Chinese, a healthy log that gets no comment (the
// clean copy has no dist/, as on a runner: the bundle reads the rule set it carries in dist-action/built/ when
// rules/ holds what it was made from, else checks the rules itself, which takes seconds)
const ISSUES: Array<{ what: string; spec: EventSpec; shows: string }> = [
  { what: "NVML 'Unknown Error' after a daemon reload (a why with reasons, scoped fixes)", shows: 'root-cause=container-no-gpu',
    spec: { number: 501, title: 'GPU lost in container', body: fence(realLog('rl-docker-nvml-unknown-after-daemon-reload.log')) } },
  { what: "a CPU torch from a mirror on Windows (the install command from the log's facts)", shows: '--index-url https://download.pytorch.org/whl/cu',
    spec: { number: 503, title: 'Torch not compiled with CUDA enabled', body: fence(realLog('eval-dev/zh-cpubuild-aliyun-mineru-240.log')) } },
  { what: 'TensorFlow without zlibwapi.dll on Windows', shows: 'root-cause=zlibwapi-missing',
    spec: { number: 504, title: 'training crashes', body: fence(readFileSync(join(ROOT, 'fixtures/logs/tf-zlibwapi-windows.log'), 'utf8')) } },
  { what: 'a Chinese issue (answered in Chinese)', shows: '**根本原因', spec: { number: 505, title: '显存不足', body: body('chinese-oom.md') } },
  { what: 'a healthy TensorFlow log (no comment)', shows: 'outcome=no-finding', spec: { number: 507, title: 'is this fine?', body: fence(realLog('eco-tf-healthy-5.log')) } },
];

const OPTIONS = { language: 'auto', minSeverity: 'warning', skipLabel: 'gpu-doctor:ignore', dryRun: 'true' };
const INPUTS = { INPUT_LANGUAGE: 'auto', 'INPUT_MIN-SEVERITY': 'warning', 'INPUT_SKIP-LABEL': 'gpu-doctor:ignore', 'INPUT_DRY-RUN': 'true' };

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'gpu-doctor-bundle-'));
  // what a workflow's `uses:` checks out and runs with the runner's node: no node_modules, no dist/
  for (const part of ['action.yml', 'package.json', 'dist-action', 'rules', 'knowledge', 'locales']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
}, 300_000); // ensureBuilt() rebuilds a stale dist/ (minutes on a loaded machine)
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });


/** stdout and $GITHUB_OUTPUT of the bundled action on one event, as a runner gets them */
function bundled(eventPath: string, output: string): Promise<{ code: number; stdout: string; stderr: string; output: string }> {
  writeFileSync(output, '');
  const env = { PATH: process.env.PATH ?? '', GITHUB_EVENT_PATH: eventPath, GITHUB_EVENT_NAME: 'issues', GITHUB_REPOSITORY: 'example-org/repo', GITHUB_OUTPUT: output, ...INPUTS };
  return new Promise((resolve) => {
    execFile(process.execPath, [join(dir, 'dist-action/index.js')], { cwd: dir, env, timeout: PROCESS_MS }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr, output: readFileSync(output, 'utf8') });
    });
  });
}

/** the same from this checkout's code, in this process, written as the action entry writes it */
async function current(eventPath: string, output: string): Promise<{ stdout: string; output: string }> {
  writeFileSync(output, '');
  let stdout = '';
  await runOnEvent(eventPath, OPTIONS, { GITHUB_EVENT_NAME: 'issues', GITHUB_REPOSITORY: 'example-org/repo', GITHUB_OUTPUT: output }, {
    out: (text) => { stdout += `${text}\n`; },
    log: (line) => { stdout += `gpu-doctor: ${line}\n`; },
  });
  return { stdout, output: readFileSync(output, 'utf8') };
}

/** the first line where two texts part, for a message that says what a user would see differently */
function firstDifference(want: string, got: string): string {
  const a = want.split('\n'), b = got.split('\n');
  const i = a.findIndex((line, k) => line !== b[k]);
  const at = i < 0 ? a.length : i;
  return `line ${at + 1}\n  src/:         ${a[at] ?? '(end)'}\n  dist-action/: ${b[at] ?? '(end)'}`;
}

describe('the committed action bundle answers as this checkout does', () => {
  it('dist-action/index.js exists', () => {
    expect(existsSync(join(ROOT, 'dist-action/index.js')), 'dist-action/index.js is missing: run npm run build:action').toBe(true);
  });

  for (const c of ISSUES) {
    it(c.what, async () => {
      const eventPath = writeEvent(c.spec);
      const [want, got] = await Promise.all([current(eventPath, join(dir, `want-${c.spec.number}`)), bundled(eventPath, join(dir, `got-${c.spec.number}`))]);
      expect(want.output + want.stdout, 'the issue reaches the part of the answer it is here for').toContain(c.shows);
      expect(got.stderr).toBe('');
      expect(got.code).toBe(0);
      const stale = 'dist-action/ does not answer as src/ does: run npm run build:action and commit dist-action/';
      expect(got.output, `${stale}\n${firstDifference(want.output, got.output)}`).toBe(want.output);
      expect(got.stdout === want.stdout, `${stale}\n${firstDifference(want.stdout, got.stdout)}`).toBe(true);
    }, 2 * PROCESS_MS);
  }
});
