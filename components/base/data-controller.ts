/**
 * Where a widget's document comes from, in order of precedence: the `.data` property, the
 * `src` URL (fetched, aborted when `src` changes or the element leaves the page), or an
 * inline `<script type="application/json">` child. Whatever arrives is validated before
 * anything is drawn; the caller's object is never touched (validate builds a new one).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Disclosure } from '../../src/schema/disclosure.js';
import type { Problem, ValidationResult } from '../../src/schema/validate.js';
import type { DocumentValidator } from '../../src/schema/parts.js';
import { loadProblem, type LoadFailure } from './load-problem.js';

export type LoadStatus = 'none' | 'loading' | 'ready' | 'invalid';
/** Why the status is `invalid`: the `src` could not be loaded, or the data is not valid. */
export type FailureKind = 'load' | 'data';

export interface DataSource {
  data?: unknown;
  src?: string | null;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The documents validation produced here. Each is its element's own, never changed after
 * validation; handed on as data (<disclosure-report> gives its validated document to every
 * widget inside, one <performance-scorecard> per project) it is taken as it is, not validated
 * and copied again: a report of 500 projects made 500 copies of a 500-project document (and
 * ran the audit on each), and the tab ran out of memory.
 */
const validatedDocuments = new WeakSet<object>();

/** `data` checked as a document by `validator`; a document validated here already is taken as it is. */
export function validateValue(validator: DocumentValidator, data: unknown): ValidationResult {
  if (typeof data === 'object' && data !== null && validatedDocuments.has(data)) {
    return { ok: true, document: data as Disclosure, problems: [], warnings: [] };
  }
  return remember(validator.value(data));
}

/** Validate JSON text with `validator`, remembering the document it gives. */
export function validateText(validator: DocumentValidator, text: string): ValidationResult {
  return remember(validator.json(text));
}

function remember(result: ValidationResult): ValidationResult {
  if (result.ok) validatedDocuments.add(result.document);
  return result;
}

/**
 * What an object given as data holds, as text, to tell "the same object, changed in place"
 * from "the same object again" when a page sets it a second time (ECharts' setOption and
 * Chart.js' update() redraw then: a page that edits its document and sets it again expects
 * the new numbers). Undefined when it cannot be written out (a cycle, a BigInt): then it
 * counts as changed and is validated again, which says what is wrong with it.
 */
export function contentOf(value: unknown): string | undefined {
  // A validated document is never changed: its identity is its content (sameSource).
  if (typeof value !== 'object' || value === null || validatedDocuments.has(value)) return undefined;
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/**
 * Whether `source` is what was loaded last: the same src and the same data object with the
 * same content (`content`, from `contentOf` at that load).
 */
export function sameSource(source: DataSource, last: DataSource, content: string | undefined): boolean {
  if (source.data !== last.data || source.src !== last.src) return false;
  if (typeof source.data !== 'object' || source.data === null || validatedDocuments.has(source.data)) return true;
  const now = contentOf(source.data);
  return now !== undefined && now === content;
}

export class DataController implements ReactiveController {
  status: LoadStatus = 'none';
  /** The validated document; while a new `src` loads, the one drawn before it (if any). */
  document?: Disclosure;
  problems: Problem[] = [];
  /** Set with status `invalid`. */
  failure?: FailureKind;
  /** Bumped on every new result, so a widget can tell "the document changed" cheaply. */
  version = 0;

  private abort?: AbortController;
  private last: DataSource = {};
  /** The content of `last.data` when it was loaded (contentOf). */
  private lastContent?: string;
  private fromInline = false;

  constructor(
    private readonly host: Host,
    private readonly onInvalid: (problems: Problem[], kind: FailureKind) => void,
    /** The widget's validator (the parts it draws), read at each load. */
    private readonly validator: () => DocumentValidator,
  ) {
    host.addController(this);
  }

  /** Inline JSON rewritten in place (Vue and React patch a script's text: no slotchange) is read again. */
  private inlineWatch?: MutationObserver;

  hostConnected(): void {
    if (typeof MutationObserver !== 'undefined') {
      this.inlineWatch ??= new MutationObserver(() => this.inlineChanged());
      this.inlineWatch.observe(this.host, { childList: true, characterData: true, subtree: true });
    }
    // A fetch cut off by a disconnect resumes when the element comes back.
    if (this.status === 'loading' && !this.abort) this.load(this.last, true);
    else if (this.status === 'none') this.load(this.last, true);
  }

  hostDisconnected(): void {
    this.inlineWatch?.disconnect();
    this.abort?.abort();
    this.abort = undefined;
  }

  /**
   * Call from `willUpdate` when `data` or `src` was set. The same object set again is read
   * again only when its content changed in place (the caller edited it).
   */
  load(source: DataSource, force = false): void {
    if (!force && sameSource(source, this.last, this.lastContent)) return;
    this.last = { ...source };
    this.lastContent = contentOf(source.data);
    this.abort?.abort();
    this.abort = undefined;
    this.fromInline = false;
    if (source.data !== undefined && source.data !== null) {
      this.accept(validateValue(this.validator(), source.data));
    } else if (source.src) {
      this.fetch(source.src);
    } else {
      this.readInline();
    }
  }

  /** Re-read the inline `<script type="application/json">` child (on slotchange). */
  inlineChanged(): void {
    const { data, src } = this.last;
    if ((data === undefined || data === null) && !src) this.readInline();
  }

  private inlineScript?: HTMLScriptElement;
  private inlineText?: string;

  private readInline(): void {
    const script = [...this.host.children].find(
      (child): child is HTMLScriptElement =>
        child instanceof HTMLScriptElement && /json/i.test(child.type),
    );
    if (!script) {
      if (!this.fromInline && this.status === 'none') return;
      this.set('none', undefined, []);
      return;
    }
    // The first slotchange after connecting hands over the same script again: read once, so
    // one invalid document fires one dw-error.
    const text = script.textContent ?? '';
    if (this.fromInline && script === this.inlineScript && text === this.inlineText) return;
    this.fromInline = true;
    this.inlineScript = script;
    this.inlineText = text;
    this.accept(validateText(this.validator(), text));
  }

  private fetch(src: string): void {
    const abort = new AbortController();
    this.abort = abort;
    // A drawn document stays while the next one loads (a year picker switching src): the
    // element keeps its drawing and the reader's keyboard focus in it instead of blanking to
    // "加载中" and dropping focus to the page. Not a new document: the version stays.
    const kept = this.status === 'ready' || this.status === 'loading' ? this.document : undefined;
    this.set('loading', kept, [], !kept);
    const failed = (failure: LoadFailure) => {
      if (abort.signal.aborted) return;
      this.abort = undefined;
      this.fail([loadProblem(src, failure)], 'load');
    };
    fetch(src, { signal: abort.signal, credentials: 'same-origin' }).then(
      async (response) => {
        if (!response.ok) return failed({ status: response.status });
        let text: string;
        try {
          text = await response.text();
        } catch (error) {
          return failed({ network: true, reason: error instanceof Error ? error.message : String(error) });
        }
        if (abort.signal.aborted) return;
        // A page where JSON was expected: the address is wrong, not the data.
        if (/^\s*</.test(text)) return failed({ html: true });
        this.abort = undefined;
        this.accept(validateText(this.validator(), text));
      },
      // fetch rejects only when no answer came: network, CORS, CSP or a malformed URL.
      (error: unknown) => failed({ network: true, reason: error instanceof Error ? error.message : String(error) }),
    );
  }

  private accept(result: ValidationResult): void {
    if (result.ok) this.set('ready', result.document, []);
    else this.fail(result.problems);
  }

  private fail(problems: Problem[], kind: FailureKind = 'data'): void {
    this.set('invalid', undefined, problems);
    this.failure = kind;
    this.onInvalid(problems, kind);
  }

  private set(status: LoadStatus, document: Disclosure | undefined, problems: Problem[], changed = true): void {
    this.status = status;
    this.failure = undefined;
    this.document = document;
    this.problems = problems;
    if (changed) this.version += 1;
    this.host.requestUpdate();
  }
}
