// The Python a log ran, as a command the advice can put in front of `-m pip`: the interpreter the log names
// (A1111's venv\Scripts\Python.exe, ComfyUI's .\python_embeded\python.exe, a conda env's bin/python), else the
// one that owns the site-packages folder its tracebacks show. The system Python is left out: its bare
// `python3 -m pip` is already the right command, and Debian's /usr/bin/python3 refuses pip installs anyway.
type Lookup = (name: string) => string | undefined;

const SYSTEM_POSIX = /^\/(?:usr\/(?:local\/)?)?bin\//;
// folders whose site-packages belong to no interpreter of their own (pip --user, the system prefixes)
const NO_OWN_PYTHON_POSIX = /^\/usr(?:\/local)?$|\/\.local$/;
// a conda env, a conda base install or a python.org install keeps python.exe in its own folder; a venv in Scripts\
const PYTHON_IN_PREFIX_WINDOWS = /\\envs\\[^\\]+$|\\(?:ana|mini)conda3$|\\(?:mamba|miniforge|micromamba)[^\\]*$|\\python3?\d*$/i;

export function logInterpreter(str: Lookup): string | undefined {
  const exe = str('pythonExe');
  if (exe && !SYSTEM_POSIX.test(exe)) return exe;
  const prefix = str('pythonEnvPrefix');
  if (!prefix) return undefined;
  if (str('pythonEnvLayout') === 'posix') return NO_OWN_PYTHON_POSIX.test(prefix) ? undefined : `${prefix}/bin/python`;
  return PYTHON_IN_PREFIX_WINDOWS.test(prefix) ? `${prefix}\\python.exe` : `${prefix}\\Scripts\\python.exe`;
}
