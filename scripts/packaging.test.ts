// electron-builder.yml, checked without packaging anything: electron-builder's own validator, then
// the rules this project relies on (fuses, the native driver outside the asar, resources, icons,
// names, languages). Each rule is a line of `packagingProblems`; the last tests break each rule
// once and expect it to be caught, so no rule passes by accident.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { imageSize } from 'image-size';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NATIVE_FILE as NATIVE_BUILD } from './setup-lib.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
// app-builder-lib (electron-builder's engine) does not export its validator from the package root.
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};

// biome-ignore lint/suspicious/noExplicitAny: a parsed YAML document, checked field by field below.
type Config = Record<string, any>;

const readConfig = (): Config => parse(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string };

/** The fuses and the value each must have (names as electron-builder's `electronFuses` spells them). */
const REQUIRED_FUSES: Record<string, boolean> = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
};
/** electronFuses options that are not fuses of the binary. */
const FUSE_SETTINGS = new Set(['resetAdHocDarwinSignature']);

/** electron-builder's key → @electron/fuses' FuseV1Options name (runAsNode → RunAsNode). */
const fuseName = (key: string) => key[0]?.toUpperCase() + key.slice(1);
const isFuse = (name: string) => Object.keys(FuseV1Options).includes(name) && Number.isNaN(Number(name));

const list = (value: unknown): string[] => (value == null ? [] : Array.isArray(value) ? value : [String(value)]);
const matchesAny = (file: string, patterns: string[]) =>
  patterns.some((p) => !p.startsWith('!') && minimatch(file, p, { dot: true }));

/** A file packed into the app (matched by `files`, not excluded by a later `!` pattern). */
function packed(file: string, patterns: string[]): boolean {
  let included = false;
  for (const p of patterns) {
    if (p.startsWith('!')) {
      if (minimatch(file, p.slice(1), { dot: true })) included = false;
    } else if (minimatch(file, p, { dot: true })) included = true;
  }
  return included;
}

function fuseProblems(config: Config): string[] {
  const fuses: Config = config.electronFuses ?? {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(REQUIRED_FUSES)) {
    if (fuses[key] !== value) problems.push(`fuse ${key} must be ${value}`);
  }
  for (const key of Object.keys(fuses)) {
    if (!FUSE_SETTINGS.has(key) && !isFuse(fuseName(key))) problems.push(`fuse ${key} is not an Electron fuse`);
  }
  return problems;
}

function asarProblems(config: Config, main: string): string[] {
  const unpack = list(config.asarUnpack);
  const problems: string[] = [];
  if (config.asar !== true) problems.push('asar must be on');
  for (const file of ['better_sqlite3.node', 'node_modules/some-addon/build/Release/addon.node']) {
    if (!matchesAny(file, unpack)) problems.push(`asarUnpack does not cover ${file}`);
  }
  // OnlyLoadAppFromAsar: the entry point must be packed, and packed inside the asar.
  if (!packed(main, list(config.files))) problems.push(`package.json main (${main}) is not in files`);
  if (matchesAny(main, unpack)) problems.push(`package.json main (${main}) is unpacked from the asar`);
  if (matchesAny('node_modules/better-sqlite3/lib/database.js', unpack)) {
    problems.push("better-sqlite3's JavaScript is unpacked (only *.node needs to be)");
  }
  return problems;
}

function resourceProblems(config: Config): string[] {
  const extra = list(config.extraResources) as unknown as Array<{ from: string; to: string }>;
  const has = (from: string, to: string) => extra.some((e) => path.normalize(e.from) === from && e.to === to);
  const problems: string[] = [];
  // electron/main/native.ts looks for <resources>/native/better_sqlite3.node.
  if (!has(path.normalize(NATIVE_BUILD), 'native/better_sqlite3.node')) {
    problems.push('extraResources lacks the Electron build of better-sqlite3 → native/better_sqlite3.node');
  }
  // electron/core/paths.ts looks for <resources>/reference.
  if (!has(path.normalize('resources/reference'), 'reference')) {
    problems.push('extraResources lacks resources/reference → reference');
  }
  if (config.npmRebuild !== false) problems.push('npmRebuild must be false (it would rebuild the Node build in place)');
  return problems;
}

function iconProblems(config: Config, root: string): string[] {
  const file = path.join(root, config.icon ?? 'missing');
  if (!config.icon || !fs.existsSync(file)) return [`icon ${config.icon} does not exist`];
  const { width, height, type } = imageSize(fs.readFileSync(file));
  const problems = type === 'png' && width === 1024 && height === 1024 ? [] : [`icon is ${type} ${width}×${height}`];
  if (!fs.existsSync(path.join(root, 'resources', 'icon.svg')))
    problems.push('resources/icon.svg (its source) is missing');
  return problems;
}

function nameAndLanguageProblems(config: Config): string[] {
  const problems: string[] = [];
  for (const target of ['nsis', 'dmg', 'appImage', 'deb']) {
    const name: unknown = config[target]?.artifactName;
    if (typeof name !== 'string' || !/^(CLAIR-Desk|clair-desk)[-_].*\$\{version\}.*\.\$\{ext\}$/.test(name)) {
      problems.push(`${target}.artifactName ${name} must name CLAIR Desk and the version`);
    }
  }
  const sorted = (value: unknown) => JSON.stringify([...list(value)].sort());
  if (sorted(config.nsis?.installerLanguages) !== sorted(['en_US', 'ja_JP'])) {
    problems.push('nsis.installerLanguages must be en_US and ja_JP');
  }
  if (config.nsis?.multiLanguageInstaller !== true) problems.push('nsis.multiLanguageInstaller must be true');
  if (sorted(config.electronLanguages) !== sorted(['en', 'ja'])) problems.push('electronLanguages must be en and ja');
  if (sorted(config.mac?.extendInfo?.CFBundleLocalizations) !== sorted(['en', 'ja'])) {
    problems.push('mac.extendInfo.CFBundleLocalizations must be en and ja');
  }
  const entry = config.linux?.desktop?.entry ?? {};
  for (const key of ['Name[ja]', 'Comment[ja]']) if (!entry[key]) problems.push(`linux.desktop.entry lacks ${key}`);
  // Backups are restored from inside the app, after a comparison: see docs/packaging.md.
  for (const where of [config, config.win, config.mac, config.linux]) {
    if (where?.fileAssociations) problems.push('fileAssociations must not be set');
  }
  return problems;
}

function packagingProblems(config: Config, { root = ROOT, main = pkg.main } = {}): string[] {
  return [
    ...fuseProblems(config),
    ...asarProblems(config, main),
    ...resourceProblems(config),
    ...iconProblems(config, root),
    ...nameAndLanguageProblems(config),
  ];
}

const ONE_PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const quietLogger = { isEnabled: false, add() {} };

describe('electron-builder.yml', () => {
  it("passes electron-builder's own validator", async () => {
    await expect(validateConfiguration(readConfig(), quietLogger)).resolves.toBeUndefined();
  });

  it('the validator rejects what electron-builder would reject (an unknown fuse, a misspelt option)', async () => {
    const config = readConfig();
    await expect(
      validateConfiguration({ ...config, electronFuses: { ...config.electronFuses, runAsNodee: false } }, quietLogger),
    ).rejects.toThrow(/configuration\.electronFuses/);
    await expect(validateConfiguration({ ...config, asarUnpak: ['**/*.node'] }, quietLogger)).rejects.toThrow(
      /asarUnpak/,
    );
  });

  it('follows every packaging rule', () => {
    expect(packagingProblems(readConfig())).toEqual([]);
  });

  it('names only real fuses of @electron/fuses', () => {
    for (const key of Object.keys(REQUIRED_FUSES)) expect(isFuse(fuseName(key)), key).toBe(true);
    expect(isFuse('RunAsNodee')).toBe(false);
  });

  it('the packaged app finds the native build where extraResources puts it', () => {
    const to = (readConfig().extraResources as Array<{ to: string }>).map((e) => e.to);
    expect(to).toContain(path.posix.join('native', path.basename(NATIVE_BUILD)));
  });
});

describe('each packaging rule catches its own breakage', () => {
  const broken = (change: (config: Config) => void) => {
    const config = readConfig();
    change(config);
    return packagingProblems(config);
  };

  it('fuses', () => {
    expect(broken((c) => (c.electronFuses.runAsNode = true))).toEqual(['fuse runAsNode must be false']);
    expect(broken((c) => delete c.electronFuses.enableCookieEncryption)).toEqual([
      'fuse enableCookieEncryption must be true',
    ]);
    expect(broken((c) => (c.electronFuses.onlyLoadAppFromAsar = false))).toEqual([
      'fuse onlyLoadAppFromAsar must be true',
    ]);
    expect(broken((c) => (c.electronFuses.enableAnything = true))).toEqual([
      'fuse enableAnything is not an Electron fuse',
    ]);
    expect(broken((c) => delete c.electronFuses)).toHaveLength(Object.keys(REQUIRED_FUSES).length);
  });

  it('asar and what is unpacked from it', () => {
    expect(broken((c) => (c.asarUnpack = ['node_modules/better-sqlite3/**']))).toEqual([
      'asarUnpack does not cover better_sqlite3.node',
      'asarUnpack does not cover node_modules/some-addon/build/Release/addon.node',
      "better-sqlite3's JavaScript is unpacked (only *.node needs to be)",
    ]);
    expect(broken((c) => c.asarUnpack.push('out/**'))).toEqual([
      'package.json main (out/main/index.js) is unpacked from the asar',
    ]);
    expect(packagingProblems(readConfig(), { main: 'main.js' })).toEqual([
      'package.json main (main.js) is not in files',
    ]);
    expect(broken((c) => c.files.push('!out/main/**'))).toEqual([
      'package.json main (out/main/index.js) is not in files',
    ]);
    expect(broken((c) => (c.asar = false))).toEqual(['asar must be on']);
  });

  it('extra resources', () => {
    expect(broken((c) => c.extraResources.shift())).toEqual([
      'extraResources lacks the Electron build of better-sqlite3 → native/better_sqlite3.node',
    ]);
    expect(broken((c) => (c.extraResources[1].to = 'ref'))).toEqual([
      'extraResources lacks resources/reference → reference',
    ]);
    expect(broken((c) => delete c.npmRebuild)).toEqual([
      'npmRebuild must be false (it would rebuild the Node build in place)',
    ]);
  });

  it('icons', () => {
    expect(broken((c) => (c.icon = 'resources/none.png'))).toEqual(['icon resources/none.png does not exist']);
    // A real 1×1 PNG in place of the 1024×1024 one, and the SVG source missing.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clair-desk-icon-'));
    try {
      fs.mkdirSync(path.join(root, 'resources'));
      fs.writeFileSync(path.join(root, 'resources', 'icon.png'), Buffer.from(ONE_PIXEL_PNG, 'base64'));
      expect(iconProblems(readConfig(), root)).toEqual([
        'icon is png 1×1',
        'resources/icon.svg (its source) is missing',
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
    expect(broken((c) => (c.icon = 'resources/icon.svg'))).toEqual(['icon is svg 1024×1024']);
  });

  it('names and languages', () => {
    const unnamed = 'Setup.$' + '{ext}'; // electron-builder's macro, not a template
    expect(broken((c) => (c.nsis.artifactName = unnamed))).toEqual([
      `nsis.artifactName ${unnamed} must name CLAIR Desk and the version`,
    ]);
    expect(broken((c) => delete c.deb.artifactName)).toEqual([
      'deb.artifactName undefined must name CLAIR Desk and the version',
    ]);
    expect(broken((c) => (c.nsis.installerLanguages = ['en_US']))).toEqual([
      'nsis.installerLanguages must be en_US and ja_JP',
    ]);
    expect(broken((c) => delete c.nsis.multiLanguageInstaller)).toEqual(['nsis.multiLanguageInstaller must be true']);
    expect(broken((c) => c.electronLanguages.push('fr'))).toEqual(['electronLanguages must be en and ja']);
    expect(broken((c) => delete c.mac.extendInfo)).toEqual(['mac.extendInfo.CFBundleLocalizations must be en and ja']);
    expect(broken((c) => delete c.linux.desktop.entry['Comment[ja]'])).toEqual([
      'linux.desktop.entry lacks Comment[ja]',
    ]);
    expect(broken((c) => (c.fileAssociations = [{ ext: 'sqlite', name: 'Backup' }]))).toEqual([
      'fileAssociations must not be set',
    ]);
  });
});
