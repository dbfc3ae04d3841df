/**
 * The in-page half of the browser benchmark: a script installed with
 * `page.addInitScript` before any of the app runs. It records, with
 * `performance.now()` (milliseconds since navigation start), when the first
 * hit appears, what the search worker tells the page (progress, browse-ready,
 * first releases indexed, fully indexed), every long main-thread task, and, per keystroke in the
 * search field, when the input event fired, when the search request was
 * posted to the worker, when its answer came back and when the results region
 * changed. It adds nothing to the app: it wraps `window.Worker` to see the
 * messages and observes the DOM.
 *
 * Written as plain JavaScript in a string, so no TypeScript transform (and no
 * helper it might inject) ends up in the page.
 */

/** A load phase the worker reported, with the page time it arrived. */
export interface ProbePhase {
  phase: string
  at: number
}

/** One keystroke in the search field, as the probe saw it. */
export interface ProbeKey {
  q: string
  /** Whether this keystroke counts (false for clearing the field between queries). */
  measured: boolean
  input: number
  /** When the search request for this keystroke was posted to the worker. */
  sent?: number
  /** When the main-thread task that posted the request ended (next message-channel task): the rest of the URL-change render. */
  sentTaskEnd?: number
  /** When the worker's answer reached the page. */
  received?: number
  /** When the results region next changed after the answer. */
  dom?: number
  /** The first frame after that change (requestAnimationFrame, then the next task): results painted. */
  painted?: number
  /** 'dom': the results changed; 'unchanged': answered but nothing in the results region changed; 'no-search': no request followed. */
  status: 'dom' | 'unchanged' | 'no-search' | 'interrupted'
}

/** Everything the probe recorded for one page load. */
export interface ProbeRecord {
  workerCreated: number | null
  phases: ProbePhase[]
  browseReady: number | null
  /** The first `indexed` message with indexed > 0: the first (newest) releases are searchable. */
  firstIndexed: number | null
  firstResult: number | null
  fullText: number | null
  fromCache: boolean | null
  longTasks: Array<{ start: number; duration: number }>
  /** Layout shifts (the Layout Instability API): start, score, and whether input just preceded it. */
  shifts: Array<{ start: number; value: number; recentInput: boolean }>
  keys: ProbeKey[]
  errors: string[]
}

/** Global name under which the probe keeps its record in the page. */
export const PROBE_GLOBAL = '__pressroomBench'

/** Milliseconds after an answer within which a results change still counts as caused by it. */
const SETTLE_MS = 150
/** Milliseconds after a keystroke within which a search request must follow, else 'no-search'. */
const NO_SEARCH_MS = 1500

export const PROBE_SCRIPT = `(() => {
  if (window.${PROBE_GLOBAL}) return;
  const now = () => performance.now();
  const b = {
    workerCreated: null, phases: [], browseReady: null, firstIndexed: null, firstResult: null, fullText: null, fromCache: null,
    longTasks: [], shifts: [], keys: [], errors: [], current: null, armed: false, measured: true,
  };
  Object.defineProperty(window, '${PROBE_GLOBAL}', { value: b });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) { b.errors.push('longtask observer: ' + error); }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.shifts.push({ start: e.startTime, value: e.value, recentInput: e.hadRecentInput });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (error) { b.errors.push('layout-shift observer: ' + error); }

  const finish = (key, status, at) => {
    if (b.current !== key || key.status) return;
    key.status = status;
    if (status === 'dom') key.dom = at;
    b.current = null;
    const { timer, ...plain } = key;
    clearTimeout(timer);
    if (status !== 'dom') { b.keys.push(plain); return; }
    // Painted: the frame that shows the change has been produced once the task after its rAF runs.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { plain.painted = now(); channel.port1.close(); b.keys.push(plain); };
      channel.port2.postMessage(0);
    });
  };

  const inResults = (node) => {
    const element = node && (node.nodeType === 1 ? node : node.parentElement);
    return !!(element && element.closest && element.closest('[data-total]'));
  };

  new MutationObserver((records) => {
    const at = now();
    if (b.firstResult === null && document.querySelector('[data-release-id]')) b.firstResult = at;
    const key = b.current;
    if (!key || key.received === undefined) return;
    for (const r of records) {
      if (r.type === 'attributes' && r.attributeName === 'aria-busy') continue;
      if (inResults(r.target)) { finish(key, 'dom', at); return; }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  addEventListener('input', (event) => {
    const target = event.target;
    if (!b.armed || !target || !target.matches || !target.matches('input[type="search"]')) return;
    if (b.current) finish(b.current, 'interrupted', now());
    const key = { q: target.value, measured: b.measured, input: now(), status: undefined, timer: undefined };
    key.timer = setTimeout(() => { if (key.sent === undefined) finish(key, 'no-search', now()); }, ${NO_SEARCH_MS});
    b.current = key;
  }, true);

  const NativeWorker = window.Worker;
  if (!NativeWorker) return;
  class ProbedWorker extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      if (b.workerCreated === null) b.workerCreated = now();
      this.addEventListener('message', (event) => {
        const at = now();
        const data = event.data;
        if (!data || typeof data !== 'object') return;
        if (data.type === 'progress') {
          const last = b.phases[b.phases.length - 1];
          if (!last || last.phase !== data.phase) b.phases.push({ phase: data.phase, at });
        } else if (data.type === 'ready') {
          if (b.browseReady === null) b.browseReady = at;
        } else if (data.type === 'indexed') {
          if (data.indexed > 0 && b.firstIndexed === null) b.firstIndexed = at;
          if (data.indexed >= data.total && b.fullText === null) { b.fullText = at; b.fromCache = !!data.fromCache; }
        } else if (data.type === 'search') {
          const key = b.current;
          if (key && key.seq === data.seq && key.received === undefined) {
            key.received = at;
            clearTimeout(key.timer);
            key.timer = setTimeout(() => finish(key, 'unchanged', now()), ${SETTLE_MS});
          }
        } else if (data.type === 'failed') {
          b.errors.push('load failed: ' + (data.failure && data.failure.message));
        }
      });
    }
    postMessage(message, ...rest) {
      const key = b.current;
      if (key && message && message.type === 'search' && key.received === undefined) {
        key.sent = now();
        key.seq = message.seq;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { key.sentTaskEnd = now(); channel.port1.close(); };
        channel.port2.postMessage(0);
      }
      return super.postMessage(message, ...rest);
    }
  }
  window.Worker = ProbedWorker;
})();`

/** Reads the probe's record from the page (a function body for `page.evaluate`). */
export const READ_PROBE = `(() => {
  const b = window.${PROBE_GLOBAL};
  if (!b) return null;
  return { workerCreated: b.workerCreated, phases: b.phases, browseReady: b.browseReady, firstIndexed: b.firstIndexed, firstResult: b.firstResult,
    fullText: b.fullText, fromCache: b.fromCache, longTasks: b.longTasks, shifts: b.shifts, keys: b.keys, errors: b.errors };
})()`
