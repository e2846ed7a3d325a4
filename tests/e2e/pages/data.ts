// Arranging data through the API for tests that are about something else than registering.
import type { Desk } from '../fixtures';

export interface SavedTrainee {
  id: number;
  ref: string;
  fullName: string;
  version: number;
}

let counter = 0;

export function traineeData(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    fullName: `Test Trainee ${counter}`,
    gender: 'female',
    dateOfBirth: '1988-03-04',
    country: 'TH',
    homeGovernment: 'Bangkok Metropolitan Administration',
    fieldId: 1,
    fiscalYear: 2026,
    ...overrides,
  };
}

export async function createTrainee(desk: Desk, overrides: Record<string, unknown> = {}): Promise<SavedTrainee> {
  const saved = await desk.call<{ trainee: SavedTrainee }>('trainees.create', {
    data: traineeData(overrides),
    confirm: true,
  });
  return saved.trainee;
}

export async function fieldId(desk: Desk, nameEn: string): Promise<number> {
  const fields = await desk.call<{ id: number; nameEn: string }[]>('reference.fields.list');
  const found = fields.find((f) => f.nameEn === nameEn);
  if (!found) throw new Error(`No field named ${nameEn}`);
  return found.id;
}
