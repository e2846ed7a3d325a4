// "Once this frame is on screen": a requestAnimationFrame callback runs before the frame is painted,
// so the task it queues runs after. Screens that draw a first part at once and the rest later use it.

/** Calls `task` in the first task after the next frame has been painted; returns a cancel. */
export function afterNextPaint(task: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
