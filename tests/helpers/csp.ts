/**
 * For the few tests that provoke a CSP violation on purpose (e.g. proving eval is blocked):
 * wait for the violation events, then take them out of the global guard's record
 * (tests/helpers/csp-guard.ts) so that the test is not failed for them.
 */
export interface CspViolation {
  directive: string;
  sample: string;
  source: string;
}

export async function takeCspViolations(): Promise<CspViolation[]> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  const guard = (globalThis as { __dwCspGuard?: { violations: CspViolation[] } }).__dwCspGuard;
  if (!guard) throw new Error('the CSP guard is not loaded (web-test-runner.config.mjs testRunnerHtml)');
  return guard.violations.splice(0);
}
