// Rewrites super-linear patterns in rule files with scslre's behaviour-preserving fixes (the same matches,
// without the backtracking), and lists the patterns it cannot fix: those need a hand rewrite. A pattern that uses
// a fragment (rules/fragments.json) is checked with its fragments put in, and only listed.
//   node dist/scripts/linearize-patterns.js [RULES_DIR]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultRulesDir } from '../src/engine/load-rules.js';
import { expandFragments, FRAGMENTS_FILE, readFragments } from '../src/engine/fragments.js';
import { fixed, slowness } from '../src/engine/linear/analyse.js';

const dir = process.argv[2] ?? defaultRulesDir();
const fail = (msg: string): never => { process.stderr.write(`${msg}\n`); process.exit(2); };
const fragments = readFragments(dir, fail);
const files = [
  ...readdirSync(dir).filter((f) => f.endsWith('.json') && f !== FRAGMENTS_FILE).map((f) => join(dir, f)),
  ...readdirSync(join(dir, 'facts')).filter((f) => f.endsWith('.json')).map((f) => join(dir, 'facts', f)),
];
let changed = 0;
let left = 0;
for (const file of files) {
  let text = readFileSync(file, 'utf8');
  const patterns: Array<{ pattern: string; flags?: string }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.pattern === 'string') patterns.push(o as { pattern: string; flags?: string });
      Object.values(o).forEach(walk);
    }
  };
  walk(JSON.parse(text));
  for (const p of patterns) {
    const flags = p.flags ?? 'i';
    const whole = expandFragments(p.pattern, fragments, file.slice(dir.length + 1), fail);
    if (!slowness(whole, flags)) continue;
    const better = whole === p.pattern ? fixed(p.pattern, flags) : null;
    if (better === null || !text.includes(JSON.stringify(p.pattern))) {
      left++;
      process.stdout.write(`needs a hand rewrite: ${file}: ${p.pattern}\n`);
      continue;
    }
    text = text.split(JSON.stringify(p.pattern)).join(JSON.stringify(better));
    changed++;
  }
  JSON.parse(text);
  writeFileSync(file, text);
}
process.stdout.write(`${changed} patterns rewritten, ${left} left for a hand rewrite\n`);
