// Renders docs/api.md from the shared contract, so the API reference cannot drift from the code.
// `scripts/api-doc.test.ts` fails when the file is out of date; UPDATE_DOCS=1 rewrites it.
import { z } from 'zod';
import { type Channel, type Contract, channels, contract } from '../shared/contract';

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  additionalProperties?: boolean | Schema;
  format?: string;
};

const SAFE = Number.MAX_SAFE_INTEGER;

function range(s: Schema): string {
  const parts: string[] = [];
  if (s.minLength !== undefined || s.maxLength !== undefined)
    parts.push(`${s.minLength ?? 0}–${s.maxLength ?? '∞'} chars`);
  const min = s.minimum !== undefined && Math.abs(s.minimum) < SAFE ? s.minimum : undefined;
  const max = s.maximum !== undefined && Math.abs(s.maximum) < SAFE ? s.maximum : undefined;
  if (min !== undefined || max !== undefined) parts.push(`${min ?? '…'}–${max ?? '…'}`);
  if (s.default !== undefined) parts.push(`default ${JSON.stringify(s.default)}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function render(s: Schema, indent: string): string {
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  const union = s.anyOf ?? s.oneOf;
  if (union) return union.map((u) => render(u, indent)).join(' | ');
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.includes('object') && s.properties) {
    const inner = `${indent}  `;
    const lines = Object.entries(s.properties).map(([key, value]) => {
      const optional = s.required?.includes(key) ? '' : '?';
      return `${inner}${key}${optional}: ${render(value, inner)}${range(value)}`;
    });
    const suffix = types.includes('null') ? ' | null' : '';
    return lines.length ? `{\n${lines.join('\n')}\n${indent}}${suffix}` : `{}${suffix}`;
  }
  if (types.includes('object')) return 'object';
  if (types.includes('array')) return `Array<${s.items ? render(s.items, indent) : 'unknown'}>`;
  if (types.length) return types.map((t) => (t === 'integer' ? 'integer' : t)).join(' | ');
  return 'unknown';
}

function describe(schema: z.ZodType, io: 'input' | 'output'): string {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Schema;
  return render(json, '');
}

function kindOf(spec: Contract[Channel]): string {
  const marks = [spec.kind, 'async' in spec && 'asynchronous', 'shell' in spec && 'desktop only'];
  return marks.filter(Boolean).join(', ');
}

export function renderApiDoc(): string {
  const out: string[] = [
    '# CLAIR Desk API',
    '',
    '<!-- Generated from shared/contract.ts by scripts/api-doc.ts: do not edit by hand. -->',
    '',
    'Every feature of the app is a channel of one contract (`shared/contract.ts`). The Electron window',
    "calls it through the preload's `window.clairDesk.invoke(channel, input)`; the browser mode serves the",
    'same channels over HTTP on 127.0.0.1. Input is validated before any handler runs and output before it',
    'leaves; a rejected request changes nothing.',
    '',
    '## Calling it over HTTP',
    '',
    '```sh',
    'curl -s -X POST "http://127.0.0.1:$PORT/api/trainees.list" \\',
    '  -H "authorization: Bearer $TOKEN" -H "content-type: application/json" \\',
    '  -d \'{"search": "somchai", "pageSize": 10}\'',
    '```',
    '',
    '- `PORT` comes from the line `CLAIR Desk ready: http://127.0.0.1:PORT/?launch=…`; `TOKEN` is the one set in',
    '  `CLAIR_DESK_TOKEN` at start (without it the token is random and only the page gets it). The printed',
    '  address carries a one-time launch code, never the token: the page trades it once',
    '  (`POST /launch/exchange` with `{"code"}`); `POST /launch/new` with the token mints another.',
    '- Every answer is `{"ok": true, "value": …}` or `{"ok": false, "error": {"code", "message", "issues"?, "warnings"?}}`.',
    '  `issues` name the fields (`path`) with a message key (`code`); `warnings` need `confirm: true` to save.',
    '- Refused before any handler runs: no or wrong token (401), a Host other than 127.0.0.1/localhost or a',
    '  foreign Origin (403), a body over 8 MB (413), a non-JSON content type (415), malformed JSON (400),',
    '  a method other than POST (405), an unknown channel (404).',
    '',
    '## Channels',
    '',
    'Each channel is a *read* (answers from the data, changes nothing) or a *write*. *Asynchronous* ones',
    '(backups, restore) take a while; *desktop only* ones are answered by the Electron shell and refused',
    'in the browser mode.',
    '',
  ];
  for (const channel of channels) {
    const spec = contract[channel];
    out.push(
      `### \`${channel}\``,
      '',
      `Kind: ${kindOf(spec)}.`,
      '',
      'Input:',
      '',
      '```ts',
      describe(spec.input, 'input'),
      '```',
      '',
    );
    out.push('Output:', '', '```ts', describe(spec.output, 'output'), '```', '');
  }
  return out.join('\n');
}
