/**
 * What to say when a `src` cannot be loaded: a failure of the network or of the server is
 * not a fault of the data, so it gets its own wording (and the error panel its own title),
 * naming the URL and the HTTP status in words a reader of each language understands.
 */
import { interpolate, type Lang, type Localized } from '../../src/format/messages.js';
import type { Problem } from '../../src/schema/validate.js';
import { isolate } from '../../src/format/bidi.js';

/**
 * The server answered with an error status; or with a web page instead of JSON (a wrong
 * address that a site answers with its home or login page, status 200); or no answer came
 * (network, CORS, CSP, malformed URL).
 */
export type LoadFailure = { status: number } | { html: true } | { network: true; reason?: string };

/** The statuses a page meets most, in words; others are given by number alone. */
const STATUS: Record<string, Localized> = {
  '403': { 'zh-CN': '（无权访问）', en: ' (access denied)' },
  '404': { 'zh-CN': '（找不到该文件）', en: ' (not found)' },
  '5xx': { 'zh-CN': '（服务器出错）', en: ' (server error)' },
};

const MESSAGE: Record<'status' | 'html' | 'network', Localized> = {
  html: {
    'zh-CN': '无法加载“{src}”：服务器返回的是网页，不是 JSON 数据（地址可能有误）。',
    en: 'Could not load "{src}": the server answered with a web page, not JSON (the address may be wrong).',
  },
  status: {
    'zh-CN': '无法加载“{src}”：服务器返回 HTTP {status}{meaning}。',
    en: 'Could not load "{src}": the server answered HTTP {status}{meaning}.',
  },
  network: {
    'zh-CN': '无法加载“{src}”：连接失败（网络中断、地址有误，或被跨域或安全策略拦截）。',
    en: 'Could not load "{src}": no answer (the network is down, the address is wrong, or a cross-origin or security policy blocked it).',
  },
};

/** The problem reported for a `src` that could not be loaded (path `$`: nothing was read). */
export function loadProblem(src: string, failure: LoadFailure): Problem {
  const status = 'status' in failure ? failure.status : undefined;
  const meaning = status === undefined ? undefined : (STATUS[String(status)] ?? (status >= 500 ? STATUS['5xx'] : undefined));
  const key = status !== undefined ? 'status' : 'html' in failure ? 'html' : 'network';
  const say = (lang: Lang) => interpolate(MESSAGE[key][lang], { src: isolate(src), status: status ?? '', meaning: meaning?.[lang] ?? '' });
  return {
    path: '$',
    expected: `JSON at ${src}`,
    found:
      status !== undefined
        ? `HTTP ${status}`
        : 'html' in failure
          ? 'an HTML page'
          : `no response${'reason' in failure && failure.reason ? ` (${failure.reason})` : ''}`,
    message: { 'zh-CN': say('zh-CN'), en: say('en') },
  };
}
