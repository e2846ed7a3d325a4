// The letters' queries: an issued letter to print, the addressees a new one may go to, the settings.
import { useQuery } from '@tanstack/react-query';
import type { LetterKind } from '../../../../shared/documents/letters';
import { api } from '../../api/client';

export const letterKeys = {
  letter: (id: number) => ['documents', 'letter', id] as const,
  addressees: (kind: LetterKind, recordId: number) => ['documents', 'addressees', kind, recordId] as const,
  settings: ['documents', 'letters', 'settings'] as const,
};

function validId(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** Read afresh each time the print view opens: a reprint shows the letter as issued. */
export function useLetter(rawId: string | undefined) {
  const id = validId(rawId);
  return useQuery({
    queryKey: letterKeys.letter(id),
    queryFn: () => api().call('documents.letter', { id }),
    staleTime: 0,
  });
}

export function useAddressees(kind: LetterKind | null, recordId: number) {
  return useQuery({
    queryKey: letterKeys.addressees(kind ?? 'acceptance', recordId),
    queryFn: () => api().call('documents.letters.addressees', { kind: kind ?? 'acceptance', recordId }),
    enabled: kind !== null,
  });
}

export function useLetterSettings() {
  return useQuery({ queryKey: letterKeys.settings, queryFn: () => api().call('documents.letters.settings.get', {}) });
}

/** The print view of an issued letter, in the letter's own language. */
export const letterPrintPath = (entry: { id: number | null; language: string }) =>
  `/print/letter/${entry.id}?lang=${entry.language}`;
