// The Word templates through TanStack Query, and the merge: generate, then save the file by download
// (the desktop app's will-download handler shows its save dialog for it).
import { useQuery, useQueryClient } from '@tanstack/react-query';
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
