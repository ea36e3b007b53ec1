// nvidia-smi output, from the R3xx drivers to R580: the `--query-gpu … --format=csv` table (with its header
// naming the fields) and the plain table, whose header line carries "Driver Version" and "CUDA Version".

export interface GpuInfo {
  index?: number;
  name: string;
  /** "8.6"; only drivers ≥ 510 answer the compute_cap field */
  computeCapability?: string;
  /** MiB */
  memoryMiB?: number;
}

export interface NvidiaSmiInfo {
  driverVersion?: string;
  /** the highest CUDA version the driver supports ("CUDA Version" of the header; absent before R410) */
  cudaVersion?: string;
  gpus: GpuInfo[];
}

const splitCsv = (line: string): string[] => line.split(',').map((c) => c.trim());
const meaningful = (v: string | undefined): v is string => !!v && !/^\[?(n\/a|not supported|unknown error)\]?$/i.test(v);

/** The CSV of `nvidia-smi --query-gpu=index,name,driver_version,memory.total,compute_cap --format=csv`. */
export function parseNvidiaSmiCsv(text: string): NvidiaSmiInfo {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  const headerAt = lines.findIndex((l) => /\bname\b/i.test(l) && l.includes(','));
  if (headerAt < 0) return { gpus: [] };
  const header = splitCsv(lines[headerAt]!).map((h) => h.toLowerCase().replace(/\s*\[.*\]$/, ''));
  const col = (name: string): number => header.indexOf(name);
  const info: NvidiaSmiInfo = { gpus: [] };
  for (const line of lines.slice(headerAt + 1)) {
    const cells = splitCsv(line);
    if (cells.length !== header.length) continue;
    const get = (name: string): string | undefined => (col(name) >= 0 ? cells[col(name)] : undefined);
    const name = get('name');
    if (!meaningful(name)) continue;
    const gpu: GpuInfo = { name };
    const index = get('index');
    if (index && /^\d+$/.test(index)) gpu.index = Number(index);
    const cc = get('compute_cap');
    if (meaningful(cc) && /^\d+\.\d+$/.test(cc)) gpu.computeCapability = cc;
    const mem = /(\d+)/.exec(get('memory.total') ?? '')?.[1];
    if (mem) gpu.memoryMiB = Number(mem);
    const driver = get('driver_version');
    if (meaningful(driver) && !info.driverVersion) info.driverVersion = driver;
    info.gpus.push(gpu);
  }
  return info;
}

/** The plain `nvidia-smi` table: header versions, and GPU rows (names may be cut, "GeForce GTX 108..."). */
export function parseNvidiaSmiTable(text: string): NvidiaSmiInfo {
  const info: NvidiaSmiInfo = { gpus: [] };
  const driver = /Driver Version:\s*(\d+\.\d+(?:\.\d+)?)/i.exec(text);
  if (driver) info.driverVersion = driver[1];
  const cuda = /CUDA Version:\s*(\d+\.\d+)/i.exec(text);
  if (cuda) info.cudaVersion = cuda[1];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    // "|   0  NVIDIA GeForce RTX 3090        On  | 00000000:01:00.0 Off |   N/A |" (Windows adds WDDM/TCC)
    const row = /^\|\s+(\d+)\s+(.+?)\s+(?:On|Off|WDDM|TCC)\s+\|\s*[0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\.\d/.exec(lines[i]!);
    if (!row) continue;
    const gpu: GpuInfo = { index: Number(row[1]), name: row[2]!.trim() };
    const mem = /\/\s*(\d+)\s*MiB/i.exec(lines[i + 1] ?? '');
    if (mem) gpu.memoryMiB = Number(mem[1]);
    info.gpus.push(gpu);
  }
  return info;
}

/** The CSV query failed because this driver does not know the field (drivers before R510 and compute_cap). */
export function isUnknownFieldError(output: string): boolean {
  return /is not a valid field to query/i.test(output);
}
