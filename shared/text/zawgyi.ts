/// <reference path="./zawgyi-libs.d.ts" />
// Myanmar text typed or copied in the Zawgyi font encoding: it shows right only in that font and
// sorts, searches and prints wrong everywhere else. Google's detector (myanmar-tools) says how likely
// a text is Zawgyi; Rabbit converts it to Unicode. The conversion is only ever offered: a person
// accepts it (a form's offer, an import's suggestion), since a short text can be either.
import { ZawgyiDetector } from 'myanmar-tools';
import Rabbit from 'rabbit-node';

/** Google's advice: above 0.95 the text is Zawgyi with high confidence. */
export const ZAWGYI_THRESHOLD = 0.95;
const MYANMAR = /[\u1000-\u109F]/;

let detector: ZawgyiDetector | null = null;

/**
 * The detector reads its model with `new Buffer(base64)`: missing in a browser, and deprecated in Node
 * (a warning on stderr once bundled). For the moment of loading, a stand-in made from atob answers.
 */
function makeDetector(): ZawgyiDetector {
  const scope = globalThis as { Buffer?: unknown };
  const saved = scope.Buffer;
  scope.Buffer = function fromBase64(data: string) {
    return Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0));
  };
  try {
    return new ZawgyiDetector();
  } finally {
    if (saved === undefined) delete scope.Buffer;
    else scope.Buffer = saved;
  }
}

export function zawgyiProbability(text: string): number {
  if (!MYANMAR.test(text)) return 0;
  detector ??= makeDetector();
  const p = detector.getZawgyiProbability(text);
  return Number.isFinite(p) ? p : 0;
}

/** The Unicode text to offer when `text` is very likely Zawgyi (and converting changes it), else null. */
export function zawgyiToUnicode(text: string): string | null {
  if (zawgyiProbability(text) < ZAWGYI_THRESHOLD) return null;
  const converted = Rabbit.zg2uni(text).normalize('NFC');
  return converted !== text ? converted : null;
}
