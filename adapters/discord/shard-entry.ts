// The script each shard runs under ShardingManager: the same bot, configured from the environment the
// manager passes down (DISCORD_TOKEN, SHARDS, SHARD_COUNT, DISCORD_API_BASE, ...).
import { loadBotConfig } from './config.js';
import { HelpBot } from './bot.js';

const bot = new HelpBot({ config: loadBotConfig(process.env, process.env.GPU_DOCTOR_BOT_CONFIG) });
bot.start().catch((err: unknown) => {
  process.stderr.write(`gpu-doctor bot (shard): ${(err as Error).message}\n`);
  process.exit(2);
});
