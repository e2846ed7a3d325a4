// The Specialist Dispatch screens' routes, kept beside the feature; App.tsx places them in the shell
// (dispatchRoutes) and outside it (dispatchPrintRoutes, one document each). Every page loads when
// first visited, with the date pickers, charts and form code it brings.
import { lazy, Suspense } from 'react';
import { Route } from 'react-router-dom';

const RequestsPage = lazy(() => import('./requests/RequestsPage').then((m) => ({ default: m.RequestsPage })));
const RequestFormPage = lazy(() => import('./requests/RequestFormPage').then((m) => ({ default: m.RequestFormPage })));
const RequestPage = lazy(() => import('./requests/RequestPage').then((m) => ({ default: m.RequestPage })));
const IntakePage = lazy(() => import('./intake/IntakePage').then((m) => ({ default: m.IntakePage })));
const SpecialistsPage = lazy(() =>
  import('./specialists/SpecialistsPage').then((m) => ({ default: m.SpecialistsPage })),
);
const SpecialistFormPage = lazy(() =>
  import('./specialists/SpecialistFormPage').then((m) => ({ default: m.SpecialistFormPage })),
);
const SpecialistPage = lazy(() => import('./specialists/SpecialistPage').then((m) => ({ default: m.SpecialistPage })));
const CounterpartsPage = lazy(() =>
  import('./counterparts/CounterpartsPage').then((m) => ({ default: m.CounterpartsPage })),
);
const HistoryPage = lazy(() => import('./history/HistoryPage').then((m) => ({ default: m.HistoryPage })));
const HistoryPrintPage = lazy(() =>
  import('./history/HistoryPrintPage').then((m) => ({ default: m.HistoryPrintPage })),
);

export function dispatchRoutes() {
  return (
    <>
      <Route path="dispatch" element={<RequestsPage />} />
      <Route path="dispatch/requests/new" element={<RequestFormPage />} />
      <Route path="dispatch/requests/:id" element={<RequestPage />} />
      <Route path="dispatch/requests/:id/edit" element={<RequestFormPage />} />
      <Route path="dispatch/intake" element={<IntakePage />} />
      <Route path="dispatch/intake/:fiscalYear" element={<IntakePage />} />
      <Route path="dispatch/specialists" element={<SpecialistsPage />} />
      <Route path="dispatch/specialists/new" element={<SpecialistFormPage />} />
      <Route path="dispatch/specialists/:id" element={<SpecialistPage />} />
      <Route path="dispatch/specialists/:id/edit" element={<SpecialistFormPage />} />
      <Route path="dispatch/counterparts" element={<CounterpartsPage />} />
      <Route path="dispatch/history" element={<HistoryPage />} />
    </>
  );
}

export function dispatchPrintRoutes() {
  return (
    <>
      {/* A print view loads on its own: no shell around it to hold the Suspense boundary. */}
      <Route
        path="print/dispatch-history"
        element={
          <Suspense fallback={null}>
            <HistoryPrintPage />
          </Suspense>
        }
      />
    </>
  );
}
