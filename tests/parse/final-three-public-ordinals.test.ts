// 公开07表 "三公" as rows numbered with Chinese ordinals ("一、因公出国（境）费", the 其中 parts
// "1.公务用车购置费") or Roman ones ("Ⅰ.因公出国（境）费"), 预算数 | 决算数 as columns; 购置费
// blank in both. It read right when written: the test guards the kind. Synthetic texts:
// tests/fixtures/variants/final-three-public-{cn,roman}-ordinals.txt; cells stated by hand.
import { expect } from '@open-wc/testing';
import { finalVariant } from './final-variants-helpers.js';

const KEYS = ['total', 'abroad', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;

for (const name of ['final-three-public-cn-ordinals', 'final-three-public-roman-ordinals']) {
  describe(`parse 决算 "三公" rows with ordinals (${name})`, () => {
    it('预算数 and 决算数 by item, numbering stripped', async () => {
      const { doc, warned, faults } = await finalVariant(name);
      const t7 = doc.tables.t7!;
      expect(KEYS.map((k) => t7.budget![k])).to.deep.equal([25, 5, 18, null, 18, 2]);
      expect(KEYS.map((k) => t7.final![k])).to.deep.equal([20, null, 18, null, 18, 2]);
      expect(warned).to.deep.equal([]);
      expect(faults).to.deep.equal([]);
    });
  });
}
