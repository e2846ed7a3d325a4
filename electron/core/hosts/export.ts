// Exporting the directory in the columns the import reads, so an exported file imports cleanly.
// Demo hosts are left out: they are fictional and must not travel into real files.
import { todayIso } from '../../../shared/fiscal-year';
import type { Field } from '../../../shared/reference/schema';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { MIME, writeCsv } from '../files/table-file';
import { type CellValue, writeXlsx } from '../files/xlsx/write';
import { listFields } from '../reference/service';
import {
  activeLabel,
  CONTACT_PARTS,
  contactKey,
  exportColumns,
  fieldsLabel,
  kindLabel,
  type Language,
  prefectureLabel,
} from './columns';
import { type HostRow, toHosts } from './rows';

export async function exportHosts(
  ctx: Context,
  query: { format: 'csv' | 'xlsx'; language: Language; ids?: number[] | undefined },
) {
  const { format, language } = query;
  // A selection may hold demo hosts the person chose; the whole directory leaves them out.
  const only = query.ids ? sql`id IN (SELECT value FROM json_each(${JSON.stringify(query.ids)}))` : sql`is_demo = 0`;
  const hosts = toHosts(
    ctx,
    ctx.db.all<HostRow>(sql`SELECT * FROM hosts WHERE ${only} ORDER BY prefecture, name_key, id`),
  );
  const fields = new Map<number, Field>(listFields(ctx).map((f) => [f.id, f]));
  const columns = exportColumns(Math.max(1, ...hosts.map((h) => h.contacts.length)), language);
  const rows: CellValue[][] = hosts.map((h) => {
    const values: Record<string, CellValue> = {
      nameEn: h.nameEn,
      nameJa: h.nameJa,
      kind: kindLabel(h.kind, language),
      prefecture: prefectureLabel(h.prefecture, language),
      address: h.address ?? '',
      capacity: h.capacity,
      fields: fieldsLabel(h.fieldIds, fields, language),
      notes: h.notes ?? '',
      active: activeLabel(h.active, language),
    };
    h.contacts.forEach((c, i) => {
      const parts = [c.name, c.department, c.title, c.email, c.phone];
      CONTACT_PARTS.forEach((part, p) => {
        values[contactKey(i + 1, part)] = parts[p] ?? '';
      });
    });
    return columns.map((c) => values[c.key] ?? '');
  });
  const header = columns.map((c) => c.header);
  const fileName = `hosts-${language}-${todayIso(ctx.now())}.${format}`;
  let bytes: Buffer;
  if (format === 'csv') {
    // A formula-like cell gets an apostrophe (see files/table-file.ts); the import takes it off again.
    bytes = writeCsv([header, ...rows]);
  } else {
    bytes = await writeXlsx(language === 'en' ? 'Hosts' : '受入団体', [header, ...rows], ctx.now());
  }
  return { fileName, mime: MIME[format], data: bytes.toString('base64') };
}
