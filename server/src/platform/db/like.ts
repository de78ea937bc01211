/**
 * A case-insensitive "contains" pattern for `lower(column) like ?` that behaves the same on SQLite and
 * PostgreSQL: wildcard characters typed by the user are dropped rather than escaped (the two dialects
 * escape differently).
 */
export function likePattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, '').toLowerCase()}%`;
}
