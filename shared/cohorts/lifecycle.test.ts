import { describe, expect, test } from 'vitest';
import { allowedTransitions, canTransition } from './lifecycle';

describe('lifecycle', () => {
  test('the next step or withdrawn; nothing from a final state', () => {
    expect(allowedTransitions('applicant')).toEqual(['accepted', 'withdrawn']);
    expect(allowedTransitions('accepted')).toEqual(['introductory', 'withdrawn']);
    expect(allowedTransitions('introductory')).toEqual(['on_placement', 'withdrawn']);
    expect(allowedTransitions('on_placement')).toEqual(['completed', 'withdrawn']);
    expect(allowedTransitions('completed')).toEqual([]);
    expect(allowedTransitions('withdrawn')).toEqual([]);
    expect(canTransition('applicant', 'introductory')).toBe(false);
    expect(canTransition('introductory', 'accepted')).toBe(false);
    expect(canTransition('accepted', 'accepted')).toBe(false);
  });
});
