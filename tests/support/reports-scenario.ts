// Test helper (not app code): a report-worthy record built through the contract, shared by the core
// tests, the PDF end-to-end tests and the benchmark data. `call` is dispatch (sync) or HTTP (async).
// Everything is dated in FY2025 (April 2025 – March 2026), so the entries lie in the past whatever
// today is from 2026 on (entries other than milestones may not be dated ahead).
import zlib from 'node:zlib';

export type Call = (channel: string, input: unknown) => unknown;

export const REPORT_FY = 2025;

/** One trainee per script, each with their name as in the passport and in their own script. */
export const SCRIPT_TRAINEES = [
  {
    country: 'VN',
    fullName: 'Nguyễn Thị Lan',
    familyName: 'Nguyễn',
    givenName: 'Thị Lan',
    nativeName: 'Nguyễn Thị Lan',
    katakanaName: 'グエン・ティ・ラン',
    homeGovernment: 'Đà Nẵng City People’s Committee',
  },
  {
    country: 'TH',
    fullName: 'Somchai Srisuk',
    familyName: 'Srisuk',
    givenName: 'Somchai',
    nativeName: 'สมชาย ศรีสุข',
    katakanaName: 'ソムチャイ・シースック',
    homeGovernment: 'Chiang Mai Province',
  },
  {
    country: 'KH',
    fullName: 'Sok Dara',
    familyName: 'Sok',
    givenName: 'Dara',
    nativeName: 'សុខ ដារ៉ា',
    katakanaName: 'ソック・ダラ',
    homeGovernment: 'Siem Reap Provincial Administration',
  },
  {
    country: 'LA',
    fullName: 'Souksavanh Phommachanh',
    familyName: 'Phommachanh',
    givenName: 'Souksavanh',
    nativeName: 'ສຸກສະຫວັນ ພົມມະຈັນ',
    katakanaName: 'スクサワン・ポンマチャン',
    homeGovernment: 'Vientiane Capital',
  },
  {
    country: 'MM',
    fullName: 'Aung Ko Ko',
    familyName: null,
    givenName: null,
    nativeName: 'အောင်ကိုကို',
    katakanaName: 'アウン・コー・コー',
    homeGovernment: 'Yangon City Development Committee',
  },
] as const;

/** Host names: English, and Japanese with kanji and katakana. */
export const REPORT_HOSTS = [
  { nameEn: 'Kitakyushu City International Centre', nameJa: '北九州市国際交流センター', kind: 'city', prefecture: 40 },
  { nameEn: 'Ōita Prefectural Government', nameJa: '大分県庁 国際政策課', kind: 'prefecture', prefecture: 44 },
] as const;

export const PASSPORT = 'C7654321';
/** Attached to the first monthly report. */
export const ATTACHMENT_NAME = 'Monthly report 1 (signed).pdf';
export const RESIDENCE_CARD = 'AB12345678CD';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A 120 × 160 passport-style placeholder portrait (a grey silhouette on light blue), as a PNG. */
export function portraitPng(): Buffer {
  const w = 120;
  const h = 160;
  const rows: Buffer[] = [];
  for (let y = 0; y < h; y++) {
    const row = Buffer.alloc(1 + w * 3);
    for (let x = 0; x < w; x++) {
      const head = (x - 60) ** 2 / 26 ** 2 + (y - 62) ** 2 / 32 ** 2 <= 1;
      const body = (x - 60) ** 2 / 50 ** 2 + (y - 172) ** 2 / 62 ** 2 <= 1;
      const [r, g, b] = head || body ? [120, 128, 138] : [214, 226, 240];
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The last day of the month `offset` months after April of `fy`. */
function monthEnd(fy: number, offset: number): string {
  const index = fy * 12 + 3 + offset;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}
function monthDay(fy: number, offset: number, day: number): string {
  return `${monthEnd(fy, offset).slice(0, 8)}${pad(day)}`;
}

export interface Arranged {
  hostIds: number[];
  fieldId: number;
  criteria: { id: number; nameEn: string }[];
}

/** The cohort of `fy` (intro in April, programme to the end of February), its sessions, and the hosts. */
export async function arrangeCohort(call: Call, fy = REPORT_FY): Promise<Arranged & { sessionIds: number[] }> {
  const fields = (await call('reference.fields.list', {})) as { id: number }[];
  const fieldId = fields[0]?.id ?? 1;
  await call('cohorts.create', {
    fiscalYear: fy,
    introStart: `${fy}-04-01`,
    programmeEnd: `${fy + 1}-02-28`,
    confirm: true,
  });
  const sessionIds: number[] = [];
  for (const [i, title] of [
    'Orientation',
    'Japanese language I',
    'Local government in Japan',
    'Site visit',
  ].entries()) {
    const saved = (await call('cohorts.sessions.create', {
      fiscalYear: fy,
      date: `${fy}-04-${pad(3 + i * 7)}`,
      title,
      confirm: true,
    })) as { session: { id: number } };
    sessionIds.push(saved.session.id);
  }
  const hostIds: number[] = [];
  for (const h of REPORT_HOSTS) {
    const saved = (await call('hosts.create', {
      data: {
        ...h,
        address: h.prefecture === 40 ? '1-1 Jōnai, Kokurakita-ku, Kitakyūshū' : '3-1-1 Ōte-machi, Ōita',
        capacity: 50,
        fieldIds: fields.map((f) => f.id),
        contacts: [{ name: h.prefecture === 40 ? '田中 美咲' : 'Satō Kenji', title: 'Coordinator' }],
      },
      confirm: true,
    })) as { host: { id: number } };
    hostIds.push(saved.host.id);
  }
  const settings = (await call('progress.evaluation.settings', {})) as { criteria: { id: number; nameEn: string }[] };
  return { hostIds, fieldId, sessionIds, criteria: settings.criteria };
}

export interface TraineeOptions {
  fy?: number;
  /** Index into SCRIPT_TRAINEES (names and country). */
  who?: number;
  /** Extra text added to the name, to tell generated trainees apart. */
  suffix?: string;
  photo?: boolean;
  /** Monthly reports to write (up to 10: six at the first host, four at the second). */
  months?: number;
  /** Makes the passport and residence-card numbers unique (0: PASSPORT and RESIDENCE_CARD). */
  serial?: number;
  /** A country code other than the script's (to print the longest country names). */
  country?: string;
  /** false: only the monthly reports, as for a trainee not yet evaluated (default true). */
  evaluations?: boolean;
}

export function passportOf(serial = 0): string {
  return serial === 0 ? PASSPORT : `C${7654321 + serial}`;
}
export function residenceCardOf(serial = 0): string {
  return serial === 0 ? RESIDENCE_CARD : `AB${12345678 + serial}CD`;
}

/**
 * A trainee on placement: two placements (May–October at the first host, November–February at the
 * second), a monthly report per month, mid-term and final evaluations, milestones, an incident, a note.
 */
export async function arrangeTrainee(call: Call, a: Arranged & { sessionIds?: number[] }, o: TraineeOptions = {}) {
  const fy = o.fy ?? REPORT_FY;
  const who = SCRIPT_TRAINEES[o.who ?? 0] as (typeof SCRIPT_TRAINEES)[number];
  const suffix = o.suffix ?? '';
  const created = (await call('trainees.create', {
    data: {
      fullName: `${who.fullName}${suffix}`,
      familyName: who.familyName,
      givenName: who.givenName,
      nativeName: who.nativeName,
      katakanaName: who.katakanaName,
      preferredName: who.givenName?.split(' ').at(-1) ?? null,
      gender: 'female',
      dateOfBirth: '1991-08-19',
      country: o.country ?? who.country,
      homeGovernment: who.homeGovernment,
      department: 'International Cooperation Division',
      position: 'Senior Officer',
      fieldId: a.fieldId,
      japaneseLevel: 'N4',
      passportNumber: passportOf(o.serial),
      passportExpiry: `${fy + 5}-06-30`,
      residenceCardNumber: residenceCardOf(o.serial),
      residenceCardExpiry: `${fy + 1}-03-31`,
      arrivalDate: `${fy}-03-28`,
      departureDate: `${fy + 1}-03-10`,
      fiscalYear: fy,
      status: 'on_placement',
    },
    confirm: true,
  })) as { trainee: { id: number } };
  const id = created.trainee.id;
  if (o.photo) {
    const portrait = portraitPng().toString('base64');
    // The portrait is small enough to be its own display-size copy.
    await call('trainees.photo.set', {
      id,
      mime: 'image/png',
      data: portrait,
      copy: { mime: 'image/png', data: portrait },
    });
  }
  for (const [i, sessionId] of (a.sessionIds ?? []).entries()) {
    await call('cohorts.attendance.set', { sessionId, traineeId: id, mark: i === 2 ? 'late' : 'present' });
  }
  const placementIds: number[] = [];
  for (const [hostId, start, end, supervisor] of [
    [a.hostIds[0], `${fy}-05-01`, `${fy}-10-31`, '田中 美咲（国際交流課）'],
    [a.hostIds[1], `${fy}-11-01`, `${fy + 1}-02-28`, 'Satō Kenji'],
  ] as const) {
    const saved = (await call('placements.create', {
      traineeId: id,
      hostId,
      start,
      end,
      supervisor,
      confirm: true,
      reason: 'Arranged for the report tests',
    })) as { placement: { id: number } };
    placementIds.push(saved.placement.id);
  }
  const entry = (data: Record<string, unknown>) => call('progress.create', { traineeId: id, data });
  const months = o.months ?? 10;
  for (let m = 0; m < months; m++) {
    const second = m >= 6;
    const saved = (await entry({
      kind: 'monthly_report',
      date: monthDay(fy, m + 2, 5),
      title: `Monthly report ${m + 1}`,
      body:
        `Month ${m + 1}: joined the ${second ? 'prefectural policy' : 'city planning'} team's weekly meetings, ` +
        'visited two community facilities and prepared a short briefing for the home government. ' +
        'Japanese practice continues three times a week with the host’s volunteers.',
      placementId: placementIds[second ? 1 : 0],
      placementMonth: second ? m - 5 : m + 1,
    })) as { entry: { id: number } };
    if (m === 0) {
      await call('progress.attachments.add', {
        entryId: saved.entry.id,
        fileName: ATTACHMENT_NAME,
        mime: 'application/pdf',
        data: Buffer.from('%PDF-1.4\n% signed by the host\n%%EOF\n').toString('base64'),
      });
    }
  }
  if (o.evaluations === false) return { id, placementIds };
  const ratings = (base: number) =>
    a.criteria.map((c, i) => ({
      criterionId: c.id,
      score: Math.min(5, base + (i % 2)),
      comment: i === 0 ? 'Punctual and engaged; asks good questions in meetings.' : null,
    }));
  await entry({
    kind: 'evaluation',
    date: `${fy}-08-20`,
    title: 'Mid-term evaluation',
    body: 'Good progress in the first half of the placement.',
    evaluationStage: 'mid_term',
    evaluatorRole: 'host_supervisor',
    author: '田中 美咲',
    ratings: ratings(3),
  });
  await entry({
    kind: 'evaluation',
    date: `${fy + 1}-02-25`,
    title: 'Final evaluation',
    body: 'Completed the placement with a clear action plan for the home government.',
    evaluationStage: 'final',
    evaluatorRole: 'clair_staff',
    ratings: ratings(4),
  });
  await entry({ kind: 'milestone', date: `${fy}-07-15`, title: 'Presentation to the mayor', body: null });
  await entry({ kind: 'milestone', date: `${fy}-12-10`, title: 'Study visit to Tokyo', body: null });
  await entry({
    kind: 'incident',
    date: `${fy}-09-03`,
    title: 'Minor bicycle accident',
    body: 'No injury; reported to the host and to the insurer the same day.',
  });
  await entry({
    kind: 'note',
    date: `${fy}-06-12`,
    title: 'Accommodation',
    body: 'Moved to the host’s dormitory; address updated.',
  });
  return { id, placementIds };
}
