// Numbered migrations, applied in order. Add a file NNNN-name.sql and list it here; never edit one
// that has shipped.
import m0001 from './0001-initial.sql?raw';
import m0002 from './0002-cohorts-hosts-placements.sql?raw';
import m0003 from './0003-placement-indexes.sql?raw';
import m0004 from './0004-progress.sql?raw';
import m0005 from './0005-audit-indexes.sql?raw';
import m0006 from './0006-dispatch.sql?raw';
import m0007 from './0007-drafts.sql?raw';
import m0008 from './0008-photo-copies.sql?raw';
import m0009 from './0009-trainee-birth-index.sql?raw';
import m0010 from './0010-documents.sql?raw';
import m0011 from './0011-word-templates.sql?raw';
import m0012 from './0012-document-template.sql?raw';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  { version: 1, name: 'initial', sql: m0001 },
  { version: 2, name: 'cohorts-hosts-placements', sql: m0002 },
  { version: 3, name: 'placement-indexes', sql: m0003 },
  { version: 4, name: 'progress', sql: m0004 },
  { version: 5, name: 'audit-indexes', sql: m0005 },
  { version: 6, name: 'dispatch', sql: m0006 },
  { version: 7, name: 'drafts', sql: m0007 },
  { version: 8, name: 'photo-copies', sql: m0008 },
  { version: 9, name: 'trainee-birth-index', sql: m0009 },
  { version: 10, name: 'documents', sql: m0010 },
  { version: 11, name: 'word-templates', sql: m0011 },
  { version: 12, name: 'document-template', sql: m0012 },
];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]?.version ?? 0;
