/**
 * Loaded into every browser test page before any test (web-test-runner.config.mjs,
 * `testRunnerHtml`): records every Content-Security-Policy violation on the page and fails
 * the test during which it happened. A style attribute the policy blocks is otherwise
 * silent — the element just lays out at another size — so a test could pass while drawing
 * something else than it claims.
 *
 * A test that provokes a violation on purpose takes it with `takeCspViolations()`
 * (tests/helpers/csp.ts) before it ends.
 */
interface Recorded {
  directive: string;
  sample: string;
  source: string;
}

interface Guard {
  violations: Recorded[];
}

declare global {
  // eslint-disable-next-line no-var
  var __dwCspGuard: Guard | undefined;
}

const guard: Guard = (globalThis.__dwCspGuard ??= { violations: [] });

document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    guard.violations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      sample: event.sample,
      source: `${event.sourceFile || event.blockedURI}:${event.lineNumber}`,
    });
  },
  { capture: true },
);

// The violation event is queued as a task: let a frame pass (and the tasks before it) before looking.
const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

type Hook = (this: { currentTest?: { fullTitle(): string } }) => Promise<void>;
interface MochaLike {
  suite: { afterEach(name: string, fn: Hook): void; afterAll(name: string, fn: Hook): void };
}
const mocha = (globalThis as unknown as { mocha?: MochaLike }).mocha;
if (!mocha) throw new Error('csp-guard: load it after the test framework (mocha)');

/** Fails (throws) when violations were recorded since the last check. */
async function check(during: string): Promise<void> {
  await settle();
  const found = guard.violations.splice(0);
  if (found.length) {
    throw new Error(
      `Content-Security-Policy violation(s) during ${during}:\n${found
        .slice(0, 5)
        .map((v) => `  ${v.directive} blocked ${JSON.stringify(v.sample)} (${v.source})`)
        .join('\n')}${found.length > 5 ? `\n  … and ${found.length - 5} more` : ''}`,
    );
  }
}

mocha.suite.afterEach('no CSP violation', async function () {
  await check(`"${this.currentTest?.fullTitle() ?? '?'}"`);
});
// And what the last hooks of a file did.
mocha.suite.afterAll('no CSP violation', async function () {
  await check('the closing hooks');
});

export {};
