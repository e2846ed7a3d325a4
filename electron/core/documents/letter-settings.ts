// The letters' settings (signatory, seal, wording per kind), kept in the settings table beside the
// other preferences: one row each, JSON. A kind with no saved wording reads as the built-in default,
// and so does a saved value that no longer parses, so a letter always has words.
import { DEFAULT_SIGNATORY, DEFAULT_WORDING } from '../../../shared/documents/letter-defaults';
import { letterPlaceholders, placeholdersIn } from '../../../shared/documents/letter-placeholders';
import {
  LETTER_KINDS,
  type LetterKind,
  type LetterSettings,
  type LetterSettingsPatch,
  LetterWording,
  SealMode,
  Signatory,
} from '../../../shared/documents/letters';
import { AppFailure, type FieldIssue } from '../../../shared/result';
import { nearestPlaceholder } from '../../../shared/templates/placeholders';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { readSetting } from '../settings/service';

const SIGNATORY_KEY = 'letters.signatory';
const SEAL_KEY = 'letters.seal';
const wordingKey = (kind: LetterKind) => `letters.wording.${kind}`;

function readJson(ctx: Context, key: string): unknown {
  const text = readSetting(ctx, key);
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The saved wording of a kind, or null when none is saved (the default applies). */
function savedWording(ctx: Context, kind: LetterKind): LetterWording | null {
  return LetterWording.safeParse(readJson(ctx, wordingKey(kind))).data ?? null;
}

export function getLetterSettings(ctx: Context): LetterSettings {
  const wording = Object.fromEntries(
    LETTER_KINDS.map((kind) => [kind, savedWording(ctx, kind) ?? DEFAULT_WORDING[kind]]),
  ) as LetterSettings['wording'];
  return {
    signatory: Signatory.safeParse(readJson(ctx, SIGNATORY_KEY)).data ?? DEFAULT_SIGNATORY,
    seal: SealMode.safeParse(readSetting(ctx, SEAL_KEY)).data ?? 'omitted',
    wording,
  };
}

/** Each `{name}` the wording uses that the kind's record does not offer, said as the templates say it. */
export function unknownPlaceholderIssues(kind: LetterKind, wording: LetterWording): FieldIssue[] {
  const known = letterPlaceholders(kind);
  const issues: FieldIssue[] = [];
  for (const lang of ['en', 'ja'] as const) {
    for (const part of ['subject', 'body'] as const) {
      for (const name of placeholdersIn(wording[lang][part])) {
        if (known.includes(name)) continue;
        const nearest = nearestPlaceholder(name, known);
        issues.push({
          path: `wording.${kind}.${lang}.${part}`,
          code: nearest ? 'template_unknown_placeholder_near' : 'template_unknown_placeholder',
          params: { name, tag: `{${name}}`, ...(nearest ? { nearest, nearestTag: `{${nearest}}` } : {}) },
        });
      }
    }
  }
  return issues;
}

function checkWording(patch: LetterSettingsPatch): void {
  const issues = Object.entries(patch.wording ?? {}).flatMap(([kind, wording]) =>
    wording ? unknownPlaceholderIssues(kind as LetterKind, wording) : [],
  );
  if (issues.length > 0) {
    const names = issues.map((i) => i.params?.tag).join(', ');
    throw new AppFailure({ code: 'invalid_input', message: `Unknown placeholders: ${names}.`, issues });
  }
}

function put(ctx: Context, key: string, value: string | null): void {
  if (value === null) ctx.db.run(sql`DELETE FROM settings WHERE key = ${key}`);
  else
    ctx.db.run(sql`INSERT INTO settings (key, value) VALUES (${key}, ${value})
                   ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
}

/** What a patch touches, read from settings, for the audit entry (the whole wording would bury it). */
function touched(settings: LetterSettings, patch: LetterSettingsPatch) {
  return {
    ...(patch.signatory ? { signatory: settings.signatory } : {}),
    ...(patch.seal ? { seal: settings.seal } : {}),
    ...(patch.wording
      ? { wording: Object.fromEntries(Object.keys(patch.wording).map((k) => [k, settings.wording[k as LetterKind]])) }
      : {}),
  };
}

export function updateLetterSettings(ctx: Context, patch: LetterSettingsPatch): LetterSettings {
  checkWording(patch);
  return ctx.db.tx(() => {
    const before = getLetterSettings(ctx);
    if (patch.signatory) put(ctx, SIGNATORY_KEY, JSON.stringify(patch.signatory));
    if (patch.seal) put(ctx, SEAL_KEY, patch.seal);
    for (const [kind, wording] of Object.entries(patch.wording ?? {})) {
      if (wording === undefined) continue;
      put(ctx, wordingKey(kind as LetterKind), wording === null ? null : JSON.stringify(wording));
    }
    const after = getLetterSettings(ctx);
    recordAudit(ctx, {
      entity: 'settings',
      entityId: 'letters',
      action: 'update',
      before: touched(before, patch),
      after: touched(after, patch),
    });
    return after;
  });
}
