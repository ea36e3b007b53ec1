// `gpu-doctor bot deploy-commands`: registers the commands for one guild (instant; for testing a server)
// or globally (every guild the bot is in). A bulk PUT replaces the whole set, so it is safe to repeat.
import { REST, Routes, type RESTGetCurrentApplicationResult } from 'discord.js';
import type { BotConfig } from './config.js';
import { BotError } from './errors.js';
import { commandDefinitions } from './commands.js';

export interface DeployResult {
  scope: 'guild' | 'global';
  names: string[];
}

export async function deployCommands(config: BotConfig, guildId = config.guildId): Promise<DeployResult> {
  const rest = new REST({ api: config.apiBase, retries: 2 }).setToken(config.token);
  try {
    const app = (await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult;
    const body = commandDefinitions();
    const route = guildId ? Routes.applicationGuildCommands(app.id, guildId) : Routes.applicationCommands(app.id);
    const saved = (await rest.put(route, { body })) as Array<{ name: string }>;
    return { scope: guildId ? 'guild' : 'global', names: saved.map((c) => c.name) };
  } catch (err) {
    const e = err as { status?: number; message?: string };
    if (e.status === 401) throw new BotError('Discord rejected the bot token (401 Unauthorized): check DISCORD_TOKEN');
    if (e.status === 403) throw new BotError(`Discord refused to register the commands (403): is the bot in guild ${guildId ?? '?'} with the applications.commands scope?`);
    throw new BotError(`registering the commands failed: ${e.message ?? String(err)}`);
  }
}
