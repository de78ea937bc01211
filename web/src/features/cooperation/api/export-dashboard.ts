import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { DashboardExportFilter } from './dashboard-types.ts';

/** One dataset (or all, a sheet each) as .xlsx, made by the server with the same scope rules as the page. */
export const exportDashboard = (filter: DashboardExportFilter) =>
  api.download('/cooperation/dashboard/export', { ...filter }, `cooperation-${filter.dataset ?? 'dashboard'}.xlsx`);

export const useExportDashboard = () => useMutation({ mutationFn: exportDashboard });
