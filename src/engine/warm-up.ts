// Warm start for long-lived processes (the bot, a server, a diagnose worker): loads and checks the rules,
// builds the literal automaton (and its WebAssembly copy) and runs one diagnosis over every rule's first
// example, so V8 has compiled the regexes and the scan path before the first user's log arrives (the first
// diagnosis otherwise pays 75-150 ms).
import { loadRuleSet, type RuleSet } from './load-rules.js';
import { diagnoseText } from './diagnose.js';
import { scannerIndex } from './log-scan.js';
import { wasmScanFor } from './prefilter.js';

/** Milliseconds the warm-up took. */
export async function warmUp(ruleSet: RuleSet = loadRuleSet()): Promise<number> {
  const started = performance.now();
  // the WebAssembly module and its whole transition table (a few ms, once): later pastes run their byte loop
  // in it (line-scanner.ts), which a one-shot process would not win back
  wasmScanFor(scannerIndex(ruleSet.rules, ruleSet.factPatterns, ruleSet.index).automaton);
  const sample = ruleSet.rules.map((r) => r.examples.match.find((e): e is string => typeof e === 'string') ?? '').join('\n');
  await diagnoseText(sample || 'warm-up\n', ruleSet);
  return performance.now() - started;
}
