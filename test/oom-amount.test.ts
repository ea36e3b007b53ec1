// The OOM finding names the failed allocation ("28.83 GiB allocation failed") in every wording torch has
// printed: 'RuntimeError: CUDA out of memory. Tried to allocate …' (before 1.13) and 'torch.cuda.OutOfMemoryError:
// CUDA out of memory. Tried to allocate …' / 'torch.OutOfMemoryError: …' (after), where the exception's own name
// comes first on the line and must not quote it without the amount.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../src/engine/diagnose.js';

const corpus = (name: string) => readFileSync(new URL(`../fixtures/corpus/${name}`, import.meta.url), 'utf8');

describe('gpu-out-of-memory reads the failed allocation', () => {
  it.each([
    ['ra-invoke22-3050-4gb-oom-97.log', '128.00 MiB'], // RuntimeError: CUDA out of memory. Tried to allocate …
    ['ra-fooocus-k80-oom-63.log', '622.00 MiB'], // torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate …
    ['ya-framepack-2080ti-oom-28gib.log', '28.83 GiB'], // torch.OutOfMemoryError: CUDA out of memory. Tried to allocate …
  ])('%s -> %s', async (log, amount) => {
    const { findings } = await diagnoseText(corpus(log));
    const oom = findings.find((f) => f.rule.id === 'gpu-out-of-memory');
    expect(oom?.captures.amount).toBe(amount);
  });
});
