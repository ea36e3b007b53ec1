// The bot's child processes (CLI, shards) run compiled JavaScript: see test/built-cli.ts.
import { join } from 'node:path';
import { ROOT, DIST_MAIN, ensureBuilt as ensureCliBuilt } from '../built-cli.js';

export { ROOT, DIST_MAIN };
export const DIST_SHARD_ENTRY = join(ROOT, 'dist/adapters/discord/shard-entry.js');

export function ensureBuilt(): void {
  ensureCliBuilt();
}
