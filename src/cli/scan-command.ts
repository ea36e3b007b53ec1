// `gpu-doctor scan [--deep] [--json | --markdown] [--lang en|zh-CN] [--timeout SECONDS]`
import { realHost } from '../scan/real-host.js';
import { runScan, type Section } from '../scan/scan.js';
import { diagnoseScanData } from '../scan/diagnose-scan.js';
import { buildChecklist } from '../scan/checklist.js';
import { adviceToJson, checksToJson, factsToJson, renderScanMarkdown, renderScanTerminal, verdictText } from '../scan/render.js';
import { scanAdvice } from '../scan/advice.js';
import { scanMessages } from '../scan/messages.js';
import { viewFindings } from '../report/view.js';
import { renderJson } from '../report/json.js';
import { messages } from '../i18n/messages.js';
import { numberOption, parseCommand } from './options.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** A spinner on standard error, only on a terminal (never in pipes, CI logs or --json). */
function spinner(enabled: boolean): { update: (s: Section) => void; stop: () => void } {
  if (!enabled) return { update: () => {}, stop: () => {} };
  const done: string[] = [];
  let i = 0;
  const timer = setInterval(() => process.stderr.write(`\r${FRAMES[i++ % FRAMES.length]} scanning… ${done.join(' ')}\x1b[K`), 80);
  return {
    update: (s) => { done.push(s); },
    stop: () => { clearInterval(timer); process.stderr.write('\r\x1b[K'); },
  };
}

export async function scanCommand(argv: string[]): Promise<number> {
  const { values, settings } = parseCommand(argv, {
    options: { deep: { type: 'boolean', default: false }, timeout: { type: 'string' } },
  });
  if (values.help) { process.stdout.write(messages(settings.lang, 'cli')('scan.help') + '\n'); return 0; }
  const timeout = numberOption('timeout', values.timeout, 1, 600);
  const { lang } = settings;

  const spin = spinner(settings.format === 'terminal' && settings.detail !== 'quiet' && process.stderr.isTTY === true);
  let run;
  try {
    run = await runScan(realHost(), { deep: values.deep, ...(timeout ? { importTimeoutMs: timeout * 1000 } : {}), onProgress: spin.update });
  } finally {
    spin.stop();
  }
  const diagnosis = await diagnoseScanData(run.data, undefined, lang);
  const views = viewFindings(diagnosis.findings, diagnosis.facts, lang);
  const advice = scanAdvice(run.data);
  const checks = buildChecklist(run, advice);
  const t = scanMessages(lang);
  const text = settings.format === 'json'
    ? renderJson(views, {
      facts: factsToJson(diagnosis.facts),
      verdict: verdictText(checks, views, t),
      checks: checksToJson(checks, t),
      advice: adviceToJson(advice, t),
      scan: run.data,
      crashed: run.crashed,
      ...(diagnosis.probeLog ? { probeLog: diagnosis.probeLog } : {}),
      ms: Math.round(run.ms),
    })
    : settings.format === 'markdown' ? renderScanMarkdown(checks, views, run, t, messages(lang)) : renderScanTerminal(checks, views, run, t);
  process.stdout.write(text);
  return views.some((f) => f.severity === 'error') ? 1 : 0;
}
