import { isRouteErrorResponse, useRouteError } from 'react-router';
import { CrashPage } from '../../components/error-boundary.tsx';
import { NotFoundRoute } from './not-found.tsx';

/** What the router shows when loading or rendering a route fails. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  console.error(error);
  return <CrashPage />;
}
