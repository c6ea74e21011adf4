/** A 主管部门 / 实施单位 cell of a scorecard's head. */

/** "[123001]淄博市临淄区工业和信息化局" → { code, name }; undefined when blank. */
export function party(text: string): Record<string, unknown> | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const match = /^[[【(（]\s*([\w-]+)\s*[\]】)）]\s*(.+)$/.exec(t);
  return match ? { code: match[1], name: match[2]!.trim() } : { name: t };
}
