// A request's state as a small badge with a coloured dot (the colour repeats the words, never replaces them).
import { useTranslation } from 'react-i18next';
import '../ui/lists/list.css';
import './dispatch.css';
import { stateText } from './labels';

export function StateBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  return (
    <span className="tl-status" data-state={state} data-testid="request-state">
      {stateText(t, state)}
    </span>
  );
}
