// A copy of the shipped rules in a temp folder whose zlibwapi-missing signal a test replaces, for tests of
// what the loader accepts and refuses.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearRuleCache, loadRuleSet, type RuleSet } from '../src/engine/load-rules.js';
import { packagePath } from '../src/package-root.js';

export interface RuleFolder {
  /** the temp folder (a test may edit other files in it) */
  dir: string;
  /** the signal name replaced by setSignal */
  name: string;
  /** writes the zlibwapi-missing rule with its first signal replaced by `spec` */
  setSignal(spec: unknown): void;
  /** loads the folder (fresh: the rule cache is cleared first) */
  load(): RuleSet;
}

export function withRuleFolder(fn: (folder: RuleFolder) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'gpu-doctor-rules-'));
  try {
    cpSync(packagePath('rules'), dir, { recursive: true });
    const file = join(dir, 'zlibwapi-missing.json');
    const rule = JSON.parse(readFileSync(file, 'utf8'));
    const name = Object.keys(rule.signals)[0]!;
    fn({
      dir,
      name,
      setSignal(spec) {
        rule.signals[name] = spec;
        writeFileSync(file, JSON.stringify(rule));
      },
      load() {
        clearRuleCache();
        return loadRuleSet(dir);
      },
    });
  } finally {
    clearRuleCache();
    rmSync(dir, { recursive: true, force: true });
  }
}
