import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import type { DeclaredPoints, PointsSimulation } from '../../../types.ts';

export interface SimulationInput {
  policyId: string;
  routeCode: string;
  declared: DeclaredPoints;
}

export const simulatePoints = (input: SimulationInput, signal?: AbortSignal) => api.post<PointsSimulation>('/enrollment/points-simulation', input, { signal });

/** Read like a query (nothing is written): the latest declared facts, the previous answer shown meanwhile. */
export const pointsSimulationQueryOptions = (input: SimulationInput) =>
  queryOptions({
    queryKey: ['family', 'points-simulation', input.policyId, input.routeCode, input.declared],
    queryFn: ({ signal }) => simulatePoints(input, signal),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });

export const usePointsSimulation = (input: SimulationInput, enabled: boolean) => useQuery({ ...pointsSimulationQueryOptions(input), enabled });
