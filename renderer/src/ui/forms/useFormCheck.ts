// A form's own check before it saves. Nothing is said while the person first fills the form in; the
// first attempt to save checks everything and either saves or says what is wrong (the summary takes
// focus, so the person and a screen reader start there); from then on the form checks again as the
// person types.
import { useRef, useState } from 'react';
import type { Problems } from '../../../../shared/forms/problems';

export function useFormCheck<V>(check: (values: V) => Problems) {
  const [problems, setProblems] = useState<Problems>({});
  const [attempted, setAttempted] = useState(false);
  // Also read by callbacks made in the render before the attempt (a form's onValuesChange).
  const attemptedRef = useRef(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  /** The save button: `save` runs only when the check finds nothing. */
  const attempt = (values: V, save: () => void) => {
    setAttempted(true);
    attemptedRef.current = true;
    const found = check(values);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    save();
  };

  /** The values changed: after the first attempt every problem again; before it, only `early` ones. */
  const recheck = (values: V, early?: (values: V) => Problems) => {
    if (attemptedRef.current) setProblems(check(values));
    else if (early) setProblems(early(values));
  };

  return { problems, attempted, summaryRef, attempt, recheck };
}
