// One finding on its row: what it says, in words, and the person's choice — the suggestion, as
// printed, a typed value, or leaving the row out. A finding covering several rows (a year block)
// takes its decision on its first row; the others say which line decides for them. A typed value is
// checked as it is typed, by the rules the file's own values meet, with the rule in words.
import { Badge, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TypedValueCheck, ValueFinding } from '../../../shared/import-rules';
import type { Decision, Finding } from '../../../shared/reference-data/schema';
import { columnText, countryText, findingText, ruleText } from '../ui/findingText';
import { type Choice, choicesFor, editColumn } from './review';

// Dark enough for 4.5:1 on white and on the flagged rows' tint (Mantine's orange.9 is not).
const SEVERITY_COLOR = { error: '#b01e1e', warning: '#9c3d00', info: '#495057' } as const;

export function SeverityBadge({ severity }: { severity: Finding['severity'] }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="outline" color={SEVERITY_COLOR[severity]} className="rd-severity">
      {t(`referenceData.severity.${severity}`)}
    </Badge>
  );
}

interface Props {
  finding: Finding;
  /** The row this instance sits on. */
  line: number;
  columns: string[];
  decision: Decision | undefined;
  /** The value the row holds now in the edited column (printed, or already typed). */
  currentValue: (column: string) => string;
  /** A typed value checked by the file's row rules (null: the file has none). */
  checkTyped: (column: string, value: string) => TypedValueCheck | null;
  onDecide: (decision: Decision) => void;
}

/** What the rules say of the typed value: the first error as the field's error, the rest beneath. */
function TypedValue({
  decision,
  checked,
  onDecide,
}: {
  decision: Extract<Decision, { choice: 'edit' }>;
  checked: TypedValueCheck | null;
  onDecide: (decision: Decision) => void;
}) {
  const { t } = useTranslation();
  const say = (f: ValueFinding) =>
    findingText(t, { code: f.code as Finding['code'], params: f.params ?? {}, column: f.column });
  const error = checked?.findings.find((f) => f.severity === 'error');
  const others = checked?.findings.filter((f) => f !== error) ?? [];
  return (
    <Stack gap={2}>
      <TextInput
        size="xs"
        maw={360}
        label={t('referenceData.choice.editLabel', { column: columnText(t, decision.column) })}
        description={checked?.rule ? ruleText(t, checked.rule) : undefined}
        error={error ? say(error) : undefined}
        value={decision.value}
        onChange={(e) => onDecide({ ...decision, value: e.currentTarget.value })}
        data-testid="rd-typed"
        data-refused={checked?.refused ? 'true' : 'false'}
        classNames={{ description: 'rd-rule' }}
      />
      {others.map((f) => (
        <Text key={f.code} size="xs" c={f.severity === 'info' ? 'dimmed' : SEVERITY_COLOR.warning}>
          {say(f)}
        </Text>
      ))}
    </Stack>
  );
}

export function FindingChoice({ finding, line, columns, decision, currentValue, checkTyped, onDecide }: Props) {
  const { t } = useTranslation();
  const text = findingText(t, finding);
  const label = (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <SeverityBadge severity={finding.severity} />
      <Text size="sm" span>
        {text}
      </Text>
    </Group>
  );
  if (line !== finding.line) {
    return (
      <Stack gap={2} data-finding={finding.code}>
        {label}
        <Text size="xs" c="dimmed">
          {t('referenceData.choice.decidedOn', { line: finding.line })}
        </Text>
      </Stack>
    );
  }
  const column = editColumn(finding, columns);
  const choose = (choice: Choice) => {
    if (choice === 'edit' && column !== null)
      onDecide({ findingId: finding.id, choice, column, value: currentValue(column) });
    else if (choice !== 'edit') onDecide({ findingId: finding.id, choice });
  };
  const suggested = finding.suggestion
    ? finding.suggestion.column === 'country'
      ? countryText(t, finding.suggestion.value)
      : finding.suggestion.value
    : '';
  return (
    <Stack gap={4} data-finding={finding.code} data-decision={decision?.choice ?? 'none'}>
      <Radio.Group
        label={label}
        value={decision?.choice ?? null}
        onChange={(v) => choose(v as Choice)}
        description={decision ? undefined : t('referenceData.choice.undecided')}
        size="xs"
      >
        <Group gap="md" mt={4}>
          {choicesFor(finding, columns).map((choice) => (
            <Radio key={choice} value={choice} label={t(`referenceData.choice.${choice}`, { value: suggested })} />
          ))}
        </Group>
      </Radio.Group>
      {decision?.choice === 'edit' && (
        <TypedValue decision={decision} checked={checkTyped(decision.column, decision.value)} onDecide={onDecide} />
      )}
    </Stack>
  );
}
