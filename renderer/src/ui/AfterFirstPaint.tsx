// The part of a long page below the first window, drawn in the task after the page's first frame: the
// top of the page is on screen at once instead of waiting for a thousand inputs nobody sees yet. Unlike
// WhenNear, it is all there a moment later, for the browser's find and for the keyboard.
import { type ReactNode, useEffect, useState } from 'react';
import { afterNextPaint } from './afterPaint';

export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [painted, setPainted] = useState(false);
  useEffect(() => (painted ? undefined : afterNextPaint(() => setPainted(true))), [painted]);
  return painted ? children : null;
}
