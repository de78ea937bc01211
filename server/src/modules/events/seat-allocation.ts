// Where a registrant's seat comes from. Quotas reserve seats for a district (by region path) or an
// organization; the rest of the capacity is open to every eligible registrant. A registrant takes a seat of
// their own quota first (an organization's quota before a district's, the innermost district first), then an
// open seat; none left means the waitlist. The caller holds the event's lock while it counts and decides.

export interface QuotaRule {
  id: string;
  seats: number;
  regionPath: string | null;
  organizationId: string | null;
}

export interface SeatState {
  capacity: number;
  quotas: QuotaRule[];
  /** Confirmed registrations per quota id; '' for the open seats. */
  taken: Map<string, number>;
}

export interface Registrant {
  organizationId: string | null;
  regionPath: string | null;
}

const OPEN = '';

/** The registrant's own quota, if any. */
export function quotaOf(quotas: readonly QuotaRule[], who: Registrant): QuotaRule | undefined {
  const byOrganization = quotas.find((q) => q.organizationId !== null && q.organizationId === who.organizationId);
  if (byOrganization) return byOrganization;
  const path = who.regionPath;
  if (path === null) return undefined;
  return quotas.filter((q) => q.regionPath !== null && path.startsWith(q.regionPath)).sort((a, b) => b.regionPath!.length - a.regionPath!.length)[0];
}

export const openSeats = (state: Pick<SeatState, 'capacity' | 'quotas'>): number => state.capacity - state.quotas.reduce((sum, q) => sum + q.seats, 0);

/** The seat the registrant gets now: a quota id, OPEN ('') for an open seat, or null for none. */
export function seatFor(state: SeatState, who: Registrant): string | null {
  const quota = quotaOf(state.quotas, who);
  if (quota && (state.taken.get(quota.id) ?? 0) < quota.seats) return quota.id;
  if ((state.taken.get(OPEN) ?? 0) < openSeats(state)) return OPEN;
  return null;
}

/** Records a taken (or, with -1, a freed) seat. */
export function take(state: SeatState, seat: string, delta = 1): void {
  state.taken.set(seat, (state.taken.get(seat) ?? 0) + delta);
}

export const confirmedTotal = (state: SeatState): number => [...state.taken.values()].reduce((sum, n) => sum + n, 0);
