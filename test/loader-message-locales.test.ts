// The loader messages that follow the display language: glibc's dlerror / ld.so text (LANG on Linux) and Windows'
// error 193 text. Each wording in rules/fragments.json is checked here against lines as real logs and pastes print
// them (not made-up translations), and the rules that read a missing library are checked to carry the fragment.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRulesDir, loadRuleSet } from '../src/engine/load-rules.js';
import type { PatternSpec } from '../src/engine/rule-types.js';

const fragments = (JSON.parse(readFileSync(join(defaultRulesDir(), 'fragments.json'), 'utf8')) as {
  fragments: Record<string, { oneOf: string[] }>;
}).fragments;
const fragment = (name: string) => new RegExp(`(?:${fragments[name].oneOf.join('|')})`, 'i');
/** one test per real line: the wording must read it */
const readsEach = (re: RegExp, lines: string[]) => it.each(lines)('reads %s', (line) => expect(line).toMatch(re));
/** the patterns of one signal as the loader gives them (fragments put in), joined as alternatives */
const signalPattern = (rule: string, signal: string) =>
  [loadRuleSet().rules.find((r) => r.id === rule)!.signals![signal]].flat().map((p: PatternSpec) => p.pattern).join('|');

describe('glibc "cannot open shared object file" in the languages real Linux logs show', () => {
  const re = fragment('so-open-failed-message');
  readsEach(re, [
    'ImportError: libcudart.so.11.0: cannot open shared object file: No such file or directory',
    'Error converting page 1 of alx-0001.jpg: libpng12.so.0: Kann die Shared-Object-Datei nicht öffnen: Datei oder Verzeichnis nicht gefunden',
    '[1122/222607.278155:WARNING:gpu_sandbox_hook_linux.cc(445)] dlopen(libxcb-dri3.so) failed with error: libxcb-dri3.so: Ne peut ouvrir le fichier d\'objet partagé: Aucun fichier ou dossier de ce type',
    'Failed to open VDPAU backend libvdpau_nvidia.so: no se puede abrir el archivo del objeto compartido: No existe el archivo o el directorio',
    'Exception in thread "main" java.lang.UnsatisfiedLinkError: /opt/java/jdk1.8.0_161/jre/lib/amd64/libawt_xawt.so: libXtst.so.6: no se puede abrir el fichero del objeto compartido: No existe el fichero o el directorio',
    'ImportError: libvlc.so.2: no se puede abrír el archivo de objeto compartido: No existe el fichero ó directorio',
    'Failed to open VDPAU backend libvdpau_nvidia.so: невозможно открыть разделяемый объектный файл: Нет такого файла или каталога',
    'libopenblas64_.so: 共有オブジェクトファイルを開けません: そのようなファイルやディレクトリはありません',
    'Caused by: java.lang.UnsatisfiedLinkError: libgtkpeer: libgtkpeer.so: impossibile aprire il file oggetto condiviso: Nessun file o directory',
  ]);

  it.each([
    'libcudart.so.11.0 => /usr/local/cuda/lib64/libcudart.so.11.0 (0x00007f1c2a000000)',
    'Successfully opened dynamic library libcudart.so.11.0',
    'FileNotFoundError: [Errno 2] No such file or directory: \'nvidia-smi\'',
  ])('leaves %s alone', (line) => expect(line).not.toMatch(re));

  it('is read by every rule that names a missing CUDA library after its name', () => {
    for (const [rule, signal] of [
      ['cuda-runtime-missing', 'lib-cudart-missing'], ['cudnn-missing', 'lib-cudnn-missing'], ['cuda-lib-missing', 'lib-cudamath-missing'],
      ['driver-not-loaded', 'driver-not-loaded/libcuda-missing'], ['driver-not-loaded', 'driver-not-loaded/nvml-lib-missing'],
      ['wsl-libcuda-path', 'wsl-libcuda-missing'], ['extension-cuda-mismatch', 'ext-torch-lib-missing'],
    ]) expect(signalPattern(rule, signal), `${rule} ${signal}`).toContain('невозможно открыть разделяемый объектный файл');
  });
});

describe('Windows error 193 after "%1" in the languages real logs show', () => {
  const re = new RegExp(`%1\\s?${fragment('not-valid-win32-message').source}`, 'i');
  readsEach(re, [
    'OSError: [WinError 193] %1 is not a valid Win32 application',
    'OSError: [WinError 193] %1 不是有效的 Win32 应用程序。',
    'WindowsError: [Error 193] %1 ist keine zulässige Win32-Anwendung',
    '[WinError 193] %1 n\'est pas une application Win32 valide',
    '✗ Connection failed (7140ms): [WinError 193] %1 no es una aplicación Win32 válida',
    '      error: [WinError 193] %1 не является приложением Win32',
    'OSError: [WinError 193] %1 は有効な Win32 アプリケーションではありません',
    'OSError: [WinError 193] %1은(는) 올바른 Win32 응용 프로그램이 아닙니다',
    'Erro na conexão: [WinError 193] %1 não é um aplicativo Win32 válido',
    'OSError: [WinError 193] %1 non è un\'applicazione di Win32 valida',
  ]);

  it('leaves the other Windows errors alone', () => {
    expect('OSError: [WinError 126] Impossibile trovare il modulo specificato').not.toMatch(re);
    expect('OSError: [WinError 127] Не найдена указанная процедура').not.toMatch(re);
  });
});

describe('Windows errors 126 and 127 in Dutch, as real logs print them', () => {
  it('reads the module and procedure texts', () => {
    expect('ImportError: DLL load failed while importing _pcraster: Kan opgegeven module niet vinden.').toMatch(fragment('module-not-found-message'));
    expect('  error: lantern_TensorIndex_new - Kan opgegeven procedure niet vinden.').toMatch(fragment('procedure-not-found-message'));
    expect('  error: lantern_TensorIndex_new - Kan opgegeven procedure niet vinden.').not.toMatch(fragment('module-not-found-message'));
  });
});

describe('bash "command not found" in the languages real shells print', () => {
  readsEach(fragment('shell-command-not-found'), [
    '/bin/bash: 行 76: nvcc: 未找到命令',
    'bash: lnks: Befehl nicht gefunden...',
    'sudo: make: Befehl nicht gefunden',
    '-rbash: python : commande introuvable',
    'bash: semanage: no se encontró la orden',
    '/usr/bin/bash: python: comando não encontrado',
  ]);

  it('is read after nvidia-smi and nvcc, with the French space before the colon', () => {
    const pattern = (rule: string, signal: string) => new RegExp(signalPattern(rule, signal), 'i');
    expect('bash: nvidia-smi : commande introuvable').toMatch(pattern('driver-not-loaded', 'driver-not-loaded/nvidia-smi-missing'));
    expect('bash: nvcc : commande introuvable').toMatch(pattern('cuda-toolkit-missing', 'tk-nvcc-not-on-path'));
    expect('nvidia-smi : NVIDIA System Management Interface').not.toMatch(pattern('driver-not-loaded', 'driver-not-loaded/nvidia-smi-missing'));
  });
});
