// The diagnose pipeline: decoded log chunks → signals and facts → rules → ranked findings.
import type { DecodedChunk } from '../input/read-log.js';
import { loadRuleSet, type RuleSet } from './load-rules.js';
import { compileScanner, LogScan, type LogScanResult } from './log-scan.js';
import { deriveFacts, type FactMap } from '../facts/derive.js';
import { evaluate } from './evaluate.js';
import { rank, type RankedFinding } from './rank.js';

export interface Diagnosis {
  findings: RankedFinding[];
  facts: FactMap;
  lines: number;
}

/** A fresh log scan for this rule set: a scanner counts lines, so each log gets its own. */
export function newLogScan(ruleSet: RuleSet): LogScan {
  return new LogScan(compileScanner(ruleSet.rules, ruleSet.factPatterns, ruleSet.index));
}

export async function diagnoseScan(scan: LogScanResult, ruleSet: RuleSet = loadRuleSet()): Promise<Diagnosis> {
  const facts = deriveFacts(scan);
  const raw = await evaluate(ruleSet.rules, { signals: scan.signals, facts }, ruleSet.conditions);
  return { findings: rank(raw), facts, lines: scan.lines };
}

export async function diagnoseChunks(chunks: AsyncIterable<DecodedChunk> | Iterable<DecodedChunk>, ruleSet: RuleSet = loadRuleSet()): Promise<Diagnosis> {
  const scan = newLogScan(ruleSet);
  for await (const chunk of chunks) scan.add(chunk);
  return diagnoseScan(scan.finish(), ruleSet);
}

/** Convenience for tests and the bot: diagnose a string already in memory. */
export function diagnoseText(text: string, ruleSet: RuleSet = loadRuleSet()): Promise<Diagnosis> {
  return diagnoseChunks([{ text }], ruleSet);
}
