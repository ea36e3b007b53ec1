// Shared pattern pieces (rules/fragments.json): a phrase list that several rules need, such as the localized
// "X was not found" wordings, is written once and named; a pattern writes `{{fragment:NAME}}` where it goes.
// The loader puts `(?:alt1|alt2|…)` there before anything else reads the pattern, so the literals, the
// linear-time check, the saved rule set, the rule tests and `explain` all see the whole pattern.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file in a rules folder that holds the fragments (not a rule). */
export const FRAGMENTS_FILE = 'fragments.json';

/** A fragment name, kebab-case like a rule id. */
const NAME_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A use of a fragment in a pattern: `{{fragment:NAME}}` (any `{{fragment:` must be one). */
const USE_RE = /\{\{fragment:([^{}]*)\}\}/g;

/** Fragment name → its regex, `(?:alt1|alt2|…)`. */
export type Fragments = ReadonlyMap<string, string>;

type Fail = (msg: string) => never;

/** Reads and checks `dir/fragments.json`; a folder without one has no fragments. */
export function readFragments(dir: string, fail: Fail): Fragments {
  const file = join(dir, FRAGMENTS_FILE);
  const fragments = new Map<string, string>();
  if (!existsSync(file)) return fragments;
  const where = (msg: string): never => fail(`rules/${FRAGMENTS_FILE}: ${msg}`);
  let doc: { fragments?: unknown };
  try {
    doc = JSON.parse(readFileSync(file, 'utf8')) as { fragments?: unknown };
  } catch (err) {
    return where(`not valid JSON: ${(err as Error).message}`);
  }
  if (!doc || typeof doc.fragments !== 'object' || doc.fragments === null || Array.isArray(doc.fragments)) where('expected { "fragments": { "name": { "about": "…", "oneOf": ["…"] } } }');
  for (const [name, spec] of Object.entries(doc.fragments as Record<string, { about?: unknown; oneOf?: unknown }>)) {
    if (!NAME_RE.test(name)) where(`fragment name "${name}" must be kebab-case`);
    if (typeof spec?.about !== 'string' || spec.about.trim() === '') where(`fragment "${name}" needs an "about" string (what the phrases are, where they come from)`);
    const alts = spec.oneOf;
    if (!Array.isArray(alts) || alts.length === 0 || alts.some((a) => typeof a !== 'string' || a === '')) where(`fragment "${name}": "oneOf" must list one or more regex alternatives`);
    (alts as string[]).forEach((alt, i) => {
      // each alternative is whole: balanced groups, no stray `|` reaching into its neighbours
      if (alt.includes('{{fragment:')) where(`fragment "${name}" oneOf[${i}]: a fragment cannot use another fragment`);
      try {
        new RegExp(`(?:${alt})`);
      } catch (err) {
        where(`fragment "${name}" oneOf[${i}]: bad regex: ${(err as Error).message}`);
      }
    });
    fragments.set(name, `(?:${(alts as string[]).join('|')})`);
  }
  return fragments;
}

/** The pattern with every `{{fragment:NAME}}` replaced by the fragment's regex; `where` names the pattern in errors. */
export function expandFragments(pattern: string, fragments: Fragments, where: string, fail: Fail): string {
  if (!pattern.includes('{{fragment:')) return pattern;
  const expanded = pattern.replace(USE_RE, (_, name: string) => {
    const body = fragments.get(name);
    if (body === undefined) fail(`rules/${where}: unknown fragment "${name}" (fragments are defined in rules/${FRAGMENTS_FILE})`);
    return body!;
  });
  if (expanded.includes('{{fragment:')) fail(`rules/${where}: "{{fragment:" must be followed by a name and "}}"`);
  return expanded;
}
