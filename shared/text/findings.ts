// What an import says about the text of one cell, by the same rules the forms apply: Myanmar text in
// Zawgyi (the Unicode text offered), full-width letters or digits where a code or number is expected
// (the plain ones offered), characters no one can see (removed on storing), a word in two scripts.
// Each import turns these into its own findings; the value offered is for a person to accept.
import { cleanText, foldWidth } from './clean';
import { mixedScriptWord } from './twins';
import { zawgyiToUnicode } from './zawgyi';

/** What a cell is expected to hold: a code or number (year, postcode, phone), a name, or other text. */
export type CellKind = 'code' | 'name' | 'text';

export const TEXT_FINDING_CODES = ['text_zawgyi', 'text_full_width', 'text_invisible', 'text_mixed_scripts'] as const;
export type TextFindingCode = (typeof TEXT_FINDING_CODES)[number];

export interface TextFinding {
  code: TextFindingCode;
  severity: 'warning' | 'info';
  params: Record<string, string>;
  /** The value offered instead of the cell's, when there is one to offer. */
  offer?: string;
}

export function textFindings(value: string, kind: CellKind): TextFinding[] {
  const out: TextFinding[] = [];
  const clean = cleanText(value).trim();
  const zawgyi = kind === 'code' ? null : zawgyiToUnicode(clean);
  if (zawgyi) out.push({ code: 'text_zawgyi', severity: 'warning', params: { value, unicode: zawgyi }, offer: zawgyi });
  const folded = foldWidth(clean).trim();
  if (kind === 'code' && folded !== clean)
    out.push({ code: 'text_full_width', severity: 'warning', params: { value, folded }, offer: folded });
  else if (clean !== value.trim()) out.push({ code: 'text_invisible', severity: 'info', params: { value: clean } });
  const mixed = kind === 'name' ? mixedScriptWord(clean) : null;
  if (mixed) out.push({ code: 'text_mixed_scripts', severity: 'warning', params: mixed });
  return out;
}
