// A register row as stored, and as the contract says it.
import type { DocumentKind, RecordType, RegisterEntry } from '../../../shared/documents/schema';

export interface DocumentRow {
  id: number | null;
  kind: DocumentKind;
  fiscal_year: number;
  seq: number;
  reissue: number;
  number_en: string;
  number_ja: string;
  issued_on: string;
  addressee: string;
  record_type: RecordType | null;
  record_id: number | null;
  record_label: string;
  template_name: string | null;
  language: 'en' | 'ja';
  issued_by: string;
  missing: number;
}

export function toEntry(r: DocumentRow): RegisterEntry {
  return {
    id: r.id,
    kind: r.kind,
    fiscalYear: r.fiscal_year,
    seq: r.seq,
    numberEn: r.number_en,
    numberJa: r.number_ja,
    reissue: r.reissue,
    issuedOn: r.issued_on,
    addressee: r.addressee,
    record: r.record_type && r.record_id ? { type: r.record_type, id: r.record_id } : null,
    recordLabel: r.record_label,
    templateName: r.template_name,
    language: r.language,
    issuedBy: r.issued_by,
    missing: r.missing === 1,
  };
}
