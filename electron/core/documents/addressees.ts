// Whom a letter may go to, named from its record as a reader expects, in both languages: a person
// with 様 (and Ms / Mr in English when the gender is known), an office with its head (セブ市長 様,
// "The Mayor, Cebu City") where the name says what it is, else the office itself (御中).
import { type AddresseeRole, LETTER_ADDRESSEES, type LetterKind } from '../../../shared/documents/letters';
import { todayIso } from '../../../shared/fiscal-year';
import type { Context } from '../context';
import { type LetterSource, letterSource } from './letter-sources';

export interface AddresseeChoice {
  role: AddresseeRole;
  en: string;
  ja: string;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

/** "The Governor, Sukhothai Province", "The Mayor, Hue City", or the office's name as it is. */
function headEn(office: string): string {
  if (/\b(prefecture|province|region|state|metropolitan)\b/i.test(office)) return `The Governor, ${office}`;
  if (/\bcommittee\b/i.test(office)) return `The Chairperson, ${office}`;
  if (/\b(city|municipality|town|village|ward)\b/i.test(office)) return `The Mayor, ${office}`;
  return office;
}

/** 札幌市長 様, 北海道知事 様 for a Japanese local government's name; otherwise the office, 御中. */
function headJa(office: string): string {
  if (CJK.test(office) && /[市町村区]$/.test(office)) return `${office}長 様`;
  if (CJK.test(office) && /[都道府県]$/.test(office)) return `${office}知事 様`;
  return `${office} 御中`;
}

const office = (role: AddresseeRole, name: string): AddresseeChoice => ({ role, en: headEn(name), ja: headJa(name) });

const HOST_HEADS: Record<string, readonly [en: string, ja: string] | undefined> = {
  prefecture: ['The Governor', '知事'],
  city: ['The Mayor', '長'],
  town: ['The Mayor', '長'],
  village: ['The Mayor', '長'],
  special_ward: ['The Mayor', '長'],
};

function host(en: string, ja: string, kind: string): AddresseeChoice {
  const head = HOST_HEADS[kind];
  return head
    ? { role: 'host', en: `${head[0]}, ${en}`, ja: `${ja}${head[1]} 様` }
    : { role: 'host', en, ja: `${ja} 御中` };
}

const HONORIFIC: Record<string, string | undefined> = { female: 'Ms', male: 'Mr' };

function choice(role: AddresseeRole, source: LetterSource): AddresseeChoice | null {
  if (source.type === 'trainee') {
    const t = source.trainee;
    const title = HONORIFIC[t.gender];
    if (role === 'trainee') return { role, en: title ? `${title} ${t.fullName}` : t.fullName, ja: `${t.fullName} 様` };
    if (role === 'homeGovernment') return office(role, t.homeGovernment);
    if (role === 'host' && source.placement) {
      const p = source.placement;
      return host(p.hostEn, p.hostJa, p.hostKind);
    }
    return null;
  }
  if (role === 'counterpart')
    return source.counterpart ? { role, en: source.counterpart, ja: `${source.counterpart} 御中` } : null;
  if (role === 'requestingGovernment') return office(role, source.government);
  if (role === 'specialist' && source.specialist) {
    return { role, en: source.specialist.nameEn, ja: `${source.specialist.nameJa} 様` };
  }
  if (role === 'specialistGovernment' && source.specialist) return office(role, source.specialist.government);
  return null;
}

/** The choices for a letter of this kind about this record, in the order LETTER_ADDRESSEES gives. */
export function letterAddressees(ctx: Context, kind: LetterKind, recordId: number): AddresseeChoice[] {
  const source = letterSource(ctx, kind, recordId, todayIso(ctx.now()));
  return LETTER_ADDRESSEES[kind].map((role) => choice(role, source)).filter((c): c is AddresseeChoice => c !== null);
}
