// /versions: which CUDA, cuDNN, driver and Python go with a version. The recommendation comes from the
// planner (src/plan/), the per-version facts from the knowledge tables (src/knowledge/tables.ts);
// nothing is decided here.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Messages } from '../../src/i18n/messages.js';
import { computeCapabilityOf, maxCudaForDriver, minDriverForCuda, table, tensorflowBuilds, torchRelease } from '../../src/knowledge/tables.js';
import { majorMinor, parseVersion } from '../../src/knowledge/version.js';
import { plan } from '../../src/plan/planner.js';
import type { Constraints, Framework, PlanOs } from '../../src/plan/types.js';
import { EMBED_LIMITS, truncate } from './embed.js';

export interface VersionsQuery {
  torch?: string;
  tensorflow?: string;
  cuda?: string;
  driver?: string;
  gpu?: string;
  os?: Exclude<PlanOs, 'macos'>;
  python?: string;
}

const FRAMEWORK_NAME: Record<Framework, string> = { pytorch: 'PyTorch', tensorflow: 'TensorFlow' };

const field = (name: string, lines: string[]): APIEmbedField => ({
  name: truncate(name, EMBED_LIMITS.fieldName),
  value: truncate(lines.filter(Boolean).join('\n') || '—', EMBED_LIMITS.fieldValue),
});
const both = (linux: string | undefined, windows: string | undefined): string => `${linux ?? '?'} / ${windows ?? '?'}`;
/** "cu121" → "12.1", "cu118" → "11.8" */
const wheelCuda = (tag: string): string | undefined => /^cu(\d+)(\d)$/.exec(tag.trim())?.slice(1, 3).join('.');

function torchField(version: string, t: Messages): APIEmbedField {
  const row = torchRelease(version);
  if (!row) return field(`PyTorch ${version}`, [t('bot.versions.unknown', { what: 'PyTorch', version })]);
  const wheels = (row.cuda_wheels ?? '').split(';').map((w) => w.trim()).filter(Boolean);
  const drivers = wheels.map((w) => {
    const cuda = wheelCuda(w);
    return cuda ? `${w}: ${both(minDriverForCuda(cuda, 'linux'), minDriverForCuda(cuda, 'windows'))}` : '';
  }).filter(Boolean);
  return field(`PyTorch ${row.torch_version}`, [
    `**${t('bot.versions.cudaBuilds')}:** ${wheels.join(', ') || '—'}`,
    row.pypi_default_cuda ? `**${t('bot.versions.pypiDefault')}:** ${row.pypi_default_cuda}` : '',
    `**${t('bot.versions.python')}:** ${row.python_min ?? '?'} – ${row.python_max ?? '?'}`,
    row.cudnn_in_wheels ? `**${t('bot.versions.cudnn')}:** ${row.cudnn_in_wheels}` : '',
    drivers.length ? `**${t('bot.versions.minDriver')}:** ${drivers.join('; ')}` : '',
  ]);
}

function tensorflowField(version: string, t: Messages): APIEmbedField {
  const rows = tensorflowBuilds(version).filter((r) => r.device === 'gpu');
  if (rows.length === 0) return field(`TensorFlow ${version}`, [t('bot.versions.unknown', { what: 'TensorFlow', version })]);
  const lines = rows.map((r) => `${r.os} · ${r.package}: CUDA ${r.cuda || '—'}, cuDNN ${r.cudnn || '—'}, ${t('bot.versions.python')} ${r.python_min}–${r.python_max}`);
  return field(`TensorFlow ${majorMinor(version)} — ${t('bot.versions.gpuBuilds')}`, [...new Set(lines)]);
}

function cudaField(version: string, t: Messages): APIEmbedField {
  const mm = majorMinor(version);
  const linux = minDriverForCuda(version, 'linux');
  const windows = minDriverForCuda(version, 'windows');
  if (!mm || (!linux && !windows)) return field(`CUDA ${version}`, [t('bot.versions.unknown', { what: 'CUDA', version })]);
  const tag = `cu${mm.replace('.', '')}`;
  const torch = table('pytorch-builds').filter((r) => (r.cuda_wheels ?? '').split(';').map((w) => w.trim()).includes(tag)).map((r) => r.torch_version);
  return field(`CUDA ${mm}`, [
    `**${t('bot.versions.minDriver')}:** ${both(linux, windows)}`,
    torch.length ? `**PyTorch (${tag}):** ${torch.slice(0, 12).join(', ')}${torch.length > 12 ? ', …' : ''}` : '',
  ]);
}

function driverField(version: string, t: Messages): APIEmbedField {
  if (!parseVersion(version)) return field(`Driver ${version}`, [t('bot.versions.unknown', { what: 'driver', version })]);
  return field(`Driver ${version}`, [`**${t('bot.versions.maxCuda')}:** ${both(maxCudaForDriver(version, 'linux'), maxCudaForDriver(version, 'windows'))}`]);
}

function gpuField(name: string, t: Messages): APIEmbedField {
  const cc = computeCapabilityOf(name);
  return field(name, [cc ? `**${t('bot.versions.computeCapability')}:** ${cc}` : t('bot.versions.unknown', { what: 'GPU', version: name })]);
}

/** The planner's best combination for this framework version on the user's OS, GPU, driver and Python. */
function planField(framework: Framework, version: string, q: VersionsQuery, t: Messages): APIEmbedField {
  const cc = q.gpu ? computeCapabilityOf(q.gpu) : undefined;
  const c: Constraints = {
    framework, os: q.os ?? 'linux', version,
    ...(q.gpu ? { gpuName: q.gpu } : {}), ...(cc ? { cc } : {}), ...(q.driver ? { driver: q.driver } : {}), ...(q.python ? { python: q.python } : {}),
  };
  const p = plan(c, { limit: 1 });
  const best = p.combinations[0];
  const name = `${t('plan.best')}: ${FRAMEWORK_NAME[framework]} ${version} (${t(`plan.os.${c.os}`)})`;
  if (!best) return field(name, (p.noFit?.reasons ?? []).map((n) => t(n.key, n.vars)));
  const py = best.python.ranges.map(([a, b]) => (a === b ? a : `${a}–${b}`)).join(', ');
  return field(`${t('plan.best')}: ${FRAMEWORK_NAME[framework]} ${best.version} — ${t(`plan.route.${best.route}`, { index: best.wheelIndex ?? '' })} (${t(`plan.os.${best.os}`)})`, [
    `Python ${py} · CUDA ${best.cuda}${best.cudnn ? ` · cuDNN ${best.cudnn}` : ''} · ${t('plan.minDriver', { min: best.minDriver })}`,
    `${t(`plan.driverVerdict.${best.driver}`)} · ${t(`plan.gpuVerdict.${best.gpu}`)}`,
    ...best.commands.map((cmd) => `\`${cmd.replace(/`/g, "'")}\``),
  ]);
}

/** The /versions answer, or null when nothing was asked. */
export function answerVersions(q: VersionsQuery, t: Messages): APIEmbed | null {
  const fields: APIEmbedField[] = [];
  if (q.torch) fields.push(planField('pytorch', q.torch.trim(), q, t), torchField(q.torch.trim(), t));
  if (q.tensorflow) fields.push(planField('tensorflow', q.tensorflow.trim(), q, t), tensorflowField(q.tensorflow.trim(), t));
  if (q.cuda) fields.push(cudaField(q.cuda.trim(), t));
  if (q.driver) fields.push(driverField(q.driver.trim(), t));
  if (q.gpu) fields.push(gpuField(q.gpu.trim(), t));
  if (fields.length === 0) return null;
  return { title: t('bot.versions.title'), color: 0x76b900, fields, footer: { text: t('bot.versions.source') } };
}
