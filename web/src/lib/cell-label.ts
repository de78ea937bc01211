/** '第 17 行 / 学段' → row '第 17 行', column '学段'; anything else stays whole in the row cell. */
export function splitCellLabel(field: string): { row: string; column: string } {
  const at = field.indexOf(' / ');
  return at < 0 ? { row: field, column: '' } : { row: field.slice(0, at), column: field.slice(at + 3) };
}
