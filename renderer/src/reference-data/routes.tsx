// The reference-data import screen's route, kept beside the feature; App.tsx places it in the shell.
import { Route } from 'react-router-dom';

function Placeholder() {
  return null;
}

export function referenceDataRoutes() {
  return (
    <>
      <Route path="reference-data" element={<Placeholder />} />
    </>
  );
}
