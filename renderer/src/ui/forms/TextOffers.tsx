// What a text field says about its text before it is saved: Myanmar text typed in the Zawgyi encoding
// (shown converted to Unicode, taken with one click, never converted silently) and full-width letters
// or digits in a code that will be stored as plain ones. The Zawgyi detector and converter load only
// once Myanmar letters are typed, so no other form pays for them.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldWidth } from '../../../../shared/text/clean';

const MYANMAR = /[\u1000-\u109F]/;
/** A yellow alert's own title colour is too pale on its background to read comfortably. */
const TITLE_READABLE = { title: { color: 'var(--mantine-color-text)' } };

/** The Unicode text to offer for `value`, once the detector has loaded and judged it Zawgyi. */
export function useZawgyiOffer(value: string): string | null {
  const [offer, setOffer] = useState<{ value: string; converted: string | null } | null>(null);
  useEffect(() => {
    if (!MYANMAR.test(value)) return;
    let current = true;
    void import('../../../../shared/text/zawgyi').then(({ zawgyiToUnicode }) => {
      if (current) setOffer({ value, converted: zawgyiToUnicode(value) });
    });
    return () => {
      current = false;
    };
  }, [value]);
  return offer?.value === value ? offer.converted : null;
}

interface OfferProps {
  /** The field's label, so a screen reader hears which field the offer is about. */
  label: string;
  value: string;
  onAccept: (converted: string) => void;
  children: ReactNode;
}

/** A text input with, under it, the offer to convert its Zawgyi text to Unicode. */
export function ZawgyiOffer({ label, value, onAccept, children }: OfferProps) {
  const { t } = useTranslation();
  const converted = useZawgyiOffer(value);
  const field = useRef<HTMLDivElement>(null);
  // The field keeps its place in the tree whether or not the offer shows, so typing never loses focus;
  // taking the offer puts focus back in the field, where the person was.
  const accept = (text: string) => {
    onAccept(text);
    requestAnimationFrame(() => field.current?.querySelector<HTMLElement>('input, textarea')?.focus());
  };
  return (
    <Stack gap={6}>
      <div ref={field}>{children}</div>
      {converted && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconLanguage size={18} aria-hidden />}
          title={t('form.zawgyi.title')}
          aria-label={t('form.zawgyi.aria', { field: label })}
          data-testid="zawgyi-offer"
          p="xs"
          styles={TITLE_READABLE}
        >
          <Stack gap={6}>
            <Text size="sm">{t('form.zawgyi.explain')}</Text>
            <Text size="lg" lang="my" data-testid="zawgyi-converted">
              {converted}
            </Text>
            <Group gap="xs">
              <Button size="xs" onClick={() => accept(converted)}>
                {t('form.zawgyi.accept')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

/**
 * The note under a code field (passport, phone, email) whose full-width letters or digits will be
 * stored as plain ones, so a person sees what is saved; undefined when nothing changes.
 */
export function widthNote(t: (key: string, options: Record<string, string>) => string, value: unknown) {
  if (typeof value !== 'string') return undefined;
  const folded = foldWidth(value).trim();
  return folded !== value.trim() ? t('form.widthNote', { value: folded }) : undefined;
}
