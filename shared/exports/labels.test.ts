// Exported files say coded values the way the app's screens do: the words here match the renderer's
// locale files wherever those have the same value.
import { describe, expect, test } from 'vitest';
import cohortsEn from '../../renderer/src/cohorts/locales/en.json';
import cohortsJa from '../../renderer/src/cohorts/locales/ja.json';
import appEn from '../../renderer/src/i18n/locales/en.json';
import appJa from '../../renderer/src/i18n/locales/ja.json';
import progressEn from '../../renderer/src/progress/locales/en.json';
import progressJa from '../../renderer/src/progress/locales/ja.json';
import {
  COMPLETION,
  DUE_KIND,
  DUE_STATE,
  ENTRY_KIND,
  EVALUATION_STAGE,
  EVALUATOR_ROLE,
  GENDER,
  JAPANESE_LEVEL,
  type Pair,
  STATUS,
} from './labels';

const both = (en: Record<string, string>, ja: Record<string, string>) =>
  Object.fromEntries(Object.keys(en).map((k) => [k, [en[k], ja[k]]]));

describe('coded values match the screens', () => {
  test.each([
    ['status', STATUS, both(appEn.trainee.status, appJa.trainee.status)],
    ['gender', GENDER, both(appEn.trainee.gender, appJa.trainee.gender)],
    ['Japanese level', JAPANESE_LEVEL, both(appEn.trainee.japaneseLevel, appJa.trainee.japaneseLevel)],
    ['completion', COMPLETION, both(cohortsEn.cohorts.completion, cohortsJa.cohorts.completion)],
    ['entry kind', ENTRY_KIND, both(progressEn.progress.kind, progressJa.progress.kind)],
    ['evaluation stage', EVALUATION_STAGE, both(progressEn.progress.stageShort, progressJa.progress.stageShort)],
    ['evaluator', EVALUATOR_ROLE, both(progressEn.progress.role, progressJa.progress.role)],
    ['what is due', DUE_KIND, both(progressEn.progress.dueKind, progressJa.progress.dueKind)],
    ['due state', DUE_STATE, both(progressEn.progress.attention.state, progressJa.progress.attention.state)],
  ] as [string, Record<string, Pair>, Record<string, unknown>][])('%s', (_, ours, screens) => {
    expect(ours).toEqual(screens);
  });
});
