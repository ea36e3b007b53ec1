// Saves a checked rule set for later starts, with what the scanner and evaluate.ts derive from it (line-scanner.ts
// SavedPatternIndex, evaluate.ts SavedConditions, inside the rule set file, so they are used exactly when it is)
// and its literal automaton: `npm run build` for the shipped rules into dist/ (scripts/pattern-verdicts.ts), and
// a start that had to check the shipped rules again into the user's cache (user-cache.ts).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { LiteralAutomaton } from './literal-automaton.js';
import type { RuleSet } from './load-rules.js';
import { ruleFileNames, saveRuleSet, userRuleSetFile, type CheckedRules } from './rule-set-cache.js';
import { saveAutomaton, userAutomatonFile } from './automaton-cache.js';
import { writeUserVerdicts } from './pattern-cache.js';
import { scannerIndex } from './log-scan.js';
import { deriveConditions } from './evaluate.js';
import { userCacheDir } from './user-cache.js';

export interface SavedSizes {
  ruleSetBytes: number;
  automatonBytes: number;
  automaton: LiteralAutomaton;
}

/** Saves the rules of folder `dir` in `ruleFile` and their automaton in `automatonFile` (given its literals). */
export function saveCheckedRules(dir: string, set: CheckedRules, ruleFile: string, automatonFile: (literals: string[]) => string): SavedSizes {
  const index = scannerIndex(set.rules, set.factPatterns);
  const ruleSetBytes = saveRuleSet(dir, { ...set, index: index.toSaved(), conditions: deriveConditions(set.rules) }, ruleFile);
  const { automaton } = index;
  return { ruleSetBytes, automatonBytes: saveAutomaton(automaton, automatonFile(automaton.literals)), automaton };
}

/**
 * Saves shipped rules this process checked (RuleSet.checkedNow) in the user's cache, with the pattern verdicts
 * it computed; returns the cache folder. Nothing is saved when a rule file changed while it was being read (the
 * saved set would pass for the new one). Throws when the cache cannot be written.
 */
export function saveInUserCache(set: RuleSet): string | null {
  const since = set.checkedNow?.at ?? 0;
  if (ruleFileNames(set.dir).some((name) => statSync(join(set.dir, name)).mtimeMs >= since)) return null;
  writeUserVerdicts();
  saveCheckedRules(set.dir, set, userRuleSetFile(), (literals) => userAutomatonFile(JSON.stringify(literals)));
  return userCacheDir();
}
