// The documents register screen and its print view, each loaded when first visited.
import { IconFileCertificate } from '@tabler/icons-react';
import { lazy } from 'react';
import type { FeatureScreens } from '../app/screens';

const RegisterPage = lazy(() => import('./RegisterPage').then((m) => ({ default: m.RegisterPage })));
const RegisterPrintPage = lazy(() => import('./RegisterPrintPage').then((m) => ({ default: m.RegisterPrintPage })));

export const documentScreens: FeatureScreens = {
  routes: [{ path: 'documents', element: <RegisterPage /> }],
  print: [{ path: 'print/documents', element: <RegisterPrintPage /> }],
  nav: [{ to: '/documents', label: 'nav.documents', icon: IconFileCertificate, order: 105 }],
};
