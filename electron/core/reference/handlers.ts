// The vocabulary channels: countries and fields of training.
import type { referenceContract } from '../../../shared/reference/schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { createField, listCountries, listFields, saveCountry, updateField } from './service';

export function referenceHandlers(ctx: Context): FeatureHandlers<typeof referenceContract> {
  return {
    'countries.list': () => listCountries(ctx),
    'countries.save': (input) => saveCountry(ctx, input),
    'fields.list': () => listFields(ctx),
    'fields.create': (input) => createField(ctx, input),
    'fields.update': ({ id, data }) => updateField(ctx, id, data),
  };
}
