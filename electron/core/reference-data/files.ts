// The reference files the app ships (resources/reference/), read as text by the one decoder
// (electron/core/files/decode.ts), so each is read in its own encoding and a file that does not
// decode cleanly is refused with its line rather than read with replacement characters. The services
// work on the texts (so tests can feed generated files); the channels hand them these.
import fs from 'node:fs';
import path from 'node:path';
import { REFERENCE_LIMITS } from '../../../shared/reference-data/csv';
import type { ReferenceTexts } from '../../../shared/reference-data/reference-files';
import type { ReferenceFile } from '../../../shared/reference-data/schema';
import { AppFailure } from '../../../shared/result';
import type { TextEncoding } from '../../../shared/text/encodings';
import type { Context } from '../context';
import { decodeText, UndecodableError } from '../files/decode';
import { REFERENCE_FOLDER } from '../paths';

export const SHIPPED_FILES: Record<ReferenceFile, string> = {
  counterparts: 'counterparts.csv',
  dispatch_projects: 'specialist-dispatch-projects.csv',
  accepted_trainees: 'lgotp-accepted-trainees.txt',
};

/** One reference file's bytes as text, refused (with an issue code) when too large or not cleanly decodable. */
export function decodeReferenceFile(file: ReferenceFile, bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const name = SHIPPED_FILES[file];
  if (bytes.length > REFERENCE_LIMITS.maxBytes)
    throw new AppFailure({
      code: 'invalid_input',
      message: `The reference file ${name} is larger than ${REFERENCE_LIMITS.maxBytes / 1024 / 1024} MB.`,
      issues: [{ path: file, code: 'file_too_large', params: { file: name, max: REFERENCE_LIMITS.maxBytes } }],
    });
  try {
    const { text, encoding } = decodeText(bytes);
    return { text, encoding };
  } catch (error) {
    if (!(error instanceof UndecodableError)) throw error;
    throw new AppFailure({
      code: 'invalid_input',
      message: `The reference file ${name} does not read cleanly as ${error.encoding} (line ${error.line}).`,
      issues: [{ path: file, code: 'undecodable', params: { file: name, encoding: error.encoding, line: error.line } }],
    });
  }
}

/** The three shipped files' texts and encodings; missing or undecodable files are refused. */
export function readShipped(ctx: Context): ReferenceTexts {
  const read = (file: ReferenceFile) => {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(path.join(ctx.resourcesDir, REFERENCE_FOLDER, SHIPPED_FILES[file]));
    } catch {
      throw new AppFailure({
        code: 'not_found',
        message: 'The reference files the app ships are missing from its resources folder.',
      });
    }
    return decodeReferenceFile(file, bytes);
  };
  const counterparts = read('counterparts');
  const dispatchProjects = read('dispatch_projects');
  const acceptedTrainees = read('accepted_trainees');
  return {
    counterparts: counterparts.text,
    dispatchProjects: dispatchProjects.text,
    acceptedTrainees: acceptedTrainees.text,
    encodings: {
      counterparts: counterparts.encoding,
      dispatch_projects: dispatchProjects.encoding,
      accepted_trainees: acceptedTrainees.encoding,
    },
  };
}

/** The three shipped files' texts, or null when any is missing or unreadable (a damaged installation). */
export function readShippedTexts(ctx: Context): ReferenceTexts | null {
  try {
    return readShipped(ctx);
  } catch {
    return null;
  }
}
