// The Needs-attention card's answer, asked for while the app starts on Home (see home/prefetch.ts).
import type { QueryClient } from '@tanstack/react-query';
import { ATTENTION_CARD_QUERY } from './attention/AttentionCard';
import { attentionQuery } from './queries';

export function prefetchAttentionCard(client: QueryClient): void {
  void client.prefetchQuery(attentionQuery(ATTENTION_CARD_QUERY));
}
