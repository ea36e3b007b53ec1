// Which findings gpu-doctor can fix itself, for rules whose fixes carry no `action` of their own (a rule's
// `fixes[].action` wins). Data only: each entry is an action with {{fact}} placeholders or a builder name.
import type { ActionSpec } from './types.js';

export const FINDING_ACTIONS: Record<string, ActionSpec[]> = {
  'zlibwapi-missing': [{ builder: 'zlibwapi-local-copy' }],
  'cusolver-name-mismatch': [{ builder: 'cusolver-alias' }],
  'torch-cpu-build': [{ builder: 'torch-cuda-wheel', risk: 'caution' }],
  'cuda-path-not-set': [{ builder: 'cuda-on-path' }],
  // WSL's own driver folder: on any other system it does not exist and must not go on the search path
  'wsl-libcuda-path': [{ kind: 'path-add', variable: 'LD_LIBRARY_PATH', entry: '/usr/lib/wsl/lib', contexts: { only: ['wsl'] } }],
  // the variable may have been set on purpose in a script; the start-up file cannot undo that
  'cuda-visible-devices-hidden': [{ kind: 'env-unset', name: 'CUDA_VISIBLE_DEVICES', risk: 'caution' }],
  'xla-libdevice-not-found': [{ builder: 'xla-cuda-data-dir' }],
  'numpy-abi-mismatch': [{ kind: 'pip', python: '{{python}}', args: ['install', 'numpy<2'], packages: ['numpy'], risk: 'caution' }],
  'protobuf-incompatible': [{ kind: 'pip', python: '{{python}}', args: ['install', 'protobuf==3.20.*'], packages: ['protobuf'], risk: 'caution' }],
};
