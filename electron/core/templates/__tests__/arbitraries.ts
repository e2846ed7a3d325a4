// Test helper (fast-check arbitraries, not app code): VALID requests for the Word templates' channels,
// as the global dispatch property test needs them.
import fc from 'fast-check';
import type { templatesContract } from '../../../../shared/templates/schema';
import { text } from '../../trainees/__tests__/arbitraries';
import { b64, docx } from './docx';

type Channels = keyof typeof templatesContract;

const id = fc.integer({ min: 1, max: 6 });
const TEMPLATE = b64(docx(['{doc_number_ja}', 'Dear {full_name},', 'Arrival: {arrival_date_era}']));
const language = fc.constantFrom('en', 'ja');

export const templatesValid: { [C in Channels]: fc.Arbitrary<unknown> } = {
  'templates.list': fc.constant({}),
  'templates.add': fc.record({
    name: text(120),
    recordKind: fc.constant('trainee'),
    fileName: fc.constantFrom('letter.docx', '受入通知.docx'),
    data: fc.constant(TEMPLATE),
  }),
  'templates.remove': fc.record({ id }),
  'templates.generate': fc.oneof(
    fc.record({ templateId: id, traineeId: id, language }),
    fc.record({ templateId: id, fiscalYear: fc.integer({ min: 2024, max: 2028 }), language }),
  ),
};
