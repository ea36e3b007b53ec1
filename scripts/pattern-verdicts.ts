// Build step: checks every pattern of the shipped rules once and writes the verdicts to
// dist/pattern-verdicts.json, so that a CLI start does not parse and analyse the regexes again
// (src/engine/pattern-cache.ts). A rule that fails its checks fails the build, naming the file.
import { rmSync } from 'node:fs';
import { defaultRulesDir, loadRuleSet, RuleFileError } from '../src/engine/load-rules.js';
import { verdictFile, writeVerdicts } from '../src/engine/pattern-cache.js';

rmSync(verdictFile(), { force: true });
try {
  loadRuleSet(defaultRulesDir());
  process.stdout.write(`pattern verdicts: ${writeVerdicts()} written to ${verdictFile()}\n`);
} catch (err) {
  process.stderr.write(`${err instanceof RuleFileError ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
