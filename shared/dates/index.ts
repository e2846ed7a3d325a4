// Reading and showing the dates people type (ISO, numeric, English words, Japanese, Japanese eras).
export type { DateProblem, DateProblemCode, IsoResult } from './calendar';
export { ERAS, type Era, type EraDate, type EraName, fromEra, readEraYear, toEra } from './era';
export { type DateLang, describeDate, type FormatDateOptions, formatDate } from './format';
export { type DateStyle, printDateFormatter, printDateStyle } from './print';
export { type DateFormatName, type DateReading, type ReadDateOptions, readDate } from './read';
