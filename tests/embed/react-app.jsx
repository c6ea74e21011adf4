// A React 19 app with two widgets: data as a property, events through React 19's custom
// element listeners (`ondw-select` listens to `dw-select`). Bundled by the test with esbuild.
import { createRoot } from 'react-dom/client';
import { useState } from 'react';

function App({ doc }) {
  const [selected, setSelected] = useState([]);
  return (
    <main>
      <budget-sankey data={doc} narrowBelow={500} ondw-select={(event) => setSelected((list) => [...list, event.detail.name])} />
      <spend-structure-pie data={doc} by="economic" />
      <output id="selected">{selected.join('|')}</output>
    </main>
  );
}

const doc = await (await fetch('./sample.json')).json();
createRoot(document.getElementById('root')).render(<App doc={doc} />);
