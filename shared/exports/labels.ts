// What exported files say, in English and Japanese: column headings, sheet names and the words for
// coded values (status, gender, kinds …). The core writes files without i18next, so the words live
// here; labels.test.ts keeps the coded values the same as the app's own screens say them.
import type { COMPLETION_STATES } from '../cohorts/schema';
import type { DueKind, EntryKind } from '../progress/schema';
import type { GENDERS, JAPANESE_LEVELS, TraineeStatus } from '../trainees/schema';

export type Lang = 'en' | 'ja';
export type Pair = readonly [en: string, ja: string];

export const say = (pair: Pair, lang: Lang): string => pair[lang === 'en' ? 0 : 1];

export const STATUS: Record<TraineeStatus, Pair> = {
  applicant: ['Applicant', '申請中'],
  accepted: ['Accepted', '受入決定'],
  introductory: ['Introductory training', '導入研修中'],
  on_placement: ['On placement', '受入団体で研修中'],
  completed: ['Completed', '修了'],
  withdrawn: ['Withdrawn', '辞退・中止'],
};

export const GENDER: Record<(typeof GENDERS)[number], Pair> = {
  female: ['Female', '女性'],
  male: ['Male', '男性'],
  x: ['X (unspecified)', 'X（指定なし）'],
};

export const JAPANESE_LEVEL: Record<(typeof JAPANESE_LEVELS)[number], Pair> = {
  none: ['None', 'なし'],
  N5: ['JLPT N5', 'JLPT N5'],
  N4: ['JLPT N4', 'JLPT N4'],
  N3: ['JLPT N3', 'JLPT N3'],
  N2: ['JLPT N2', 'JLPT N2'],
  N1: ['JLPT N1', 'JLPT N1'],
};

export const COMPLETION: Record<(typeof COMPLETION_STATES)[number], Pair> = {
  in_progress: ['In progress', '判定前'],
  complete: ['Completed', '修了'],
  incomplete: ['Not completed', '未修了'],
};

export const ENTRY_KIND: Record<EntryKind, Pair> = {
  monthly_report: ['Monthly report', '月次報告'],
  evaluation: ['Evaluation', '評価'],
  milestone: ['Milestone', '節目の記録'],
  incident: ['Incident', '事故・トラブル'],
  note: ['Note', 'メモ'],
};

export const EVALUATION_STAGE: Record<'mid_term' | 'final' | 'other', Pair> = {
  mid_term: ['Mid-term', '中間評価'],
  final: ['Final', '最終評価'],
  other: ['Other', 'その他'],
};

export const EVALUATOR_ROLE: Record<'host_supervisor' | 'clair_staff', Pair> = {
  host_supervisor: ['Host supervisor', '受入先の指導担当者'],
  clair_staff: ['CLAIR staff', 'CLAIR職員'],
};

export const DUE_KIND: Record<DueKind, Pair> = {
  monthly_report: ['Monthly report', '月次報告'],
  mid_term_evaluation: ['Mid-term evaluation', '中間評価'],
  final_evaluation: ['Final evaluation', '最終評価'],
  passport_expiry: ['Passport expiry', '旅券の有効期限'],
  residence_card_expiry: ['Residence card expiry', '在留カードの有効期限'],
  placement_conflict: ['Placement conflict', '配属の競合'],
};

export const DUE_STATE: Record<'overdue' | 'due_soon', Pair> = {
  overdue: ['Overdue', '期限切れ'],
  due_soon: ['Due soon', '期限間近'],
};

export const YES_NO: Record<'yes' | 'no', Pair> = { yes: ['Yes', 'はい'], no: ['No', 'いいえ'] };

/** Column headings. */
export const HEADING = {
  ref: ['Reference', '整理番号'],
  fullName: ['Name as in passport', '氏名（パスポート表記）'],
  familyName: ['Family name', '姓'],
  givenName: ['Given name', '名'],
  nativeName: ['Name in native script', '現地語表記の氏名'],
  katakanaName: ['Katakana reading', 'カタカナ表記'],
  preferredName: ['Preferred name', '呼び名'],
  gender: ['Gender (as in passport)', '性別（パスポート表記）'],
  dateOfBirth: ['Date of birth', '生年月日'],
  country: ['Country', '国'],
  homeGovernment: ['Home local government', '所属自治体'],
  department: ['Department', '所属部署'],
  position: ['Position', '役職'],
  field: ['Field of training', '研修分野'],
  japaneseLevel: ['Japanese level', '日本語レベル'],
  fiscalYear: ['Fiscal year of intake', '受入年度'],
  status: ['Status', '状況'],
  arrivalDate: ['Arrival in Japan', '来日日'],
  departureDate: ['Departure from Japan', '離日日'],
  hosts: ['Host institutions', '受入団体'],
  email: ['Email', 'メールアドレス'],
  phone: ['Phone', '電話番号'],
  archived: ['Archived', 'アーカイブ'],
  demo: ['Demo record (fictional)', 'デモデータ（架空）'],
  // Needs attention
  state: ['State', '状態'],
  dueDate: ['Due date', '期限'],
  dueKind: ['What is due', '対応事項'],
  name: ['Name', '氏名'],
  host: ['Host institution', '受入団体'],
  placementMonth: ['Placement month', '研修月'],
  // Statistics
  total: ['Total', '合計'],
  trainees: ['Trainees', '研修員数'],
  nameEn: ['Name (English)', '名称（英語）'],
  nameJa: ['Name (Japanese)', '名称（日本語）'],
  prefecture: ['Prefecture', '都道府県'],
  // Cohort
  sessionsHeld: ['Sessions held', '実施済みの講義'],
  present: ['Present', '出席'],
  late: ['Late', '遅刻'],
  excused: ['Excused', '公欠'],
  absent: ['Absent', '欠席'],
  unmarked: ['Not marked', '未記録'],
  attendanceRate: ['Attendance rate (%)', '出席率（%）'],
  completion: ['Introductory training', '導入研修の修了判定'],
  // Progress
  date: ['Date', '日付'],
  kind: ['Kind', '種類'],
  title: ['Title', '件名'],
  author: ['Author', '記入者'],
  period: ['Period', '対象期間'],
  evaluationStage: ['Evaluation stage', '評価の時期'],
  evaluatorRole: ['Evaluator', '評価者'],
  ratings: ['Ratings', '評価結果'],
  body: ['Text', '本文'],
  attachments: ['Attachments', '添付ファイル'],
} as const satisfies Record<string, Pair>;

export const SHEET = {
  trainees: ['Trainees', '研修員'],
  attention: ['Needs attention', '要対応'],
  countryYear: ['By country and year', '国別・年度別'],
  byField: ['By field', '分野別'],
  byHost: ['By host', '受入団体別'],
  cohort: ['Cohort', '受入年度'],
  progress: ['Progress', '研修の記録'],
} as const satisfies Record<string, Pair>;

/** "FY2026" / "2026年度", as column headings of years. */
export const fiscalYearHeading = (fy: number, lang: Lang) => (lang === 'en' ? `FY${fy}` : `${fy}年度`);
