// PLACEHOLDER (to be written with the reports): the frame of every print view. On screen: a toolbar
// (back, language of the labels, show sensitive numbers where the report has any, Print…, and Save
// as PDF in Electron), hidden in print; the bundled fonts; A4 page rules with page numbers and the
// print date on every page. `ready` sets data-print-ready="true" on the page once the data is there
// and the fonts are loaded, which PDF generation waits for.
import type { ReactNode } from 'react';

export interface PrintFrameProps {
  /** Document title (also the suggested PDF file name). */
  title: string;
  /** True once the document's data has loaded. */
  ready: boolean;
  /** Whether the toolbar offers "show passport and residence-card numbers". */
  hasSensitive?: boolean;
  children: ReactNode;
}

export function PrintFrame({ children }: PrintFrameProps) {
  return <div>{children}</div>;
}
