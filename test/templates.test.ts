// Rule texts never leak their templates (issue 11 item 4): every title, why, fix title and step of every rule,
// in both languages, rendered without captures (the fallbacks) and with a value for every placeholder, has no
// "{{" / "}}", no value glued to a word ("free20.00 MiB"), no empty brackets or doubled spaces.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../src/engine/load-rules.js';
import { findingOfRule } from '../src/engine/rank.js';
import { viewFindings, type FindingView } from '../src/report/view.js';
import { explainView } from '../src/cli/explain-command.js';
import type { Lang, RuleSpec } from '../src/engine/rule-types.js';
import { ensureBuilt, ROOT } from './built-cli.js';

const VALUE = 'Q7Q';
const placeholders = (rule: RuleSpec): string[] =>
  [...JSON.stringify([rule.title, rule.why, rule.fixes.map((f) => [f.title, f.steps])]).matchAll(/\{\{(\w+)/g)].map((m) => m[1]!);

const all = (v: FindingView): string[] => [v.title, v.why, ...v.fixes.flatMap((f) => [f.title, ...f.steps])];
function texts(rule: RuleSpec, lang: Lang, captures: Record<string, string>): string[] {
  return all(viewFindings([{ ...findingOfRule(rule), captures }], new Map(), lang)[0]!);
}

describe('rule templates', () => {
  const { rules } = loadRuleSet();
  for (const lang of ['en', 'zh-CN'] as Lang[]) {
    // as `explain` shows them: a rule over facts only with the facts of its first example, any other with no capture
    it(`${lang}: no template syntax and no gaps without captures`, async () => {
      const shown = await Promise.all(rules.map(async (r) => ({ r, t: all((await explainView(r, lang)).view) })));
      const bad = shown.flatMap(({ r, t: list }) => list.filter((t) => /\{\{|\}\}|(?:^|\s)\(\s*\)|（\s*）|\S {2,}\S | [,;](?:\s|$)| \.$|\b[a-z]+[A-Z][a-z]+[A-Z]?[a-z]*Wanted\b|\?–\?/.test(t)).map((t) => `${r.id}: ${t}`));
      expect(bad).toEqual([]);
    });
    it(`${lang}: a captured value never sticks to a word`, () => {
      const bad = rules.flatMap((r) => {
        const captures = Object.fromEntries(placeholders(r).map((p) => [p, VALUE]));
        // "v{{cudaWanted}}" (v12.1, a folder name) is meant; any other letter glued to the value is not
        return texts(r, lang, captures).filter((t) => /(?<![\\/v])[A-Za-z]Q7Q|Q7Q[A-Za-z]|\{\{|\}\}/.test(t)).map((t) => `${r.id}: ${t}`);
      });
      expect(bad).toEqual([]);
    });
  }

  it('explain lists titles with their placeholders filled', () => {
    const cli = ensureBuilt();
    for (const lang of ['en', 'zh-CN']) {
      const r = spawnSync(process.execPath, [cli, 'explain', '--lang', lang], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stdout).not.toMatch(/\{\{|\}\}/);
    }
  }, 60_000);
});
