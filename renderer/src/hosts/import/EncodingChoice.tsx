// Which encoding a CSV file was read in, in plain words ("Read as: Japanese (Shift_JIS)"), and the
// choice of another: the core reads the file again in it. Those that read the file cleanly come first.
import { Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TEXT_ENCODINGS, type TextEncoding } from '../../../../shared/text/encodings';

interface Props {
  encoding: TextEncoding;
  /** The encodings that read the file cleanly, the likeliest first. */
  candidates: TextEncoding[];
  busy: boolean;
  onChange: (encoding: TextEncoding) => void;
}

export function EncodingChoice({ encoding, candidates, busy, onChange }: Props) {
  const { t } = useTranslation();
  const name = (e: TextEncoding) => t(`encoding.name.${e}`);
  const ordered = [...candidates, ...TEXT_ENCODINGS.filter((e) => !candidates.includes(e))];
  return (
    <Group gap="md" align="flex-end" data-testid="import-encoding">
      <Stack gap={2}>
        <Text fw={600} data-testid="import-read-as">
          {t('encoding.readAs', { encoding: name(encoding) })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('hosts.import.encodingHelp')}
        </Text>
      </Stack>
      <Select
        size="xs"
        w={300}
        label={t('hosts.import.encodingLabel')}
        value={encoding}
        disabled={busy}
        allowDeselect={false}
        data-testid="import-encoding-select"
        data={ordered.map((e) => ({
          value: e,
          label: candidates.includes(e) ? t('hosts.import.encodingClean', { name: name(e) }) : name(e),
        }))}
        onChange={(v) => v && v !== encoding && onChange(v as TextEncoding)}
      />
    </Group>
  );
}
