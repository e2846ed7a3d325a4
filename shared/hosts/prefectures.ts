// The 47 prefectures of Japan by JIS X 0401 code, in English and Japanese.
export interface Prefecture {
  code: number;
  en: string;
  ja: string;
  /** The reading in hiragana, so a name typed phonetically (ほっかいどう) finds it. */
  kana: string;
}

// biome-ignore format: a table reads better packed.
const NAMES: [string, string][] = [
  ['Hokkaido', '北海道'], ['Aomori', '青森県'], ['Iwate', '岩手県'], ['Miyagi', '宮城県'], ['Akita', '秋田県'],
  ['Yamagata', '山形県'], ['Fukushima', '福島県'], ['Ibaraki', '茨城県'], ['Tochigi', '栃木県'], ['Gunma', '群馬県'],
  ['Saitama', '埼玉県'], ['Chiba', '千葉県'], ['Tokyo', '東京都'], ['Kanagawa', '神奈川県'], ['Niigata', '新潟県'],
  ['Toyama', '富山県'], ['Ishikawa', '石川県'], ['Fukui', '福井県'], ['Yamanashi', '山梨県'], ['Nagano', '長野県'],
  ['Gifu', '岐阜県'], ['Shizuoka', '静岡県'], ['Aichi', '愛知県'], ['Mie', '三重県'], ['Shiga', '滋賀県'],
  ['Kyoto', '京都府'], ['Osaka', '大阪府'], ['Hyogo', '兵庫県'], ['Nara', '奈良県'], ['Wakayama', '和歌山県'],
  ['Tottori', '鳥取県'], ['Shimane', '島根県'], ['Okayama', '岡山県'], ['Hiroshima', '広島県'], ['Yamaguchi', '山口県'],
  ['Tokushima', '徳島県'], ['Kagawa', '香川県'], ['Ehime', '愛媛県'], ['Kochi', '高知県'], ['Fukuoka', '福岡県'],
  ['Saga', '佐賀県'], ['Nagasaki', '長崎県'], ['Kumamoto', '熊本県'], ['Oita', '大分県'], ['Miyazaki', '宮崎県'],
  ['Kagoshima', '鹿児島県'], ['Okinawa', '沖縄県'],
];

// biome-ignore format: a table reads better packed.
const READINGS = [
  'ほっかいどう', 'あおもりけん', 'いわてけん', 'みやぎけん', 'あきたけん', 'やまがたけん', 'ふくしまけん', 'いばらきけん',
  'とちぎけん', 'ぐんまけん', 'さいたまけん', 'ちばけん', 'とうきょうと', 'かながわけん', 'にいがたけん', 'とやまけん',
  'いしかわけん', 'ふくいけん', 'やまなしけん', 'ながのけん', 'ぎふけん', 'しずおかけん', 'あいちけん', 'みえけん',
  'しがけん', 'きょうとふ', 'おおさかふ', 'ひょうごけん', 'ならけん', 'わかやまけん', 'とっとりけん', 'しまねけん',
  'おかやまけん', 'ひろしまけん', 'やまぐちけん', 'とくしまけん', 'かがわけん', 'えひめけん', 'こうちけん', 'ふくおかけん',
  'さがけん', 'ながさきけん', 'くまもとけん', 'おおいたけん', 'みやざきけん', 'かごしまけん', 'おきなわけん',
];

export const PREFECTURES: Prefecture[] = NAMES.map(([en, ja], i) => ({ code: i + 1, en, ja, kana: READINGS[i] ?? '' }));

/** Finds a prefecture by code, English name (with or without "-ken"/"Prefecture") or Japanese name. */
export function findPrefecture(text: string | number): Prefecture | undefined {
  if (typeof text === 'number') return PREFECTURES[text - 1];
  const t = text.trim();
  if (/^\d{1,2}$/.test(t)) return PREFECTURES[Number(t) - 1];
  const latin = t
    .toLowerCase()
    .replace(/\s+prefecture$/, '')
    .replace(/-(ken|to|fu|do)$/, '')
    .replace(/ō/g, 'o')
    .replace(/ū/g, 'u');
  return PREFECTURES.find((p) => p.en.toLowerCase() === latin || p.ja === t || p.ja.replace(/[都道府県]$/, '') === t);
}
