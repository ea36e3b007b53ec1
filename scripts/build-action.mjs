// Bundles the GitHub Action's entry and the diagnose worker, with their dependencies, into dist-action/, which is committed: a workflow
// runs it with the runner's node and no `npm ci`. The rules/, knowledge/ and locales/ data stay files beside
// it (the bundle finds them through package.json, as the CLI does). Run after changing the engine or
// adapters/github: npm run build:action
import { build } from 'esbuild';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NODE_BUNDLE } from './esbuild-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist-action`;

await build({
  // the diagnose pool starts its worker from diagnose-worker.js beside the module that creates the pool
  entryPoints: { index: `${root}adapters/github/action-entry.ts`, 'diagnose-worker': `${root}src/service/diagnose-worker.ts` },
  outdir,
  ...NODE_BUNDLE,
  plugins: [lazyRequires()],
});

// The engine loads its regex analysers (regexpp, scslre) on first use through createRequire, which esbuild
// leaves to run time; the action has no node_modules, so those calls become plain require() calls that
// esbuild bundles (still run on first use only).
function lazyRequires() {
  return {
    name: 'lazy-requires',
    setup(b) {
      b.onLoad({ filter: /src[\\/]engine[\\/](?:literals|linear)[\\/][\w-]+\.ts$/ }, (args) => ({
        contents: readFileSync(args.path, 'utf8').replace(/createRequire\(import\.meta\.url\)\(/g, 'require('),
        loader: 'ts',
      }));
    },
  };
}
for (const name of ['index.js', 'diagnose-worker.js']) process.stdout.write(`dist-action/${name}: ${statSync(`${outdir}/${name}`).size} bytes\n`);
