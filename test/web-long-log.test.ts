// A log longer than a page shows (20,000 lines): every evidence line is on the page with its #L anchor; a
// shared log's left-out lines are all reachable through the gaps' "show lines" links (?lines=from-to), and
// the whole log as text; an unshared result says how to see the rest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestServer, type TestServer } from './web-helpers.js';
import { ROOT } from './built-cli.js';
import { PAGE_LINES } from '../adapters/web/report-model.js';

const LINES = 30_000;
const FAILURE_AT = 15_001;
/** a long TF session: a real log's lines over and over, the zlibwapi failure in the middle */
function longLog(): string {
  const real = readFileSync(join(ROOT, 'fixtures/corpus/fmt-long-libdevice-1.log'), 'utf8').split('\n').filter((l) => l.trim() && !/zlibwapi/i.test(l));
  const out: string[] = [];
  for (let i = 0; i < LINES; i++) out.push(real[i % real.length]!);
  out[FAILURE_AT - 1] = 'Could not locate zlibwapi.dll. Please make sure it is in your library path!';
  return out.join('\n') + '\n';
}

const shownLines = (html: string): number[] => [...html.matchAll(/<div class="ln[^"]*" id="L(\d+)"/g)].map((m) => Number(m[1]));
const pageLinks = (html: string): string[] => [...html.matchAll(/<a class="more" href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));

describe('a log of more than 20,000 lines', () => {
  let server: TestServer;
  let id: string;
  const log = longLog();
  beforeAll(async () => {
    server = await startTestServer({ rateLimitPerMinute: 0 });
    const res = await fetch(`${server.url}/api/v1/shares`, { method: 'POST', body: log, headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(201);
    id = ((await res.json()) as { id: string }).id;
  }, 60_000);
  afterAll(async () => { await server.close(); });

  it('the page shows every evidence line with its anchor, not every line', async () => {
    const html = await (await fetch(`${server.url}/s/${id}?lang=en`)).text();
    expect(html).toContain(`<div class="ln hit" id="L${FAILURE_AT}"`);
    const shown = new Set(shownLines(html));
    expect(shown.size).toBeLessThan(LINES);
    const evidenceLinks = [...html.matchAll(/href="#L(\d+)"/g)].map((m) => Number(m[1]));
    expect(evidenceLinks).toContain(FAILURE_AT);
    for (const n of evidenceLinks) expect(shown.has(n)).toBe(true);
    expect(html).toMatch(/This log has 30000 lines/);
  });

  it('every left-out line of a share is reachable through the gaps\' links, each page keeping the evidence', async () => {
    const seen = new Set<number>();
    const queue = [`/s/${id}?lang=en`];
    const visited = new Set<string>();
    while (queue.length > 0 && visited.size < 40) {
      const path = queue.shift()!;
      if (visited.has(path.split('#')[0]!)) continue;
      visited.add(path.split('#')[0]!);
      const res = await fetch(`${server.url}${path}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(`id="L${FAILURE_AT}"`);
      const target = /#L(\d+)$/.exec(path)?.[1];
      if (target) expect(html).toContain(`id="L${target}"`);
      shownLines(html).forEach((n) => seen.add(n));
      queue.push(...pageLinks(html));
    }
    expect(seen.size).toBe(LINES);
  }, 180_000);

  it('?lines= adds at most PAGE_LINES lines; a malformed range is a 400', async () => {
    const html = await (await fetch(`${server.url}/s/${id}?lines=9000-99999`)).text();
    const shown = new Set(shownLines(html));
    expect(shown.has(9000) && shown.has(9000 + PAGE_LINES - 1)).toBe(true);
    expect(shown.has(9000 + PAGE_LINES)).toBe(false);
    expect((await fetch(`${server.url}/s/${id}?lines=12-3`)).status).toBe(400);
    for (const bad of ['abc', '0-5', '1-2-3', '-5', '5-', '+1-5', '1 -5', '1234567890-1234567891']) {
      expect((await fetch(`${server.url}/s/${id}?lines=${encodeURIComponent(bad)}`)).status, bad).toBe(400);
    }
  });

  it('the whole shared log as text', async () => {
    const res = await fetch(`${server.url}/s/${id}/log.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const api = (await (await fetch(`${server.url}/api/v1/shares/${id}`)).json()) as { log: string };
    expect(await res.text()).toBe(api.log);
    expect(api.log.split('\n')).toHaveLength(LINES + 1);
    expect((await fetch(`${server.url}/s/AAAAAAAAAAAAAAAAAAAAAA/log.txt`)).status).toBe(404);
  });

  it('an unshared result says where the rest is, with no page links', async () => {
    const form = new FormData();
    form.append('log', log);
    const html = await (await fetch(`${server.url}/?lang=en`, { method: 'POST', body: form })).text();
    expect(html).toContain(`id="L${FAILURE_AT}"`);
    expect(html).toMatch(/Share it to page through every line/);
    expect(pageLinks(html)).toEqual([]);
  }, 60_000);
});
