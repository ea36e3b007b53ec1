// fixtures/corpus-known-misses.json is kept sorted by case name, one `"case": "why"` per line: helpers who add
// misses at the same time then insert at different places instead of all appending after the same last line
// (which, with JSON's commas, always conflicted). test/corpus.test.ts checks the form;
//   node dist/scripts/sort-known-misses.js      rewrites the file in it (after adding entries or a merge).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { packagePath } from '../src/package-root.js';

export const KNOWN_MISSES_FILE = packagePath('fixtures', 'corpus-known-misses.json');

/** The file's one accepted text: keys in code-unit order, one entry per line, a final newline. */
export function sortedKnownMisses(text: string): string {
  const entries = Object.entries(JSON.parse(text) as Record<string, string>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{\n${entries.map(([name, why]) => `  ${JSON.stringify(name)}: ${JSON.stringify(why)}`).join(',\n')}\n}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(KNOWN_MISSES_FILE, sortedKnownMisses(readFileSync(KNOWN_MISSES_FILE, 'utf8')));
}
