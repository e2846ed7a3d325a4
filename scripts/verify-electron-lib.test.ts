import { describe, expect, it } from 'vitest';
import {
  displayWrapper,
  failureSentence,
  fuseTarget,
  packagedBinaryPath,
  runSteps,
  STEPS,
  type StepResult,
} from './verify-electron-lib.mjs';

describe('packagedBinaryPath', () => {
  it('names electron-builder --dir’s executable on each OS and architecture', () => {
    expect(packagedBinaryPath({ platform: 'win32', arch: 'x64' })).toBe('dist\\win-unpacked\\CLAIR Desk.exe');
    expect(packagedBinaryPath({ platform: 'win32', arch: 'arm64' })).toBe('dist\\win-arm64-unpacked\\CLAIR Desk.exe');
    expect(packagedBinaryPath({ platform: 'darwin', arch: 'arm64' })).toBe(
      'dist/mac-arm64/CLAIR Desk.app/Contents/MacOS/CLAIR Desk',
    );
    expect(packagedBinaryPath({ platform: 'darwin', arch: 'x64' })).toBe(
      'dist/mac/CLAIR Desk.app/Contents/MacOS/CLAIR Desk',
    );
    expect(packagedBinaryPath({ platform: 'linux', arch: 'x64' })).toBe('dist/linux-unpacked/clair-desk');
    expect(packagedBinaryPath({ platform: 'linux', arch: 'arm' })).toBe('dist/linux-armv7l-unpacked/clair-desk');
    expect(packagedBinaryPath({ platform: 'linux', arch: 'x64', dist: '/build/out' })).toBe(
      '/build/out/linux-unpacked/clair-desk',
    );
  });

  it('refuses an OS it does not package for', () => {
    expect(() => packagedBinaryPath({ platform: 'freebsd', arch: 'x64' })).toThrow(/not packaged for freebsd/);
  });

  it('reads the fuses from the .app bundle on macOS and from the executable elsewhere', () => {
    expect(fuseTarget('dist/mac-arm64/CLAIR Desk.app/Contents/MacOS/CLAIR Desk')).toBe('dist/mac-arm64/CLAIR Desk.app');
    expect(fuseTarget('dist/linux-unpacked/clair-desk')).toBe('dist/linux-unpacked/clair-desk');
  });
});

describe('the steps', () => {
  it('come in the order a person needs them', () => {
    expect(STEPS.map((s) => s.id)).toEqual(['electron', 'native', 'build', 'electron-tests', 'package', 'packaged']);
  });

  it('run in order, each announced, and all of them when each passes', async () => {
    const ran: string[] = [];
    const said: string[] = [];
    const actions = Object.fromEntries(
      STEPS.map((s) => [
        s.id,
        (): StepResult => {
          ran.push(s.id);
          return { ok: true, note: `${s.id} done` };
        },
      ]),
    );
    expect(await runSteps(STEPS, actions, (line) => said.push(line))).toEqual({ ok: true });
    expect(ran).toEqual(STEPS.map((s) => s.id));
    expect(said[0]).toBe('[1/6] Fetch Electron…');
    expect(said[1]).toBe('      electron done');
    expect(said.at(-2)).toMatch(/^\[6\/6\] Start the packaged app/);
  });

  it('stop at the first failure with one sentence saying what failed and what to do', async () => {
    const ran: string[] = [];
    const actions = Object.fromEntries(
      STEPS.map((s) => [
        s.id,
        (): StepResult => {
          ran.push(s.id);
          return s.id === 'electron'
            ? { ok: false, reason: 'Electron 41.10.0 could not be downloaded (no access to its download site)' }
            : { ok: true };
        },
      ]),
    );
    const result = await runSteps(STEPS, actions, () => {});
    expect(ran).toEqual(['electron']);
    expect(result).toEqual({
      ok: false,
      step: 'electron',
      sentence:
        'Verification stopped at “Fetch Electron”: Electron 41.10.0 could not be downloaded (no access to its download site); ' +
        'check this machine reaches github.com (or set ELECTRON_MIRROR to a mirror it reaches) and run npm run verify:electron again.',
    });
  });

  it('a step that throws stops the run the same way', async () => {
    const actions = {
      electron: (): StepResult => ({ ok: true }),
      native: (): StepResult => {
        throw new Error('spawn ENOENT.');
      },
    };
    const result = await runSteps(STEPS.slice(0, 3), actions, () => {});
    expect(result).toMatchObject({ ok: false, step: 'native' });
    expect(result.ok === false && result.sentence).toMatch(
      /^Verification stopped at “Build the database driver.*”: spawn ENOENT; run npm run electron:native --verbose/,
    );
  });

  it('every failure sentence is one sentence', () => {
    for (const step of STEPS) {
      const sentence = failureSentence(step, 'it exited with code 1.');
      expect(sentence.match(/\.\s*$/g), step.id).toHaveLength(1);
      expect(sentence).not.toMatch(/\.\s+\S/);
    }
  });
});

describe('displayWrapper', () => {
  it('uses xvfb-run only on Linux without a display, and says when there is none', () => {
    expect(displayWrapper({ platform: 'linux', env: {}, hasXvfbRun: true })).toEqual(['xvfb-run', '-a']);
    expect(displayWrapper({ platform: 'linux', env: {}, hasXvfbRun: false })).toBeNull();
    expect(displayWrapper({ platform: 'linux', env: { DISPLAY: ':0' }, hasXvfbRun: true })).toEqual([]);
    expect(displayWrapper({ platform: 'win32', env: {}, hasXvfbRun: false })).toEqual([]);
  });
});
