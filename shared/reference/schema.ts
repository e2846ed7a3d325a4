// Countries and fields of training: editable vocabularies, seeded by the first migration.
import { z } from 'zod';
import { read, write } from '../channel';
import { empty, id, requiredText } from '../schema-helpers';

export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'invalid_country');

export const Country = z.object({
  code: CountryCode,
  nameEn: z.string(),
  nameJa: z.string(),
  active: z.boolean(),
});
export type Country = z.infer<typeof Country>;

export const Field = z.object({
  id,
  nameEn: z.string(),
  nameJa: z.string(),
  active: z.boolean(),
});
export type Field = z.infer<typeof Field>;

export const FieldInput = z.strictObject({
  nameEn: requiredText(120),
  nameJa: requiredText(120),
  active: z.boolean().default(true),
});

export const CountryInput = z.strictObject({
  code: CountryCode,
  nameEn: requiredText(80),
  nameJa: requiredText(80),
  active: z.boolean().default(true),
});

export const referenceContract = {
  'reference.countries.list': read(empty, z.array(Country)),
  'reference.countries.save': write(CountryInput, Country),
  'reference.fields.list': read(empty, z.array(Field)),
  'reference.fields.create': write(FieldInput, Field),
  'reference.fields.update': write(z.strictObject({ id, data: FieldInput }), Field),
} as const;
