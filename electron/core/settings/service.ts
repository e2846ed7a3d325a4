// Settings live in the database so the language, staff name and date preferences follow the data, in
// either mode. Each is one key/value row; a date preference never chosen reads as its default.
import {
  DateDisplay,
  DateOrder,
  DEFAULT_DATE_DISPLAY,
  DEFAULT_DATE_ORDER,
  type Settings,
  type SettingsPatch,
} from '../../../shared/settings/schema';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';

export function readSetting(ctx: Context, key: string): string | null {
  return ctx.db.get<{ value: string }>(sql`SELECT value FROM settings WHERE key = ${key}`)?.value ?? null;
}

export function getSettings(ctx: Context): Settings {
  const language = readSetting(ctx, 'language');
  return {
    language: language === 'en' || language === 'ja' ? language : null,
    staffName: readSetting(ctx, 'staffName'),
    dateOrder: DateOrder.safeParse(readSetting(ctx, 'dateOrder')).data ?? DEFAULT_DATE_ORDER,
    dateDisplay: DateDisplay.safeParse(readSetting(ctx, 'dateDisplay')).data ?? DEFAULT_DATE_DISPLAY,
  };
}

/** "Show dates as" only when someone saved it: print views choose their own default otherwise. */
export function savedDateDisplay(ctx: Context): DateDisplay | null {
  return DateDisplay.safeParse(readSetting(ctx, 'dateDisplay')).data ?? null;
}

export function updateSettings(ctx: Context, patch: SettingsPatch): Settings {
  return ctx.db.tx(() => {
    const before = getSettings(ctx);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      if (value === null) ctx.db.run(sql`DELETE FROM settings WHERE key = ${key}`);
      else
        ctx.db.run(sql`INSERT INTO settings (key, value) VALUES (${key}, ${value})
                       ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
    }
    const after = getSettings(ctx);
    recordAudit(ctx, { entity: 'settings', entityId: 'app', action: 'update', before, after });
    return after;
  });
}
