// The colours of the two states. Mantine's orange-9 text falls below WCAG AA on white and on light
// orange, so "due soon" text takes the amber the placement warnings use (the same value as
// placements/text's AMBER_TEXT, kept here so this feature does not reach into another).
const AMBER_TEXT = '#b34208';

export type DueStateName = 'overdue' | 'due_soon';

export const STATE_HUE: Record<DueStateName, 'red' | 'orange'> = { overdue: 'red', due_soon: 'orange' };
export const STATE_TEXT: Record<DueStateName, string> = { overdue: 'red.9', due_soon: AMBER_TEXT };
