// The list operators of the rule files: a list that is an unknown fact makes the condition false, never an
// exception that fails every other rule of the run (a cuDNN release missing from the table has no majors).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RuleEngine } from '../src/engine/rule-engine.js';

const rule = JSON.parse(readFileSync(new URL('../rules/cudnn-cuda-major-mismatch.json', import.meta.url), 'utf8'));
const mismatch = { name: rule.id, conditions: rule.when };

async function holds(facts: Record<string, unknown>): Promise<boolean> {
  const outcomes = await new RuleEngine().run([mismatch], Object.entries(facts), {});
  return outcomes.some((o) => o.name === rule.id);
}

describe('in / notIn', () => {
  it('cudnn-cuda-major-mismatch holds only when the toolkit major is missing from a known list', async () => {
    expect(await holds({ cudnnVersion: '8.1.1', cudnnToolkitMajor: '12', cudnnCudaMajors: ['11'] })).toBe(true);
    expect(await holds({ cudnnVersion: '8.9.7', cudnnToolkitMajor: '12', cudnnCudaMajors: ['11', '12'] })).toBe(false);
  });

  it('a cuDNN release the table does not list (no cudnnCudaMajors) is no finding and no error', async () => {
    await expect(holds({ cudnnVersion: '9.99.0', cudnnToolkitMajor: '12' })).resolves.toBe(false);
  });

  it('in with an unknown fact is false, so a "not in" guard still holds', async () => {
    const notWindows = { name: 'not-windows', conditions: { all: [{ not: { fact: 'os', operator: 'in', value: ['windows', 'wsl2'] } }] } };
    const run = (facts: Record<string, unknown>) => new RuleEngine().run([notWindows as never], Object.entries(facts), {});
    expect((await run({})).map((o) => o.name)).toEqual(['not-windows']);
    expect((await run({ os: 'linux' })).map((o) => o.name)).toEqual(['not-windows']);
    expect(await run({ os: 'wsl2' })).toEqual([]);
  });
});
