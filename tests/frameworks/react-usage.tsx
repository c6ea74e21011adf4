// A React 19 component using the widgets, type-checked against frameworks/react.d.ts
// (tests/node/framework-types.test.ts). Each @ts-expect-error must be an error.
import 'disclosure-widgets/react';
import { useRef } from 'react';
import type { BudgetSankey } from 'disclosure-widgets/elements/budget-sankey';

export function Report({ doc }: { doc: unknown }) {
  const ref = useRef<BudgetSankey>(null);
  return (
    <>
      <budget-sankey
        ref={ref}
        data={doc}
        money="fiscal"
        depth="item"
        narrowBelow={560}
        toolbar
        className="chart"
        ondw-select={(event) => console.log(event.detail.code, event.detail.value.toFixed(2))}
        ondw-error={(event) => console.warn(event.detail.problems[0]?.path)}
      />
      <spend-structure-pie data={doc} by="economic" minShare={3} />
      <disclosure-report src="/data/2021.json" lang="en" />
      {/* @ts-expect-error: not one of money's values */}
      <budget-sankey money="everything" />
      {/* @ts-expect-error: label-size is a number property */}
      <budget-sankey labelSize="big" />
      {/* @ts-expect-error: the detail has no such field */}
      <budget-sankey ondw-select={(event) => event.detail.nope} />
      {/* @ts-expect-error: not an element of the library */}
      <budget-sankee />
    </>
  );
}
