// download(): how every export reaches the reader (components/base/export.ts). No test used
// to cover it: a mutation that named the file wrongly, or never clicked, passed.
import { expect, waitUntil } from '@open-wc/testing';
import { download } from '../../components/base/export.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { sankeyAt, shadow } from './helpers.js';

interface Offered {
  href: string;
  filename: string;
  rel: string;
  connected: boolean;
}

/** Record the anchors download() clicks (instead of letting the browser save files). */
function catchDownloads(): { offered: Offered[]; revoked: string[]; blobs: Map<string, Blob>; restore: () => void } {
  const offered: Offered[] = [];
  const revoked: string[] = [];
  // The blob behind each URL: a portal's CSP (connect-src 'self') forbids fetching blob: URLs.
  const blobs = new Map<string, Blob>();
  const click = HTMLAnchorElement.prototype.click;
  const revoke = URL.revokeObjectURL;
  const create = URL.createObjectURL;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = create.call(URL, object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    offered.push({ href: this.href, filename: this.download, rel: this.rel, connected: this.isConnected });
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
    revoke.call(URL, url);
  };
  return {
    offered,
    revoked,
    blobs,
    restore: () => {
      HTMLAnchorElement.prototype.click = click;
      URL.revokeObjectURL = revoke;
      URL.createObjectURL = create;
    },
  };
}

describe('download()', () => {
  let caught: ReturnType<typeof catchDownloads>;
  beforeEach(() => (caught = catchDownloads()));
  afterEach(() => caught.restore());

  it('offers the blob under the file name through a blob: URL, then frees the URL', async () => {
    download(new Blob(['a,b\r\n1,2'], { type: 'text/csv' }), 'table.csv');
    expect(caught.offered).to.have.length(1);
    const [offer] = caught.offered;
    expect(offer!.filename).to.equal('table.csv');
    expect(offer!.href).to.match(/^blob:/);
    expect(offer!.rel).to.equal('noopener');
    // Nothing is left in the page.
    expect(offer!.connected).to.equal(false);
    expect(await caught.blobs.get(offer!.href)!.text()).to.equal('a,b\r\n1,2');
    await waitUntil(() => caught.revoked.includes(offer!.href), 'the blob URL was never revoked', { timeout: 3000 });
  });

  it('is what the toolbar buttons call: CSV with a BOM, SVG, PNG, named after the year', async () => {
    const doc = await sampleDocument();
    const el = await sankeyAt(800, (element) => (element.data = doc), 'toolbar');
    const button = (kind: string) => shadow(el).querySelector<HTMLButtonElement>(`[data-export="${kind}"]`)!;
    button('csv').click();
    button('svg').click();
    button('png').click();
    await waitUntil(() => caught.offered.length === 3, 'the PNG download never came', { timeout: 5000 });
    expect(caught.offered.map((o) => o.filename)).to.deep.equal(['budget-sankey-2021.csv', 'budget-sankey-2021.svg', 'budget-sankey-2021.png']);
    const [csv, svg, png] = caught.offered.map((o) => caught.blobs.get(o.href)!);
    const csvBytes = new Uint8Array(await csv!.arrayBuffer());
    expect([...csvBytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(await csv!.text()).to.contain(el.toCSV().split('\r\n')[0]);
    expect(svg!.type).to.equal('image/svg+xml');
    // Each export has ids of its own (two pasted into one page must not share them): the same otherwise.
    const sameIds = (text: string) => text.replace(/\bdw-[0-9a-z]+-/g, 'dw-');
    expect(sameIds(await svg!.text())).to.equal(sameIds(el.toSVG()));
    expect(png!.type).to.equal('image/png');
  });
});
