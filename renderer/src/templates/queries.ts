// The Word templates through TanStack Query, and the merge: generate, then save the file by download
// (the desktop app's will-download handler shows its save dialog for it). Each file made is numbered in
// the documents register, so the register's lists are refreshed after.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Input, Output } from '../../../shared/contract';
import { api } from '../api/client';
import { downloadFile } from '../ui/exports/download';

export const templateKeys = { list: ['templates', 'list'] as const };

export function useTemplates() {
  return useQuery({ queryKey: templateKeys.list, queryFn: () => api().call('templates.list', {}) });
}

export function useInvalidateTemplates() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['templates'] }),
      client.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

/** Fills the template and saves what was made; returns the list of documents. */
export async function generateAndSave(input: Input<'templates.generate'>): Promise<Output<'templates.generate'>> {
  const made = await api().call('templates.generate', input);
  downloadFile(made.file);
  return made;
}

/** generateAndSave, then the register and the audit log are read again: the files took numbers. */
export function useGenerateAndSave() {
  const client = useQueryClient();
  return useCallback(
    async (input: Input<'templates.generate'>) => {
      const made = await generateAndSave(input);
      await Promise.all([
        client.invalidateQueries({ queryKey: ['documents'] }),
        client.invalidateQueries({ queryKey: ['audit'] }),
      ]);
      return made;
    },
    [client],
  );
}
