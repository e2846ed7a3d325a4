// The host channels: the directory, one host, create, update, (de)activate, import and export.
import type { hostsContract } from '../../../shared/hosts/schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { bulkSetActive } from './bulk';
import { exportHosts } from './export';
import { commitImport, previewImport } from './import';
import { listHosts } from './list';
import { createHost, getHost, setHostActive, updateHost } from './service';

export function hostsHandlers(ctx: Context): FeatureHandlers<typeof hostsContract> {
  return {
    'hosts.list': (query) => listHosts(ctx, query),
    'hosts.get': ({ id }) => getHost(ctx, id),
    'hosts.create': (input) => createHost(ctx, input),
    'hosts.update': (input) => updateHost(ctx, input),
    'hosts.setActive': ({ id, active }) => setHostActive(ctx, id, active),
    'hosts.bulk.setActive': (input) => bulkSetActive(ctx, input),
    'hosts.import.preview': (input) => previewImport(ctx, input),
    'hosts.import.commit': (input) => commitImport(ctx, input),
    'hosts.export': (input) => exportHosts(ctx, input),
  };
}
