// GPU_DOCTOR_PUBLIC_URL: the bot's reply links a full report, a share of the (redacted) log on a real
// `gpu-doctor serve` on 127.0.0.1; a server that cannot be reached costs the link, not the reply.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './fake-discord/harness.js';
import { freePort, startTestServer, type TestServer } from './web-helpers.js';
import { loadBotConfig } from '../adapters/discord/config.js';

const LOG = readFileSync(new URL('../fixtures/logs/tf-zlibwapi-windows.log', import.meta.url), 'utf8').replace('C:\\Users\\dev\\', 'C:\\Users\\jsmith\\');

describe('the bot links a full report on the web server', () => {
  let server: TestServer;
  let h: Harness;
  beforeAll(async () => {
    server = await startTestServer({ rateLimitPerMinute: 0 });
    h = await startHarness({ publicUrl: server.url });
  }, 30_000);
  afterAll(async () => { await h?.stop(); await server?.close(); });

  it('reads GPU_DOCTOR_PUBLIC_URL and refuses one that is not http(s)', () => {
    expect(loadBotConfig({ DISCORD_TOKEN: 't', GPU_DOCTOR_PUBLIC_URL: 'https://doctor.example.org/' }).publicUrl).toBe('https://doctor.example.org');
    expect(loadBotConfig({ DISCORD_TOKEN: 't' }).publicUrl).toBeUndefined();
    expect(() => loadBotConfig({ DISCORD_TOKEN: 't', GPU_DOCTOR_PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/GPU_DOCTOR_PUBLIC_URL/);
  });

  it('the reply carries a link to a share of the redacted log', async () => {
    const msg = h.fake.postMessage({ guildId: h.guild.id, channelId: h.helpId, content: '```\n' + LOG + '\n```' });
    const reply = await h.replyTo(msg.id, 10_000);
    const embed = reply.body.embeds[0];
    expect(embed.url).toMatch(new RegExp(`^${server.url}/s/[A-Za-z0-9_-]{22}\\?lang=en$`));
    expect(embed.description).toContain(`[Full report with the whole log](${embed.url})`);
    const page = await fetch(embed.url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('cuDNN cannot find zlibwapi.dll');
    expect(html).toContain('C:\\Users\\&lt;user&gt;\\projects');
    expect(html).not.toContain('jsmith');
  }, 20_000);
});

describe('a web server that cannot be reached', () => {
  it('costs the link, not the reply', async () => {
    const h = await startHarness({ publicUrl: `http://127.0.0.1:${await freePort()}` });
    try {
      const msg = h.fake.postMessage({ guildId: h.guild.id, channelId: h.helpId, content: '```\n' + LOG + '\n```' });
      const reply = await h.replyTo(msg.id, 10_000);
      expect(reply.body.embeds[0].title).toContain('zlibwapi');
      expect(reply.body.embeds[0].url).toBeUndefined();
      expect(h.logs.some((l) => l.includes('full report') && l.includes('unreachable'))).toBe(true);
    } finally {
      await h.stop();
    }
  }, 20_000);
});
