// `gpu-doctor scan [--deep] [--json | --markdown] [--lang en|zh-CN] [--timeout SECONDS]`
import { parseArgs } from 'node:util';
import { realHost } from '../scan/real-host.js';
import { runScan, type Section } from '../scan/scan.js';
import { diagnoseScanData } from '../scan/diagnose-scan.js';
import { buildChecklist } from '../scan/checklist.js';
import { adviceToJson, checksToJson, factsToJson, renderScanMarkdown, renderScanTerminal } from '../scan/render.js';
import { scanAdvice } from '../plan/scan-advice.js';
import { scanMessages } from '../scan/messages.js';
import { viewFindings } from '../report/view.js';
import { renderJson } from '../report/json.js';
import { isLang, messages, resolveLang } from '../report/messages.js';
import { UsageError } from './usage-error.js';

export const SCAN_HELP = `Usage: gpu-doctor scan [--deep] [--json | --markdown] [--lang en|zh-CN] [--timeout SECONDS]

Checks this machine's GPU stack layer by layer (driver → CUDA → cuDNN → Python → frameworks) against the
version tables and reports what is broken or mismatched, with fixes.
  --deep        also import every framework and time a matmul and a conv on CPU and GPU
  --timeout S   limit for each framework import (default 30)
Exit status: 0 no error found, 1 an error finding, 2 bad usage.`;

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
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      deep: { type: 'boolean', default: false },
      lang: { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) { process.stdout.write(SCAN_HELP + '\n'); return 0; }
  if (positionals.length > 0) throw new UsageError(`scan takes no arguments (got "${positionals[0]}")`);
  if (values.json && values.markdown) throw new UsageError('choose one of --json and --markdown');
  if (values.lang !== undefined && !isLang(values.lang)) throw new UsageError(`unknown language "${values.lang}" (use en or zh-CN)`);
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0 && timeout <= 600)) throw new UsageError(`--timeout must be a number of seconds between 0 and 600 (got "${values.timeout}")`);
  const lang = resolveLang(values.lang);

  const spin = spinner(!values.json && !values.markdown && process.stderr.isTTY === true);
  let run;
  try {
    run = await runScan(realHost(), { deep: values.deep, ...(timeout ? { importTimeoutMs: timeout * 1000 } : {}), onProgress: spin.update });
  } finally {
    spin.stop();
  }
  const diagnosis = await diagnoseScanData(run.data);
  const views = viewFindings(diagnosis.findings, diagnosis.facts, lang);
  const advice = scanAdvice(run.data);
  const checks = buildChecklist(run, advice);
  const t = scanMessages(lang);
  const text = values.json
    ? renderJson(views, {
      facts: factsToJson(diagnosis.facts),
      checks: checksToJson(checks, t),
      advice: adviceToJson(advice, t),
      scan: run.data,
      crashed: run.crashed,
      ...(diagnosis.probeLog ? { probeLog: diagnosis.probeLog } : {}),
      ms: Math.round(run.ms),
    })
    : values.markdown ? renderScanMarkdown(checks, views, run, t, messages(lang)) : renderScanTerminal(checks, views, run, t);
  process.stdout.write(text);
  return views.some((f) => f.severity === 'error') ? 1 : 0;
}
