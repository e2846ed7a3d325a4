// The document's dates, written the way its language and the saved "Show dates as" ask
// (shared/dates/print.ts): the print view sets the formatter once, every part of the document reads it.
import { createContext, type ReactNode, useContext } from 'react';
import { printDateFormatter } from '../../../../shared/dates';
import type { DateDisplay, Language } from '../../../../shared/settings/schema';

export type PrintDate = (iso: string | null) => string;

const PrintDateContext = createContext<PrintDate>(printDateFormatter(null, 'en'));

export function printDate(chosen: DateDisplay | null | undefined, lang: Language): PrintDate {
  return printDateFormatter(chosen ?? null, lang);
}

export function PrintDates({ format, children }: { format: PrintDate; children: ReactNode }) {
  return <PrintDateContext.Provider value={format}>{children}</PrintDateContext.Provider>;
}

export const usePrintDate = (): PrintDate => useContext(PrintDateContext);
