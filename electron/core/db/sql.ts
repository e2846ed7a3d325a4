// SQL stays SQL: a tagged template turns `${value}` into a bound parameter, never into text.
// Identifiers (column names for ORDER BY) go through `ident`, which only accepts known names.

export interface Sql {
  readonly text: string;
  readonly params: unknown[];
}

const RAW = Symbol('raw-sql');
interface RawFragment {
  [RAW]: string;
}

function isRaw(value: unknown): value is RawFragment {
  return typeof value === 'object' && value !== null && RAW in value;
}

function isSql(value: unknown): value is Sql {
  return typeof value === 'object' && value !== null && 'text' in value && 'params' in value && !isRaw(value);
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0] ?? '';
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (isRaw(value)) {
      text += value[RAW];
    } else if (isSql(value)) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1] ?? '';
  });
  return { text, params };
}

/** A fixed identifier chosen from an allow-list. */
export function ident<T extends string>(name: T, allowed: readonly T[]): RawFragment {
  if (!allowed.includes(name)) throw new Error(`identifier not allowed: ${name}`);
  return { [RAW]: name };
}

/** Joins fragments; an empty list gives `fallback`. */
export function join(parts: Sql[], separator: string, fallback = ''): Sql {
  if (parts.length === 0) return { text: fallback, params: [] };
  return {
    text: parts.map((p) => p.text).join(separator),
    params: parts.flatMap((p) => p.params),
  };
}
