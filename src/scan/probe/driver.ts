// The NVIDIA driver and GPUs, from nvidia-smi: the CSV query for the GPUs (retried without compute_cap for
// drivers that do not know that field) and the plain table for the header's "CUDA Version".
import type { Host } from '../host.js';
import type { DriverInfo, SystemInfo } from '../model.js';
import { isUnknownFieldError, parseNvidiaSmiCsv, parseNvidiaSmiTable } from '../parse/nvidia-smi.js';

const QUERY = 'index,name,driver_version,memory.total,compute_cap';
const TIMEOUT_MS = 8000;

async function nvidiaSmiCommand(host: Host, system: SystemInfo): Promise<string> {
  if (host.platform === 'win32') {
    // the driver installs it into System32; older drivers into NVSMI
    const sysRoot = host.env.SystemRoot ?? host.env.SYSTEMROOT ?? 'C:\\Windows';
    for (const p of [`${sysRoot}\\System32\\nvidia-smi.exe`, `${host.env.ProgramFiles ?? 'C:\\Program Files'}\\NVIDIA Corporation\\NVSMI\\nvidia-smi.exe`]) {
      if (await host.exists(p)) return p;
    }
  }
  if (system.os === 'wsl2' && (await host.exists('/usr/lib/wsl/lib/nvidia-smi'))) return '/usr/lib/wsl/lib/nvidia-smi';
  return 'nvidia-smi';
}

export async function probeDriver(host: Host, system: SystemInfo): Promise<DriverInfo> {
  const smi = await nvidiaSmiCommand(host, system);
  const csvArgs = (fields: string) => [`--query-gpu=${fields}`, '--format=csv'];
  const [csv0, table] = await Promise.all([
    host.run(smi, csvArgs(QUERY), { timeoutMs: TIMEOUT_MS }),
    host.run(smi, [], { timeoutMs: TIMEOUT_MS }),
  ]);
  let csv = csv0;
  if (!csv.ok && isUnknownFieldError(csv.stdout + csv.stderr)) {
    csv = await host.run(smi, csvArgs(QUERY.replace(',compute_cap', '')), { timeoutMs: TIMEOUT_MS });
  }
  const info: DriverInfo = { nvidiaSmi: 'ok', gpus: [] };
  if (csv.notFound && table.notFound) info.nvidiaSmi = 'not-found';
  else if (csv.timedOut && table.timedOut) info.nvidiaSmi = 'timeout';
  else if (!csv.ok && !table.ok) {
    info.nvidiaSmi = 'failed';
    info.error = (table.stdout + '\n' + table.stderr + '\n' + csv.stdout + '\n' + csv.stderr).trim();
  }
  const fromCsv = csv.ok ? parseNvidiaSmiCsv(csv.stdout) : { gpus: [] };
  const fromTable = table.ok ? parseNvidiaSmiTable(table.stdout) : { gpus: [] };
  info.driverVersion = fromCsv.driverVersion ?? fromTable.driverVersion;
  info.cudaVersion = fromTable.cudaVersion;
  info.gpus = (fromCsv.gpus.length ? fromCsv.gpus : fromTable.gpus).map((g) => ({
    name: g.name,
    ...(g.computeCapability ? { computeCapability: g.computeCapability } : {}),
    ...(g.memoryMiB ? { memoryMiB: g.memoryMiB } : {}),
  }));
  if (!info.driverVersion && host.platform === 'linux') {
    // the kernel module says its version even when nvidia-smi is missing (e.g. a container without the utils)
    const nvrm = await host.readFile('/proc/driver/nvidia/version');
    const v = /Kernel Module(?:\s+for\s+\w+)?\s+(\d+\.\d+(?:\.\d+)?)/.exec(nvrm ?? '')?.[1];
    if (v) { info.driverVersion = v; info.source = '/proc/driver/nvidia/version'; }
  }
  return info;
}
