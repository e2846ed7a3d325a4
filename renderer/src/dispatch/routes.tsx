// The Specialist Dispatch screens' routes, kept beside the feature; App.tsx places them in the shell
// (dispatchRoutes) and outside it (dispatchPrintRoutes, one document each).
import { Route } from 'react-router-dom';

function Placeholder() {
  return null;
}

export function dispatchRoutes() {
  return (
    <>
      <Route path="dispatch" element={<Placeholder />} />
    </>
  );
}

export function dispatchPrintRoutes() {
  return (
    <>
      <Route path="print/dispatch-history" element={<Placeholder />} />
    </>
  );
}
