// Bundles src/cli/bin.ts, the package's `bin`, into one file, dist/bin/gpu-doctor.js: `gpu-doctor diagnose`
// and everything it uses, so that its start reads one module instead of resolving, compiling and linking ~60
// (measured on a one-line log: 1.00 G instructions for the whole process from dist/src/, 0.92 G from esbuild's
// chunks split by command, ~0.83 G from one file; a bare `node -e ''` is 0.50 G). The other commands are
// not in it: bin.ts hands them over to dist/src/cli/main.js, built by tsc, which this build must not change.
// Run by `npm run build` after tsc and before pattern-verdicts.js (the saved rule set must be newer than the
// code that reads it, src/engine/rule-set-cache.ts).
import { build } from 'esbuild';
import { rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NODE_BUNDLE } from './esbuild-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}dist/bin/gpu-doctor.js`;
/** npm packages bundled in (with their dependencies): the rules engine (~20 CommonJS files), the terminal colours */
const CARRIED = /^(?:json-rules-engine|chalk)$/;

rmSync(`${root}dist/bin`, { recursive: true, force: true });
await build({
  entryPoints: [`${root}src/cli/bin.ts`],
  outfile,
  ...NODE_BUNDLE,
  plugins: [{
    name: 'outside',
    setup(b) {
      // every command but diagnose: the full command line built by tsc, from where this file lies
      b.onResolve({ filter: /^\.\/main\.js$/ }, (args) => (args.importer.endsWith('bin.ts') ? { path: '../src/cli/main.js', external: true } : undefined));
      // Node's built-ins, and the packages not carried, are loaded from node_modules when needed
      b.onResolve({ filter: /^[^./#]/ }, (args) => {
        if (args.path.startsWith('node:') || /[\\/]node_modules[\\/]/.test(args.importer)) return args.path.startsWith('node:') ? { external: true } : undefined;
        const name = args.path.split('/').slice(0, args.path.startsWith('@') ? 2 : 1).join('/');
        return CARRIED.test(name) ? undefined : { external: true };
      });
    },
  }],
});
process.stdout.write(`dist/bin/gpu-doctor.js: ${statSync(outfile).size} bytes\n`);
