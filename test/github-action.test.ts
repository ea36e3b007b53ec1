// The GitHub triage end to end in one process: the real Octokit client (throttling + retry) against a fake
// GitHub REST API on 127.0.0.1, on issue bodies shaped like ComfyUI / webui / Ollama issue forms.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runOnEvent } from '../adapters/github/run.js';
import { GitHubPermissionError } from '../adapters/github/errors.js';
import { FakeGitHub } from './fake-github/server.js';
import { body, writeEvent, type EventSpec } from './fake-github/events.js';
import type { RawOptions } from '../adapters/github/options.js';

let gh: FakeGitHub;
const logs: string[] = [];

beforeAll(async () => { gh = await new FakeGitHub().start(); });
afterAll(async () => { await gh.stop(); });
afterEach(() => { gh.readOnly = false; gh.secondaryLimitWrites = 0; logs.length = 0; });

let issueNo = 100;
const nextIssue = (): number => ++issueNo;

function run(spec: EventSpec, options: RawOptions = {}) {
  const env = { GITHUB_TOKEN: gh.token, GITHUB_API_URL: gh.apiUrl, GITHUB_REPOSITORY: 'example-org/repo' };
  const out: string[] = [];
  return runOnEvent(writeEvent(spec), options, env, { out: (t) => out.push(t), log: (l) => logs.push(l) }, { fetch: gh.fetch }).then((r) => ({ result: r, out }));
}

const requestsFor = (n: number) => gh.requests.filter((r) => r.path.includes(`/issues/${n}/`));

describe('gpu-doctor github against a fake GitHub', () => {
  it('answers an opened issue with a log in a fenced block with one comment naming the root cause', async () => {
    const n = nextIssue();
    const started = performance.now();
    const { result } = await run({ number: n, title: 'AssertionError: Torch not compiled with CUDA enabled after update', body: body('comfyui-torch-cpu.md') });
    const posted = gh.requests.find((r) => r.method === 'POST' && r.path.endsWith(`/issues/${n}/comments`));
    expect(result?.outcome).toBe('created');
    expect(result?.rootCause).toBe('torch-cpu-build');
    const comments = gh.commentsOn(n);
    expect(comments).toHaveLength(1);
    const text = comments[0]!.body;
    expect(text.startsWith('<!-- gpu-doctor:comment input=')).toBe(true);
    expect(text).toContain('**Root cause:** `torch-cpu-build`');
    expect(text).toContain('AssertionError: Torch not compiled with CUDA enabled');
    expect(text).not.toContain('enabled after update'); // the title repeats the error; the log's own line is quoted
    expect(text).toMatch(/<details><summary><b>How to fix:<\/b>/);
    expect(text).toContain('gpu-doctor explain torch-cpu-build');
    expect(text).toContain('written automatically');
    // what the issue says to others is not echoed: the mention and the e-mail address stay in the issue
    expect(text).not.toContain('@comfyanonymous');
    expect(text).not.toContain('meilin.art@example.com');
    console.log(`event → comment on the fake API: ${(posted!.at - started).toFixed(0)} ms (in process)`);
  });

  it('updates the same comment when the issue is edited, and a repeated delivery adds nothing', async () => {
    const n = nextIssue();
    const first = { number: n, title: 'ComfyUI does not use my GPU', body: body('comfyui-torch-cpu.md') };
    await run(first);
    const id = gh.commentsOn(n)[0]!.id;
    const before = gh.commentsOn(n)[0]!.body;

    // the same `opened` delivered again: the comment for this version exists, so nothing is written
    const writesBefore = gh.writes().length;
    const again = await run(first);
    expect(again.result?.outcome).toBe('unchanged');
    expect(gh.writes().length).toBe(writesBefore);
    expect(gh.commentsOn(n)).toHaveLength(1);

    // the reporter replaces the log with a different one: the comment is edited in place
    const edited = { ...first, action: 'edited', body: body('ollama-docker-no-gpu.md') };
    const { result } = await run(edited);
    expect(result?.outcome).toBe('updated');
    expect(result?.rootCause).toBe('container-no-gpu');
    const comments = gh.commentsOn(n);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(id);
    expect(comments[0]!.body).not.toBe(before);
    expect(comments[0]!.body).toContain('`container-no-gpu`');
    expect(gh.requests.some((r) => r.method === 'PATCH' && r.path.endsWith(`/issues/comments/${id}`))).toBe(true);
  });

  it('posts nothing for an issue without a log it recognises', async () => {
    const n = nextIssue();
    const { result } = await run({ number: n, title: '[Bug]: seed resets when switching tabs', body: body('webui-form-no-log.md') }, { needsLogsLabel: 'needs-logs' });
    expect(result?.outcome).toBe('no-finding');
    expect(gh.commentsOn(n)).toHaveLength(0);
    // not about the GPU either, so even the opt-in label is not added
    expect(requestsFor(n).filter((r) => r.method !== 'GET')).toHaveLength(0);
  });

  it('adds the opt-in needs-logs label to a GPU issue without a log, never a comment', async () => {
    const n = nextIssue();
    const text = '### What is the issue?\n\nOllama got very slow after the update, I think it stopped using the GPU. nvidia-smi shows 0% while generating.\n\n### OS\n\nLinux\n\n### GPU\n\nNvidia\n\n### Ollama version\n\n0.6.2';
    await run({ number: n, title: 'GPU not used after update', body: text });
    expect(gh.labels.get(n)).toBeUndefined(); // off by default
    const { result } = await run({ number: n, action: 'edited', title: 'GPU not used after update', body: `${text}\n` }, { needsLogsLabel: 'needs-logs' });
    expect(result?.outcome).toBe('no-finding');
    expect([...gh.labels.get(n) ?? []]).toEqual(['needs-logs']);
    expect(gh.commentsOn(n)).toHaveLength(0);
  });

  it('reads a log attached on GitHub and leaves links to other hosts alone', async () => {
    const n = nextIssue();
    gh.files.set('github.com/user-attachments/files/18234567/console.log', body('webui-console.log'));
    gh.files.set('pastebin.com/raw/Xq3bT9mZ.txt', 'RuntimeError: CUDA error: no kernel image is available for execution on the device\n');
    const { result } = await run({ number: n, title: '[Bug]: Torch is not able to use GPU', body: body('webui-attachment.md') });
    expect(result?.outcome).toBe('created');
    expect(result?.rootCause).toBe('gpu-not-used-no-error');
    const hosts = gh.attachmentRequests().map((r) => r.host);
    expect(hosts).toEqual(['github.com', 'objects.githubusercontent.com']);
    expect(gh.commentsOn(n)[0]!.body).toContain('Torch is not able to use GPU');
    expect(gh.commentsOn(n)[0]!.body).not.toContain('no-kernel-image');
  });

  it('answers a Chinese issue in Chinese, with the home path hidden', async () => {
    const n = nextIssue();
    const { result } = await run({ number: n, title: 'LoRA 微调时显存不足 CUDA out of memory', body: body('chinese-oom.md') });
    expect(result?.rootCause).toBe('gpu-out-of-memory');
    const text = gh.commentsOn(n)[0]!.body;
    expect(text).toContain('**根本原因:** `gpu-out-of-memory`');
    expect(text).toContain('解决方法');
    expect(text).not.toContain('Root cause');
    expect(text).not.toContain('zhangwei');
    // an English issue with the same log stays English, and language: zh-CN forces Chinese
    const m = nextIssue();
    await run({ number: m, title: 'OOM while fine-tuning', body: body('chinese-oom.md').replace(/^### [^\n]+\n\n[^\n`]+$/gm, '### Notes\n\nOut of memory right at the start of training.') });
    expect(gh.commentsOn(m)[0]!.body).toContain('**Root cause:**');
  });

  it('fails with one line naming the permission when the token may not comment', async () => {
    const n = nextIssue();
    gh.readOnly = true;
    const err = await run({ number: n, title: 'Ollama runs on CPU in docker', body: body('ollama-docker-no-gpu.md') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubPermissionError);
    const message = (err as Error).message;
    expect(message).toContain('HTTP 403');
    expect(message).toContain('issues: write');
    expect(message).not.toContain('\n');
    expect(gh.commentsOn(n)).toHaveLength(0);
  });

  it('waits out a secondary rate limit as retry-after says, then comments once', async () => {
    const n = nextIssue();
    gh.secondaryLimitWrites = 1;
    gh.retryAfterSeconds = 1;
    const { result } = await run({ number: n, title: 'Ollama runs on CPU in docker', body: body('ollama-docker-no-gpu.md') });
    expect(result?.outcome).toBe('created');
    const posts = gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/issues/${n}/comments`));
    expect(posts.map((p) => p.status)).toEqual([403, 201]);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(950);
    expect(gh.commentsOn(n)).toHaveLength(1);
    expect(logs.some((l) => l.includes('secondary rate limit'))).toBe(true);
  });

  it('leaves an issue with the skip label alone: no request at all', async () => {
    const n = nextIssue();
    const count = gh.requests.length;
    const { result } = await run({ number: n, title: 'Torch not compiled with CUDA enabled', body: body('comfyui-torch-cpu.md'), labels: ['bug', 'gpu-doctor:ignore'] });
    expect(result?.outcome).toBe('skipped');
    expect(gh.requests.length).toBe(count);
  });

  it('diagnoses a log pasted in a later comment into the same single comment, and ignores its own comments', async () => {
    const n = nextIssue();
    const opening = { number: n, title: 'Ollama is slow', body: '### What is the issue?\n\nGenerating takes minutes. I started it with\n\n```\ndocker run -d -v ollama:/root/.ollama -p 11434:11434 --name ollama ollama/ollama\n```\n\n### Relevant log output\n\n_No response_' };
    expect((await run(opening)).result?.outcome).toBe('no-finding');
    const { result } = await run({ ...opening, comment: { body: `here are the logs\n\n\`\`\`\n${body('ollama-docker-no-gpu.md').split('```shell\n')[1]!.split('```')[0]}\`\`\`` } });
    expect(result?.outcome).toBe('created');
    expect(result?.rootCause).toBe('container-no-gpu');
    const own = gh.commentsOn(n)[0]!;
    const echo = await run({ ...opening, comment: { body: own.body, userType: 'Bot' } });
    expect(echo.result?.outcome).toBe('skipped');
    expect(gh.commentsOn(n)).toHaveLength(1);
  });

  it('adds labels from the labels input: for any finding, and per finding id', async () => {
    const n = nextIssue();
    const { result } = await run({ number: n, title: 'docker ollama cpu only', body: body('ollama-docker-no-gpu.md') }, { labels: 'gpu-setup\ncontainer-no-gpu=docker\ntorch-cpu-build=wrong-torch' });
    expect(result?.labelsAdded).toEqual(['gpu-setup', 'docker']);
    expect([...gh.labels.get(n)!]).toEqual(['gpu-setup', 'docker']);
  });

  it('finds its comment on a later page of a long thread, and never takes a marker pasted by a person for its own', async () => {
    const n = nextIssue();
    const spec = { number: n, title: 'Torch not compiled with CUDA enabled', body: body('comfyui-torch-cpu.md') };
    const person = { login: 'reporter-42', type: 'User' };
    gh.comments.push({ id: 7_000_000, issue: n, body: '<!-- gpu-doctor:comment input=0000 -->\nI copied this from another issue', user: person });
    for (let i = 1; i <= 130; i++) gh.comments.push({ id: 7_000_000 + i, issue: n, body: `+1 same here (${i})`, user: person });
    await run(spec);
    const mine = gh.commentsOn(n).filter((c) => c.user.type === 'Bot');
    expect(mine).toHaveLength(1);
    expect(gh.commentsOn(n)[0]!.body).toContain('I copied this from another issue'); // the person's comment is untouched
    // more chatter, then an edit: the comment past the first page of 100 is found and updated, not duplicated
    for (let i = 131; i <= 140; i++) gh.comments.push({ id: 7_000_000 + i, issue: n, body: `+1 (${i})`, user: person });
    const { result } = await run({ ...spec, action: 'edited', body: body('ollama-docker-no-gpu.md') });
    expect(result?.outcome).toBe('updated');
    expect(result?.comment?.id).toBe(mine[0]!.id);
    expect(gh.commentsOn(n).filter((c) => c.user.type === 'Bot')).toHaveLength(1);
    expect(gh.requests.some((r) => r.path.includes(`/issues/${n}/comments`) && r.path.includes('page=2'))).toBe(true);
  });

  it('prints the comment in a dry run and calls nothing', async () => {
    const n = nextIssue();
    const count = gh.requests.length;
    const { result, out } = await run({ number: n, title: 'Torch not compiled with CUDA enabled', body: body('comfyui-torch-cpu.md') }, { dryRun: 'true' });
    expect(result?.outcome).toBe('dry-run');
    expect(out.join('\n')).toContain('`torch-cpu-build`');
    expect(gh.requests.length).toBe(count);
  });
});
