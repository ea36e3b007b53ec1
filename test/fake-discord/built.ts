// Sharding and the CLI run compiled JavaScript in child processes: make sure dist/ is not older than the
// bot's sources (npm test builds first; a lone `vitest run` of these files rebuilds when needed).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const DIST_MAIN = join(ROOT, 'dist/src/cli/main.js');
export const DIST_SHARD_ENTRY = join(ROOT, 'dist/adapters/discord/shard-entry.js');

export function ensureBuilt(): void {
  const sources = [
    ...readdirSync(join(ROOT, 'adapters/discord')).filter((f) => f.endsWith('.ts')).map((f) => `adapters/discord/${f}`),
    'src/cli/bot-command.ts', 'src/cli/main.ts',
  ];
  const stale = sources.some((src) => {
    const out = join(ROOT, 'dist', src.replace(/\.ts$/, '.js'));
    return !existsSync(out) || statSync(out).mtimeMs < statSync(join(ROOT, src)).mtimeMs;
  });
  // tsc emits even when files outside the bot have type errors (another change in progress)
  if (stale) {
    try { execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', ROOT], { stdio: 'ignore' }); } catch { /* emitted anyway */ }
  }
  if (!existsSync(DIST_SHARD_ENTRY)) throw new Error('dist/ is missing: run npm run build');
}
