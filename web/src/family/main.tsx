import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startI18n } from '../lib/i18n.ts';
import { queryClient } from '../lib/query-client.ts';
import { familyMessages } from './app/messages.ts';
import { FamilyRouter } from './app/router.tsx';
import './styles/family.css';

// The families' phone app: its own entry (family.html), without the staff app's antd.
void startI18n(familyMessages).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <FamilyRouter />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
