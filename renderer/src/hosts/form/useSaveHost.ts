// Sending the host form to the core and sorting out the answer: saved, a possible duplicate to
// confirm, someone else saved first (stale), or problems the core found (unknown field).
import { useState } from 'react';
import { type Host, HostInput } from '../../../../shared/hosts/schema';
import type { Warning } from '../../../../shared/result';
import { api } from '../../api/client';
import { errorOf } from '../../i18n/messages';
import { notifyError } from '../../i18n/notify';
import { useInvalidateHosts } from '../queries';
import { type HostFormValues, inputOf, type Problems, problemKey } from './formValues';

interface Options {
  existing: Host | null;
  onSaved: (host: Host) => void;
  onServerProblems: (problems: Problems) => void;
}

export function useSaveHost({ existing, onSaved, onServerProblems }: Options) {
  const [saving, setSaving] = useState(false);
  const [warnings, setWarnings] = useState<Warning[] | null>(null);
  const [stale, setStale] = useState(false);
  const invalidate = useInvalidateHosts();

  const save = async (values: HostFormValues, confirm = false) => {
    const parsed = HostInput.safeParse(inputOf(values));
    if (!parsed.success) return; // the form shows these problems itself
    setSaving(true);
    try {
      const result = existing
        ? await api().call('hosts.update', { id: existing.id, version: existing.version, data: parsed.data, confirm })
        : await api().call('hosts.create', { data: parsed.data, confirm });
      setWarnings(null);
      await invalidate();
      onSaved(result.host);
    } catch (error) {
      const e = errorOf(error);
      if (e.code === 'needs_confirmation' && e.warnings?.length) setWarnings(e.warnings);
      else if (e.code === 'stale') setStale(true);
      else {
        setWarnings(null);
        if (e.issues?.length) {
          const problems: Problems = {};
          for (const issue of e.issues) problems[problemKey(issue.path)] ??= { code: issue.code, params: issue.params };
          onServerProblems(problems);
        }
        notifyError(error);
      }
    } finally {
      setSaving(false);
    }
  };

  return { save, saving, warnings, dismissWarnings: () => setWarnings(null), stale };
}
