// The HTTP API of `gpu-doctor serve` against a real server on 127.0.0.1 with the file store: every
// endpoint, every error status, the limits, redaction, expiry and the size cap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestServer, type TestServer } from './web-helpers.js';
import { ensureBuilt, ROOT } from './built-cli.js';

const ZLIB_LOG = readFileSync(join(ROOT, 'fixtures/logs/tf-zlibwapi-windows.log'));
const GBK_LOG = readFileSync(join(ROOT, 'fixtures/encodings/gbk-dll-load-failed.log'));
/** a real-shaped log that gives away a user, a mail address, an IP and two tokens */
const PRIVATE_LOG = [
  'PS C:\\Users\\zhang.wei\\projects\\unet> python train.py',
  'Loading model from /home/alice/models/unet.pt (token hf_AbCdEfGhIjKlMnOpQrStUvWxYz012345)',
  'git remote: https://ghp_1234567890abcdefghijABCDEFGHIJ123456@github.com/example-org/unet',
  'Contact zhang.wei@example.com; dataset server 192.168.1.23:8000',
  'Could not locate zlibwapi.dll. Please make sure it is in your library path!',
  '',
].join('\r\n');
const SECRETS = ['zhang.wei', 'alice', 'hf_AbCdEfGhIjKlMnOpQrStUvWxYz012345', 'ghp_1234567890abcdefghijABCDEFGHIJ123456', '192.168.1.23'];

function post(url: string, body: BodyInit, type = 'text/plain'): Promise<Response> {
  return fetch(url, { method: 'POST', body, headers: { 'content-type': type } });
}

function form(fields: Record<string, string | Blob>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

async function expectJsonError(res: Response, status: number): Promise<{ message: string }> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { statusCode: number; error: string; message: string };
  expect(body.statusCode).toBe(status);
  expect(body.message.length).toBeGreaterThan(5);
  return body;
}

const SERVER_START_MS = 120_000;

describe('web API (file store)', () => {
  let server: TestServer;
  let cli: string;
  // a server starts when its diagnose workers are warm (rules loaded, one job each): seconds on a loaded machine, more
  // than vitest's 10 s hook limit; the tests that start their own servers get the same room
  // (ensureBuilt() first: a stale dist/ is rebuilt here, in minutes, not inside a test's budget)
  beforeAll(async () => { cli = ensureBuilt(); server = await startTestServer({ maxBodyBytes: 256 * 1024, rateLimitPerMinute: 0 }); }, 180_000 + SERVER_START_MS);
  afterAll(async () => { await server.close(); }, SERVER_START_MS);

  it('GET /healthz answers 200 with strict security headers', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('POST /api/v1/diagnose answers the same JSON as `diagnose --json`', async () => {
    const run = spawnSync(process.execPath, [cli, 'diagnose', '--json', join(ROOT, 'fixtures/logs/tf-zlibwapi-windows.log')], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    expect(run.status).toBe(1);
    const fromCli = JSON.parse(run.stdout) as { findings: unknown[] };
    const res = await post(`${server.url}/api/v1/diagnose`, ZLIB_LOG);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { findings: Array<{ id: string }>; lines: number };
    expect(body.findings).toEqual(fromCli.findings);
    expect(body.findings[0]!.id).toBe('zlibwapi-missing');
    expect(body.lines).toBe(9);
    // the worker's time, then the wait for a free worker (what the serve bench splits a request's latency by)
    expect(res.headers.get('server-timing')).toMatch(/^diagnose;dur=\d+\.\d(, diagnose-cpu;dur=\d+\.\d)?, queue;dur=\d+\.\d$/);
  }, SERVER_START_MS);

  it('decodes a GBK file sent as multipart, and answers in Chinese with ?lang=zh-CN', async () => {
    const res = await fetch(`${server.url}/api/v1/diagnose?lang=zh-CN`, { method: 'POST', body: form({ file: new Blob([GBK_LOG]) }) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { findings: Array<{ id: string; title: string; evidence: Array<{ text: string }> }> };
    expect(body.findings[0]!.id).toBe('dll-load-failed');
    expect(body.findings[0]!.evidence[0]!.text).toContain('找不到指定的模块');
    expect(body.findings[0]!.title).toMatch(/[\u4e00-\u9fff]/);
  });

  it('takes the log from an octet-stream body too', async () => {
    const res = await post(`${server.url}/api/v1/diagnose`, GBK_LOG, 'application/octet-stream');
    expect(((await res.json()) as { findings: Array<{ id: string }> }).findings[0]!.id).toBe('dll-load-failed');
  });

  it('400 for an empty log, a binary file and an unknown language', async () => {
    expect((await expectJsonError(await post(`${server.url}/api/v1/diagnose`, ''), 400)).message).toMatch(/empty/);
    await expectJsonError(await post(`${server.url}/api/v1/diagnose`, '   \n\n'), 400);
    await expectJsonError(await post(`${server.url}/api/v1/diagnose`, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]), 'application/octet-stream'), 400);
    expect((await expectJsonError(await post(`${server.url}/api/v1/diagnose?lang=fr`, ZLIB_LOG), 400)).message).toContain('fr');
  });

  it('?lang= reads every spelling the CLI, the bot and the Action read (zh, zh-cn, zh_CN…); links keep zh-CN', async () => {
    for (const spelling of ['zh', 'zh-cn', 'zh_CN', 'ZH-CN', 'zh-Hans', 'zh_CN.UTF-8']) {
      const res = await post(`${server.url}/api/v1/diagnose?lang=${encodeURIComponent(spelling)}`, ZLIB_LOG);
      expect([spelling, res.status]).toEqual([spelling, 200]);
      const body = (await res.json()) as { findings: Array<{ title: string }> };
      expect([spelling, body.findings[0]!.title]).toEqual([spelling, expect.stringMatching(/[\u4e00-\u9fff]/)]);
      const one = (await (await fetch(`${server.url}/api/v1/findings/zlibwapi-missing?lang=${encodeURIComponent(spelling)}`)).json()) as { why: string };
      expect(one.why).toMatch(/[\u4e00-\u9fff]/);
      // the page answers in Chinese whatever the browser says, and every link it makes carries the canonical tag
      const page = await (await fetch(`${server.url}/?lang=${encodeURIComponent(spelling)}`, { headers: { 'accept-language': 'en-US' } })).text();
      expect(page).toContain('<html lang="zh-CN">');
      expect(page).toContain('action="/?lang=zh-CN"');
    }
    for (const spelling of ['en-US', 'en_GB.UTF-8', 'C']) {
      const body = (await (await post(`${server.url}/api/v1/diagnose?lang=${encodeURIComponent(spelling)}`, ZLIB_LOG)).json()) as { findings: Array<{ title: string }> };
      expect([spelling, body.findings[0]!.title]).toEqual([spelling, expect.not.stringMatching(/[\u4e00-\u9fff]/)]);
    }
    // a spelling of neither language: 400 from the API, the browser's language on the page
    for (const spelling of ['zhx', 'de_DE.UTF-8', 'zh-', 'z'.repeat(5000)]) {
      await expectJsonError(await post(`${server.url}/api/v1/diagnose?lang=${spelling}`, ZLIB_LOG), 400);
      const page = await (await fetch(`${server.url}/?lang=${spelling}`, { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } })).text();
      expect(page).toContain('<html lang="zh-CN">');
    }
  }, 30_000);

  it('415 for a body that is neither text nor a file', async () => {
    await expectJsonError(await post(`${server.url}/api/v1/diagnose`, '{"log":"x"}', 'application/json'), 415);
    await expectJsonError(await post(`${server.url}/api/v1/diagnose`, 'log=x', 'application/x-www-form-urlencoded'), 415);
  });

  it('413 for a log over the size limit, as a body, a file and a form field', async () => {
    const big = Buffer.alloc(300 * 1024, 'a\n');
    expect((await expectJsonError(await post(`${server.url}/api/v1/diagnose`, big), 413)).message).toContain('256 KB');
    await expectJsonError(await fetch(`${server.url}/api/v1/diagnose`, { method: 'POST', body: form({ file: new Blob([big]) }) }), 413);
    await expectJsonError(await fetch(`${server.url}/api/v1/shares`, { method: 'POST', body: form({ log: big.toString() }) }), 413);
  });

  it('GET /api/v1/findings lists what explain knows; /findings/{id} explains one; 404 for an unknown id', async () => {
    const list = (await (await fetch(`${server.url}/api/v1/findings`)).json()) as { findings: Array<{ id: string; title: string }> };
    expect(list.findings.length).toBeGreaterThan(40);
    expect(list.findings.map((f) => f.id)).toContain('zlibwapi-missing');
    const one = (await (await fetch(`${server.url}/api/v1/findings/zlibwapi-missing?lang=zh-CN`)).json()) as { id: string; why: string; fixes: unknown[] };
    expect(one.id).toBe('zlibwapi-missing');
    expect(one.why).toMatch(/[\u4e00-\u9fff]/);
    expect(one.fixes.length).toBeGreaterThan(0);
    await expectJsonError(await fetch(`${server.url}/api/v1/findings/no-such-thing`), 404);
    await expectJsonError(await fetch(`${server.url}/api/v1/nothing-here`), 404);
  });

  it('GET /api/v1/openapi.json documents every endpoint', async () => {
    const doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual(['/api/v1/diagnose', '/api/v1/findings', '/api/v1/findings/{id}', '/api/v1/shares', '/api/v1/shares/{id}', '/healthz']);
  });

  it('shares: 201 with an unguessable id; the stored and shown log is redacted; delete needs the key', async () => {
    const res = await post(`${server.url}/api/v1/shares`, PRIVATE_LOG);
    expect(res.status).toBe(201);
    const share = (await res.json()) as { id: string; url: string; deleteKey: string; deleteUrl: string; expiresAt: string; findings: Array<{ id: string }> };
    expect(share.id.length).toBeGreaterThanOrEqual(16);
    expect(share.url).toBe(`${server.url}/s/${share.id}`);
    expect(share.findings[0]!.id).toBe('zlibwapi-missing');
    expect(Date.parse(share.expiresAt) - Date.now()).toBeGreaterThan(29 * 24 * 3600_000);
    const other = (await (await post(`${server.url}/api/v1/shares`, PRIVATE_LOG)).json()) as { id: string };
    expect(other.id).not.toBe(share.id);

    // on disk: nothing of the secrets, nor the delete key
    const files = readdirSync(join(server.dataDir, 'shares'));
    expect(files).toContain(`${share.id}.json`);
    const stored = readFileSync(join(server.dataDir, 'shares', `${share.id}.json`), 'utf8');
    for (const secret of [...SECRETS, share.deleteKey]) expect(stored).not.toContain(secret);

    const got = (await (await fetch(`${server.url}/api/v1/shares/${share.id}`)).json()) as { log: string; findings: Array<{ id: string }>; changedSinceShared: boolean };
    for (const secret of SECRETS) expect(got.log).not.toContain(secret);
    expect(got.log).toContain('C:\\Users\\<user>\\projects\\unet');
    expect(got.log.split('\n')).toHaveLength(PRIVATE_LOG.split('\n').length);
    expect(got.findings[0]!.id).toBe('zlibwapi-missing');
    expect(got.changedSinceShared).toBe(false);

    const page = await (await fetch(share.url)).text();
    for (const secret of SECRETS) expect(page).not.toContain(secret);
    expect(page).toContain('cuDNN cannot find zlibwapi.dll');

    await expectJsonError(await fetch(`${server.url}/api/v1/shares/${share.id}`, { method: 'DELETE' }), 403);
    await expectJsonError(await fetch(`${server.url}/api/v1/shares/${share.id}?key=${other.id}xxxxxxxxxx`, { method: 'DELETE' }), 403);
    const del = await fetch(`${server.url}/api/v1/shares/${share.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${share.deleteKey}` } });
    expect(del.status).toBe(204);
    await expectJsonError(await fetch(`${server.url}/api/v1/shares/${share.id}`), 404);
    expect(existsSync(join(server.dataDir, 'shares', `${share.id}.json`))).toBe(false);
    await expectJsonError(await fetch(`${server.url}/api/v1/shares/${share.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${share.deleteKey}` } }), 404);
    await expectJsonError(await fetch(`${server.url}/api/v1/shares/not-an-id`), 404);
  });

  it('an opened share is diagnosed again and says when the answer changed since it was shared', async () => {
    const share = (await (await post(`${server.url}/api/v1/shares`, ZLIB_LOG)).json()) as { id: string; url: string };
    // as if it had been shared when the rules gave another answer
    const file = join(server.dataDir, 'shares', `${share.id}.json`);
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), findingIds: ['cuda-out-of-memory'] }));
    const got = (await (await fetch(`${server.url}/api/v1/shares/${share.id}`)).json()) as { findings: Array<{ id: string }>; sharedFindings: string[]; changedSinceShared: boolean };
    expect(got.findings[0]!.id).toBe('zlibwapi-missing');
    expect(got.sharedFindings).toEqual(['cuda-out-of-memory']);
    expect(got.changedSinceShared).toBe(true);
    const page = await (await fetch(share.url)).text();
    expect(page).toContain('The answer has changed since this log was shared');
  });

  it('every log byte is escaped on the page: <script>, javascript: links and entities show as text', async () => {
    const hostile = '<script>alert(1)</script>\n<a href="javascript:alert(2)">x</a> &lt;b&gt; &amp;\n<img src=x onerror=alert(3)>\nCould not locate zlibwapi.dll. Please make sure it is in your library path!\n';
    const html = await (await fetch(`${server.url}/?lang=en`, { method: 'POST', body: form({ log: hostile }) })).text();
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&amp;lt;b&amp;gt; &amp;amp;');
    // the only script is the page's own file
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<script src="/assets/app.js" defer></script>');
  });

  it('pages: the start page, an error page in the reader\'s language, static assets', async () => {
    const home = await fetch(`${server.url}/`, { headers: { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' } });
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('把日志粘贴到这里');
    const empty = await fetch(`${server.url}/?lang=en`, { method: 'POST', body: form({ log: '' }) });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('The log is empty');
    const css = await fetch(`${server.url}/assets/app.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    const missing = await fetch(`${server.url}/s/AAAAAAAAAAAAAAAAAAAAAA`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^text\/html/);
  });
});

describe('web API limits', () => {
  it('429 with Retry-After once a client passes its requests a minute', async () => {
    const server = await startTestServer({ rateLimitPerMinute: 5 });
    try {
      for (let i = 0; i < 5; i++) expect((await fetch(`${server.url}/api/v1/findings`)).status).toBe(200);
      const res = await fetch(`${server.url}/api/v1/findings`);
      await expectJsonError(res, 429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      // health checks and the page's assets are not counted
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${server.url}/assets/app.js`)).status).toBe(200);
    } finally {
      await server.close();
    }
  }, SERVER_START_MS);

  it('503 when a diagnosis passes its time limit, and 503 (not a backlog) when the queue is full', async () => {
    const big = Buffer.from(readFileSync(join(ROOT, 'fixtures/corpus/fmt-long-libdevice-1.log'), 'utf8').repeat(8));
    const slow = await startTestServer({ deadlineMs: 1, rateLimitPerMinute: 0 });
    try {
      expect((await expectJsonError(await post(`${slow.url}/api/v1/diagnose`, big), 503)).message).toMatch(/longer than/);
    } finally {
      await slow.close();
    }
    const narrow = await startTestServer({ workers: 1, queueSize: 1, rateLimitPerMinute: 0 });
    try {
      const answers = await Promise.all(Array.from({ length: 8 }, () => post(`${narrow.url}/api/v1/diagnose`, big)));
      const statuses = answers.map((r) => r.status);
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
      expect(statuses.filter((s) => s === 503).length).toBeGreaterThanOrEqual(1);
      expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
      const refused = answers.find((r) => r.status === 503)!;
      expect(refused.headers.get('retry-after')).toBeTruthy();
    } finally {
      await narrow.close();
    }
  }, 2 * SERVER_START_MS);

  it('shares expire, and the store refuses new ones past its size cap', async () => {
    // about two shares of this log fit; they live 2 s
    const server = await startTestServer({ shareTtlMs: 2000, maxStoreBytes: 3000, rateLimitPerMinute: 0 });
    try {
      const first = await post(`${server.url}/api/v1/shares`, ZLIB_LOG);
      expect(first.status).toBe(201);
      const share = (await first.json()) as { id: string };
      expect((await fetch(`${server.url}/api/v1/shares/${share.id}`)).status).toBe(200);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await post(`${server.url}/api/v1/shares`, ZLIB_LOG)).status);
      expect(statuses[0]).toBe(201);
      expect(statuses).toContain(503);
      const full = await post(`${server.url}/api/v1/shares`, ZLIB_LOG);
      expect(full.headers.get('retry-after')).toBe('3600');
      // says why, what the cap is, and that nothing was kept
      expect((await expectJsonError(full, 503)).message).toMatch(/^the share store is full: .*size cap \(3 KB; expired ones were removed first\), so nothing was stored/);

      await new Promise((r) => setTimeout(r, 2100));
      await expectJsonError(await fetch(`${server.url}/api/v1/shares/${share.id}`), 404);
      expect(existsSync(join(server.dataDir, 'shares', `${share.id}.json`))).toBe(false);
      // the expired ones no longer count against the cap
      expect((await post(`${server.url}/api/v1/shares`, ZLIB_LOG)).status).toBe(201);
    } finally {
      await server.close();
    }
  }, SERVER_START_MS);
});
