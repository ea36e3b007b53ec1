// The esbuild options gpu-doctor's bundles share (build-cli.mjs, build-action.mjs): one ES module for Node 20.
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // CommonJS dependencies (bottleneck, json-rules-engine) call require(); give the ES module one
  banner: { js: "import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);" },
  legalComments: 'eof',
  logLevel: 'warning',
};
