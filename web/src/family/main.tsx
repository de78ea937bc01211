import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queryClient } from '../lib/query-client.ts';
import { FamilyRouter } from './app/router.tsx';
import { i18nReady } from './lib/i18n.ts';
import './styles/family.css';

// The families' phone app: its own entry (family.html), without the staff app's antd.
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <FamilyRouter />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
