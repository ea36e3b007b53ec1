// Every command reads its arguments through src/cli/options.ts (issue 11, item 10): one place decides --json,
// --markdown, --lang, --no-color, --verbose / --quiet and turns parse errors into one-line usage errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './built-cli.js';
import { COMMANDS } from '../src/cli/commands.js';
import { fileGraph } from './import-graph.js';

const files = fileGraph(ROOT, ['src/cli']);

describe('the commands share src/cli/options.ts', () => {
  for (const c of COMMANDS) {
    it(`${c.name}: parses with parseCommand, never with node:util parseArgs itself`, () => {
      const file = `src/cli/${c.name}-command.ts`;
      expect(files.get(file), file).toContain('src/cli/options.ts');
      const text = readFileSync(join(ROOT, file), 'utf8');
      expect(text).toMatch(/\bparseCommand\(/);
      expect(text).not.toMatch(/from 'node:util'|\bparseArgs\(/);
    });
  }
});
