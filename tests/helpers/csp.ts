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

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * The violations recorded so far, removed from the record. Waits for `expected` of them to
 * arrive (they are reported as events, a moment after the fact; at most 2 s), then one frame
 * more for any others.
 */
export async function takeCspViolations(expected = 0): Promise<CspViolation[]> {
  const guard = (globalThis as { __dwCspGuard?: { violations: CspViolation[] } }).__dwCspGuard;
  if (!guard) throw new Error('the CSP guard is not loaded (web-test-runner.config.mjs testRunnerHtml)');
  const until = performance.now() + 2000;
  while (guard.violations.length < expected && performance.now() < until) await frame();
  await frame();
  return guard.violations.splice(0);
}
