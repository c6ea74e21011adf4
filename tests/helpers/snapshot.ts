// Normalized SVG snapshots shared by the element snapshot tests: numbers rounded to 1 decimal,
// ids renumbered; on a mismatch the new drawing is written beside the golden file as
// `*-changed.svg`. Accept changes with UPDATE_SNAPSHOTS=1 node tests/snapshots/update.mjs.
import { expect } from '@open-wc/testing';
import { getSnapshotConfig, readFile, removeFile, writeFile } from '@web/test-runner-commands';

/** Stable text of a drawn SVG: no Lit markers, numbers to 0.1, ids in order of appearance. */
export function normalizeSvg(svg: SVGSVGElement): string {
  const ids = new Map<string, string>();
  return svg.outerHTML
    .replace(/<!--[^]*?-->/g, '')
    .replace(/\bdw-[0-9a-z]+/g, (id) => {
      if (!ids.has(id)) ids.set(id, `dw-${ids.size + 1}`);
      return ids.get(id)!;
    })
    .replace(/-?\d+\.\d+/g, (number) => {
      const rounded = (Math.round(Number(number) * 10) / 10).toFixed(1);
      return rounded === '-0.0' ? '0.0' : rounded;
    })
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><')
    .replace(/></g, '>\n<')
    .trim()
    .concat('\n');
}

export async function compare(name: string, actual: string): Promise<void> {
  const golden = `../snapshots/${name}.svg`;
  const changed = `../snapshots/${name}-changed.svg`;
  const { updateSnapshots } = await getSnapshotConfig();
  // The file plugin answers "unknown command" for a file that does not exist.
  const expected = await readFile({ path: golden }).catch(() => undefined);
  if (updateSnapshots) {
    await writeFile({ path: golden, content: actual });
    return;
  }
  if (expected === undefined) {
    await writeFile({ path: changed, content: actual });
    expect.fail(
      `tests/snapshots/${name}.svg is missing. The drawing is in tests/snapshots/${name}-changed.svg; ` +
        `look at it, then accept it with UPDATE_SNAPSHOTS=1 node tests/snapshots/update.mjs`,
    );
  }
  if (expected === actual) {
    if ((await readFile({ path: changed }).catch(() => undefined)) !== undefined) await removeFile({ path: changed });
    return;
  }
  await writeFile({ path: changed, content: actual });
  const expectedLines = expected.split('\n');
  const actualLines = actual.split('\n');
  const line = actualLines.findIndex((text, index) => text !== expectedLines[index]);
  expect.fail(
    `${name}.svg changed (first difference at line ${line + 1}):\n- ${expectedLines[line] ?? ''}\n+ ${actualLines[line] ?? ''}\n` +
      `The new drawing is in tests/snapshots/${name}-changed.svg; accept it with UPDATE_SNAPSHOTS=1 node tests/snapshots/update.mjs`,
  );
}

