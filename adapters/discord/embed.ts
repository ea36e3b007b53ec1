// Turns engine findings into Discord embeds: root cause first (title, evidence, why, fix steps), the other
// findings as fields, all within Discord's limits, which are checked here rather than left to the API
// (an over-long embed is rejected whole). Findings arrive redacted (the diagnose pool's `redact` option).
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { FindingView } from '../../src/report/view.js';
import type { Messages } from '../../src/i18n/messages.js';
import type { Severity } from '../../src/engine/rule-types.js';

export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** all embeds of one message together */
  total: 6000,
  embedsPerMessage: 10,
  content: 2000,
} as const;

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };
const COLOUR: Record<Severity, number> = { error: 0xd83c3e, warning: 0xf0b232, info: 0x5865f2 };
const EVIDENCE_LINES = 3;
const EVIDENCE_CHARS = 300;

export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  return `${s.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** What Discord counts toward the 6000-character total. */
export function embedLength(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0)
    + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** Throws if an embed breaks one of Discord's limits (used by tests and as a last guard before sending). */
export function assertWithinLimits(embeds: APIEmbed[]): void {
  if (embeds.length > EMBED_LIMITS.embedsPerMessage) throw new Error(`${embeds.length} embeds`);
  let total = 0;
  for (const e of embeds) {
    if ((e.title?.length ?? 0) > EMBED_LIMITS.title) throw new Error('title too long');
    if ((e.description?.length ?? 0) > EMBED_LIMITS.description) throw new Error('description too long');
    if ((e.footer?.text.length ?? 0) > EMBED_LIMITS.footer) throw new Error('footer too long');
    if ((e.fields?.length ?? 0) > EMBED_LIMITS.fields) throw new Error('too many fields');
    for (const f of e.fields ?? []) {
      if (f.name.length > EMBED_LIMITS.fieldName || f.value.length > EMBED_LIMITS.fieldValue) throw new Error('field too long');
      if (!f.name.trim() || !f.value.trim()) throw new Error('empty field');
    }
    total += embedLength(e);
  }
  if (total > EMBED_LIMITS.total) throw new Error(`embeds total ${total} > ${EMBED_LIMITS.total}`);
}

/** Log text goes into code spans and blocks; backticks in it must not close them early. */
const inCode = (s: string): string => s.replace(/`/g, 'ˋ');

export interface DiagnosedLog {
  /** where the log came from: "message.txt", "code block 1" */
  name: string;
  views: FindingView[];
  lines: number;
  /** a notice to show first (e.g. that only part of the file was read) */
  note?: string;
  /** replaces the "N lines read" footer; null for none */
  footer?: string | null;
  /** the full report on the web server (GPU_DOCTOR_PUBLIC_URL) */
  link?: string;
}

/** Adds whole blocks while they fit; a plain block that does not fit is cut, a code block is left out. */
function joinBlocks(blocks: Array<{ text: string; code?: boolean }>, max: number): string {
  let out = '';
  for (const b of blocks) {
    const sep = out ? '\n' : '';
    const room = max - out.length - sep.length;
    if (b.text.length <= room) { out += sep + b.text; continue; }
    if (!b.code && room > 40) out += sep + truncate(b.text, room);
    break;
  }
  return out;
}

function rootBlocks(root: FindingView, t: Messages, isRoot: boolean): Array<{ text: string; code?: boolean }> {
  const blocks: Array<{ text: string; code?: boolean }> = [];
  const label = isRoot ? t('rootCause') : t(`severity.${root.severity}`);
  blocks.push({ text: `**${label}** · \`${root.id}\`${root.explainedBy.length ? ` · _${t('explainedBy', { ids: root.explainedBy.join(', ') })}_` : ''}` });
  if (root.evidence.length) {
    const lines = root.evidence.slice(0, EVIDENCE_LINES).map((e) => `${t('line', { n: e.line })}: ${truncate(inCode(e.text), EVIDENCE_CHARS)}`);
    blocks.push({ text: `\`\`\`\n${lines.join('\n')}\n\`\`\``, code: true });
  }
  blocks.push({ text: `**${t('why')}:** ${root.why}` });
  if (root.severity !== 'info') {
    for (const fix of root.fixes) {
      const steps = fix.steps.map((s, i) => `${i + 1}. ${s}`).join('\n');
      blocks.push({ text: `**${t('fix')}: ${fix.title}**\n${steps}${fix.link ? `\n<${fix.link}>` : ''}` });
    }
  }
  return blocks;
}

function findingField(f: FindingView, t: Messages): APIEmbedField {
  const parts = [`\`${f.id}\`${f.explainedBy.length ? ` · ${t('explainedBy', { ids: f.explainedBy.join(', ') })}` : ''}`];
  const ev = f.evidence[0];
  if (ev) parts.push(`${t('line', { n: ev.line })}: \`${truncate(inCode(ev.text), EVIDENCE_CHARS)}\``);
  if (f.severity !== 'info' && f.fixes[0]) parts.push(`${t('fix')}: ${f.fixes[0].title}`);
  return { name: truncate(`${ICON[f.severity]} ${f.title}`, EMBED_LIMITS.fieldName), value: truncate(parts.join('\n'), EMBED_LIMITS.fieldValue) };
}

/** "[Full report](https://…)" for a log shared on the web server, else "". */
function reportLink(log: DiagnosedLog, t: Messages): string {
  return log.link ? `**[${t('bot.fullReport')}](${log.link})**` : '';
}

/** One log's diagnosis as one embed of at most `budget` characters in total. */
export function buildDiagnosisEmbed(log: DiagnosedLog, t: Messages, budget: number = EMBED_LIMITS.total): APIEmbed {
  const views = log.views;
  const footer = { text: truncate(log.footer === undefined ? t('bot.footer', { name: log.name, lines: log.lines }) : log.footer ?? '', EMBED_LIMITS.footer) };
  if (views.length === 0) {
    const description = [log.note, reportLink(log, t), t('nothingRecognised'), t('nothingRecognisedHint')].filter(Boolean).join('\n\n');
    return { title: truncate(t('heading'), EMBED_LIMITS.title), description: truncate(description, Math.min(EMBED_LIMITS.description, budget - footer.text.length - t('heading').length)), ...(footer.text ? { footer } : {}), ...(log.link ? { url: log.link } : {}) };
  }
  const [root, ...rest] = views as [FindingView, ...FindingView[]];
  const isRoot = root.severity !== 'info';
  const title = truncate(`${ICON[root.severity]} ${root.title}`, EMBED_LIMITS.title);
  const blocks = [...(log.note ? [{ text: `> ${log.note}` }] : []), ...(log.link ? [{ text: reportLink(log, t) }] : []), ...rootBlocks(root, t, isRoot)];

  const fields = rest.map((f) => findingField(f, t));
  const more = (n: number): APIEmbedField => ({ name: t('alsoFound'), value: truncate(t('bot.moreFindings', { count: n }), EMBED_LIMITS.fieldValue) });
  /** the first k other findings, and a "k more" field for the rest */
  const fieldsFor = (k: number): APIEmbedField[] => (k >= fields.length ? fields.slice(0, k) : [...fields.slice(0, k), more(fields.length - k)]);
  const fieldsLength = (fs: APIEmbedField[]): number => fs.reduce((n, f) => n + f.name.length + f.value.length, 0);

  // the root cause's description gets room first; the other findings share what is left, dropped from the end
  const fixed = title.length + footer.text.length;
  const minDescription = Math.min(EMBED_LIMITS.description, Math.max(200, Math.floor((budget - fixed) * 0.6)));
  let k = Math.min(fields.length, fields.length > EMBED_LIMITS.fields ? EMBED_LIMITS.fields - 1 : EMBED_LIMITS.fields);
  let kept = fieldsFor(k);
  while (kept.length > 0 && fixed + minDescription + fieldsLength(kept) > budget) kept = k > 0 ? fieldsFor(--k) : [];
  const description = joinBlocks(blocks, Math.min(EMBED_LIMITS.description, budget - fixed - fieldsLength(kept)));
  return { title, description, color: COLOUR[root.severity], ...(kept.length ? { fields: kept } : {}), ...(footer.text ? { footer } : {}), ...(log.link ? { url: log.link } : {}) };
}

/** Several logs of one message: one embed each, sharing the message's 6000-character total. */
export function buildDiagnosisEmbeds(logs: DiagnosedLog[], t: Messages): APIEmbed[] {
  const shown = logs.slice(0, EMBED_LIMITS.embedsPerMessage);
  const budget = Math.floor(EMBED_LIMITS.total / Math.max(1, shown.length));
  return shown.map((log) => buildDiagnosisEmbed(log, t, budget));
}

/** One signature explained (no log): title, why, fixes. */
export function buildExplainEmbed(view: FindingView, t: Messages): APIEmbed {
  return buildDiagnosisEmbed({ name: view.id, views: [{ ...view, evidence: [] }], lines: 0, footer: null }, t);
}
