// The vocabulary channels: countries and fields of training.
import type { referenceContract } from '../../../shared/reference/schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { createField, listCountries, listFields, saveCountry, updateField } from './service';

export function referenceHandlers(ctx: Context): FeatureHandlers<typeof referenceContract> {
  return {
    'reference.countries.list': () => listCountries(ctx),
    'reference.countries.save': (input) => saveCountry(ctx, input),
    'reference.fields.list': () => listFields(ctx),
    'reference.fields.create': (input) => createField(ctx, input),
    'reference.fields.update': ({ id, data }) => updateField(ctx, id, data),
  };
}
