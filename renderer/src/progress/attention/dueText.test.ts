import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import type { AttentionItem } from '../../../../shared/progress/schema';
import { translators } from '../../i18n/__tests__/translators';
import en from '../locales/en.json';
import ja from '../locales/ja.json';
import { distanceText } from './dueText';

const ts = {} as Record<'en' | 'ja', TFunction>;
beforeAll(async () => {
  Object.assign(ts, await translators(en, ja));
});

const item = (kind: AttentionItem['kind'], dueDate: string) => ({ kind, dueDate }) as AttentionItem;
const today = '2026-12-07';

describe('how far a due item is from today', () => {
  test('a deadline reads as overdue, due today or due in some days', () => {
    expect(distanceText(ts.en, today, item('monthly_report', '2026-12-01'))).toBe('6 days overdue');
    expect(distanceText(ts.en, today, item('monthly_report', today))).toBe('due today');
    expect(distanceText(ts.ja, today, item('monthly_report', '2026-12-10'))).toBe('あと3日');
  });

  test('a placement conflict is no deadline: it reads from the day it begins, never overdue', () => {
    const begun = item('placement_conflict', '2026-05-20');
    expect(distanceText(ts.en, today, begun)).toBe('since 2026-05-20');
    expect(distanceText(ts.ja, today, begun)).toBe('2026-05-20から');
    expect(distanceText(ts.en, today, begun, true)).toBe('ongoing');
    expect(distanceText(ts.ja, today, begun, true)).toBe('継続中');
    const coming = item('placement_conflict', '2026-12-12');
    expect(distanceText(ts.en, today, coming)).toBe('from 2026-12-12');
    expect(distanceText(ts.en, today, coming, true)).toBe('starts in 5 days');
    expect(distanceText(ts.ja, today, coming, true)).toBe('あと5日で開始');
    expect(distanceText(ts.en, today, item('placement_conflict', today))).toBe('from today');
  });
});
