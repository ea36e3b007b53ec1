// Build step: checks every pattern of the shipped rules once and writes the verdicts to
// dist/pattern-verdicts.json, so that a CLI start does not parse and analyse the regexes again
// (src/engine/pattern-cache.ts); saves the checked rule set as one file (src/engine/rule-set-cache.ts); then
// builds their literal automaton and saves it beside them (src/engine/automaton-cache.ts). A rule that fails
// its checks fails the build, naming the file (src/engine/rule-set-save.ts: what is saved with the rule set).
import { rmSync } from 'node:fs';
import { defaultRulesDir, readRuleFolder, RuleFileError } from '../src/engine/load-rules.js';
import { ruleSetFile } from '../src/engine/rule-set-cache.js';
import { verdictFile, writeVerdicts } from '../src/engine/pattern-cache.js';
import { automatonFile } from '../src/engine/automaton-cache.js';
import { saveCheckedRules } from '../src/engine/rule-set-save.js';

rmSync(verdictFile(), { force: true });
rmSync(automatonFile(), { force: true });
rmSync(ruleSetFile(), { force: true });
try {
  const set = readRuleFolder(defaultRulesDir());
  process.stdout.write(`pattern verdicts: ${writeVerdicts()} written to ${verdictFile()}\n`);
  const { ruleSetBytes, automatonBytes, automaton } = saveCheckedRules(defaultRulesDir(), set, ruleSetFile(), () => automatonFile());
  process.stdout.write(`rule set: ${set.rules.length} rules, ${set.factPatterns.length} fact patterns; ${(ruleSetBytes / 1024).toFixed(0)} KB written to ${ruleSetFile()}\n`);
  process.stdout.write(`literal automaton: ${automaton.literals.length} literals, ${automaton.states} states, ${automaton.classes} byte classes; ${(automatonBytes / 1024).toFixed(0)} KB written to ${automatonFile()}\n`);
} catch (err) {
  process.stderr.write(`${err instanceof RuleFileError ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
