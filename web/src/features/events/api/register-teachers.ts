import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Page, User } from '../../../types/api.ts';
import type { Registration } from './events-types.ts';

/** Teachers the school admin may register: the users list, which shows a school admin only their school's people. */
export const searchTeachers = (q: string, signal?: AbortSignal) =>
  api.get<Page<User>>('/users', { role: 'teacher', q: q.trim() || undefined, pageSize: 50 }, signal);

export const teacherSearchQueryOptions = (q: string) =>
  queryOptions({ queryKey: ['events', 'teacher-search', q], queryFn: ({ signal }) => searchTeachers(q, signal), placeholderData: keepPreviousData });

export const useTeacherSearch = (q: string, enabled: boolean) => useQuery({ ...teacherSearchQueryOptions(q), enabled });

/** Several teachers of one school at once; each gets a seat or a place on the waitlist, in the order given. */
export const registerTeachers = (eventId: string, body: { schoolId: string; userIds: string[] }) =>
  api.post<{ items: Registration[] }>(`/events/${encodeURIComponent(eventId)}/registrations/teachers`, body);

export function useRegisterTeachers(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { schoolId: string; userIds: string[] }) => registerTeachers(eventId, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['events'] }),
  });
}
