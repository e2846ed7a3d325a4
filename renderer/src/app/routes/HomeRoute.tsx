// #/: Home with the reference-data offer and the Needs-attention card from their features.
import { HomePage } from '../../home/HomePage';
import { AttentionCard } from '../../progress/attention/AttentionCard';
import { ReferenceOffer } from '../../reference-data/ReferenceOffer';

export function HomeRoute() {
  return <HomePage offer={<ReferenceOffer />} attention={<AttentionCard />} />;
}
