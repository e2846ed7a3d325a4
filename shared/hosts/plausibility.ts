// Plausibility of a host's numbers (see shared/plausibility.ts). The schema already refuses a capacity
// that is not a whole number from 0 to 99 (invalid_capacity) and a prefecture outside 1–47; these are
// the warnings about a capacity that is allowed but unusual, or that the host's placements exceed.
import type { IsoDate } from '../fiscal-year';
import { type Finding, warn } from '../plausibility';

/** Most hosts take one to a few trainees at a time; more than this is worth a second look. */
export const USUAL_MAX_CAPACITY = 10;

export interface HostCapacityFacts {
  /**
   * The first day from today on when the host's live placements exceed the capacity typed, and how
   * many trainees it holds then; null when they never do (or the host has none).
   */
  overCapacity: { day: IsoDate; holds: number } | null;
}

/**
 * `capacity_unusual` above 10 trainees; `capacity_below_placements` when the host's current or
 * upcoming placements already hold more trainees on some day than the capacity typed (a capacity
 * lowered after the placements were made).
 */
export function hostFindings(host: { capacity: number }, facts: HostCapacityFacts): Finding[] {
  const findings: Finding[] = [];
  if (host.capacity > USUAL_MAX_CAPACITY) {
    findings.push(warn('capacity_unusual', { capacity: host.capacity, usual: USUAL_MAX_CAPACITY }));
  }
  if (facts.overCapacity) {
    findings.push(warn('capacity_below_placements', { capacity: host.capacity, ...facts.overCapacity }));
  }
  return findings;
}
