// Warm start for long-lived processes (the bot, a server, a diagnose worker): loads and checks the rules,
// builds the literal automaton and runs one diagnosis over every rule's first example, so V8 has compiled the
// regexes and the scan path before the first user's log arrives (the first diagnosis otherwise pays 75-150 ms).
import { loadRuleSet, type RuleSet } from './load-rules.js';
import { diagnoseText } from './diagnose.js';

/** Milliseconds the warm-up took. */
export async function warmUp(ruleSet: RuleSet = loadRuleSet()): Promise<number> {
  const started = performance.now();
  const sample = ruleSet.rules.map((r) => r.examples.match.find((e): e is string => typeof e === 'string') ?? '').join('\n');
  await diagnoseText(sample || 'warm-up\n', ruleSet);
  return performance.now() - started;
}
