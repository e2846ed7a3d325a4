// The font families bundled with the app (@fontsource Noto: Latin with Vietnamese, Japanese, the
// Chinese characters Japanese lacks (Malaysian and Singaporean Chinese names), Tamil, Thai, Khmer, Lao,
// Myanmar), by name only; their @font-face rules are in faces.ts. Names in every script
// the staff meet then render on a machine without those system fonts, on screen and in print.
export const BUNDLED_FAMILIES = [
  "'Noto Sans'",
  "'Noto Sans JP'",
  // After Japanese, so a character both have keeps its Japanese form.
  "'Noto Sans SC'",
  "'Noto Sans Tamil'",
  "'Noto Sans Thai'",
  "'Noto Sans Khmer'",
  "'Noto Sans Lao'",
  "'Noto Sans Myanmar'",
];
