// `npm run bench [-- NAME…]`: runs every benchmark module in scripts/bench/ (each exports `run()` and
// prints its own section), or only the named ones.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BenchModule {
  run?: () => Promise<void>;
}

async function main(filter: string[]): Promise<number> {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
  const names = readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)).sort();
  const unknown = filter.filter((n) => !names.includes(n));
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown benchmark ${unknown.join(', ')} (have: ${names.join(', ')})\n`);
    return 2;
  }
  for (const name of names) {
    if (filter.length > 0 && !filter.includes(name)) continue;
    const mod = (await import(pathToFileURL(join(dir, `${name}.js`)).href)) as BenchModule;
    if (typeof mod.run !== 'function') continue; // a helper module, not a benchmark
    process.stdout.write(`\n=== bench: ${name} ===\n`);
    await mod.run();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
