// Content below the fold, drawn when it comes within a screen's reach of the window: a chart of 300 bars
// that nobody has scrolled to yet does not hold up the table above it. Until then an empty box of its
// height keeps the page's length and scrollbar as they will be.
import { type ReactNode, useEffect, useRef, useState } from 'react';

export function WhenNear({ minHeight, children }: { minHeight: number; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (near || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: '400px 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return near ? children : <div ref={box} style={{ minHeight }} aria-hidden />;
}
