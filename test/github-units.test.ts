// The GitHub adapter's pieces on their own: what is read out of an issue's Markdown, which links may be
// downloaded, language choice, ping neutralisation, the comment's marker and limits, and the inputs.
import { describe, expect, it } from 'vitest';
import { issueText, linksIn, proseOf } from '../adapters/github/extract.js';
import { attachmentLinks, readAttachments } from '../adapters/github/attachments.js';
import { detectLanguage } from '../adapters/github/language.js';
import { neutraliseMentions } from '../adapters/github/mentions.js';
import { MAX_COMMENT_CHARS, readMarker, renderComment } from '../adapters/github/comment.js';
import { labelsFor, parseLabels, parseOptions } from '../adapters/github/options.js';
import { parseEvent } from '../adapters/github/event.js';
import { GitHubInputError } from '../adapters/github/errors.js';
import { triage } from '../adapters/github/triage.js';
import { DiagnoseTimeoutError } from '../src/service/diagnose-pool.js';
import { messages } from '../src/i18n/messages.js';
import { body } from './fake-github/events.js';
import type { FindingView } from '../src/report/view.js';

describe('issueText', () => {
  it('keeps the user\'s text and logs from an issue form, without template headings, comments and placeholders', () => {
    const text = issueText(body('webui-form-no-log.md'));
    expect(text).not.toContain('### ');
    expect(text).not.toContain('_No response_');
    expect(text).not.toContain('```');
    expect(text).toContain('Launching Web UI with arguments: --xformers');
    expect(text).toContain('The seed field resets');
  });

  it('unwraps <details> folds and keeps a fence\'s content verbatim, including a ``` inside a ~~~ fence', () => {
    const md = '<!-- Please paste the log below -->\n<details>\n<summary>log</summary>\n\n~~~\nline one\n```\nnot a fence here\n~~~\n</details>\n> quoted: CUDA error: unknown error';
    expect(issueText(md)).toBe('log\n\nline one\n```\nnot a fence here\nquoted: CUDA error: unknown error');
  });

  it('drops an unclosed HTML comment to the end, as GitHub renders it', () => {
    expect(issueText('error A\n<!-- template text\nerror B')).toBe('error A');
  });

  it('judges language by prose only: logs in fences do not count', () => {
    const prose = proseOf(body('chinese-oom.md'));
    expect(prose).toContain('显存不足');
    expect(prose).not.toContain('Traceback');
  });
});

describe('attachment links', () => {
  it('accepts GitHub attachment URLs of text logs only', () => {
    const links = linksIn([
      '[console.log](https://github.com/user-attachments/files/18234567/console.log)',
      'old style https://github.com/AUTOMATIC1111/stable-diffusion-webui/files/12017012/log.txt.',
      'raw <https://raw.githubusercontent.com/example/repo/main/logs/run.log>',
      'image https://github.com/user-attachments/assets/4b1a2c3d-1111-2222-3333-444455556666',
      'zip https://github.com/user-attachments/files/18234568/logs.zip',
      'a repo file https://github.com/example/repo/blob/main/run.log',
      'http://raw.githubusercontent.com/example/repo/main/plain-http.log',
      'https://raw.githubusercontent.com.evil.example/x.log https://pastebin.com/raw/abc.txt',
      'https://user:pw@raw.githubusercontent.com/x/y/z.log https://raw.githubusercontent.com:8443/x/y/z.log',
      '<!-- https://github.com/user-attachments/files/1/hidden.log -->',
      'https://github.com/user-attachments/files/77/bad%E0%A4%A.log',
    ].join('\n'));
    expect(attachmentLinks(links)).toEqual([
      'https://github.com/user-attachments/files/18234567/console.log',
      'https://github.com/AUTOMATIC1111/stable-diffusion-webui/files/12017012/log.txt',
      'https://raw.githubusercontent.com/example/repo/main/logs/run.log',
      'https://github.com/user-attachments/files/77/bad%E0%A4%A.log',
    ]);
  });

  it('never calls the transport for a link to another host', async () => {
    const asked: string[] = [];
    const fetchFn = (async (url: string) => { asked.push(url); return new Response('x'); }) as unknown as typeof fetch;
    const r = await readAttachments(['https://pastebin.com/raw/abc.txt', 'https://example.com/x.log'], { fetch: fetchFn });
    expect(asked).toEqual([]);
    expect(r.logs).toEqual([]);
  });

  it('reads a long file as its head and tail, and refuses a redirect to plain http', async () => {
    const big = `${'INFO start\n'.repeat(40)}RuntimeError: CUDA error: no kernel image is available for execution on the device\n`;
    const fetchFn = (async (url: string) => (url.includes('plain')
      ? new Response(null, { status: 302, headers: { location: 'http://objects.example/x.log' } })
      : new Response(big))) as unknown as typeof fetch;
    const limits = { maxFiles: 3, maxBytes: 200, headBytes: 50, tailBytes: 100, timeoutMs: 5000 };
    const r = await readAttachments(['https://raw.githubusercontent.com/a/b/main/run.log', 'https://github.com/user-attachments/files/9/plain.log'], { fetch: fetchFn, limits });
    expect(r.logs).toHaveLength(1);
    expect(r.logs[0]!.partial).toBe(true);
    expect(r.logs[0]!.text.startsWith('INFO start\n')).toBe(true);
    expect(r.logs[0]!.text.endsWith('no kernel image is available for execution on the device\n')).toBe(true);
    expect(r.logs[0]!.text.length).toBeLessThan(160);
    expect(r.failures).toEqual(['https://github.com/user-attachments/files/9/plain.log: redirected away from https']);
  });
});

describe('detectLanguage', () => {
  it('is Chinese for Chinese prose, English for English prose with a few Han characters, and not Chinese for Japanese', () => {
    expect(detectLanguage('用 ChatGLM3-6B 做 LoRA 微调的时候，刚开始训练就报显存不足。')).toBe('zh-CN');
    expect(detectLanguage('The window title shows 设置 but everything else in the app is English and the log says CUDA failed')).toBe('en');
    expect(detectLanguage('画像を生成するとエラーが発生します。GPUはRTX 3060です。')).toBe('en');
    expect(detectLanguage('报错')).toBe('en'); // too little to go by
    // a Chinese report in an English issue form: the form's checklist and headings are not the reporter's words
    const form = body('webui-form-no-log.md').replace(/### What happened\?\n\n[^\n]+/, '### What happened?\n\n切换到图生图再切回来以后，随机种子总是被重置成 -1。');
    expect(detectLanguage(proseOf(form))).toBe('zh-CN');
  });
});

describe('neutraliseMentions', () => {
  it('breaks @user, @org/team, #123 and GH-123 outside code, and leaves code alone', () => {
    const out = neutraliseMentions('ask @octocat and @acme/gpu-team about #123, GH-45 and acme/app#9\n`pip install x@1 #1`\n```\n@keep #7\n```\nmail a@b.example C# stays');
    expect(out).toContain('@\u200doctocat');
    expect(out).toContain('@\u200dacme/gpu-team');
    expect(out).toContain('#\u200d123');
    expect(out).toContain('GH-\u200d45');
    expect(out).toContain('acme/app#\u200d9');
    expect(out).toContain('`pip install x@1 #1`');
    expect(out).toContain('```\n@keep #7\n```');
    expect(out).toContain('a@b.example C# stays');
  });
});

const view = (over: Partial<FindingView> = {}): FindingView => ({
  id: 'torch-cpu-build', severity: 'error', title: 'PyTorch is a CPU-only build', why: 'No CUDA in this build; see #12 by @someone.',
  evidence: [{ line: 3, text: 'AssertionError: Torch not compiled with CUDA enabled ```' }],
  fixes: [{ title: 'Reinstall torch', steps: ['`pip uninstall -y torch`', 'ask @helper'], auto: false }],
  explainedBy: [], ...over,
});

describe('renderComment', () => {
  const t = messages('en', 'github');
  it('starts with the marker, fences evidence that holds backticks, folds fixes and neutralises pings in prose', () => {
    const text = renderComment({ views: [view(), view({ id: 'gpu-out-of-memory', severity: 'warning', title: 'Out of memory' })], notes: [], inputHash: 'abc123', home: 'https://example.test' }, t);
    expect(readMarker(text)).toBe('abc123');
    expect(text).toContain('````text\nAssertionError: Torch not compiled with CUDA enabled ```\n````');
    expect(text).toContain('<details><summary><b>How to fix:</b> Reinstall torch</summary>');
    expect(text).toContain('see #\u200d12 by @\u200dsomeone');
    expect(text).toContain('2. ask @\u200dhelper');
    expect(text).toContain('- ⚠️ Out of memory (`gpu-out-of-memory`)');
    expect(text).toContain('[gpu-doctor](https://example.test)');
  });

  it('stays under GitHub\'s comment size limit', () => {
    const huge = view({ why: 'x'.repeat(80_000) });
    expect(renderComment({ views: [huge], notes: [], inputHash: 'a', home: 'h' }, t).length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
  });

  it('reads no marker from a comment that only contains one later on', () => {
    expect(readMarker('thanks!\n<!-- gpu-doctor:comment input=abc -->')).toBeNull();
  });
});

describe('options and events', () => {
  it('parses labels for any finding and per finding id', () => {
    const rules = parseLabels('gpu-setup, needs-triage\ntorch-cpu-build=wrong-torch\n container-no-gpu = docker ');
    expect(labelsFor(rules, ['torch-cpu-build'])).toEqual(['gpu-setup', 'needs-triage', 'wrong-torch']);
    expect(labelsFor(rules, [])).toEqual([]);
    expect(() => parseLabels('Torch CPU=x')).toThrow(GitHubInputError);
  });

  it('rejects a mistyped input with a line naming it', () => {
    expect(() => parseOptions({ minSeverity: 'errors' })).toThrow('min-severity "errors" is not one of error, warning, info');
    expect(() => parseOptions({ language: 'fr' })).toThrow('language "fr"');
    expect(() => parseOptions({ dryRun: 'maybe' })).toThrow('dry-run "maybe"');
    expect(parseOptions({}).skipLabel).toBe('gpu-doctor:ignore');
  });

  it('takes only issue events it answers, and not pull-request comments', () => {
    const issue = { number: 5, title: 't', body: 'b', labels: [{ name: 'bug' }] };
    const repository = { full_name: 'o/r' };
    expect(parseEvent({ action: 'closed', issue, repository }, 'issues', undefined)).toEqual({ ok: false, reason: 'issues.closed is not handled' });
    expect(parseEvent({ action: 'created', issue: { ...issue, pull_request: {} }, comment: { body: 'x' }, repository }, 'issue_comment', undefined).ok).toBe(false);
    const ok = parseEvent({ action: 'opened', issue, repository }, undefined, undefined);
    expect(ok.ok && ok.event).toMatchObject({ owner: 'o', repo: 'r', issueNumber: 5, labels: ['bug'] });
    expect(() => parseEvent({ action: 'opened', issue }, 'issues', 'no-slash')).toThrow(GitHubInputError);
  });
});

describe('triage', () => {
  it('gives up quietly on a text whose diagnosis runs past the deadline: no comment, no failed job', async () => {
    const parsed = parseEvent({ action: 'opened', issue: { number: 1, title: 'CUDA error', body: body('comfyui-torch-cpu.md') }, repository: { full_name: 'o/r' } }, 'issues', undefined);
    if (!parsed.ok) throw new Error(parsed.reason);
    const logs: string[] = [];
    const result = await triage(parsed.event, parseOptions({}), {
      client: null, home: 'h', log: (l) => logs.push(l),
      diagnose: () => Promise.reject(new DiagnoseTimeoutError('the time limit was reached')),
    });
    expect(result.outcome).toBe('skipped');
    expect(logs).toEqual(['o/r#1: skipped: the diagnosis took too long and was given up']);
  });
});
