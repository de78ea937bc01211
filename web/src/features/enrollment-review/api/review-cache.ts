import type { QueryClient } from '@tanstack/react-query';

/** After any decision: the application, the inbox (statuses and counts) and the appeals may all have changed. */
export async function refreshAfterDecision(queryClient: QueryClient, applicationId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['enrollment-review', 'application', applicationId] }),
    queryClient.invalidateQueries({ queryKey: ['enrollment-review', 'inbox'] }),
    queryClient.invalidateQueries({ queryKey: ['enrollment-review', 'appeals'] }),
  ]);
}
