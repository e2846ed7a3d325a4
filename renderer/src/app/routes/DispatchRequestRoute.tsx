// #/dispatch/requests/:id: the request's page with the documents menu: the acknowledgement of the
// request, and for each dispatch not cancelled its request to the local government and the summary of
// the agreement.
import type { RequestDetail } from '../../../../shared/specialist-dispatch/schema';
import { type LetterChoice, LettersMenu } from '../../documents/letter/LettersMenu';
import { useLang } from '../../i18n/format';
import { RequestPage } from '../../specialist-dispatch/requests/RequestPage';

function choicesOf(detail: RequestDetail, lang: 'en' | 'ja'): LetterChoice[] {
  const perDispatch = detail.dispatches
    .filter((d) => !d.cancelled)
    .flatMap((d) => {
      const note = (lang === 'ja' ? d.specialistNameJa : null) || d.specialistNameEn;
      return (['dispatchRequest', 'agreementSummary'] as const).map((kind) => ({ kind, recordId: d.id, note }));
    });
  return [{ kind: 'dispatchAcknowledgement', recordId: detail.request.id }, ...perDispatch];
}

function DocumentsMenu({ detail }: { detail: RequestDetail }) {
  const lang = useLang();
  return <LettersMenu choices={choicesOf(detail, lang)} />;
}

export function DispatchRequestRoute() {
  return <RequestPage documents={(detail) => <DocumentsMenu detail={detail} />} />;
}
