// The fonts every print view uses, bundled with the app (no network, nothing installed needed): the
// same faces as the screens (ui/fonts/), but only those, so a print never depends on the machine.
import '../fonts/faces';
import { BUNDLED_FAMILIES } from '../fonts/families';

/**
 * The print font stack: only the bundled families, then a generic family last. Noto Sans first for
 * Latin (Vietnamese included), then Japanese, then the Mainland Southeast Asian scripts.
 */
export const PRINT_FONTS = [...BUNDLED_FAMILIES, 'sans-serif'].join(', ');

const SCRIPT_SAMPLES: [family: string, sample: string][] = [
  ['Noto Sans Thai', 'ก'],
  ['Noto Sans Khmer', 'ក'],
  ['Noto Sans Lao', 'ກ'],
  ['Noto Sans Myanmar', 'က'],
  ['Noto Sans Tamil', 'க'],
];

/**
 * Starts every font a report is likely to need at once, as soon as the print view opens: Latin
 * regular and bold, the Japanese glyphs of `text` (the labels, or a report's data as it arrives, so
 * no font is first asked for by layout after the data), and one file per Southeast Asian
 * script. Left to layout, Chromium fetches the script fonts one after another as it meets each
 * script (seconds for a cohort report); asked up front they load in parallel while the data arrives.
 * document.fonts.ready then waits for them too.
 */
export function preloadFonts(text: string): void {
  if (typeof document === 'undefined' || !document.fonts) return;
  const japanese = [...new Set(text.replace(/[\s -\u024f\u1e00-\u1eff]/g, ''))].join('');
  // Latin beyond ASCII (Ō, ễ) lives in files of its own: asked for by the text's own letters.
  const latin = `Aaễ${[...new Set(text.replace(/[^\u00a0-\u024f\u1e00-\u1eff]/g, ''))].join('')}`;
  const loads = [
    document.fonts.load("400 16px 'Noto Sans'", latin),
    document.fonts.load("700 16px 'Noto Sans'", latin),
    ...(japanese
      ? [
          document.fonts.load("400 16px 'Noto Sans JP'", japanese),
          document.fonts.load("700 16px 'Noto Sans JP'", japanese),
        ]
      : []),
    ...SCRIPT_SAMPLES.map(([family, sample]) => document.fonts.load(`400 16px '${family}'`, sample)),
  ];
  // A font that fails to load falls back to the next family; printing must not wait on an error.
  void Promise.allSettled(loads);
}
