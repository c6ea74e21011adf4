/**
 * Stage 5, the header tree of a table printed over several header lines, and stage 4's
 * placing of a data row's amounts under its leaves.
 *
 * Header runs (text with x0/x1; a text line's cells or a PDF's words) are read bottom-up:
 * a run over no column yet opens a leaf; a run over exactly one leaf is that leaf's text
 * wrapped onto the line above, unless both read as complete words ("因公出 / 国（境） / 费", "公务用车运行维 / 护费"); a run over two or
 * more columns, or over a group, is a group header ("公务用车购置及运行费", "2026年预算数").
 * Each leaf keeps its path, top group first. No order of rules decides a column's meaning
 * here: the mappers read the path words.
 *
 * Amounts are then matched to leaves in order (a monotone assignment by centre distance):
 * a blank cell leaves no run in a space-aligned line, so five amounts under six leaves leave
 * the leaf farthest from every amount blank instead of shifting the rest left.
 * Cost: O(runs²) for the tree (header lines are short), O(amounts × leaves) per row.
 */

export interface HeaderRun {
  text: string;
  x0: number;
  x1: number;
}

export interface Leaf {
  x0: number;
  x1: number;
  /** The leaf's own words, top line first, joined ("公务用车运行维护费"). */
  text: string;
  /** Group headers over it, top first. */
  groups: string[];
}

interface Node {
  x0: number;
  x1: number;
  words: string[];
  /** Leaves: the header lines the leaf's words span (lowest and highest). */
  base?: number;
  top?: number;
  /** Set for groups: the nodes below. */
  children?: Node[];
  parent?: Node;
  /** Set for groups: where the group's own words are printed. */
  run?: { x0: number; x1: number };
}

/**
 * A header word that reads as complete ("公务用车购置及运行费", "小计", "2026年预算数"). Over a
 * complete leaf it is a group even when the extraction squeezed it over that leaf alone; a
 * fragment ("因公出", "公务用车运行维") is the leaf's text wrapped.
 */
const complete = (text: string) => text.length >= 2 && /(?:[费计数额金款项目次]|支出|收入)$/.test(text);

const overlaps = (n: { x0: number; x1: number }, x0: number, x1: number) => Math.min(n.x1, x1 + 1) - Math.max(n.x0, x0 - 1) > 0;

/** The leaves of a header, left to right. `lines` are the header lines top first. */
export function headerLeaves(lines: readonly (readonly HeaderRun[])[]): Leaf[] {
  // Top-level nodes (leaves, or groups over them) seen so far, from the bottom up.
  let roots: Node[] = [];
  const leaves: Node[] = [];
  const groups: Node[] = [];
  for (let l = lines.length - 1; l >= 0; l--) {
    const next: Node[] = [];
    const placed = new Set<Node>();
    for (const run of lines[l]!) {
      const text = run.text.replace(/\s+/g, '');
      if (text === '') continue;
      const hits = roots.filter((n) => overlaps(n, run.x0, run.x1));
      if (hits.length === 0) {
        const leaf: Node = { x0: run.x0, x1: run.x1, words: [text], base: l, top: l };
        leaves.push(leaf);
        next.push(leaf);
        continue;
      }
      if (hits.length === 1 && !hits[0]!.children && !(complete(text) && complete(hits[0]!.words.join('')))) {
        // Wrapped onto the line above: the words read top to bottom.
        const leaf = hits[0]!;
        leaf.words.unshift(text);
        leaf.top = l;
        leaf.x0 = Math.min(leaf.x0, run.x0);
        leaf.x1 = Math.max(leaf.x1, run.x1);
        continue;
      }
      const group: Node = { x0: Math.min(run.x0, ...hits.map((h) => h.x0)), x1: Math.max(run.x1, ...hits.map((h) => h.x1)), words: [text], children: hits, run: { x0: run.x0, x1: run.x1 } };
      for (const h of hits) {
        h.parent = group;
        placed.add(h);
      }
      next.push(group);
      groups.push(group);
    }
    roots = [...roots.filter((n) => !placed.has(n)), ...next].sort((a, b) => a.x0 - b.x0);
  }
  leaves.sort((a, b) => a.x0 + a.x1 - (b.x0 + b.x1));
  // A group printed over its sub-header line covers the whole run of that line's leaves next
  // to the ones it overlaps ("基本支出" centred over 小计 | 人员经费 | 公用经费 but squeezed over
  // one of them), up to a leaf of another line or of another group. A leaf two such groups
  // reach goes to the one printed nearer it: 小计 between "本年支出" (over 合计) and "基本支出"
  // (squeezed over 人员经费) is 基本支出's, whichever group was read first.
  const claims = new Map<Node, { group: Node; distance: number }>();
  const middle = (n: { x0: number; x1: number }) => (n.x0 + n.x1) / 2;
  for (const group of groups) {
    const direct = group.children!.filter((c) => !c.children);
    const bases = new Set(direct.map((c) => c.base));
    if (direct.length === 0 || bases.size !== 1) continue;
    const base = direct[0]!.base;
    const top = direct[0]!.top;
    const at = direct.map((c) => leaves.indexOf(c)).sort((a, b) => a - b);
    // A 小计 is always some group's first leaf: it joins the group beside it on its line even
    // when the group's other leaves wrap a line lower (财政拨款收入 over 小计 | 一般公共/预算 |
    // 政府性基/金预算, 福建 收入总表).
    const free = (k: number) =>
      leaves[k] && leaves[k]!.top === top && (leaves[k]!.base === base || leaves[k]!.words.join('') === '小计') && !leaves[k]!.parent;
    const claim = (leaf: Node) => {
      const distance = Math.abs(middle(leaf) - middle(group.run ?? group));
      const held = claims.get(leaf);
      if (!held || distance < held.distance) claims.set(leaf, { group, distance });
    };
    for (let k = at[0]! - 1; free(k); k--) claim(leaves[k]!);
    for (let k = at[at.length - 1]! + 1; free(k); k++) claim(leaves[k]!);
  }
  for (const [leaf, { group }] of claims) leaf.parent = group;
  return leaves
    .map((leaf) => {
      const groups: string[] = [];
      for (let p = leaf.parent; p; p = p.parent) groups.unshift(p.words.join(''));
      return { x0: leaf.x0, x1: leaf.x1, text: leaf.words.join(''), groups };
    });
}

/**
 * Place amounts (x-sorted runs of one data row) under leaves, in order, minimising the
 * total distance between centres. Returns for each amount the index of its leaf (or -1 when
 * there are more amounts than leaves and this one could not be placed).
 */
export function matchInOrder(amounts: readonly { x0: number; x1: number }[], leaves: readonly { x0: number; x1: number }[]): number[] {
  const n = amounts.length;
  const m = leaves.length;
  if (n === 0) return [];
  if (n > m) return amounts.map((_, i) => (i < m ? i : -1));
  const centre = (r: { x0: number; x1: number }) => (r.x0 + r.x1) / 2;
  // cost[i][j]: best total for the first i amounts within the first j leaves.
  const INF = Number.POSITIVE_INFINITY;
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(INF));
  const take: boolean[][] = Array.from({ length: n + 1 }, () => new Array<boolean>(m + 1).fill(false));
  for (let j = 0; j <= m; j++) cost[0]![j] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = i; j <= m; j++) {
      const skip = cost[i]![j - 1]!;
      const use = cost[i - 1]![j - 1]! + Math.abs(centre(amounts[i - 1]!) - centre(leaves[j - 1]!));
      if (use <= skip) {
        cost[i]![j] = use;
        take[i]![j] = true;
      } else cost[i]![j] = skip;
    }
  }
  const out = new Array<number>(n).fill(-1);
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    if (take[i]![j]) {
      out[i - 1] = j - 1;
      i--;
    }
    j--;
  }
  return out;
}
