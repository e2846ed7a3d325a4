// Per-database preferences a person sets once: the UI language and the staff name put on every change.
import { z } from 'zod';
import { empty, optionalText } from '../schema-helpers';

export const Language = z.enum(['en', 'ja'], { error: 'invalid_choice' });
export type Language = z.infer<typeof Language>;

export const Settings = z.object({
  language: Language.nullable(),
  staffName: z.string().nullable(),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = z.strictObject({
  language: Language.optional(),
  staffName: optionalText(120).optional(),
});

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  schemaVersion: z.number().int(),
  mode: z.enum(['electron', 'browser']),
  dataDir: z.string(),
});

export const settingsContract = {
  'app.info': { input: empty, output: AppInfo },
  'settings.get': { input: empty, output: Settings },
  'settings.update': { input: SettingsPatch, output: Settings },
} as const;
