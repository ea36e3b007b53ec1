import { describe, expect, it } from 'vitest';
import { BEGIN, END, findBlock, parseLine, renderLine, restoreBlock, setBlock, withEntry } from '../src/fix/shell-block.js';
import type { EnvAction } from '../src/fix/types.js';

const wsl: EnvAction = { kind: 'path-add', variable: 'LD_LIBRARY_PATH', entry: '/usr/lib/wsl/lib' };

describe('shell start-up block', () => {
  it('round-trips entries with characters the shell would expand', () => {
    const odd: EnvAction[] = [
      { kind: 'path-add', variable: 'PATH', entry: '/opt/my "cuda" $HOME/`x`\\bin' },
      { kind: 'env-set', name: 'XLA_FLAGS', value: "--xla_gpu_cuda_data_dir=/usr/local/cuda it's" },
      { kind: 'env-unset', name: 'CUDA_VISIBLE_DEVICES' },
    ];
    for (const a of odd) expect(parseLine(renderLine(a))).toEqual(a);
    expect(renderLine(wsl)).toBe('export LD_LIBRARY_PATH="/usr/lib/wsl/lib${LD_LIBRARY_PATH:+:${LD_LIBRARY_PATH}}"');
  });

  it('rejects a variable name that is not one', () => {
    expect(() => renderLine({ kind: 'env-set', name: 'A;rm -rf /', value: 'x' })).toThrow(/not a valid environment variable name/);
  });

  it('appends one block, keeps the rest of the file, and adding the same entry twice changes nothing', () => {
    const rc = '# my bashrc\nalias ll="ls -l"\n';
    const once = setBlock(rc, withEntry([], wsl));
    expect(once.startsWith(rc)).toBe(true);
    expect(once.split(BEGIN).length).toBe(2);
    const entries = findBlock(once)!.entries;
    expect(withEntry(entries, wsl)).toBe(entries);
    expect(setBlock(once, entries)).toBe(once);
    // a second entry goes into the same block
    const twice = setBlock(once, withEntry(entries, { kind: 'env-unset', name: 'CUDA_VISIBLE_DEVICES' }));
    expect(twice.split(BEGIN).length).toBe(2);
    expect(twice.split(END).length).toBe(2);
    expect(findBlock(twice)!.entries).toHaveLength(2);
  });

  it('keeps CRLF files CRLF', () => {
    const out = setBlock('a\r\nb\r\n', [wsl]);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('restoreBlock removes only the block when the user edited the file since', () => {
    const before = 'line 1\nline 2';
    const after = setBlock(before, [wsl]);
    const edited = after + 'export EDITOR=vim\n';
    expect(restoreBlock(edited, before)).toBe('line 1\nline 2\nexport EDITOR=vim\n');
    // the block of `before` comes back when there was one
    const withOld = setBlock('x\n', [{ kind: 'env-unset', name: 'A' }]);
    const changed = setBlock(withOld, [{ kind: 'env-unset', name: 'A' }, wsl]) + 'y\n';
    expect(restoreBlock(changed, withOld)).toBe(withOld + 'y\n');
  });
});
