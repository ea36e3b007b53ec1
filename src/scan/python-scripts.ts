// The Python programs a scan runs inside each interpreter. They print one JSON line after a marker, so
// whatever else the interpreter prints (warnings, TF's C++ logs) cannot break the parse. Written for any
// Python 3 (no f-strings), and they never raise: errors come back as text.

export const JSON_MARKER = '@@gpu-doctor@@';

/** Interpreter facts and package versions read from metadata on disk: imports nothing heavy. */
export const INFO_SCRIPT = `# gpu-doctor:pyinfo
import sys, os, json, struct, re
out = {"executable": sys.executable, "version": "%d.%d.%d" % tuple(sys.version_info[:3]), "bits": struct.calcsize("P") * 8, "prefix": sys.prefix}
want = ("torch", "torchvision", "torchaudio", "tensorflow", "tensorflow-gpu", "tensorflow-intel", "tensorflow-cpu", "tensorflow-macos", "tf-nightly", "keras", "numpy", "protobuf", "jax", "jaxlib")
pk = {}
files = {}
pat = re.compile(r"^([A-Za-z0-9_.]+?)-([0-9][^-]*?)(?:-py\\d[\\d.]*)?\\.(?:dist-info|egg-info)$")
for d in sys.path:
    if not d or not os.path.isdir(d):
        continue
    try:
        names = os.listdir(d)
    except OSError:
        continue
    for n in names:
        m = pat.match(n)
        if m:
            name = m.group(1).lower().replace("_", "-")
            if (name in want or name.startswith("nvidia-")) and name not in pk:
                pk[name] = m.group(2)
    for key, rel in (("torchVersionPy", ("torch", "version.py")), ("tfBuildInfo", ("tensorflow", "python", "platform", "build_info.py"))):
        f = os.path.join(d, *rel)
        if key not in files and os.path.isfile(f):
            try:
                with open(f, "rb") as fh:
                    files[key] = {"path": f, "text": fh.read(20000).decode("utf-8", "replace")}
            except OSError:
                pass
out["packages"] = pk
out["files"] = files
sys.stdout.write("${JSON_MARKER}" + json.dumps(out) + "\\n")
`;

/** Imports torch (what only an import can tell: is_available, devices, arch list); --deep times a matmul and a conv. */
export const TORCH_SCRIPT = `# gpu-doctor:torch-probe
import sys, json, time, traceback
r = {}
deep = "--deep" in sys.argv
try:
    import torch
    r["version"] = torch.__version__
    r["cuda"] = torch.version.cuda
    try:
        r["cudnn"] = torch.backends.cudnn.version()
    except Exception:
        r["cudnn"] = None
    r["available"] = bool(torch.cuda.is_available())
    r["archList"] = torch.cuda.get_arch_list() if hasattr(torch.cuda, "get_arch_list") else []
    r["devices"] = []
    if r["available"]:
        for i in range(torch.cuda.device_count()):
            cc = torch.cuda.get_device_capability(i)
            r["devices"].append({"name": torch.cuda.get_device_name(i), "cc": "%d.%d" % cc})
    if deep:
        def bench(device):
            res = {}
            a = torch.randn(1024, 1024, device=device)
            x = torch.randn(8, 32, 64, 64, device=device)
            w = torch.randn(64, 32, 3, 3, device=device)
            for name, fn in (("matmul", lambda: a @ a), ("conv", lambda: torch.nn.functional.conv2d(x, w, padding=1))):
                fn()
                if device == "cuda":
                    torch.cuda.synchronize()
                t = time.perf_counter()
                for _ in range(10):
                    fn()
                if device == "cuda":
                    torch.cuda.synchronize()
                res[name] = (time.perf_counter() - t) / 10 * 1000
            return res
        r["smoke"] = {"cpu": bench("cpu")}
        if r["available"]:
            try:
                r["smoke"]["gpu"] = bench("cuda")
            except Exception:
                r["smokeError"] = traceback.format_exc()
except BaseException:
    r["error"] = traceback.format_exc()
sys.stdout.write("${JSON_MARKER}" + json.dumps(r) + "\\n")
`;

/** Imports TensorFlow: its build info (CUDA / cuDNN) and the GPUs it registers; --deep times a matmul and a conv. */
export const TF_SCRIPT = `# gpu-doctor:tf-probe
import sys, json, time, traceback
r = {}
deep = "--deep" in sys.argv
try:
    import tensorflow as tf
    r["version"] = tf.__version__
    try:
        bi = dict(tf.sysconfig.get_build_info())
        r["cuda"] = bi.get("cuda_version")
        r["cudnn"] = bi.get("cudnn_version")
        r["isCudaBuild"] = bi.get("is_cuda_build")
    except Exception:
        pass
    gpus = tf.config.list_physical_devices("GPU")
    r["gpus"] = [g.name for g in gpus]
    if deep:
        def bench(dev):
            res = {}
            with tf.device(dev):
                a = tf.random.normal((1024, 1024))
                x = tf.random.normal((8, 64, 64, 32))
                w = tf.random.normal((3, 3, 32, 64))
                for name, fn in (("matmul", lambda: tf.matmul(a, a)), ("conv", lambda: tf.nn.conv2d(x, w, 1, "SAME"))):
                    fn().numpy()
                    t = time.perf_counter()
                    for _ in range(10):
                        y = fn()
                    y.numpy()
                    res[name] = (time.perf_counter() - t) / 10 * 1000
            return res
        r["smoke"] = {"cpu": bench("/CPU:0")}
        if gpus:
            try:
                r["smoke"]["gpu"] = bench("/GPU:0")
            except Exception:
                r["smokeError"] = traceback.format_exc()
except BaseException:
    r["error"] = traceback.format_exc()
sys.stdout.write("${JSON_MARKER}" + json.dumps(r) + "\\n")
`;

/** The JSON a script printed after the marker, or undefined. */
export function readMarkedJson(stdout: string): Record<string, unknown> | undefined {
  const at = stdout.lastIndexOf(JSON_MARKER);
  if (at < 0) return undefined;
  const line = stdout.slice(at + JSON_MARKER.length).split(/\r?\n/)[0]!;
  try {
    const v = JSON.parse(line) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
