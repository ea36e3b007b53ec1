// `gpu-doctor bot [--config FILE] [--shards N]` runs the Discord help bot until Ctrl-C / SIGTERM;
// `gpu-doctor bot deploy-commands [--guild ID] [--config FILE]` registers its commands.
import { UsageError } from '../errors.js';
import { packagePath } from '../package-root.js';
import { messages } from '../i18n/messages.js';
import { parseCommand } from './options.js';

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

export async function botCommand(argv: string[]): Promise<number> {
  const deploy = argv[0] === 'deploy-commands';
  const { values, positionals, settings } = parseCommand(deploy ? argv.slice(1) : argv, {
    options: {
      config: { type: 'string' },
      shards: { type: 'string' },
      guild: { type: 'string' },
    },
    positionals: Infinity,
    formats: [],
  });
  if (values.help) { process.stdout.write(messages(settings.lang, 'cli')('bot.help', { docs: packagePath('docs', 'BOT.md') }) + '\n'); return 0; }
  if (positionals.length > 0) throw new UsageError('usage.botCommand', { command: positionals[0]! });
  // loaded only here: discord.js is not needed by the other commands
  const { loadBotConfig } = await import('../../adapters/discord/config.js');
  const env = { ...process.env, ...(values.shards ? { DISCORD_SHARDS: values.shards } : {}), ...(values.guild ? { DISCORD_GUILD_ID: values.guild } : {}) };
  const config = loadBotConfig(env, values.config);

  if (deploy) {
    const { deployCommands } = await import('../../adapters/discord/deploy.js');
    const result = await deployCommands(config);
    process.stdout.write(`registered ${result.names.length} commands ${result.scope === 'guild' ? `in guild ${config.guildId}` : 'globally (may take a while to appear)'}: ${result.names.join(', ')}\n`);
    return 0;
  }

  process.on('unhandledRejection', (err) => process.stderr.write(`gpu-doctor bot: unhandled: ${(err as Error)?.message ?? String(err)}\n`));
  if (config.shards && config.shards > 1) {
    const { startSharded, stopSharded } = await import('../../adapters/discord/sharding.js');
    const manager = await startSharded(config, { shards: config.shards, ...(values.config ? { env: { GPU_DOCTOR_BOT_CONFIG: values.config } } : {}) });
    await waitForSignal();
    stopSharded(manager);
    return 0;
  }
  const { HelpBot } = await import('../../adapters/discord/bot.js');
  const bot = new HelpBot({ config });
  await bot.start();
  await waitForSignal();
  await bot.stop();
  return 0;
}
