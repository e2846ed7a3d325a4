// Fictional name parts per country: [as in the passport (Latin), native script, katakana reading].
// Combined at random they give realistic multi-script names; none is a real person's record.

export type NamePart = readonly [latin: string, native: string, kana: string];

interface CountryNames {
  given: readonly NamePart[];
  family: readonly NamePart[];
  /** Share of people with a single name (no family name), as in Indonesian and Burmese passports. */
  single: number;
  cities: readonly string[];
}

export const NAMES: Record<string, CountryNames> = {
  TH: {
    given: [
      ['Somchai', 'สมชาย', 'ソムチャイ'],
      ['Suda', 'สุดา', 'スダー'],
      ['Niran', 'นิรันดร์', 'ニラン'],
      ['Pimchanok', 'พิมพ์ชนก', 'ピムチャノック'],
      ['Anan', 'อนันต์', 'アナン'],
      ['Kanokwan', 'กนกวรรณ', 'カノックワン'],
    ],
    family: [
      ['Srisuk', 'ศรีสุข', 'シースック'],
      ['Wongsawat', 'วงศ์สวัสดิ์', 'ウォンサワット'],
      ['Chaiyaphum', 'ชัยภูมิ', 'チャイヤプーム'],
      ['Rattanakorn', 'รัตนากร', 'ラッタナコーン'],
    ],
    single: 0,
    cities: [
      'Phitsanulok Municipality',
      'Sukhothai Province',
      'Bangkok Metropolitan Administration',
      'Sisaket Municipality',
    ],
  },
  VN: {
    given: [
      ['Văn An', 'Văn An', 'ヴァン・アン'],
      ['Thị Hương', 'Thị Hương', 'ティ・フオン'],
      ['Đức Minh', 'Đức Minh', 'ドゥック・ミン'],
      ['Thu Trang', 'Thu Trang', 'トゥ・チャン'],
      ['Quốc Bảo', 'Quốc Bảo', 'クオック・バオ'],
    ],
    family: [
      ['Nguyễn', 'Nguyễn', 'グエン'],
      ['Trần', 'Trần', 'チャン'],
      ['Lê', 'Lê', 'レー'],
      ['Phạm', 'Phạm', 'ファム'],
      ['Đặng', 'Đặng', 'ダン'],
    ],
    single: 0,
    cities: ['Da Nang City People’s Committee', 'Hanoi People’s Committee', 'Hue City', 'Can Tho City'],
  },
  ID: {
    given: [
      ['Sutrisno', '', 'ストリスノ'],
      ['Wulandari', '', 'ウランダリ'],
      ['Budi', '', 'ブディ'],
      ['Siti Rahayu', '', 'シティ・ラハユ'],
      ['Agus', '', 'アグス'],
    ],
    family: [
      ['Santoso', '', 'サントソ'],
      ['Wijaya', '', 'ウィジャヤ'],
      ['Hidayat', '', 'ヒダヤット'],
    ],
    single: 0.4,
    cities: ['Surabaya City Government', 'Yogyakarta Special Region', 'Bandung City', 'Makassar City'],
  },
  MM: {
    given: [
      ['Aung Kyaw Moe', 'အောင်ကျော်မိုး', 'アウン・チョー・モー'],
      ['Thandar', 'သန္တာ', 'タンダー'],
      ['Zaw Min', 'ဇော်မင်း', 'ゾー・ミン'],
      ['Hnin Wai', 'နှင်းဝေ', 'ニン・ウェイ'],
    ],
    family: [],
    single: 1,
    cities: ['Yangon City Development Committee', 'Mandalay City Development Committee', 'Nay Pyi Taw Council'],
  },
  KH: {
    given: [
      ['Dara', 'ដារ៉ា', 'ダラー'],
      ['Sophea', 'សោភា', 'ソペア'],
      ['Vuthy', 'វុទ្ធី', 'ヴティ'],
      ['Channary', 'ចាន់ណារី', 'チャンナリー'],
    ],
    family: [
      ['Sok', 'សុខ', 'ソック'],
      ['Chan', 'ចាន់', 'チャン'],
      ['Heng', 'ហេង', 'ヘン'],
    ],
    single: 0,
    cities: ['Phnom Penh Capital Hall', 'Siem Reap Province', 'Battambang Province'],
  },
  LA: {
    given: [
      ['Souksavanh', 'ສຸກສະຫວັນ', 'スックサワン'],
      ['Keo', 'ແກ້ວ', 'ケオ'],
      ['Noy', 'ນ້ອຍ', 'ノイ'],
    ],
    family: [
      ['Phommachanh', 'ພົມມະຈັນ', 'ポンマチャン'],
      ['Sisavath', 'ສີສະຫວາດ', 'シーサワット'],
    ],
    single: 0,
    cities: ['Vientiane Capital', 'Luang Prabang Province', 'Champasak Province'],
  },
  PH: {
    given: [
      ['Maria Cristina', '', 'マリア・クリスティーナ'],
      ['Jose', '', 'ホセ'],
      ['Angelica', '', 'アンジェリカ'],
      ['Ramon', '', 'ラモン'],
    ],
    family: [
      ['Santos', '', 'サントス'],
      ['Reyes', '', 'レジェス'],
      ['dela Cruz', '', 'デラ・クルス'],
    ],
    single: 0,
    cities: ['Vigan City', 'Quezon City', 'Cebu City', 'Davao City'],
  },
  MY: {
    given: [
      ['Nur Aisyah', 'نور عائشة', 'ヌル・アイシャ'],
      ['Muhammad Faiz', 'محمد فائز', 'ムハンマド・ファイズ'],
      ['Siew Ling', '秀玲', 'シュウ・リン'],
      ['Ravi', 'ரவி', 'ラヴィ'],
    ],
    family: [
      ['binti Ahmad', '', 'ビンティ・アフマド'],
      ['bin Ismail', '', 'ビン・イスマイル'],
      ['Tan', '陈', 'タン'],
    ],
    single: 0,
    cities: ['Kuala Lumpur City Hall', 'Penang Island City Council', 'Melaka Historic City Council'],
  },
  IN: {
    given: [
      ['Priya', 'प्रिया', 'プリヤ'],
      ['Arjun', 'अर्जुन', 'アルジュン'],
      ['Lakshmi', 'लक्ष्मी', 'ラクシュミ'],
    ],
    family: [
      ['Sharma', 'शर्मा', 'シャルマ'],
      ['Patel', 'पटेल', 'パテル'],
      ['Iyer', 'अय्यर', 'アイヤー'],
    ],
    single: 0,
    cities: ['Jalgaon Municipal Corporation', 'Porbandar Municipality', 'Pune Municipal Corporation'],
  },
  BN: {
    given: [
      ['Hajah Norliza', '', 'ノルリザ'],
      ['Awang Hamid', '', 'アワン・ハミド'],
    ],
    family: [['binti Abdullah', '', 'ビンティ・アブドゥラ']],
    single: 0.3,
    cities: ['Bandar Seri Begawan Municipal Board', 'Tutong District Office'],
  },
  TL: {
    given: [
      ['Joaquim', '', 'ジョアキン'],
      ['Ana', '', 'アナ'],
    ],
    family: [
      ['da Costa', '', 'ダ・コスタ'],
      ['Soares', '', 'ソアレス'],
    ],
    single: 0,
    cities: ['Dili Municipality', 'Baucau Municipality'],
  },
};
