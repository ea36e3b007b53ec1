// The shape of a rule file (rules/<id>.json) and of a fact-pattern file (rules/facts/*.json).
// Rule files are data a reader can follow without TypeScript; this file is their schema.

import type { Lang } from '../i18n/lang.js';
import type { ActionSpec } from './action-types.js';
import type { JoinEdges } from './literals/join-edges.js';

// the rule files' texts are keyed by the languages of src/i18n/lang.ts
export type { Lang };
export type Severity = 'error' | 'warning' | 'info';
export type Localised = Record<Lang, string>;
export type LocalisedList = Record<Lang, string[]>;

/** A regular expression over one log line, guarded by literals that must appear in the line (lower-case). */
export interface PatternSpec {
  /**
   * lower-case substrings; the pattern runs only on lines containing at least one of them. Optional in a rule
   * file (derived from the pattern; a hand-written list must be implied by it); always set once loaded.
   */
  literals: string[];
  /**
   * AND-literals: lower-case substrings of which the line must also hold one (e.g. "[", "]", "%" for a path
   * with a special character, when `literals` is the common ":\\"). They never stop the scan by themselves;
   * a line holding only a common literal is passed over without being decoded. Must be implied by the pattern.
   */
  alsoLiterals?: string[];
  /**
   * Set by the loader when it derived alsoLiterals (literals/extract.ts andLiterals: the pattern's literals
   * include a weak one such as "no"): the AND-literal may also stand on a line the regex stage reads with
   * this one (the next line joined after it, console-wide lines glued before or after it). The prefilter
   * lets such lines through; the regex stage does not check these AND-literals itself.
   */
  alsoNear?: boolean;
  /**
   * For a pattern anchored at the line start: the line (after a quote marker and white space) must begin with
   * one of these; checked on the line's first bytes, before it is decoded. Must be implied by the pattern.
   */
  lineStartLiterals?: string[];
  /**
   * Set by the loader: false when no match can hold a space and the pattern has no lookahead, so trying it on
   * a line joined with the next (a message wrapped by a terminal) cannot find what the line alone did not.
   */
  joins?: boolean;
  /**
   * Set by the loader for a pattern that joins: the characters that can stand just before and just after the
   * joining space in a match (literals/join-edges.ts); a retry where the lines' edges hold neither is skipped.
   */
  joinEdges?: JoinEdges;
  /** Set by the loader: true when every match holds a non-ASCII character (the prefilter skips lines without one). */
  nonAscii?: boolean;
  /** JavaScript regex source; named groups become captures */
  pattern: string;
  /** regex flags, default "i" */
  flags?: string;
}

export interface FixSpec {
  title: Localised;
  steps: LocalisedList;
  /** true when `gpu-doctor fix` can apply it (diagnose output never applies anything) */
  auto?: boolean;
  /** risk class for the fix executor */
  risk?: 'safe' | 'caution' | 'workaround' | 'manual';
  link?: string;
  /**
   * the signals this fix answers (one message of a family whose messages need different fixes): shown only
   * when the finding rests on one of them; all are shown when it rests on none that a fix names (view.ts)
   */
  signals?: string[];
  /**
   * the messages of another device this fix is not for (an Apple MPS or Intel XPU message beside a CUDA-first
   * fix): hidden when the finding rests on one of them, so an unscoped fix stays the fallback for the rest (view.ts)
   */
  unlessSignals?: string[];
  /** where the fix applies: `only` these systems / `not` these (windows, linux, wsl, macos, container); see src/report/context.ts */
  contexts?: { only?: Array<'windows' | 'linux' | 'wsl' | 'macos' | 'container'>; not?: Array<'windows' | 'linux' | 'wsl' | 'macos' | 'container'> };
  /** what `gpu-doctor fix` does (src/engine/action-types.ts): an action with {{fact}} placeholders or a builder name */
  action?: ActionSpec;
}

/** Where a rule's `why` takes the reasons for the messages its finding rests on. */
export const REASONS_SLOT = '{{reasons}}';

/**
 * One message's part of its rule's explanation: the text that fills the `{{reasons}}` slot of the rule's `why` when
 * the finding rests on one of `signals` (view.ts), so a family of messages explains the one the log shows. A reason
 * with empty `signals` is the rule's general one: it fills the slot when no other reason is for the finding.
 */
export interface ReasonSpec {
  signals: string[];
  text: Localised;
}

/** A json-rules-engine condition tree; `{ "signal": "name" }` is shorthand for "that signal was seen". */
export type ConditionSpec = Record<string, unknown>;

export interface RuleSpec {
  id: string;
  severity: Severity;
  /** larger = more specific; breaks ties between findings of equal severity */
  priority?: number;
  /** ids of findings this root cause explains (they are ranked after it, errors shown as consequences) */
  explains?: string[];
  /** a generic finding that is dropped when any other error finding is present */
  onlyAlone?: boolean;
  /** ids of findings that, when all their evidence comes after all of this one's, show a later run that
   *  got past this failure (the user fixed it and hit the next): this one is then ranked as explained by them */
  supersededByLater?: string[];
  /** log-line signals this rule defines; other rules may refer to them by name */
  signals?: Record<string, PatternSpec | PatternSpec[]>;
  when: ConditionSpec;
  title: Localised;
  why: Localised;
  /** the parts of `why` for some messages only, filling its `{{reasons}}` slot (ReasonSpec) */
  reasons?: ReasonSpec[];
  fixes: FixSpec[];
  /** log texts, or `{ "facts": {…} }` for rules over facts only (a scan's compatibility rules) */
  examples: { match: RuleExample[]; noMatch: RuleExample[] };
}

/** A rule example: log text, or facts evaluated as a scan would produce them. */
export type RuleExample = string | { facts: Record<string, string | number | boolean | string[]> };

/** A pattern that yields facts: named groups name the facts, or `set` gives constant facts. */
export interface FactPatternSpec extends PatternSpec {
  /** constant facts to set when the pattern matches, e.g. { "os": "windows" } */
  set?: Record<string, string | number | boolean>;
  /** higher weight wins when two patterns give the same fact different values (default 1) */
  weight?: number;
  /** facts from named groups collect every distinct value instead of keeping the best one */
  collect?: boolean;
  note?: string;
}
