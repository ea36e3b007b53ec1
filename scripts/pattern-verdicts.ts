// Build step: checks every pattern of the shipped rules once and writes the verdicts to
// dist/pattern-verdicts.json, so that a CLI start does not parse and analyse the regexes again
// (src/engine/pattern-cache.ts); saves the checked rule set as one file (src/engine/rule-set-cache.ts); then
// builds their literal automaton and saves it beside them (src/engine/automaton-cache.ts). A rule that fails
// its checks fails the build, naming the file. What the scanner and evaluate.ts derive from the rules
// (line-scanner.ts SavedPatternIndex, evaluate.ts SavedConditions) is saved inside the rule set file, so it is
// used exactly when the rule set is.
import { rmSync } from 'node:fs';
import { defaultRulesDir, readRuleFolder, RuleFileError } from '../src/engine/load-rules.js';
import { ruleSetFile, saveRuleSet } from '../src/engine/rule-set-cache.js';
import { verdictFile, writeVerdicts } from '../src/engine/pattern-cache.js';
import { automatonFile, saveAutomaton } from '../src/engine/automaton-cache.js';
import { scannerIndex } from '../src/engine/log-scan.js';
import { deriveConditions } from '../src/engine/evaluate.js';

rmSync(verdictFile(), { force: true });
rmSync(automatonFile(), { force: true });
rmSync(ruleSetFile(), { force: true });
try {
  const set = readRuleFolder(defaultRulesDir());
  process.stdout.write(`pattern verdicts: ${writeVerdicts()} written to ${verdictFile()}\n`);
  // the scanner's tables and the conditions' tables are saved with the rule set they were derived from
  const index = scannerIndex(set.rules, set.factPatterns);
  const size = saveRuleSet(defaultRulesDir(), { ...set, index: index.toSaved(), conditions: deriveConditions(set.rules) });
  process.stdout.write(`rule set: ${set.rules.length} rules, ${set.factPatterns.length} fact patterns; ${(size / 1024).toFixed(0)} KB written to ${ruleSetFile()}\n`);
  const { automaton } = index;
  const bytes = saveAutomaton(automaton);
  process.stdout.write(`literal automaton: ${automaton.literals.length} literals, ${automaton.states} states, ${automaton.classes} byte classes; ${(bytes / 1024).toFixed(0)} KB written to ${automatonFile()}\n`);
} catch (err) {
  process.stderr.write(`${err instanceof RuleFileError ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
