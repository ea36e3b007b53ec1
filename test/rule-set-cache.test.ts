// The checked rule set saved by the build (rule-set-cache.ts) stands in for the rule folder only while the
// folder and the loader are what it was made from.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultRulesDir, readRuleFolder } from '../src/engine/load-rules.js';
import { readSavedRuleSet, saveRuleSet } from '../src/engine/rule-set-cache.js';

let tmp: string;
let dir: string;
let saved: string;
let code: string;
/** Sets a file's modification time `seconds` from now. */
const touch = (path: string, seconds: number) => { const t = new Date(Date.now() + seconds * 1000); utimesSync(path, t, t); };

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gpu-doctor-rule-set-'));
  dir = join(tmp, 'rules');
  cpSync(defaultRulesDir(), dir, { recursive: true });
  saved = join(tmp, 'rule-set.json');
  code = join(tmp, 'loader.js');
  writeFileSync(code, '');
  touch(code, -60);
  saveRuleSet(dir, readRuleFolder(dir), saved);
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('the saved rule set', () => {
  it('is what loading and checking the folder gives (the literals and joins the loader fills in included)', () => {
    const back = readSavedRuleSet(dir, saved, code);
    expect(back).not.toBeNull();
    // but for the patterns' and conditions' notes (prose nothing reads at run time), left out of the file
    const loaded = readRuleFolder(dir);
    const notes = JSON.stringify(loaded).match(/"note":"/g)?.length ?? 0;
    expect(notes).toBeGreaterThan(100);
    expect(back).toEqual(JSON.parse(JSON.stringify(loaded, (key, v: unknown) => (key === 'note' && typeof v === 'string' ? undefined : v))));
    expect(readFileSync(saved, 'latin1')).not.toContain('"note":');
    expect(back!.rules.every((r) => Object.values(r.signals ?? {}).flat().every((p) => p.literals.length > 0))).toBe(true);
    // written as ASCII (read back without UTF-8 decoding), the Chinese texts included
    expect(readFileSync(saved).every((b) => b < 0x80)).toBe(true);
    expect(back!.rules.some((r) => /[\u4e00-\u9fff]/.test(r.title['zh-CN']))).toBe(true);
    // a rule's texts are parsed on first use, once (the same objects after), and can be replaced
    const rule = back!.rules[1]!;
    expect(rule.fixes).toBe(rule.fixes);
    rule.why = { en: 'changed', 'zh-CN': 'changed' };
    expect(rule.why.en).toBe('changed');
    expect(JSON.parse(JSON.stringify(rule)).why.en).toBe('changed');
  });

  it('in an installed package (under node_modules), whose time stamps are the unpacking\'s, checks names and sizes only', () => {
    const pkg = join(tmp, 'node_modules', 'gpu-doctor');
    const rules = join(pkg, 'rules');
    const file = join(pkg, 'dist', 'rule-set.json');
    cpSync(dir, rules, { recursive: true });
    cpSync(saved, file);
    // unpacked in some order: rule files and the loader after the saved set
    touch(file, -60);
    for (const name of ['zlibwapi-missing.json', 'facts/log-facts.json']) touch(join(rules, name), 5);
    touch(code, 5);
    expect(readSavedRuleSet(rules, file, code)).not.toBeNull();
    appendFileSync(join(rules, 'zlibwapi-missing.json'), '\n');
    expect(readSavedRuleSet(rules, file, code)).toBeNull();
  });

  it('is not used once a rule file is edited, added or removed, or the loader is newer', () => {
    const rule = join(dir, 'zlibwapi-missing.json');
    const text = readFileSync(rule, 'utf8');
    // the same size, a later time stamp: an edit of one character
    writeFileSync(rule, text.replace('"error"', '"erro_"'));
    touch(rule, 5);
    expect(readSavedRuleSet(dir, saved, code)).toBeNull();
    writeFileSync(rule, text);
    touch(rule, -30);
    expect(readSavedRuleSet(dir, saved, code)).not.toBeNull();

    // a longer file with an old time stamp (copied with its time kept)
    appendFileSync(rule, '\n');
    touch(rule, -30);
    expect(readSavedRuleSet(dir, saved, code)).toBeNull();
    writeFileSync(rule, text);
    touch(rule, -30);

    writeFileSync(join(dir, 'facts', 'extra.json'), '[]');
    touch(join(dir, 'facts', 'extra.json'), -30);
    expect(readSavedRuleSet(dir, saved, code)).toBeNull();
    rmSync(join(dir, 'facts', 'extra.json'));
    expect(readSavedRuleSet(dir, saved, code)).not.toBeNull();

    rmSync(rule);
    expect(readSavedRuleSet(dir, saved, code)).toBeNull();
    writeFileSync(rule, text);
    touch(rule, -30);

    touch(code, 5);
    expect(readSavedRuleSet(dir, saved, code)).toBeNull();
  });

  it('is not used when missing or unreadable', () => {
    writeFileSync(saved, '{"format":1,');
    expect(readSavedRuleSet(dir, saved, code)).toBeNull();
    rmSync(saved);
    expect(readSavedRuleSet(dir, saved, code)).toBeNull();
  });
});
