// The one contract: channel name → input and output schema. The core parses both at the boundary
// (IPC and HTTP alike); the renderer's client is typed from the same map.
import type { z } from 'zod';
import { auditContract } from './audit/schema';
import { backupContract } from './backup/schema';
import { cohortsContract } from './cohorts/schema';
import { demoContract } from './demo/schema';
import { lettersContract } from './documents/letters';
import { documentsContract } from './documents/schema';
import { draftsContract } from './drafts/schema';
import { exportsContract } from './exports/schema';
import { filesContract } from './files/schema';
import { hostsContract } from './hosts/schema';
import { placementsContract } from './placements/schema';
import { progressContract } from './progress/schema';
import { recoveryContract } from './recovery/schema';
import { referenceContract } from './reference/schema';
import { referenceDataContract } from './reference-data/import-schema';
import { reportsContract } from './reports/schema';
import { searchContract } from './search/schema';
import { settingsContract } from './settings/schema';
import { specialistDispatchContract } from './specialist-dispatch/schema';
import { statisticsContract } from './statistics/schema';
import { templatesContract } from './templates/schema';
import { traineesContract } from './trainees/schema';

/**
 * Each feature's part of the contract, under the name its channels begin with: the feature's folder
 * (shared/<folder>/, camelCased). contract.test.ts holds every channel to that.
 */
export const features = {
  settings: settingsContract,
  reference: referenceContract,
  trainees: traineesContract,
  cohorts: cohortsContract,
  hosts: hostsContract,
  demo: demoContract,
  audit: auditContract,
  placements: placementsContract,
  progress: progressContract,
  reports: reportsContract,
  statistics: statisticsContract,
  exports: exportsContract,
  backup: backupContract,
  recovery: recoveryContract,
  files: filesContract,
  specialistDispatch: specialistDispatchContract,
  referenceData: referenceDataContract,
  drafts: draftsContract,
  /** The register and the built-in letters share the documents folder and channel prefix. */
  documents: { ...documentsContract, ...lettersContract },
  templates: templatesContract,
  search: searchContract,
} as const;

type Features = typeof features;
type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (all: infer I) => void ? I : never;

/** Every channel of every feature. */
export const contract = Object.assign({}, ...Object.values(features)) as Intersection<Features[keyof Features]>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller may send (defaults still missing). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives, after parsing. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export const channels = Object.keys(contract) as Channel[];

type Marked<Mark> = { [C in Channel]: Contract[C] extends Mark ? C : never }[Channel];

/** Channels answered asynchronously (their handlers return a promise): HTTP and IPC serve them. */
export type AsyncChannel = Marked<{ async: true }>;
/** Channels the Electron main process answers itself (printing, file dialogs); the core refuses them. */
export type ShellChannel = Marked<{ shell: true }>;
/** Channels that answer from the data and change nothing. */
export type ReadChannel = Marked<{ kind: 'read' }>;
/** Channels the core's handlers answer: every channel but the shell's. */
export type CoreChannel = Exclude<Channel, ShellChannel>;

const marked = (mark: (spec: Contract[Channel]) => boolean): ReadonlySet<string> =>
  new Set(channels.filter((c) => mark(contract[c])));
export const ASYNC_CHANNELS = marked((spec) => 'async' in spec);
export const SHELL_CHANNELS = marked((spec) => 'shell' in spec);
export const READ_CHANNELS = marked((spec) => spec.kind === 'read');

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}

/** The narrow API the preload exposes and the HTTP transport mirrors. */
export interface DeskBridge {
  invoke(channel: string, input: unknown): Promise<unknown>;
}
