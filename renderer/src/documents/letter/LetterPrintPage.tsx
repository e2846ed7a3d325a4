// #/print/letter/:id: an issued letter or certificate, in the language it was issued in, on one A4
// page. The labels follow the letter, not the UI: the view opens with ?lang set to the letter's own.
import type { TFunction } from 'i18next';
import { useEffect, useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { printDateFormatter } from '../../../../shared/dates';
import type { Letter } from '../../../../shared/documents/letters';
import { i18next } from '../../i18n';
import { preloadFonts } from '../../ui/print/fonts';
import { usePrintOptions } from '../../ui/print/options';
import { PrintFrame } from '../../ui/print/PrintFrame';
import { Certificate } from './Certificate';
import { EnglishLetter } from './EnglishLetter';
import { JapaneseLetter } from './JapaneseLetter';
import './letter.css';
import { useLetter } from './queries';

export interface LetterViewProps {
  letter: Letter;
  /** i18next's t in the letter's language. */
  t: TFunction;
  /** A date as this letter writes it (era by default in Japanese). */
  date: (iso: string | null) => string;
}

function LetterView(props: LetterViewProps) {
  const { letter } = props;
  if (letter.kind === 'completionCertificate') return <Certificate {...props} />;
  return letter.language === 'ja' ? <JapaneseLetter {...props} /> : <EnglishLetter {...props} />;
}

/** Every word the letter prints, so its Japanese glyphs load with the fonts rather than after layout. */
const letterText = (l: Letter) =>
  [
    l.number,
    l.addressee,
    l.sender.title,
    l.sender.name,
    l.subject,
    ...l.paragraphs,
    ...l.items.map((i) => i.text ?? ''),
  ].join('');

export function LetterPrintPage() {
  const { id } = useParams();
  const { lang, setLang } = usePrintOptions();
  const query = useLetter(id);
  const letter = query.data;
  const language = letter?.language ?? lang;
  // biome-ignore lint/correctness/useExhaustiveDependencies: setLang is a new function every render; the language is what matters.
  useEffect(() => {
    if (letter && letter.language !== lang) setLang(letter.language);
  }, [letter, lang]);
  useEffect(() => {
    if (letter) preloadFonts(letterText(letter));
  }, [letter]);
  const t = useMemo(() => i18next.getFixedT(language), [language]);
  const title = letter ? `${t(`documents.kind.${letter.kind}`)} ${letter.number}` : t('documents.letter.title');
  const date = letter ? printDateFormatter(letter.dateDisplay, letter.language) : null;
  return (
    <PrintFrame
      title={title}
      ready={query.isSuccess && letter?.language === lang}
      error={query.error}
      printDate={letter && date ? date(letter.issuedOn) : undefined}
      fixedLanguage
    >
      {letter && date && letter.language === lang && <LetterView letter={letter} t={t} date={date} />}
    </PrintFrame>
  );
}
