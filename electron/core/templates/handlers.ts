// The Word templates' channels (shared/templates/schema.ts) → services.
import type { templatesContract } from '../../../shared/templates/schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { addTemplate, generate, listTemplates, removeTemplate } from './service';

export function templatesHandlers(ctx: Context): FeatureHandlers<typeof templatesContract> {
  return {
    'templates.list': () => listTemplates(ctx),
    'templates.add': (input) => addTemplate(ctx, input),
    'templates.remove': ({ id }) => removeTemplate(ctx, id),
    'templates.generate': (input) => generate(ctx, input),
  };
}
