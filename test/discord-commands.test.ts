// Slash commands and the context-menu command, end to end against the fake Discord.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType, ApplicationCommandType, InteractionResponseType, MessageFlags } from 'discord.js';
import { diagnoseText } from '../src/engine/diagnose.js';
import { viewFindings } from '../src/report/view.js';
import { loadRuleSet } from '../src/engine/load-rules.js';
import { torchRelease } from '../src/knowledge/tables.js';
import { plan } from '../src/plan/planner.js';
import { startHarness, type Harness } from './fake-discord/harness.js';
import { snowflake, type RecordedRequest } from './fake-discord/server.mjs';
import { deployCommands } from '../adapters/discord/deploy.js';
import { CONTEXT_MENU_NAME } from '../adapters/discord/commands.js';
import { assertWithinLimits } from '../adapters/discord/embed.js';

const LOG = readFileSync(new URL('../fixtures/logs/tf-zlibwapi-windows.log', import.meta.url), 'utf8');

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.stop(); });

const callback = (id: string) => h.fake.waitForRequest((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`));
const edit = (token: string) => h.fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${h.fake.applicationId}/${token}/messages/@original`);

function chatInput(name: string, options: Array<Record<string, unknown>>, resolved?: Record<string, unknown>) {
  return { id: snowflake(), type: ApplicationCommandType.ChatInput, name, options, ...(resolved ? { resolved } : {}) };
}

async function deferredAnswer(i: { id: string; token: string }): Promise<{ cb: RecordedRequest; patch: RecordedRequest }> {
  const cb = await callback(i.id);
  const patch = await edit(i.token);
  return { cb, patch };
}

describe('discord commands', () => {
  it('/diagnose with text defers, then edits the answer in, in the interaction\'s language', async () => {
    const d = await diagnoseText(LOG);
    const zhRoot = viewFindings(d.findings, d.facts, 'zh-CN')[0]!;
    const i = h.fake.interact({ guildId: h.guild.id, channelId: h.helpId, locale: 'zh-CN', data: chatInput('diagnose', [{ name: 'text', type: ApplicationCommandOptionType.String, value: LOG }]) });
    const { cb, patch } = await deferredAnswer(i);
    expect(cb.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(cb.at).toBeLessThan(patch.at);
    expect(patch.body.embeds[0].title).toContain(zhRoot.title);
    expect(patch.body.embeds[0].description).toContain('根本原因');
    expect(patch.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    assertWithinLimits(patch.body.embeds);
  });

  it('/diagnose with a UTF-16 file attachment reads it like the CLI does', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LOG.replace(/\n/g, '\r\n'), 'utf16le')]);
    const att = h.fake.addAttachment('out.log', bytes);
    const i = h.fake.interact({
      guildId: h.guild.id, channelId: h.helpId,
      data: chatInput('diagnose', [{ name: 'file', type: ApplicationCommandOptionType.Attachment, value: att.id }], { attachments: { [att.id]: att } }),
    });
    const { patch } = await deferredAnswer(i);
    expect(patch.body.embeds[0].description).toContain('Could not locate zlibwapi.dll');
    expect(patch.body.embeds[0].footer.text).toContain('out.log');
  });

  it('/diagnose on a log with nothing known says so (asked for explicitly)', async () => {
    const i = h.fake.interact({ guildId: h.guild.id, channelId: h.helpId, data: chatInput('diagnose', [{ name: 'text', type: 3, value: 'Epoch 1/10\n100/100 [==============================] - 3s 30ms/step - loss: 0.52' }]) });
    const { patch } = await deferredAnswer(i);
    expect(patch.body.embeds[0].description).toMatch(/Nothing recognised/);
  });

  it('the "Diagnose this log" context-menu command diagnoses someone else\'s message', async () => {
    const target = h.fake.messageObject({ channel_id: h.helpId, guild_id: h.guild.id, author: h.fake.user(), content: LOG });
    const i = h.fake.interact({
      guildId: h.guild.id, channelId: h.helpId,
      data: { id: snowflake(), type: ApplicationCommandType.Message, name: CONTEXT_MENU_NAME, target_id: target.id, resolved: { messages: { [target.id]: target } } },
    });
    const { cb, patch } = await deferredAnswer(i);
    expect(cb.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(patch.body.embeds[0].description).toContain('zlibwapi-missing');
  });

  it('/explain shows one rule; an unknown id gets a private one-liner', async () => {
    const rule = loadRuleSet().rules.find((r) => r.id === 'zlibwapi-missing')!;
    const i = h.fake.interact({ guildId: h.guild.id, channelId: h.helpId, data: chatInput('explain', [{ name: 'id', type: 3, value: rule.id }]) });
    const cb = await callback(i.id);
    expect(cb.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(cb.body.data.embeds[0].title).toContain(rule.title.en);
    expect(cb.body.data.embeds[0].description).toContain(rule.fixes[0]!.title.en);
    const j = h.fake.interact({ guildId: h.guild.id, channelId: h.helpId, data: chatInput('explain', [{ name: 'id', type: 3, value: 'no-such-thing' }]) });
    const cb2 = await callback(j.id);
    expect(cb2.body.data.content).toContain('no-such-thing');
    expect(cb2.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('/versions answers from the version tables', async () => {
    const row = torchRelease('2.3')!;
    const i = h.fake.interact({ guildId: h.guild.id, channelId: h.helpId, data: chatInput('versions', [{ name: 'torch', type: 3, value: '2.3' }, { name: 'driver', type: 3, value: '470.82.01' }]) });
    const cb = await callback(i.id);
    const [best, torch, driver] = cb.body.data.embeds[0].fields;
    // the recommendation is the planner's (driver 470 rules out the CUDA 12 wheels)
    const planned = plan({ framework: 'pytorch', os: 'linux', version: '2.3', driver: '470.82.01' }, { limit: 1 }).combinations[0]!;
    expect(best.name).toContain(`PyTorch ${planned.version}`);
    expect(best.value).toContain(`CUDA ${planned.cuda}`);
    expect(best.value).toContain(planned.commands[0]);
    expect(torch.name).toBe(`PyTorch ${row.torch_version}`);
    for (const wheel of row.cuda_wheels!.split(';')) expect(torch.value).toContain(wheel.trim());
    expect(driver.value).toMatch(/11\.\d/); // a 470 driver runs CUDA 11.x, not 12
    const empty = h.fake.interact({ guildId: h.guild.id, channelId: h.helpId, data: chatInput('versions', []) });
    expect((await callback(empty.id)).body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('deploy-commands registers the commands for one guild, or globally', async () => {
    const guildResult = await deployCommands(h.config, h.guild.id);
    const put = await h.fake.waitForRequest((r) => r.method === 'PUT' && r.path === `/applications/${h.fake.applicationId}/guilds/${h.guild.id}/commands`);
    expect(guildResult).toEqual({ scope: 'guild', names: ['diagnose', 'versions', 'explain', CONTEXT_MENU_NAME] });
    expect(put.body.find((c: { name: string }) => c.name === 'diagnose').description_localizations['zh-CN']).toMatch(/诊断/);
    expect((await deployCommands(h.config, undefined)).scope).toBe('global');
    expect(h.fake.requests.some((r) => r.method === 'PUT' && r.path === `/applications/${h.fake.applicationId}/commands`)).toBe(true);
  });
});
