// The reference files the app ships (resources/reference/), read as text. The services work on the
// texts (so tests can feed generated files); the channels hand them these.
import fs from 'node:fs';
import path from 'node:path';
import type { ReferenceTexts } from '../../../shared/reference-data/reference-files';
import type { ReferenceFile } from '../../../shared/reference-data/schema';
import type { Context } from '../context';
import { REFERENCE_FOLDER } from '../paths';

export const SHIPPED_FILES: Record<ReferenceFile, string> = {
  counterparts: 'counterparts.csv',
  dispatch_projects: 'specialist-dispatch-projects.csv',
  accepted_trainees: 'lgotp-accepted-trainees.txt',
};

/** The three shipped files' texts, or null when any is missing or unreadable (a damaged installation). */
export function readShippedTexts(ctx: Context): ReferenceTexts | null {
  const read = (file: ReferenceFile) =>
    fs.readFileSync(path.join(ctx.resourcesDir, REFERENCE_FOLDER, SHIPPED_FILES[file]), 'utf8');
  try {
    return {
      counterparts: read('counterparts'),
      dispatchProjects: read('dispatch_projects'),
      acceptedTrainees: read('accepted_trainees'),
    };
  } catch {
    return null;
  }
}
