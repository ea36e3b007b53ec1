// What to say when no failure signature is in the log: good news when the log shows the GPU working (name,
// framework build, training under way), otherwise the exact commands whose output would show the cause,
// for the system the log came from.
import type { FactMap } from '../facts/derive.js';
import type { Messages } from '../i18n/messages.js';

export interface NoFindingsView {
  /** the log shows a working GPU set-up */
  healthy: boolean;
  /** what the log shows working, one line each */
  works: string[];
  /** commands to run and paste next (empty when healthy) */
  commands: string[];
}

// the commands that print the versions and the GPU state, per system (Windows has no grep)
const NEXT_COMMANDS: Record<'unix' | 'windows', string[]> = {
  unix: [
    'nvidia-smi',
    'python -m torch.utils.collect_env',
    'python -c "import tensorflow as tf; print(tf.__version__, tf.config.list_physical_devices(\'GPU\'))"',
    'pip list 2>/dev/null | grep -i -E "torch|tensorflow|nvidia|cuda|cudnn"',
  ],
  windows: [
    'nvidia-smi',
    'python -m torch.utils.collect_env',
    'python -c "import tensorflow as tf; print(tf.__version__, tf.config.list_physical_devices(\'GPU\'))"',
    'pip list | findstr /i "torch tensorflow nvidia cuda cudnn"',
  ],
};

const value = (facts: FactMap, name: string): string | undefined => {
  const v = facts.get(name)?.value;
  if (v === undefined || v === '' || v === false) return undefined;
  return Array.isArray(v) ? v.join(', ') : String(v);
};

export function noFindingsView(facts: FactMap, t: Messages): NoFindingsView {
  const works: string[] = [];
  const gpu = value(facts, 'gpuName');
  const cudaAvailable = /^true$/i.test(value(facts, 'torchCudaAvailable') ?? '');
  if (gpu) works.push(t('works.gpu', { name: gpu }));
  const torch = value(facts, 'torchVersion');
  if (torch) {
    const cuda = value(facts, 'torchBuildCuda');
    works.push(cuda ? t('works.torchCuda', { version: torch, cuda }) : t('works.torch', { version: torch }));
  }
  const tf = value(facts, 'tfVersion');
  if (tf) works.push(t('works.tf', { version: tf }));
  if (cudaAvailable) works.push(t('works.cudaAvailable'));
  const training = value(facts, 'trainingEpoch') !== undefined;
  if (training) works.push(t('works.training'));
  const healthy = cudaAvailable || (gpu !== undefined && training);
  const os = value(facts, 'os');
  const commands = healthy ? [] : NEXT_COMMANDS[os === 'windows' ? 'windows' : 'unix'];
  return { healthy, works, commands };
}
