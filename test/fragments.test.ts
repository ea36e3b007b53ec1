// Shared pattern fragments (rules/fragments.json, src/engine/fragments.ts): a pattern's `{{fragment:NAME}}` is
// put in by the loader before anything reads the pattern, so literals, the linear-time check, the saved rule set
// and the scanner see the whole pattern; a name that is not defined is a load error naming the rule and the name.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRulesDir, loadRuleSet, readRuleFolder, RuleFileError } from '../src/engine/load-rules.js';
import { readSavedRuleSet, saveRuleSet } from '../src/engine/rule-set-cache.js';
import { compileScanner, LogScan } from '../src/engine/log-scan.js';
import type { PatternSpec, RuleSpec } from '../src/engine/rule-types.js';
import { withRuleFolder } from './rule-folder.js';

const RULES = defaultRulesDir();
const fragmentsOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'fragments.json'), 'utf8')) as { fragments: Record<string, { about: string; oneOf: string[] }> };
const patternsOf = (rules: RuleSpec[]): PatternSpec[] => rules.flatMap((r) => Object.values(r.signals ?? {}).flat());
/** the signals one line raises with a rule set */
function signalsOn(line: string, set = loadRuleSet()): string[] {
  const scan = new LogScan(compileScanner(set.rules, set.factPatterns));
  scan.add({ text: line });
  return [...scan.finish().signals.keys()];
}

describe('the shipped fragments', () => {
  const { fragments } = fragmentsOf(RULES);
  const raw = [...readdirSync(RULES).filter((f) => f.endsWith('.json')).map((f) => join(RULES, f)),
    ...readdirSync(join(RULES, 'facts')).map((f) => join(RULES, 'facts', f))].map((f) => readFileSync(f, 'utf8')).join('\n');

  it('are each used by some pattern, and every use is put in by the loader', () => {
    for (const name of Object.keys(fragments)) expect(raw, `fragment ${name} is not used`).toContain(`{{fragment:${name}}}`);
    const set = loadRuleSet();
    expect(set.rules.some((r) => r.id === 'fragments')).toBe(false);
    for (const p of [...patternsOf(set.rules), ...set.factPatterns]) expect(p.pattern).not.toContain('{{fragment:');
  });

  it('give their words to the derived prefilter literals and to the scanner', () => {
    const set = loadRuleSet();
    const dotnet = set.rules.find((r) => r.id === 'dll-load-failed')!.signals!['dotnet-native-dll-not-found'] as PatternSpec;
    // the words of the module-not-found fragment, not its name, are what the prefilter looks for
    expect(dotnet.literals).toEqual(expect.arrayContaining(['the specified module could not b', 'le module spécifié est introuvab', '指定されたモジュールが見つかりません']));
    expect(dotnet.literals.some((l) => l.includes('fragment'))).toBe(false);
    expect(signalsOn('La ejecución de código no puede continuar porque no se encontró cudnn64_8.dll.', set)).toContain('lib-cudnn-missing');
    expect(signalsOn('Le code ne peut pas continuer car cublas64_11.dll est introuvable.', set)).toContain('lib-cudamath-missing');
    expect(signalsOn('Successfully opened dynamic library cudnn64_8.dll', set)).not.toContain('lib-cudnn-missing');
  });
});

describe('the loader with fragments', () => {
  it('refuses a pattern that names an unknown fragment, naming the rule, the signal and the fragment', () => {
    withRuleFolder((folder) => {
      folder.setSignal({ pattern: '{{fragment:no-such-phrases}}\\s*zlibwapi\\.dll' });
      expect(() => folder.load()).toThrow(RuleFileError);
      expect(() => folder.load()).toThrow(`rules/zlibwapi-missing.json signal ${folder.name}[0]: unknown fragment "no-such-phrases" (fragments are defined in rules/fragments.json)`);
      folder.setSignal({ pattern: '{{fragment:}}zlibwapi\\.dll' });
      expect(() => folder.load()).toThrow(/unknown fragment ""/);
      folder.setSignal({ pattern: '{{fragment:dll-missing-words zlibwapi\\.dll' });
      expect(() => folder.load()).toThrow(/"\{\{fragment:" must be followed by a name and "\}\}"/);
    });
  });

  it('refuses an unknown fragment in a fact pattern, naming the facts file', () => {
    withRuleFolder((folder) => {
      const file = join(folder.dir, 'facts', 'log-facts.json');
      const list = JSON.parse(readFileSync(file, 'utf8')) as PatternSpec[];
      list[3] = { ...list[3]!, pattern: `{{fragment:nope}}${list[3]!.pattern}` };
      writeFileSync(file, JSON.stringify(list));
      expect(() => folder.load()).toThrow('rules/facts/log-facts.json[3]: unknown fragment "nope"');
    });
  });

  it('checks the pattern with its fragments put in: a fragment that makes it super-linear is refused', () => {
    withRuleFolder((folder) => {
      const doc = fragmentsOf(folder.dir);
      doc.fragments['optional-colon'] = { about: 'test', oneOf: [':?\\s*'] };
      writeFileSync(join(folder.dir, 'fragments.json'), JSON.stringify(doc));
      folder.setSignal({ pattern: 'could not locate zlibwapi{{fragment:optional-colon}}' });
      expect(folder.load().rules.length).toBeGreaterThan(0);
      folder.setSignal({ pattern: 'could not locate zlibwapi\\s*{{fragment:optional-colon}}\\.dll' });
      // the error shows the pattern as the checks saw it: the fragment put in
      expect(() => folder.load()).toThrow('pattern "could not locate zlibwapi\\\\s*(?::?\\\\s*)\\\\.dll": super-linear');
    });
  });

  it('refuses a malformed fragments file, naming the fragment', () => {
    withRuleFolder((folder) => {
      const file = join(folder.dir, 'fragments.json');
      const good = readFileSync(file, 'utf8');
      const edit = (fn: (d: ReturnType<typeof fragmentsOf>) => void) => { const d = JSON.parse(good); fn(d); writeFileSync(file, JSON.stringify(d)); };
      edit((d) => { d.fragments['dll-missing-words'].oneOf.push('missing (dll'); });
      expect(() => folder.load()).toThrow(/rules\/fragments\.json: fragment "dll-missing-words" oneOf\[\d+\]: bad regex/);
      edit((d) => { d.fragments['dll-missing-words'].oneOf.push('{{fragment:says-value}}'); });
      expect(() => folder.load()).toThrow('rules/fragments.json: fragment "dll-missing-words" oneOf[23]: a fragment cannot use another fragment');
      edit((d) => { d.fragments['Bad Name'] = { about: 'x', oneOf: ['x'] }; });
      expect(() => folder.load()).toThrow('rules/fragments.json: fragment name "Bad Name" must be kebab-case');
      edit((d) => { d.fragments['says-value'].oneOf = []; });
      expect(() => folder.load()).toThrow('rules/fragments.json: fragment "says-value": "oneOf" must list one or more regex alternatives');
      writeFileSync(file, '{"fragments": [');
      expect(() => folder.load()).toThrow(/rules\/fragments\.json: not valid JSON/);
    });
  });

  it('reads an edited fragment in every rule that uses it, and the saved rule set is then not used', () => {
    withRuleFolder((folder) => {
      const line = 'Wykonywanie kodu nie może być kontynuowane, ponieważ nie odnaleziono zlibwapi.dll.';
      const before = folder.load();
      expect(signalsOn(line, before)).not.toContain(folder.name);
      const saved = join(folder.dir, 'saved-rule-set.txt'); // not a .json: not read as a rule file
      const loader = join(folder.dir, 'facts', 'log-facts.json'); // any file older than the save stands in for the loader
      saveRuleSet(folder.dir, readRuleFolder(folder.dir), saved);
      expect(readSavedRuleSet(folder.dir, saved, loader)).not.toBeNull();

      const doc = fragmentsOf(folder.dir);
      doc.fragments['dialog-not-found-before-name']!.oneOf.push('nie odnaleziono');
      writeFileSync(join(folder.dir, 'fragments.json'), JSON.stringify(doc, null, 2));
      expect(readSavedRuleSet(folder.dir, saved, loader)).toBeNull();
      const after = folder.load();
      expect(signalsOn(line, after)).toContain('zlibwapi-not-found');
      expect(signalsOn(line.replace('zlibwapi', 'cudnn64_8'), after)).toContain('lib-cudnn-missing');
    });
  });
});
