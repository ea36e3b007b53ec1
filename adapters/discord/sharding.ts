// Beyond what one process handles, the bot runs under discord.js's ShardingManager: one child process per
// shard, each owning the guilds with (guild_id >> 22) % shard_count === shard_id. The count is explicit
// ('auto' would ask discord.com, even when DISCORD_API_BASE points elsewhere).
import { ShardingManager, type Shard } from 'discord.js';
import { fileURLToPath } from 'node:url';
import type { BotConfig } from './config.js';
import { BotError } from './errors.js';

export const SHARD_ENTRY = fileURLToPath(new URL('./shard-entry.js', import.meta.url));

export interface ShardOptions {
  shards: number;
  /** the compiled script each shard runs (default: shard-entry.js next to this file) */
  entry?: string;
  /** extra environment for the children (the manager passes its own environment down as well) */
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  log?: (line: string) => void;
}

export async function startSharded(config: BotConfig, opts: ShardOptions): Promise<ShardingManager> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const manager = new ShardingManager(opts.entry ?? SHARD_ENTRY, { totalShards: opts.shards, token: config.token, mode: 'process', respawn: true, execArgv: [] });
  manager.on('shardCreate', (shard: Shard) => {
    // children inherit this process's environment; add what the caller passed (shard.env is read at spawn)
    const env = (shard as unknown as { env: NodeJS.ProcessEnv }).env;
    Object.assign(env, opts.env ?? {}, { DISCORD_API_BASE: config.apiBase });
    log(`gpu-doctor bot: shard ${shard.id} of ${opts.shards} starting`);
  });
  try {
    await manager.spawn({ amount: opts.shards, delay: 0, timeout: opts.timeoutMs ?? 30_000 });
  } catch (err) {
    for (const shard of manager.shards.values()) shard.kill();
    throw new BotError(`shards did not come up: ${(err as Error).message}`);
  }
  return manager;
}

export function stopSharded(manager: ShardingManager): void {
  // kill() detaches the exit listener first, so a deliberate stop is not respawned
  for (const shard of manager.shards.values()) shard.kill();
}
