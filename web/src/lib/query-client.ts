import { QueryClient } from '@tanstack/react-query';

/** The session is read everywhere (menus, guards, the CSRF token); one key, shared with the API client. */
export const sessionQueryKey = ['session'] as const;

// Read structurally: the API client imports this module, so this one cannot import the client's ApiError.
const isClientError = (error: unknown): boolean => {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
};

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx will not get better by asking again.
      retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
    },
  },
});
