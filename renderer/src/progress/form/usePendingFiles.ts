// Files waiting to be attached when the entry is saved: checked as they are chosen, sent one by one
// after the entry; those refused stay listed with the reason.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { fileProblem, mimeOf, readBase64 } from '../files';
import { progressErrorText, progressIssueText } from '../text';

export interface PendingFile {
  key: string;
  file: File;
  /** Why it was not attached (in words), if the core or the check here refused it. */
  problem: string | null;
}

let fileKeys = 0;

export function usePendingFiles(alreadyAttached: number) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<PendingFile[]>([]);

  const attached = alreadyAttached + files.length;
  const add = (chosen: File[]) => {
    let count = attached;
    const next = chosen.map((file) => {
      const problem = fileProblem(file, count);
      if (!problem) count += 1;
      return {
        key: `f${++fileKeys}`,
        file,
        problem: problem ? progressIssueText(t, { path: 'file', code: problem, params: { name: file.name } }) : null,
      };
    });
    setFiles((f) => [...f, ...next]);
  };
  const drop = (key: string) => setFiles((f) => f.filter((x) => x.key !== key));

  /** Sends each waiting file; true when all were attached. */
  const upload = async (entryId: number) => {
    const left: PendingFile[] = [];
    for (const pending of files) {
      if (pending.problem) {
        left.push(pending);
        continue;
      }
      try {
        await api().call('progress.attachments.add', {
          entryId,
          fileName: pending.file.name,
          mime: mimeOf(pending.file.name) ?? pending.file.type,
          data: await readBase64(pending.file),
        });
      } catch (error) {
        left.push({ ...pending, problem: progressErrorText(t, error) });
      }
    }
    setFiles(left);
    return left.length === 0;
  };

  return { files, attached, add, drop, upload };
}
