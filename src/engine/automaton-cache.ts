// The literal automaton of the shipped rules is built by `npm run build` and saved in dist/ next to the pattern
// verdicts (its trie and failure links, ~0.3 MB; the transition table is filled on use): a start reads it
// back instead of building it, which a fresh process does in V8's interpreter (40+ ms). Any other literal
// list (a user's rule folder, a rule edited since the build) is built at load, once per process.
import { readFileSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { packagePath } from '../package-root.js';
import { LiteralAutomaton } from './literal-automaton.js';

/** Bump when the saved layout or its meaning changes: old files are then ignored. */
const FORMAT = 1;

const known = new Map<string, LiteralAutomaton>();
let saved: LiteralAutomaton | null | undefined;

/** The saved automaton's file (its arrays are in this machine's byte order, so that is in the name). */
export function automatonFile(): string {
  return packagePath('dist', `literal-automaton-v${FORMAT}-${endianness().toLowerCase()}.bin`);
}

/** The automaton for these literals (in this order): the saved one when it holds exactly them, else built. */
export function automatonFor(literals: string[]): LiteralAutomaton {
  const key = JSON.stringify(literals);
  let automaton = known.get(key);
  if (automaton) return automaton;
  if (saved === undefined) saved = readSaved();
  automaton = saved !== null && JSON.stringify(saved.literals) === key ? saved : new LiteralAutomaton(literals);
  known.set(key, automaton);
  return automaton;
}

function readSaved(): LiteralAutomaton | null {
  try {
    return LiteralAutomaton.fromBytes(readFileSync(automatonFile()));
  } catch {
    return null; // not built (a fresh checkout under vitest), unreadable, or from another version: build at load
  }
}

/** Saves an automaton for later starts; returns its size in bytes. */
export function saveAutomaton(automaton: LiteralAutomaton, path = automatonFile()): number {
  const bytes = automaton.toBytes();
  writeFileSync(path, bytes);
  return bytes.length;
}
