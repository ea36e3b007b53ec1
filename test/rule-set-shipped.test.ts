// The GitHub Action carries the build's saved rule set (dist-action/built/, shipped-build.ts): a runner's checkout
// writes files in no useful time order, so that copy is checked by the bytes of the rule files it was made from,
// not by time stamps: used when every file is as it was (whatever the times), refused after any edit, even one
// that keeps a file's size.
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSavedRuleSet, saveRuleSet } from '../src/engine/rule-set-cache.js';
import { packagePath } from '../src/package-root.js';

const tmp = mkdtempSync(join(tmpdir(), 'gpu-doctor-shipped-set-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a saved rule set checked by content', () => {
  it('holds while the files are the same bytes, whatever their times; not after a same-size edit', () => {
    const rules = join(tmp, 'rules');
    cpSync(packagePath('rules'), rules, { recursive: true });
    const file = join(tmp, 'rule-set.json');
    saveRuleSet(rules, { rules: [], factPatterns: [] }, file);
    // a checkout that wrote a rule file after the saved set: refused by time stamps, used by content
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(rules, 'zlibwapi-missing.json'), later, later);
    expect(readSavedRuleSet(rules, file)).toBeNull();
    expect(readSavedRuleSet(rules, file, undefined, true)).not.toBeNull();
    // one character changed, same size: the names and sizes still agree, the content does not
    const edited = join(rules, 'zlibwapi-missing.json');
    const text = readFileSync(edited, 'utf8');
    const at = text.indexOf('"priority": ') + '"priority": '.length;
    writeFileSync(edited, text.slice(0, at) + (text[at] === '1' ? '2' : '1') + text.slice(at + 1));
    expect(readFileSync(edited).length).toBe(Buffer.byteLength(text));
    expect(readSavedRuleSet(rules, file, undefined, true)).toBeNull();
  });
});
