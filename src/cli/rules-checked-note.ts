// After a diagnose that had to read and check the shipped rules again (the rules changed since the last `npm run
// build`: a checkout pulled without a build, a rule being edited), saves the result in the user's cache so that
// later starts are as quick as with a current build (rule-set-save.ts), and says so in one line on standard error:
// on a terminal when it was saved (once per change of the rules), always when it could not be (every start then
// pays the check again). --quiet says nothing.
import type { RuleSet } from '../engine/load-rules.js';
import { saveInUserCache } from '../engine/rule-set-save.js';
import type { Messages } from '../i18n/messages.js';
import { isTerminal } from './output.js';

export function saveCheckedRules(ruleSet: RuleSet, cli: Messages, quiet: boolean): void {
  if (!ruleSet.checkedNow) return;
  const ms = Math.round(ruleSet.checkedNow.ms);
  let note: string | null;
  try {
    const dir = saveInUserCache(ruleSet);
    note = dir !== null && isTerminal(2) ? cli('rules.checkedSaved', { ms, dir }) : null;
  } catch (err) {
    note = cli('rules.checkedNotSaved', { ms, reason: (err as Error).message });
  }
  if (note !== null && !quiet) process.stderr.write(`gpu-doctor: ${note}\n`);
}
