// The published text parsed off the page's thread: a 700 KB text takes seconds, and the
// page stays responsive meanwhile. parse() never throws; its result is plain data.
import { parse } from '../src/parse/index.js';

self.addEventListener('message', (event: MessageEvent<string>) => {
  self.postMessage(parse(event.data));
});
