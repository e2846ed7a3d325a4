// The documents register screen, its print view and an issued letter's, each loaded when first visited.
import { IconFileCertificate } from '@tabler/icons-react';
import { lazy } from 'react';
import { lazyScreen } from '../app/preloadable';
import type { FeatureScreens } from '../app/screens';

const RegisterPage = lazyScreen(() => import('./RegisterPage').then((m) => m.RegisterPage));
const RegisterPrintPage = lazy(() => import('./RegisterPrintPage').then((m) => ({ default: m.RegisterPrintPage })));
const LetterPrintPage = lazy(() => import('./letter/LetterPrintPage').then((m) => ({ default: m.LetterPrintPage })));

export const documentScreens: FeatureScreens = {
  routes: [{ path: 'documents', element: <RegisterPage /> }],
  print: [
    { path: 'print/documents', element: <RegisterPrintPage /> },
    { path: 'print/letter/:id', element: <LetterPrintPage /> },
  ],
  nav: [{ to: '/documents', label: 'nav.documents', icon: IconFileCertificate, order: 105 }],
};
