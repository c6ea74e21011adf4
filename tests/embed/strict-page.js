// The strict-CSP page's script (a file: no inline script is allowed): every widget on the
// sample, then each one's exports, PNG included. Results in window.results.
const doc = await (await fetch('./sample.json')).json();
const tags = ['budget-sankey', 'spend-structure-pie', 'budget-execution', 'three-public-costs', 'performance-summary', 'performance-scorecard', 'disclosure-audit'];
const elements = tags.map((tag) => {
  const el = document.createElement(tag);
  el.setAttribute('toolbar', '');
  el.data = doc;
  document.body.append(el);
  return el;
});
await Promise.all(elements.map((el) => el.updateComplete));
await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
await Promise.all(elements.map((el) => el.updateComplete));
const results = [];
for (const el of elements) {
  const png = await el.toPNG(1).then((blob) => blob.size, (error) => `rejected: ${error.message}`);
  results.push({ tag: el.localName, state: el.state, svg: el.toSVG().length, csv: el.toCSV().length, png });
  // The data-table toggle renders real tables.
  el.shadowRoot.querySelector('.table-toggle')?.click();
}
await Promise.all(elements.map((el) => el.updateComplete));
window.results = results;
