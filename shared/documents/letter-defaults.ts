// The built-in wording of each letter, used until the office saves its own in Settings. Japanese in
// the usual 公用文 style, dates as era dates; English as a plain business letter. The 記 … 以上 block
// and the particulars come from the letter's items, and "Yours sincerely" from the layout, so a body
// ends before them. A blank line parts paragraphs.
import type { LetterKind, LetterSettings, LetterWording, Signatory } from './letters';

const GREETING_JA = '時下ますますご清祥のこととお喜び申し上げます。';
const THANKS_JA = '平素より当協会の事業に格別のご理解とご協力を賜り、厚くお礼申し上げます。';

const para = (...parts: string[]) => parts.join('\n\n');

export const DEFAULT_WORDING: Record<LetterKind, LetterWording> = {
  acceptance: {
    ja: {
      subject: '地方行政研修員の受入れについて（通知）',
      body: para(
        GREETING_JA,
        'さて、{home_government}の{full_name}氏を、{fiscal_year_ja}自治体職員協力交流事業の研修員として、下記のとおり受け入れることとしましたので通知します。',
      ),
    },
    en: {
      subject: 'Acceptance to the Local Government Officials Training Program, {fiscal_year}',
      body: para(
        'We are pleased to inform you that {full_name} of {home_government} has been accepted as a trainee of the Local Government Officials Training Program for {fiscal_year}.',
        'The particulars are given below. We look forward to welcoming {full_name} to Japan.',
      ),
    },
  },
  placementRequest: {
    ja: {
      subject: '研修員の受入れについて（依頼）',
      body: para(
        `${GREETING_JA}${THANKS_JA}`,
        'さて、{fiscal_year_ja}自治体職員協力交流事業の研修員{full_name}氏（{country_ja}・{home_government}）につきまして、{placement_start_era}から{placement_end_era}まで、貴団体において研修を受け入れていただきたく、下記のとおり依頼します。',
        'ご多忙のところ誠に恐縮ですが、ご協力くださいますようお願い申し上げます。',
      ),
    },
    en: {
      subject: 'Request to host a trainee of the Local Government Officials Training Program',
      body: para(
        'We would be grateful if {host_name_en} could host {full_name} of {home_government}, {country_en}, a trainee of the Local Government Officials Training Program for {fiscal_year}, from {placement_start} to {placement_end}.',
        'The particulars are given below. Thank you for your continued support of the programme.',
      ),
    },
  },
  placementNotice: {
    ja: {
      subject: '研修先の決定について（通知）',
      body: para(
        GREETING_JA,
        'さて、{fiscal_year_ja}自治体職員協力交流事業の研修員{full_name}氏の研修先を、下記のとおり{host_name_ja}に決定しましたので通知します。',
      ),
    },
    en: {
      subject: 'Notice of placement: {full_name}',
      body: para(
        'We are pleased to inform you that {full_name}, a trainee of the Local Government Officials Training Program for {fiscal_year}, will be placed with {host_name_en} from {placement_start} to {placement_end}.',
        'The particulars are given below.',
      ),
    },
  },
  completionCertificate: {
    ja: {
      subject: '修了証書',
      body: 'あなたは{fiscal_year_ja}自治体職員協力交流事業における{field_ja}分野の研修課程を修了したことを証します。',
    },
    en: {
      subject: 'Certificate of Completion',
      body: 'This is to certify that {full_name} has completed the training course in {field_en} of the Local Government Officials Training Program for {fiscal_year}.',
    },
  },
  progressCover: {
    ja: {
      subject: '研修員の研修状況について（送付）',
      body: para(
        `${GREETING_JA}${THANKS_JA}`,
        'さて、貴団体から参加いただいている{fiscal_year_ja}自治体職員協力交流事業の研修員{full_name}氏の研修状況について、下記のとおり報告書を送付します。',
      ),
    },
    en: {
      subject: 'Progress report: {full_name}',
      body: para(
        'Please find enclosed the progress report of {full_name}, a trainee of the Local Government Officials Training Program for {fiscal_year}.',
        'Thank you for your continued support of the programme.',
      ),
    },
  },
  dispatchAcknowledgement: {
    ja: {
      subject: '専門家派遣要請の受理について（通知）',
      body: para(
        GREETING_JA,
        'さて、{received_on_era}付けで{requesting_government}から要請のありました{field_ja}分野の専門家派遣について、下記のとおり受理しましたので通知します。',
        '派遣の可否については、審査の上、改めてお知らせします。',
      ),
    },
    en: {
      subject: 'Acknowledgement of your request for a specialist ({request_reference})',
      body: para(
        'We acknowledge with thanks the request of {requesting_government}, received on {received_on}, for a specialist in {field_en} under the Specialist Dispatch Project.',
        'The request will now be reviewed, and we will inform you of the outcome in due course.',
      ),
    },
  },
  dispatchRequest: {
    ja: {
      subject: '専門家の派遣について（依頼）',
      body: para(
        `${GREETING_JA}${THANKS_JA}`,
        'さて、当協会では、{requesting_government}（{country_ja}）からの要請に基づき、{field_ja}分野の専門家派遣を実施することとしております。',
        'つきましては、{specialist_name_ja}氏を専門家として下記のとおり派遣していただきたく、ご依頼申し上げます。',
      ),
    },
    en: {
      subject: 'Request for the dispatch of a specialist to {requesting_government}',
      body: para(
        'In response to a request from {requesting_government}, {country_en}, for a specialist in {field_en}, we would be grateful if you could dispatch {specialist_name_en} as a specialist for the period given below.',
        'Thank you for your support of the Specialist Dispatch Project.',
      ),
    },
  },
  agreementSummary: {
    ja: {
      subject: '専門家派遣に係る合意事項について（通知）',
      body: para(
        GREETING_JA,
        'さて、{requesting_government}（{country_ja}）への{field_ja}分野の専門家派遣について、関係者間で合意した事項を下記のとおりお知らせします。',
      ),
    },
    en: {
      subject: 'Summary of the agreement on the dispatch of a specialist ({request_reference})',
      body: para(
        'The dispatch of a specialist in {field_en} to {requesting_government}, {country_en}, has been agreed as summarised below.',
        'Please keep this summary for your records.',
      ),
    },
  },
};

/** Until the office names its signatory, the letters say plainly that one is to be set. */
export const DEFAULT_SIGNATORY: Signatory = {
  nameEn: '(Name of the signatory)',
  nameJa: '（署名者氏名）',
  titleEn: 'Executive Director',
  titleJa: '所長',
};

export const DEFAULT_LETTER_SETTINGS: LetterSettings = {
  signatory: DEFAULT_SIGNATORY,
  seal: 'omitted',
  wording: DEFAULT_WORDING,
};
