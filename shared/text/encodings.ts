// The text encodings a file from outside may be read in, by their WHATWG labels (what TextDecoder
// takes). Shared so the contract, the core's decoder and the preview's choice name the same set.
import { z } from 'zod';

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'shift_jis', 'euc-jp', 'windows-1252'] as const;
export const TextEncoding = z.enum(TEXT_ENCODINGS, { error: 'invalid_choice' });
export type TextEncoding = z.infer<typeof TextEncoding>;
