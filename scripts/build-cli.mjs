// Builds the package's `bin` into dist/bin/, as CommonJS (dist/bin/package.json says so):
// - gpu-doctor.js: src/cli/bin.ts, a few lines: `diagnose` runs the bundle below, any other command hands over
//   to dist/src/cli/command-line.js (built by tsc, which this build must not change);
// - diagnose.cjs: src/cli/diagnose-main.ts and everything `diagnose` uses, one file, so that its start reads
//   one script instead of resolving, compiling and linking ~60 modules; it is loaded with V8's code cache
//   (src/cli/code-cache.ts; the cache is written by scripts/build-code-cache.mjs at the end of `npm run build`).
// Measured on a one-line log, whole process: 1.00 G instructions from dist/src/, 0.83 G from one ES module
// bundle, ~0.75 G as CommonJS with the code cache; a bare `node -e ''` is 0.50 G.
// Run by `npm run build` after tsc and before pattern-verdicts.js (the saved rule set must be newer than the
// code that reads it, src/engine/rule-set-cache.ts).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bin`;
/** npm packages bundled in (with their dependencies): the rules engine (~20 CommonJS files), the terminal colours */
const CARRIED = /^(?:json-rules-engine|chalk)$/;

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // the sources are ES modules: import.meta.url becomes this file's URL
  define: { 'import.meta.url': '__gdUrl' },
  banner: { js: "var __gdUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'eof',
  logLevel: 'warning',
};

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
writeFileSync(`${outdir}/package.json`, '{ "type": "commonjs" }\n');
await build({
  ...common,
  entryPoints: [`${root}src/cli/bin.ts`],
  outfile: `${outdir}/gpu-doctor.js`,
  plugins: [{
    name: 'launcher',
    setup(b) {
      // every command but diagnose: the full command line built by tsc, from where this file lies
      b.onResolve({ filter: /^\.\/command-line\.js$/ }, () => ({ path: '../src/cli/command-line.js', external: true }));
    },
  }],
});
await build({
  ...common,
  entryPoints: [`${root}src/cli/diagnose-main.ts`],
  outfile: `${outdir}/diagnose.cjs`,
  // as string concatenations, whose non-ASCII characters esbuild escapes (a tagged template's raw text included)
  supported: { 'template-literal': false },
  plugins: [{
    name: 'outside',
    setup(b) {
      // chalk's colour detection (its vendored supports-color) loads node:tty, and with it Node's net and stream
      // modules, on every start; options.ts decides the level itself (colourLevel, from output.ts's isTerminal),
      // so the bundle gets no detection: chalk's named colours read the same at every level from 1 on
      b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'no-supports-color', namespace: 'gd-stub' }));
      b.onLoad({ filter: /.*/, namespace: 'gd-stub' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
      // Node's built-ins, and the packages not carried, are loaded from node_modules when needed
      b.onResolve({ filter: /^[^./#]/ }, (args) => {
        if (args.path.startsWith('node:') || /[\\/]node_modules[\\/]/.test(args.importer)) return args.path.startsWith('node:') ? { external: true } : undefined;
        const name = args.path.split('/').slice(0, args.path.startsWith('@') ? 2 : 1).join('/');
        return CARRIED.test(name) ? undefined : { external: true };
      });
    },
  }],
});

const bundle = `${outdir}/diagnose.cjs`;
let text = readFileSync(bundle, 'utf8');
// vm.Script (code-cache.ts) has no loader for import(): every import in the bundle must be resolved in it
if (/\bimport\(/.test(text)) throw new Error('dist/bin/diagnose.cjs: an import() was left in the bundle; bundle that module or require() it');
// esbuild escapes non-ASCII characters in strings (template literals are lowered to strings, see above) but
// not in regular expressions or comments; an escape means the same there, so the whole file becomes ASCII,
// which V8 reads without decoding.
// an escaped character (\é in a regex) would turn into a backslash and "u00e9"
if (/\\[^\x00-\x7f]/.test(text)) throw new Error('dist/bin/diagnose.cjs: a backslash before a non-ASCII character');
text = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(bundle, text);
process.stdout.write(`dist/bin/diagnose.cjs: ${statSync(bundle).size} bytes\n`);
