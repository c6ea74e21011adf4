// A Vue 3 app with two widgets (render functions: the runtime-only build, no template
// compiler). Vue sets `data` as a property and turns `onDwSelect` into a `dw-select` listener.
import { createApp, h, ref } from 'vue';

const doc = await (await fetch('./sample.json')).json();
createApp({
  setup() {
    const selected = ref([]);
    return () =>
      h('main', [
        h('budget-sankey', { data: doc, narrowBelow: 500, onDwSelect: (event) => selected.value.push(event.detail.name) }),
        h('spend-structure-pie', { data: doc, by: 'economic' }),
        h('output', { id: 'selected' }, selected.value.join('|')),
      ]);
  },
}).mount('#root');
