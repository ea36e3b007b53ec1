// The json-rules-engine side of a rule set, built once per rule set and shared by every run in the process.
// The Engine is only the holder of the operators; each rule's json-rules-engine Rule (its parsed condition
// tree) is built the first time a log makes the rule a candidate. A run gets its own Almanac, so one log's
// facts never reach another's, and evaluates just its candidate rules. engine.run() is not used: its status
// field is shared by overlapping runs, which makes one run skip rules when another finishes (STACK.md,
// upstream issue #303); Rule.evaluate(almanac) reads nothing a run changes (results go into a copy).
// json-rules-engine itself is loaded on the first run that has a rule to evaluate: a log where no rule can
// fire (evaluate.ts skips those) never pays for loading it.
import type { Almanac, Engine, Fact, Rule, TopLevelCondition } from 'json-rules-engine';
import { addOperators } from './operators.js';

/** the classes used here */
interface RulesEngineModule { Almanac: typeof Almanac; Engine: typeof Engine; Fact: typeof Fact; Rule: typeof Rule }
let loading: Promise<RulesEngineModule> | undefined;
const loadRulesEngine = (): Promise<RulesEngineModule> => (loading ??= import('json-rules-engine'));

/** What a rule's evaluation gives back: its condition tree with each condition's result filled in. */
export interface RuleOutcome {
  name: string;
  result: boolean;
  conditions: unknown;
}

/** Rule.evaluate is what Engine.run calls for each rule; it is not in the package's type declarations. */
type EvaluableRule = Rule & { evaluate(almanac: Almanac): Promise<RuleOutcome> };

export interface RuleDefinition {
  name: string;
  conditions: TopLevelCondition;
}

export class RuleEngine {
  private engine: Engine | undefined;
  private readonly built = new Map<RuleDefinition, EvaluableRule>();

  /**
   * Evaluates these rules against the facts of one run; returns the outcomes of the rules that hold, in the
   * order their evaluations finish (the order Engine.run reports them in).
   * `dynamic` facts are computed on each use (not cached: the almanac would hash every params object).
   */
  async run(rules: RuleDefinition[], constants: Iterable<[string, unknown]>, dynamic: Record<string, (params: Record<string, unknown>) => unknown>): Promise<RuleOutcome[]> {
    const jre = await loadRulesEngine();
    if (!this.engine) {
      this.engine = new jre.Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: false });
      addOperators(this.engine);
    }
    const { Almanac, Fact } = jre;
    const almanac = new Almanac({ allowUndefinedFacts: true });
    // cache: false on constants too: a cached constant is hashed (hash-it) as it is added, and a constant
    // is read without the cache either way
    for (const [name, value] of constants) almanac.addFact(new Fact(name, value, { cache: false }));
    for (const [name, fn] of Object.entries(dynamic)) almanac.addFact(new Fact(name, fn, { cache: false }));
    const held: RuleOutcome[] = [];
    await Promise.all(rules.map((r) => this.rule(jre, r).evaluate(almanac).then((outcome) => { if (outcome.result) held.push(outcome); })));
    return held;
  }

  private rule(jre: RulesEngineModule, def: RuleDefinition): EvaluableRule {
    let rule = this.built.get(def);
    if (!rule) {
      rule = new jre.Rule({ name: def.name, conditions: def.conditions, event: { type: def.name } }) as EvaluableRule;
      this.engine!.addRule(rule); // binds the rule to the engine's operators
      this.built.set(def, rule);
    }
    return rule;
  }
}
