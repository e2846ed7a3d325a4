// How the register says a row's number, kind and state on screen.
import type { TFunction } from 'i18next';
import type { RegisterEntry } from '../../../shared/documents/schema';

export { printedNumber as numberOf } from '../../../shared/documents/numbers';

export const kindText = (t: TFunction, kind: RegisterEntry['kind']) => t(`documents.kind.${kind}`);

/** A key each row can be told by: reissues share the number, journal rows have no id. */
export const rowKey = (r: RegisterEntry) => `${r.kind}-${r.fiscalYear}-${r.seq}-${r.reissue}-${r.id ?? 'j'}`;
