// The page in a real browser: Debian's chromium driven by playwright-core. Paste a real log, see the root
// cause, follow an evidence link to its highlighted line, switch to Chinese, drop a GBK file, share and
// open the link in a new browser context, delete it, try a <script> log. Screenshots of the answer in
// English and Chinese (desktop and phone) go to test-output/web/ (not committed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from './web-helpers.js';
import { ROOT } from './built-cli.js';

const CHROMIUM = process.env.GPU_DOCTOR_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = join(ROOT, 'test-output', 'web');
const LOG = readFileSync(join(ROOT, 'fixtures/corpus/lib-cudnn-missing-3.log'), 'utf8');
const GBK = readFileSync(join(ROOT, 'fixtures/encodings/gbk-dll-load-failed.log'));

describe('the page in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  const outside: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: apt-get install chromium (or set GPU_DOCTOR_CHROMIUM)`);
    mkdirSync(SHOTS, { recursive: true });
    server = await startTestServer({ rateLimitPerMinute: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    // nothing was fetched from anywhere but the server itself
    expect(outside).toEqual([]);
  });

  /** The root cause's title as the JSON API gives it for the same bytes. */
  async function rootTitle(body: string | Buffer, lang: string): Promise<string> {
    const res = await fetch(`${server.url}/api/v1/diagnose?lang=${lang}`, { method: 'POST', body: typeof body === 'string' ? body : new Uint8Array(body), headers: { 'content-type': 'text/plain' } });
    return ((await res.json()) as { findings: Array<{ title: string }> }).findings[0]!.title;
  }

  async function newPage(locale = 'en-US', viewport = { width: 1366, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ locale, viewport });
    const page = await context.newPage();
    page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) outside.push(r.url()); });
    page.on('dialog', (d) => { outside.push(`dialog: ${d.message()}`); void d.dismiss(); });
    return page;
  }

  it('paste → root cause → evidence link → Chinese → share → open elsewhere → delete', async () => {
    const [en, zh] = [await rootTitle(LOG, 'en'), await rootTitle(LOG, 'zh-CN')];
    expect(en).toContain('libcudnn.so.8');
    const page = await newPage();
    await page.goto(`${server.url}/`);
    await page.fill('#log', LOG);
    await page.click('button.primary');
    await page.waitForSelector('.finding.root');
    expect(await page.textContent('.finding.root .finding-title')).toContain(en);

    await page.screenshot({ path: join(SHOTS, 'result-en.png') });

    // the evidence link jumps to its line, which is highlighted
    const link = page.locator('.finding.root a.ev-link').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^#L\d+$/);
    await link.click();
    expect(new URL(page.url()).hash).toBe(href);
    const target = page.locator(href);
    expect(await target.getAttribute('class')).toContain('hit');
    expect(await target.textContent()).toContain('libcudnn.so.8');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(href.slice(1));
    // the log view keeps its order and numbers
    expect(await page.textContent('#L1 .n')).toBe('1');
    expect(await page.locator('.lines .ln').count()).toBe(LOG.split('\n').length - (LOG.endsWith('\n') ? 1 : 0));
    await page.screenshot({ path: join(SHOTS, 'evidence-en.png') });

    // switch to Chinese: the same log, answered in Chinese, the choice kept in the form's address
    await page.click('button.lang[lang="zh-CN"]');
    await page.waitForSelector('html[lang="zh-CN"]');
    expect(await page.textContent('.finding.root .finding-title')).toContain(zh);
    expect(await page.getAttribute('#logform', 'action')).toBe('/?lang=zh-CN');
    await page.screenshot({ path: join(SHOTS, 'result-zh.png') });

    // share: the link and the delete link are shown to the sharer
    await page.click('button.share');
    await page.waitForSelector('#share-link');
    const shareUrl = (await page.getAttribute('#share-link', 'href'))!;
    const deleteUrl = (await page.getAttribute('#delete-link', 'href'))!;
    expect(shareUrl).toMatch(/\/s\/[A-Za-z0-9_-]{22}\?lang=zh-CN$/);
    expect(deleteUrl).toContain('key=');

    // someone else opens it: same answer, the log redacted, no delete link
    const other = await newPage('en-US');
    await other.goto(shareUrl);
    expect(await other.textContent('.finding.root .finding-title')).toContain(zh);
    // the prompt's user and host name are not shown to others
    expect(await other.textContent('#L3')).not.toContain('LAPTOP-7QK');
    expect(await other.textContent('#L3')).toContain('python3 -c');
    expect(await other.locator('#delete-link').count()).toBe(0);
    await other.goto(shareUrl.replace('lang=zh-CN', 'lang=en'));
    expect(await other.textContent('.finding.root .finding-title')).toContain(en);

    // the sharer deletes it; the link is gone for everyone
    await page.goto(deleteUrl);
    await page.click('#confirm-delete');
    await page.waitForSelector('.delete h1');
    const gone = await other.goto(shareUrl);
    expect(gone!.status()).toBe(404);
    await other.context().close();
    await page.context().close();
  }, 90_000);

  it('a GBK file dropped on the page is decoded and diagnosed', async () => {
    const zh = await rootTitle(GBK, 'zh-CN');
    const page = await newPage('zh-CN');
    await page.goto(`${server.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const bytes = [...GBK];
    await Promise.all([
      page.waitForNavigation(),
      page.evaluate((data) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(data)], 'message.txt', { type: 'text/plain' }));
        for (const type of ['dragenter', 'dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, bytes),
    ]);
    await page.waitForSelector('.finding.root');
    expect(await page.textContent('.finding.root .finding-title')).toContain(zh);
    expect(await page.textContent('.lines')).toContain('找不到指定的模块');
    await page.context().close();
  }, 60_000);

  it('a log with <script>, javascript: links and entities shows as text; Ctrl+Enter submits; phone layout', async () => {
    const page = await newPage('en-US', { width: 390, height: 844 });
    await page.goto(`${server.url}/`);
    const hostile = '<script>alert(1)</script>\n<a href="javascript:alert(2)">click</a> &amp; &lt;b&gt;\n<img src=x onerror=alert(3)>\n' + LOG;
    await page.fill('#log', hostile);
    await page.focus('#log');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Control+Enter')]);
    await page.waitForSelector('.finding.root');
    expect(await page.textContent('#L1 .t')).toBe('<script>alert(1)</script>');
    expect(await page.textContent('#L2 .t')).toBe('<a href="javascript:alert(2)">click</a> &amp; &lt;b&gt;');
    expect(await page.locator('.lines a[href^="javascript"], .lines img, .lines script').count()).toBe(0);
    // the page is no wider than the phone
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SHOTS, 'result-en-phone.png'), fullPage: false });
    await page.context().close();
  }, 60_000);
});
