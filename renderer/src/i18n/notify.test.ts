// Which notices outlive a change of screen: counted by order, so a slow next screen loses nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';

const hidden: string[] = [];
let next = 0;
vi.mock('@mantine/notifications', () => ({
  notifications: {
    show: () => `n${++next}`,
    hide: (id: string) => hidden.push(id),
  },
}));
vi.mock('./index', () => ({ i18next: { t: (key: string) => key } }));

const { leaveScreenNotices, notifyError, notifySaved } = await import('./notify');

afterEach(() => {
  leaveScreenNotices();
  leaveScreenNotices();
  hidden.length = 0;
});

describe('notices and screen changes', () => {
  it('takes an error down when the person leaves its screen', () => {
    notifyError(new Error('x'));
    leaveScreenNotices();
    expect(hidden).toEqual([`n${next}`]);
  });

  it('keeps a save notice through the navigation that follows it, and not beyond', () => {
    notifySaved('Somchai Jaidee was registered.');
    const id = `n${next}`;
    leaveScreenNotices();
    expect(hidden).toEqual([]);
    leaveScreenNotices();
    expect(hidden).toEqual([id]);
  });
});
