import { useSyncExternalStore } from 'react';

// Matches antd's `md` breakpoint: below 768 px the side menu becomes a drawer and forms stack.
const QUERY = '(max-width: 767.98px)';

const subscribe = (onChange: () => void) => {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
};

/** Read synchronously on first render, so a phone never flashes the desktop layout. */
export function useIsMobile(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches);
}
