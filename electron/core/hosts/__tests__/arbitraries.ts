// Test helper (fast-check arbitraries and file builders, not app code): VALID requests for the host
// channels, as the global dispatch property test needs them, and CSV/XLSX files of hosts for the
// import tests. Every generated host is valid, so only the data (a missing host, a stale version, a
// possible duplicate) can refuse a request.
import fc from 'fast-check';
import Papa from 'papaparse';
import type { Channel } from '../../../../shared/contract';
import { HOST_KINDS, HOST_SORTS, type HostInputRaw } from '../../../../shared/hosts/schema';
import { xlsxBytes } from '../../files/__tests__/xlsx-file';
import { text } from '../../trainees/__tests__/arbitraries';

const id = fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 2 ** 31 }));
const optionalText = (max: number) => fc.option(text(max), { nil: null });

const contact = fc.record({
  name: text(200),
  department: optionalText(200),
  title: optionalText(120),
  email: fc.option(fc.constantFrom('tanaka@city.example.jp', 'kokusai+hosts@pref.example', 'a.b@example.org'), {
    nil: null,
  }),
  phone: optionalText(60),
});

export const hostInput: fc.Arbitrary<HostInputRaw> = fc.record({
  nameEn: text(200),
  nameJa: text(200),
  kind: fc.constantFrom(...HOST_KINDS),
  prefecture: fc.integer({ min: 1, max: 47 }),
  address: optionalText(400),
  capacity: fc.integer({ min: 0, max: 99 }),
  // The six fields the first migration seeds.
  fieldIds: fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 4 }),
  contacts: fc.array(contact, { maxLength: 3 }),
  notes: optionalText(10_000),
  active: fc.boolean(),
});

/** The minimal columns of an import file, and one valid row for a generated host. */
export const FILE_HEADER = ['name_en', 'name_ja', 'kind', 'prefecture', 'capacity'];
export const fileRow = (h: { nameEn: string; nameJa: string; kind: string; prefecture: number; capacity: number }) => [
  h.nameEn,
  h.nameJa,
  h.kind,
  String(h.prefecture),
  String(h.capacity),
];

export function csvFile(rows: string[][], options: { delimiter?: string; bom?: boolean } = {}): Buffer {
  const text = Papa.unparse(rows, { delimiter: options.delimiter ?? ',', newline: '\r\n' });
  return Buffer.concat([Buffer.from(options.bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(`${text}\r\n`, 'utf8')]);
}

export const xlsxFile = (rows: (string | number)[][]) => xlsxBytes(rows);

/** A file of valid hosts, CSV or XLSX, with a decision to create every row. */
export const importFile = fc
  .tuple(fc.constantFrom('csv' as const, 'xlsx' as const), fc.array(hostInput, { minLength: 1, maxLength: 4 }))
  .map(([format, hosts]) => {
    const rows = [FILE_HEADER, ...hosts.map((h) => fileRow({ ...h, capacity: h.capacity ?? 0 }))];
    const bytes = format === 'csv' ? csvFile(rows) : xlsxFile(rows);
    return {
      fileName: `hosts.${format}`,
      format,
      data: bytes.toString('base64'),
      decisions: hosts.map((_, i) => ({ line: i + 2, action: 'create' as const })),
    };
  });

/** Any bytes at all, as a file a person might pick by mistake. */
const anyFile = fc
  .tuple(fc.constantFrom('csv' as const, 'xlsx' as const), fc.uint8Array({ maxLength: 300 }))
  .map(([format, bytes]) => ({ fileName: `any.${format}`, format, data: Buffer.from(bytes).toString('base64') }));

export const hostsValid = {
  'hosts.list': fc.record(
    {
      search: fc.oneof(text(200), fc.constantFrom('a', '%', '_', '\\', 'ひらがな', 'カタカナ', '')),
      prefecture: fc.option(fc.integer({ min: 1, max: 47 }), { nil: null }),
      fieldId: fc.option(id, { nil: null }),
      kind: fc.option(fc.constantFrom(...HOST_KINDS), { nil: null }),
      active: fc.constantFrom('active', 'inactive', 'all'),
      sort: fc.constantFrom(...HOST_SORTS),
      dir: fc.constantFrom('asc', 'desc'),
      page: fc.integer({ min: 1, max: 1_000_000 }),
      pageSize: fc.integer({ min: 1, max: 500 }),
    },
    { requiredKeys: [] },
  ),
  'hosts.get': fc.record({ id }),
  'hosts.create': fc.record({ data: hostInput, confirm: fc.boolean() }, { requiredKeys: ['data'] }),
  'hosts.update': fc.record({ id, version: fc.integer({ min: 1, max: 4 }), data: hostInput, confirm: fc.boolean() }),
  'hosts.setActive': fc.record({ id, active: fc.boolean() }),
  'hosts.bulk.setActive': fc.record({
    selection: fc.oneof(
      fc.record({ ids: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 }) }),
      fc.record({
        query: fc.record({ active: fc.constantFrom('active', 'inactive', 'all') }, { requiredKeys: [] }),
        expected: fc.integer({ min: 1, max: 12 }),
      }),
    ),
    active: fc.boolean(),
  }),
  'hosts.import.preview': fc.oneof(
    importFile.map(({ decisions: _, ...file }) => file),
    anyFile,
  ),
  'hosts.import.commit': importFile,
  'hosts.export': fc.record({ format: fc.constantFrom('csv', 'xlsx'), language: fc.constantFrom('en', 'ja') }),
} satisfies { [C in Channel as C extends `hosts.${string}` ? C : never]: fc.Arbitrary<unknown> };

/** A valid host as a person would type it; override any field. */
export function hostData(overrides: Partial<HostInputRaw> = {}): HostInputRaw {
  return {
    nameEn: 'Aobakawa City',
    nameJa: '青葉川市',
    kind: 'city',
    prefecture: 37,
    address: '香川県青葉川市中央1丁目2-3',
    capacity: 2,
    fieldIds: [1, 2],
    contacts: [
      {
        name: '佐藤 由紀',
        department: '国際交流課',
        title: '主査',
        email: 'yuki.sato@city.example',
        phone: '087-555-0100',
      },
    ],
    notes: null,
    active: true,
    ...overrides,
  };
}
