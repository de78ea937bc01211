import { useEffect } from 'react';
import { PageSpinner } from '../../components/query-states.tsx';

/**
 * Families' pages are the separate family app (family.html, without antd): going there from the staff app
 * is a full page load, never a client-side route.
 */
export function FamilyRedirect({ to }: { to: string }) {
  useEffect(() => window.location.replace(to), [to]);
  return <PageSpinner />;
}
