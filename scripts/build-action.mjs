// Bundles the GitHub Action's entry and the diagnose worker, with their dependencies, into dist-action/, which is committed: a workflow
// runs it with the runner's node and no `npm ci`. The rules/, knowledge/ and locales/ data stay files beside
// it (the bundle finds them through package.json, as the CLI does). What `npm run build` saved in dist/ from them
// (the checked rule set, the literal automaton, the pattern verdicts, the WebAssembly prefilter) is copied into
// dist-action/built/: a runner's checkout has no dist/, and without them each run read and checked every rule
// (src/engine/shipped-build.ts). Run after `npm run build`, and after changing the engine, adapters/github or the
// rules: npm run build:action
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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

// the build's saved files (a copy of rules older than rules/ is refused at run time, by content: rule-set-cache.ts)
const built = `${outdir}/built`;
rmSync(built, { recursive: true, force: true });
mkdirSync(built);
const saved = readdirSync(`${root}dist`).filter((f) => /^(?:rule-set\.json|pattern-verdicts\.json|literal-automaton-v\d+-(?:le|be)\.bin|prefilter\.wasm)$/.test(f));
for (const need of ['rule-set.json', 'pattern-verdicts.json', 'prefilter.wasm']) {
  if (!existsSync(`${root}dist/${need}`)) throw new Error(`dist/${need} is missing: run npm run build first`);
}
for (const f of saved) copyFileSync(`${root}dist/${f}`, `${built}/${f}`);
process.stdout.write(`dist-action/built/: ${saved.map((f) => `${f} ${statSync(`${built}/${f}`).size} bytes`).join(', ')}\n`);

