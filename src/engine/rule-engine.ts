// The json-rules-engine side of a rule set, built once per rule set and shared by every run in the process.
// Each rule's condition tree is parsed by json-rules-engine (a Rule's Condition objects) the first time a log
// makes the rule a candidate, and kept. A run gets its own Almanac, so one log's facts never reach another's.
// Every condition on a fact is evaluated by json-rules-engine (Condition.evaluate: the fact's value from the
// almanac, compared by the engine's operator); the all / any / not above them are combined here as
// Rule.evaluate combines them, and each run keeps its own results. Rule.evaluate is not used: it deep-clones
// the rule's whole tree on every call to write that call's results into (its RuleResult), a third of the
// rules' cost on a 100 KB paste; engine.run() neither: its status field is shared by overlapping runs, which
// makes one run skip rules when another finishes (STACK.md, upstream issue #303).
// json-rules-engine itself is loaded on the first run that has a rule to evaluate: a log where no rule can
// fire (evaluate.ts skips those) never pays for loading it.
import type { Almanac, Engine, Fact, Rule, TopLevelCondition } from 'json-rules-engine';
import { addOperators } from './operators.js';

/** the classes used here */
interface RulesEngineModule { Almanac: typeof Almanac; Engine: typeof Engine; Fact: typeof Fact; Rule: typeof Rule }
let loading: Promise<RulesEngineModule> | undefined;
const loadRulesEngine = (): Promise<RulesEngineModule> => (loading ??= import('json-rules-engine'));

/**
 * A parsed condition as json-rules-engine builds it (its Condition class, not in the package's type
 * declarations): a boolean node holds its children under its operator's name, a fact condition evaluates itself.
 */
interface ParsedCondition {
  operator: string;
  fact?: string;
  params?: Record<string, unknown>;
  value?: unknown;
  priority?: number;
  all?: ParsedCondition[];
  any?: ParsedCondition[];
  not?: ParsedCondition;
  isBooleanOperator(): boolean;
  isConditionReference(): boolean;
  evaluate(almanac: Almanac, operators: unknown): Promise<{ result: boolean }>;
}

/** A fact condition that held, as the rule file (expanded) gave it. */
export interface HeldCondition {
  fact: string;
  params?: Record<string, unknown>;
  value?: unknown;
}

/** A rule that holds for a run, with the fact conditions that held (in the tree's order; none under a `not`). */
export interface RuleOutcome {
  name: string;
  held: HeldCondition[];
}

export interface RuleDefinition {
  name: string;
  conditions: TopLevelCondition;
}

/** A rule's parsed tree and its fact conditions that can show evidence (not under a `not`), in tree order. */
interface BuiltRule {
  root: ParsedCondition;
  shown: Map<ParsedCondition, number>;
  /** shown's keys, by their number (listed once, not on every run the rule holds) */
  shownInOrder: ParsedCondition[];
}

export class RuleEngine {
  private engine: Engine | undefined;
  private operators: unknown;
  private readonly built = new Map<RuleDefinition, BuiltRule>();

  /**
   * Evaluates these rules against the facts of one run; returns the outcomes of the rules that hold, in the
   * order given. `dynamic` facts are computed on each use (not cached: the almanac would hash every params object).
   */
  async run(rules: RuleDefinition[], constants: Iterable<[string, unknown]>, dynamic: Record<string, (params: Record<string, unknown>) => unknown>): Promise<RuleOutcome[]> {
    const jre = await loadRulesEngine();
    if (!this.engine) {
      this.engine = new jre.Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: false });
      addOperators(this.engine);
      this.operators = (this.engine as unknown as { operators: unknown }).operators;
    }
    const { Almanac, Fact } = jre;
    const almanac = new Almanac({ allowUndefinedFacts: true });
    // cache: false on constants too: a cached constant is hashed (hash-it) as it is added, and a constant
    // is read without the cache either way
    for (const [name, value] of constants) almanac.addFact(new Fact(name, value, { cache: false }));
    for (const [name, fn] of Object.entries(dynamic)) almanac.addFact(new Fact(name, fn, { cache: false }));
    const outcomes = await Promise.all(rules.map(async (def): Promise<RuleOutcome | null> => {
      const rule = this.rule(jre, def);
      const held = new Uint8Array(rule.shown.size);
      if (!(await this.holds(rule.root, almanac, rule.shown, held))) return null;
      return { name: def.name, held: rule.shownInOrder.filter((_, i) => held[i] === 1) as HeldCondition[] };
    }));
    return outcomes.filter((o): o is RuleOutcome => o !== null);
  }

  /**
   * Whether a condition holds, as Rule.evaluate decides it: every child of an all / any is evaluated (all
   * conditions here have one priority, so Rule.evaluate runs them together), an empty one holds, a not
   * inverts its child. A fact condition that holds and can show evidence is marked in `held`.
   */
  private async holds(c: ParsedCondition, almanac: Almanac, shown: Map<ParsedCondition, number>, held: Uint8Array): Promise<boolean> {
    if (c.isBooleanOperator()) {
      if (c.not) return !(await this.holds(c.not, almanac, shown, held));
      const children = c.all ?? c.any!;
      if (children.length === 0) return true;
      const results = await Promise.all(children.map((child) => this.holds(child, almanac, shown, held)));
      return c.all ? results.every((r) => r) : results.some((r) => r);
    }
    const { result } = await c.evaluate(almanac, this.operators);
    const at = shown.get(c);
    if (result === true && at !== undefined) held[at] = 1;
    return result === true;
  }

  private rule(jre: RulesEngineModule, def: RuleDefinition): BuiltRule {
    let rule = this.built.get(def);
    if (!rule) {
      const root = new jre.Rule({ name: def.name, conditions: def.conditions, event: { type: def.name } }).conditions as unknown as ParsedCondition;
      const shown = new Map<ParsedCondition, number>();
      // (what is under a not shows no evidence: what is absent has no line to show)
      const visit = (c: ParsedCondition, shows: boolean): void => {
        // json-rules-engine gives a boolean node priority 1 and a fact condition none unless the rule file sets one
        if (c.isConditionReference() || c.priority !== (c.isBooleanOperator() ? 1 : undefined)) {
          throw new Error(`rule ${def.name}: condition priorities and named conditions are not supported`);
        }
        if (c.not) visit(c.not, false);
        else if (c.all || c.any) for (const child of c.all ?? c.any!) visit(child, shows);
        else if (shows) shown.set(c, shown.size);
      };
      visit(root, true);
      rule = { root, shown, shownInOrder: [...shown.keys()] };
      this.built.set(def, rule);
    }
    return rule;
  }
}
