import { expect } from '@open-wc/testing';

/**
 * Call inside a `describe`: collects what is thrown into the page (uncaught errors and
 * unhandled rejections) while its tests run, and returns the list. With `perTest`, the list
 * is emptied before each test and each test fails if anything was thrown.
 */
export function watchPageErrors(options: { perTest?: boolean } = {}): string[] {
  const pageErrors: string[] = [];
  const onError = (event: ErrorEvent) => pageErrors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(String(event.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  if (options.perTest) {
    beforeEach(() => {
      pageErrors.length = 0;
    });
    afterEach(() => {
      expect(pageErrors, 'errors thrown into the page').to.deep.equal([]);
    });
  }
  return pageErrors;
}
