// Bundles the GitHub Action's entry with its dependencies into dist-action/, which is committed: a workflow
// runs it with the runner's node and no `npm ci`. The rules/, knowledge/ and locales/ data stay files beside
// it (the bundle finds them through package.json, as the CLI does). Run after changing the engine or
// adapters/github: npm run build:action
import { build } from 'esbuild';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}dist-action/index.js`;

await build({
  entryPoints: [`${root}adapters/github/action-entry.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // CommonJS dependencies (bottleneck, json-rules-engine) call require(); give the ES module one
  banner: { js: "import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);" },
  legalComments: 'eof',
  logLevel: 'warning',
});
process.stdout.write(`dist-action/index.js: ${statSync(outfile).size} bytes\n`);
