// The reference-data import screen's route, kept beside the feature; App.tsx places it in the shell.
// The screen loads when first visited (the shell's Suspense boundary holds the wait).
import { lazy } from 'react';
import { Route } from 'react-router-dom';

const ReferenceDataPage = lazy(() => import('./ReferenceDataPage').then((m) => ({ default: m.ReferenceDataPage })));

export function referenceDataRoutes() {
  return <Route path="reference-data" element={<ReferenceDataPage />} />;
}
