// The settings channels, and what the app says about itself (version, schema, mode, data folder).
import type { settingsContract } from '../../../shared/settings/schema';
import type { Context } from '../context';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { inDemo } from '../demo/mode';
import type { AppEnv, FeatureHandlers } from '../handler-types';
import { getSettings, updateSettings } from './service';

export function settingsHandlers(ctx: Context, env: AppEnv): FeatureHandlers<typeof settingsContract> {
  return {
    'settings.app.info': () => ({
      name: 'CLAIR Desk',
      version: env.version,
      schemaVersion: LATEST_SCHEMA_VERSION,
      mode: env.mode,
      dataDir: env.dataDir,
      demo: inDemo(ctx),
    }),
    'settings.get': () => getSettings(ctx),
    'settings.update': (patch) => updateSettings(ctx, patch),
  };
}
