// The one date input: it reads what people type (05/04/2027, 5 Apr 2027, 2027年4月5日, 令和9年4月5日,
// R9.4.5 …, see shared/dates) and says the date back in words under the field, so a misread is seen
// before saving. Text it cannot read stays as typed, with a message: it is never emptied or replaced.
// The form's value is the ISO date when the text reads, else the text itself (which the contract's
// schema refuses, so an unreadable date can never be saved). A calendar button picks a date too.
import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DateProblem, describeDate, readDate } from '../../../../shared/dates';
import { useLang } from '../../i18n/format';
import { useDateSettings } from './useDateSettings';

export interface DateFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> {
  value: string | null;
  onChange: (value: string | null) => void;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A reading's refusal in words; a typed weekday that does not match is named, not numbered. */
function problemText(t: TFunction, lang: 'en' | 'ja', text: string, problem: DateProblem): string {
  const params: Record<string, string | number> = { ...problem.params };
  if (typeof params.weekday === 'number') {
    const sunday = new Date(Date.UTC(2023, 0, 1 + params.weekday));
    params.weekday = new Intl.DateTimeFormat(lang, {
      weekday: lang === 'ja' ? 'narrow' : 'long',
      timeZone: 'UTC',
    }).format(sunday);
  }
  if (typeof params.era === 'string') params.era = t(`dates.era.${params.era}`, { defaultValue: params.era });
  return t(`dates.${problem.code}`, { text, ...params });
}

export function DateField({ value, onChange, error, description, label, onBlur, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { order } = useDateSettings();
  const [text, setText] = useState(value ?? '');
  const [touched, setTouched] = useState(false);
  const [calendar, setCalendar] = useState(false);
  const emitted = useRef(value);

  // A value set from outside (a reset, a restored draft, a default) replaces the text.
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    setText(value ?? '');
  }, [value]);

  const emit = (next: string | null) => {
    emitted.current = next;
    onChange(next);
  };

  const reading = text.trim() === '' ? null : readDate(text, { order });
  const own = reading && !reading.ok && touched ? problemText(t, lang, text, reading) : undefined;
  const said = reading?.ok ? describeDate(reading.iso, lang) : undefined;

  return (
    <TextInput
      {...props}
      label={label}
      value={text}
      placeholder={props.placeholder ?? t('dates.placeholder')}
      autoComplete="off"
      onChange={(event) => {
        const raw = event.currentTarget.value;
        setText(raw);
        const r = raw.trim() === '' ? null : readDate(raw, { order });
        emit(r === null ? null : r.ok ? r.iso : raw);
      }}
      onBlur={(event) => {
        setTouched(true);
        // A readable date is shown in one unambiguous form once the person moves on.
        if (reading?.ok && text !== reading.iso) setText(reading.iso);
        onBlur?.(event);
      }}
      error={own ?? error}
      description={said ?? description}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      data-mantine-stop-propagation={calendar ? 'true' : undefined}
      rightSection={
        <Popover opened={calendar} onChange={setCalendar} position="bottom-end" shadow="md" trapFocus>
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              // Tab goes from the date to the next field; the calendar is for the pointer (typing is quicker).
              tabIndex={-1}
              onClick={() => setCalendar((o) => !o)}
              aria-label={t('dates.openCalendar', { field: typeof label === 'string' ? label : '' })}
            >
              <IconCalendar size={16} aria-hidden />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown
            // Esc closes the calendar only, not the dialog around the field.
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              event.stopPropagation();
              setCalendar(false);
            }}
          >
            <DatePicker
              value={value && ISO.test(value) ? value : null}
              defaultDate={value && ISO.test(value) ? value : undefined}
              onChange={(picked) => {
                if (!picked) return;
                const iso = String(picked).slice(0, 10);
                setText(iso);
                emit(iso);
                setTouched(true);
                setCalendar(false);
              }}
            />
          </Popover.Dropdown>
        </Popover>
      }
    />
  );
}
