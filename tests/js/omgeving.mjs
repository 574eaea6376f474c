/* A minimal browser stand-in for docs/javascripts/opslag.js under node:vm (no browser, no
   dependencies): a window that is its own global, a Map-backed localStorage, a fixed clock
   and time zone, and recorders for timers, idle callbacks and event listeners. The real
   script file is run in it; its window.swOpslag is what the tests call. */
import { readFileSync } from "node:fs";
import vm from "node:vm";

const BRON = new URL("../../docs/javascripts/opslag.js", import.meta.url);
const CODE = readFileSync(BRON, "utf8");

/** Storage as the browser's: strings only; ``vol`` makes writes throw (quota), ``dicht``
    makes every call throw (storage blocked by the browser's settings). */
export class Opslag {
  constructor(inhoud = {}) {
    this.m = new Map(Object.entries(inhoud));
    this.vol = false;
    this.dicht = false;
  }
  get length() { return this.m.size; }
  key(i) { return Array.from(this.m.keys())[i] ?? null; }
  getItem(k) { this.#open(); return this.m.has(String(k)) ? this.m.get(String(k)) : null; }
  setItem(k, v) {
    this.#open();
    if (this.vol) throw new Error("QuotaExceededError: the quota has been exceeded");
    this.m.set(String(k), String(v));
  }
  removeItem(k) { this.#open(); this.m.delete(String(k)); }
  #open() { if (this.dicht) throw new Error("SecurityError: access denied"); }
}

/** "Now" for the script: 30 June 2026, 23:30 UTC, in a zone 2 hours east of UTC (summer time
    in the Netherlands), so the local date is 1 July 2026 while the UTC date is 30 June. */
export const NU = "2026-06-30T23:30:00.000Z";
class Klok extends Date {
  constructor(...a) { if (a.length) super(...a); else super(NU); }
  getTimezoneOffset() { return -120; }
}

/** Loads opslag.js in a fresh context. ``opslag``: the localStorage; ``venster``: extra
    globals (FileReader, requestIdleCallback, …). Returns {O, opslag, g, tijd, luister}. */
export function laad({ opslag = new Opslag(), venster = {} } = {}) {
  const tijd = { gepland: [], gestopt: [] };
  const luister = { window: {}, document: {} };
  const op = (plek) => (naam, fn) => { (luister[plek][naam] = luister[plek][naam] || []).push(fn); };
  const g = {
    localStorage: opslag,
    Date: Klok,
    setTimeout: (fn, ms) => { tijd.gepland.push({ fn, ms }); return tijd.gepland.length; },
    clearTimeout: (n) => { tijd.gestopt.push(n); },
    addEventListener: op("window"),
    document: { visibilityState: "visible", addEventListener: op("document") },
    ...venster,
  };
  // Stryker's command runner names the active mutant in this environment variable; the
  // instrumented script reads it from process.env of its own global.
  const mutant = process.env.__STRYKER_ACTIVE_MUTANT__;
  if (mutant !== undefined) g.process = { env: { __STRYKER_ACTIVE_MUTANT__: mutant } };
  g.window = g;
  vm.createContext(g);
  vm.runInContext(CODE, g, { filename: BRON.pathname });
  return { O: g.swOpslag, opslag, g, tijd, luister };
}

/** ``x`` as plain JSON data of this realm (values from the context have its own prototypes). */
export const gewoon = (x) => (x === undefined ? undefined : JSON.parse(JSON.stringify(x)));

/** The backup list as stored (parsed here, not through opslag.js). */
export const reserve = (opslag) => JSON.parse(opslag.getItem("samen-weerbaar:niet-herkend") ?? "null");

/** The checklist's format (docs/javascripts/checklist.js) for a page with questions ``ids``:
    version 2, version 1 is the same shape without "versie". */
export function checklist(O, ids, hernoemd = {}) {
  const IDS = O.verzameling(ids);
  return {
    versie: 2,
    leeg: () => ({ vragen: O.woordenboek() }),
    migraties: { 1: (d) => d },
    hernoemd,
    valideer(d, l) {
      return {
        vragen: l.tabel(d.vragen, (id, a) => {
          if (!IDS.has(id)) return l.bewaar(id, a);
          if (!O.isObject(a)) return l.laat();
          const uit = { af: l.waar(a.af), notitie: l.tekst(a.notitie) };
          return uit.af || uit.notitie ? uit : undefined;
        }, "vragen"),
      };
    },
  };
}
