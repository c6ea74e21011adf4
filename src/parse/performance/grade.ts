/**
 * A scorecard's grade printed as a line of its own after 总分 ("自评等级：优", "评价等级 良好",
 * "等级：合格"), as the 财政部 template and many regions print it; the 总分 line's own grade
 * cell is read there.
 */
const GRADE_LINE = /^(?:绩效)?(?:自评|评价)?等级[:：]?(优秀|优|良好|良|中|差|合格|不合格)[。.]?$/;

export function gradeLine(text: string): string | undefined {
  return GRADE_LINE.exec(text.replace(/\s+/g, ''))?.[1];
}
