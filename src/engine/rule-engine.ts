// The json-rules-engine side of a rule set, built once per rule set and shared by every run in the process.
// Each rule's condition tree is parsed by json-rules-engine (a Rule's Condition objects) the first time a log
// makes the rule a candidate, and kept. Each fact condition is decided by json-rules-engine's operator for it
// (Operator.evaluate: its fact-value check, then the comparison), on the run's own fact values; the all / any /
// not above them are combined here as Rule.evaluate combines them, and each run keeps its own results.
// The walk is synchronous: json-rules-engine's own (Condition.evaluate, the Almanac) makes a promise for every
// fact value and every result, ~100 KB of garbage per 10 KB paste. Rule.evaluate is not used either: it
// deep-clones the rule's whole tree on every call to write that call's results into (its RuleResult); nor
// engine.run(): its status field is shared by overlapping runs, which makes one run skip rules when another
// finishes (STACK.md, upstream issue #303).
// json-rules-engine itself is loaded on the first run that has a rule to evaluate: a log where no rule can
// fire (evaluate.ts skips those) never pays for loading it.
import type { Engine, Rule, TopLevelCondition } from 'json-rules-engine';
import { addOperators } from './operators.js';

/** the classes used here */
interface RulesEngineModule { Engine: typeof Engine; Rule: typeof Rule }
let loading: Promise<RulesEngineModule> | undefined;
const loadRulesEngine = (): Promise<RulesEngineModule> => (loading ??= import('json-rules-engine'));

/**
 * A parsed condition as json-rules-engine builds it (its Condition class, not in the package's type
 * declarations): a boolean node holds its children under its operator's name, a fact condition names its fact.
 */
interface ParsedCondition {
  operator: string;
  fact?: string;
  params?: Record<string, unknown>;
  value?: unknown;
  path?: string;
  priority?: number;
  all?: ParsedCondition[];
  any?: ParsedCondition[];
  not?: ParsedCondition;
  isBooleanOperator(): boolean;
  isConditionReference(): boolean;
}

/** json-rules-engine's Operator: `evaluate` checks the fact value's type, then compares (OperatorMap.get gives it). */
interface Operator {
  evaluate(factValue: unknown, jsonValue: unknown): boolean;
}
interface OperatorMap {
  get(name: string): Operator | null | undefined;
}

/** A fact condition that held, as the rule file (expanded) gave it. */
export interface HeldCondition {
  fact: string;
  params?: Record<string, unknown>;
  value?: unknown;
}

/** A rule that holds for a run, with the fact conditions that held in branches that held (in the tree's order; none under a `not`). */
export interface RuleOutcome {
  name: string;
  held: HeldCondition[];
}

export interface RuleDefinition {
  name: string;
  conditions: TopLevelCondition;
}

/** A rule's tree as walked here: json-rules-engine's parsed conditions, each fact condition with its operator. */
type Node =
  | { kind: 'all' | 'any'; children: Node[] }
  | { kind: 'not'; child: Node }
  | { kind: 'fact'; condition: ParsedCondition; operator: Operator; /** position in shownInOrder, -1: under a not */ shown: number };

/** A rule's tree and its fact conditions that can show evidence (not under a `not`), in tree order. */
interface BuiltRule {
  root: Node;
  shownInOrder: ParsedCondition[];
}

/** A run's fact values: the constants, and the facts computed on each use (synchronously) from a condition's params. */
interface RunFacts {
  constants: Map<string, unknown>;
  dynamic: Record<string, (params: Record<string, unknown>) => unknown>;
}

const NO_PARAMS: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

export class RuleEngine {
  private operators: OperatorMap | undefined;
  private readonly built = new Map<RuleDefinition, BuiltRule>();

  /**
   * Evaluates these rules against the facts of one run; returns the outcomes of the rules that hold, in the
   * order given. `dynamic` facts are computed on each use, synchronously (a promise would read as true).
   */
  async run(rules: RuleDefinition[], constants: Iterable<[string, unknown]>, dynamic: Record<string, (params: Record<string, unknown>) => unknown>): Promise<RuleOutcome[]> {
    const jre = await loadRulesEngine();
    if (!this.operators) {
      const engine = new jre.Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: false });
      addOperators(engine);
      this.operators = (engine as unknown as { operators: OperatorMap }).operators;
    }
    const facts: RunFacts = { constants: new Map(constants), dynamic };
    const outcomes: RuleOutcome[] = [];
    const marked: number[] = [];
    for (const def of rules) {
      const rule = this.rule(jre, def);
      const held = new Uint8Array(rule.shownInOrder.length);
      marked.length = 0;
      if (holds(rule.root, facts, held, marked)) outcomes.push({ name: def.name, held: rule.shownInOrder.filter((_, i) => held[i] === 1) as HeldCondition[] });
    }
    return outcomes;
  }

  private rule(jre: RulesEngineModule, def: RuleDefinition): BuiltRule {
    let rule = this.built.get(def);
    if (!rule) {
      const parsed = new jre.Rule({ name: def.name, conditions: def.conditions, event: { type: def.name } }).conditions as unknown as ParsedCondition;
      const shownInOrder: ParsedCondition[] = [];
      // (what is under a not shows no evidence: what is absent has no line to show)
      const build = (c: ParsedCondition, shows: boolean): Node => {
        // json-rules-engine gives a boolean node priority 1 and a fact condition none unless the rule file sets one
        if (c.isConditionReference() || c.priority !== (c.isBooleanOperator() ? 1 : undefined)) {
          throw new Error(`rule ${def.name}: condition priorities and named conditions are not supported`);
        }
        if (c.not) return { kind: 'not', child: build(c.not, false) };
        if (c.all) return { kind: 'all', children: c.all.map((child) => build(child, shows)) };
        if (c.any) return { kind: 'any', children: c.any.map((child) => build(child, shows)) };
        if (c.path !== undefined || hasPath(c.value)) throw new Error(`rule ${def.name}: fact paths are not supported`);
        const operator = this.operators!.get(c.operator);
        if (!operator) throw new Error(`rule ${def.name}: unknown operator ${c.operator}`);
        const node: Node = { kind: 'fact', condition: c, operator, shown: shows ? shownInOrder.length : -1 };
        if (shows) shownInOrder.push(c);
        return node;
      };
      rule = { root: build(parsed, true), shownInOrder };
      this.built.set(def, rule);
    }
    return rule;
  }
}

/**
 * Whether a condition holds, as Rule.evaluate decides it: every child of an all / any is evaluated (all
 * conditions here have one priority, so Rule.evaluate runs them all), an empty one holds, a not inverts its
 * child. A fact condition that holds and can show evidence is marked in `held` (its index pushed on `marked`),
 * and unmarked again when an all / any above it fails: a guard of a branch that did not hold (the leaves of
 * `any: [gpuName, driverVersion]` beside a signal that is absent) is no evidence of the finding.
 */
function holds(node: Node, facts: RunFacts, held: Uint8Array, marked: number[]): boolean {
  switch (node.kind) {
    case 'not':
      return !holds(node.child, facts, held, marked);
    case 'all': {
      const from = marked.length;
      let all = true;
      for (const child of node.children) if (!holds(child, facts, held, marked)) all = false;
      if (!all) unmark(held, marked, from);
      return all;
    }
    case 'any': {
      const from = marked.length;
      let any = node.children.length === 0;
      for (const child of node.children) if (holds(child, facts, held, marked)) any = true;
      if (!any) unmark(held, marked, from);
      return any;
    }
    case 'fact': {
      const c = node.condition;
      // (as json-rules-engine's Almanac reads them: a missing fact is undefined, a `{ fact }` value is that fact's)
      const value = isFactReference(c.value) ? factValue(facts, c.value.fact, c.value.params) : c.value;
      const result = node.operator.evaluate(factValue(facts, c.fact!, c.params), value) === true;
      if (result && node.shown >= 0) {
        held[node.shown] = 1;
        marked.push(node.shown);
      }
      return result;
    }
  }
}

/** Takes back the marks made since `from` (in a branch that failed). */
function unmark(held: Uint8Array, marked: number[], from: number): void {
  for (let i = from; i < marked.length; i++) held[marked[i]!] = 0;
  marked.length = from;
}

function factValue(facts: RunFacts, name: string, params: Record<string, unknown> | undefined): unknown {
  const compute = Object.hasOwn(facts.dynamic, name) ? facts.dynamic[name] : undefined;
  return compute ? compute(params ?? NO_PARAMS) : facts.constants.get(name);
}

function isFactReference(value: unknown): value is { fact: string; params?: Record<string, unknown> } {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, 'fact');
}

function hasPath(value: unknown): boolean {
  return isFactReference(value) && (value as { path?: unknown }).path !== undefined;
}
