import { expect } from '@open-wc/testing';

describe('test pages run under a strict CSP', () => {
  it('forbids eval, so any eval in the library would fail its tests', () => {
    expect(() => new Function('return 1')).to.throw(EvalError);
  });
});
