/**
 * Last year's document for <three-public-costs>: the `.previous` property (an object) or the
 * `previous-src` URL (fetched, aborted when it changes or the element leaves), validated like
 * the main document and never mutated. A previous document that cannot be used is not the
 * widget's failure: this year is still drawn, and the reason is shown in a note.
 * (Not the shared DataController: that one also reads the inline JSON child, which is this
 * year's document.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Disclosure } from '../../src/schema/disclosure.js';
import type { ValidationResult } from '../../src/schema/validate.js';
import type { DocumentValidator } from '../../src/schema/parts.js';
import type { Localized } from '../../src/format/messages.js';
import { loadProblem } from '../base/load-problem.js';
import { contentOf, sameSource, validateText, validateValue } from '../base/data-controller.js';

export class PreviousSource implements ReactiveController {
  document?: Disclosure;
  /** Why the previous document cannot be used. */
  problem?: Localized;
  /** Bumped on every result. */
  version = 0;
  private abort?: AbortController;
  private last: { data?: unknown; src?: string } = {};
  private lastContent?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The widget's validator, the same as for this year's document. */
    private readonly validator: () => DocumentValidator,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  hostConnected(): void {
    // A fetch cut off by a disconnect starts again.
    if (this.last.src && !this.document && !this.problem) this.load(this.last.data, this.last.src, true);
  }

  load(data: unknown, src: string | undefined, force = false): void {
    // The same object set again counts when it was changed in place (DataController.load).
    if (!force && sameSource({ data, src }, this.last, this.lastContent)) return;
    this.last = { data, src };
    this.lastContent = contentOf(data);
    this.abort?.abort();
    this.abort = undefined;
    if (data !== undefined && data !== null) return this.accept(validateValue(this.validator(), data));
    if (!src) return this.set(undefined, undefined);
    const abort = new AbortController();
    this.abort = abort;
    fetch(src, { signal: abort.signal, credentials: 'same-origin' }).then(
      async (response) => {
        if (!response.ok) return this.set(undefined, loadProblem(src, { status: response.status }).message);
        const text = await response.text();
        if (!abort.signal.aborted) this.accept(validateText(this.validator(), text));
      },
      (error: unknown) => {
        if (!abort.signal.aborted) this.set(undefined, loadProblem(src, { network: true, reason: String(error) }).message);
      },
    );
  }

  private accept(result: ValidationResult): void {
    if (result.ok) this.set(result.document, undefined);
    else this.set(undefined, result.problems[0]!.message);
  }

  private set(document: Disclosure | undefined, problem: Localized | undefined): void {
    this.document = document;
    this.problem = problem;
    this.version += 1;
    this.host.requestUpdate();
  }
}
