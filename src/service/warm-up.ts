// Warm start for long-lived processes (the bot, a server, a diagnose worker): loads and checks the rules,
// builds the literal automaton (and its WebAssembly copy) and diagnoses logs made of the rule set's own
// examples for a bounded time, so that V8 has compiled every regex and brought the scan path to its
// optimised code before the first user's log arrives. One diagnosis is not enough: V8 optimises a function
// only after it has run a while on steady types, and after one small diagnosis the first users' pastes still
// ran 30-40 % slower than later ones (runs 5-54 of a warm process against runs 201-250) while V8 finished
// the job on their time.
//
// Why the logs are shaped so: the examples are the messages the rules are written for and their near misses
// (real program output: stack frames, stamped logger lines, nvidia-smi tables, pip), so every pattern's regex
// runs and the paths a real log takes (prefilter hits, joined and wrapped lines, facts, rules, ranking) are
// the ones exercised. A log repeats its lines, and a repeat is answered by the line memo (line-memo.ts), a
// path of its own: so each log gives its examples twice. The first round diagnoses one log per rule: it pays
// the regexes' compilation (most of its ~400 ms) and runs what runs once per log (deciding how it was
// pasted, facts, rules, ranking) many times; the later rounds give all the examples as one long log (the
// memo filling, wrapped-line shapes across many lines) until the budget is spent. No user's log and no
// benchmark input is used: the warm-up warms what the rule set reads, not one measured paste.
import { loadRuleSet, type RuleSet } from '../engine/load-rules.js';
import { diagnoseText } from '../engine/diagnose.js';
import { scannerIndex } from '../engine/log-scan.js';
import { wasmScanFor } from '../engine/prefilter.js';
import { threadCpuMs } from './thread-cpu.js';

/**
 * Bound of the warm-up, in CPU time of its thread (wall-clock time where the system does not say): a round
 * starts while less than this was spent (the first always runs; a later one costs 25-50 ms). CPU time, so
 * that a machine busy with other work stretches the warm-up instead of cutting it short: it runs before the
 * process (or its worker) takes its first log. Measured (a 100 KB paste, runs 5-54 against runs 201-250 of
 * one process): 400 ms is the first round alone, after which the first users still ran 1.3-1.6x slower than
 * later ones; 600 ms, 1.3-1.4x; 800 ms (about ten rounds), 1.0-1.15x.
 */
export const WARM_UP_BUDGET_MS = 800;
/** Rounds after the first, at most: past about ten the first users' runs were no faster (a small rule set stops here). */
const MAX_ROUNDS = 20;

interface WarmUpLogs {
  /** every text example twice, as one log */
  allTwice: string;
  /** per rule with text examples: its examples twice */
  perRule: string[];
}

/** The warm-up logs of a rule set, made of its text examples (match and no-match); made per warm-up, not kept. */
export function warmUpLogs(ruleSet: RuleSet): WarmUpLogs {
  const perRule = ruleSet.rules
    .map((r) => [...r.examples.match, ...r.examples.noMatch].filter((e): e is string => typeof e === 'string').join('\n'))
    .filter((text) => text !== '');
  const all = perRule.join('\n') || 'warm-up';
  return { allTwice: `${all}\n${all}`, perRule: perRule.map((text) => `${text}\n${text}`) };
}

/** Milliseconds the warm-up took (wall clock). */
export async function warmUp(ruleSet: RuleSet = loadRuleSet(), budgetMs = WARM_UP_BUDGET_MS): Promise<number> {
  const started = performance.now();
  const cpuStarted = threadCpuMs();
  const spent = (): number => {
    const cpu = threadCpuMs();
    return cpu !== undefined && cpuStarted !== undefined ? cpu - cpuStarted : performance.now() - started;
  };
  // the WebAssembly module and its whole transition table (a few ms, once): later pastes run their byte loop
  // in it (line-scanner.ts), which a one-shot process would not win back
  wasmScanFor(scannerIndex(ruleSet.rules, ruleSet.factPatterns, ruleSet.index).automaton);
  const logs = warmUpLogs(ruleSet);
  for (const log of logs.perRule) await diagnoseText(log, ruleSet);
  for (let round = 0; round < MAX_ROUNDS && spent() < budgetMs; round++) await diagnoseText(logs.allTwice, ruleSet);
  return performance.now() - started;
}
