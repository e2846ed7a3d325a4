// "Mark inactive" / "Mark active" on a list's selection, with the confirmation that names the records:
// the hosts' and the specialists' lists do it alike, each with its own channel and words (its
// ActiveFlagKind). The core changes every record or none.
import { Button, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkDone } from '../../../../shared/bulk';
import type { Channel, Input } from '../../../../shared/contract';
import type { Language } from '../../../../shared/settings/schema';
import { api } from '../../api/client';
import { useLang } from '../../i18n/format';
import { notifySaved } from '../../i18n/notify';
import { BulkConfirm } from './BulkConfirm';
import type { BulkSelection } from './useBulkSelection';

/** Every channel that sets the active flag of a list's selection. */
export type ActiveFlagChannel = {
  [C in Channel]: Input<C> extends { selection: unknown; active: boolean } ? C : never;
}[Channel];

/** What a list's active flag is: its channel, its words and its records' names. */
export interface ActiveFlagKind<T, C extends ActiveFlagChannel> {
  channel: C;
  /**
   * Where the action's words are ("hosts.bulk"): `activate`, `deactivate`, their `…Title` and `…Text`,
   * and `activateGo`, `deactivateGo`, `activated`, `deactivated` by count.
   */
  labels: string;
  /** Where the list's words for its records are (BulkConfirm's `words`). */
  records: string;
  /** A record's name in the confirmation, in the person's language. */
  name: (row: T, lang: Language) => string;
}

interface Props<T, C extends ActiveFlagChannel> {
  kind: ActiveFlagKind<T, C>;
  /** Its `choice` is what the channel takes: the list's ids, or its filters. */
  selection: BulkSelection<T, Input<C>['selection']>;
  /** Which records the list shows: inactive ones can only be brought back, active ones only retired. */
  show: 'active' | 'inactive' | 'all';
  /** Fetches again what the change makes stale. */
  refresh: () => Promise<unknown>;
}

export function BulkActiveFlag<T, C extends ActiveFlagChannel>({ kind, selection, show, refresh }: Props<T, C>) {
  const { t } = useTranslation();
  const lang = useLang();
  const { channel, labels, records } = kind;
  const [target, setTarget] = useState<boolean | null>(null);
  const { count } = selection;
  // Inactive records shown: the action that fits is bringing them back.
  const offers = show === 'inactive' ? [true] : show === 'active' ? [false] : [false, true];
  return (
    <>
      {offers.map((active) => (
        <Button
          key={String(active)}
          size="compact-sm"
          variant={active ? 'default' : 'filled'}
          leftSection={active ? <IconCircleCheck size={14} aria-hidden /> : <IconCircleOff size={14} aria-hidden />}
          onClick={() => setTarget(active)}
          data-testid={active ? 'bulk-activate' : 'bulk-deactivate'}
        >
          {active ? t(`${labels}.activate`) : t(`${labels}.deactivate`)}
        </Button>
      ))}
      {target !== null && (
        <BulkConfirm
          opened
          words={records}
          count={count}
          names={selection.named.map((r) => kind.name(r, lang))}
          onClose={() => setTarget(null)}
          title={target ? t(`${labels}.activateTitle`) : t(`${labels}.deactivateTitle`)}
          confirmLabel={target ? t(`${labels}.activateGo`, { count }) : t(`${labels}.deactivateGo`, { count })}
          onConfirm={async () => {
            // The props tie the selection to the channel; TypeScript cannot see through Input<C> to it.
            const input = { selection: selection.choice, active: target } as Input<C>;
            const r: BulkDone = await api().call(channel, input);
            await refresh();
            selection.clear();
            notifySaved(
              target
                ? t(`${labels}.activated`, { count: r.changed })
                : t(`${labels}.deactivated`, { count: r.changed }),
            );
          }}
        >
          <Text size="sm">{target ? t(`${labels}.activateText`) : t(`${labels}.deactivateText`)}</Text>
        </BulkConfirm>
      )}
    </>
  );
}
