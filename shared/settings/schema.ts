// Per-database preferences a person sets once: the UI language, the staff name put on every change, and
// how dates are read and shown.
import { z } from 'zod';
import { read, write } from '../channel';
import { empty, optionalText } from '../schema-helpers';

export const Language = z.enum(['en', 'ja'], { error: 'invalid_choice' });
export type Language = z.infer<typeof Language>;

/** How a typed numeric date such as 05/04/2027 is read: day first (as in Singapore) or month first. */
export const DateOrder = z.enum(['dmy', 'mdy'], { error: 'invalid_choice' });
export type DateOrder = z.infer<typeof DateOrder>;
export const DEFAULT_DATE_ORDER: DateOrder = 'dmy';

/** How dates are shown: Western dates, Japanese era dates (令和9年4月5日), or both. */
export const DateDisplay = z.enum(['western', 'era', 'both'], { error: 'invalid_choice' });
export type DateDisplay = z.infer<typeof DateDisplay>;
export const DEFAULT_DATE_DISPLAY: DateDisplay = 'western';

export const Settings = z.object({
  language: Language.nullable(),
  staffName: z.string().nullable(),
  /** Always set: the default when never chosen. */
  dateOrder: DateOrder,
  dateDisplay: DateDisplay,
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = z.strictObject({
  language: Language.optional(),
  staffName: optionalText(120).optional(),
  dateOrder: DateOrder.optional(),
  dateDisplay: DateDisplay.optional(),
});
export type SettingsPatch = z.output<typeof SettingsPatch>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  schemaVersion: z.number().int(),
  mode: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  /** The demo sandbox is open in place of the real data (demo.enter, demo.leave). */
  demo: z.boolean(),
});

export const settingsContract = {
  'settings.app.info': read(empty, AppInfo),
  'settings.get': read(empty, Settings),
  'settings.update': write(SettingsPatch, Settings),
} as const;
