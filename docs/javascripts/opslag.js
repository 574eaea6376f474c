/* Reading stored and imported answers of the tools (checklist, wijkscan, fit check) safely.
   Shared by docs/javascripts/checklist.js, wijkscan.js and passend.js; loaded before them.
   Whatever sits in localStorage or in an imported file is untrusted: it may be of an older
   shape, of another tool, damaged, or made by hand. On reading, every value is checked
   against the tool's own answer set; what does not fit is dropped and counted, so the tool
   can say so (window.swOpslag.melding). Ids are kept in dictionaries without a prototype,
   so names such as "constructor", "__proto__" or "toString" are never taken for data.
   ES2017, no eval, no network. */
(() => {
  "use strict";
  /** Longest note kept, in characters (a typed note is far shorter; a huge value is cut). */
  const MAX_TEKST = 20000;
  /** Largest import file read, in bytes. */
  const MAX_BESTAND = 2 * 1024 * 1024;

  const eigen = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  /** True for a JSON object ({...}), false for null, arrays and every other type. */
  const isObject = (x) => x !== null && typeof x === "object" && !Array.isArray(x);
  /** An empty dictionary without prototype: every key, "constructor" included, is plain data. */
  const woordenboek = () => Object.create(null);

  /** A Set of the strings in ``waarden`` (any iterable): the answer set of a tool. */
  const verzameling = (waarden) => new Set(Array.from(waarden, String));

  /**
   * A reader that checks values and counts what it drops (``lezer().weg``).
   * Every method returns a clean value; a value of the wrong type or outside the answer set
   * is replaced by the empty value and counted.
   */
  function lezer() {
    const l = {
      weg: 0,
      /** Note text: "" when absent; a non-string counts as dropped; cut at MAX_TEKST. */
      tekst(x) {
        if (x === undefined || x === "") return "";
        if (typeof x !== "string") { l.weg++; return ""; }
        if (x.length > MAX_TEKST) { l.weg++; return x.slice(0, MAX_TEKST); }
        return x;
      },
      /** A boolean: false when absent; anything but true/false counts as dropped. */
      waar(x) {
        if (x === undefined || x === false) return false;
        if (x === true) return true;
        l.weg++;
        return false;
      },
      /** One of ``toegestaan`` (Set of strings), or "" (absent, or dropped and counted). */
      keuze(x, toegestaan) {
        if (x === undefined || x === "") return "";
        if (typeof x === "string" && toegestaan.has(x)) return x;
        l.weg++;
        return "";
      },
      /** The distinct members of array ``x`` that are in ``toegestaan`` (a Set of strings, or
          a test function); the rest is counted. */
      lijst(x, toegestaan) {
        if (x === undefined) return [];
        if (!Array.isArray(x)) { l.weg++; return []; }
        const past = typeof toegestaan === "function" ? toegestaan : (w) => typeof w === "string" && toegestaan.has(w);
        const uit = [];
        for (const w of x) {
          if (past(w)) { if (uit.indexOf(w) < 0) uit.push(w); } else l.weg++;
        }
        return uit;
      },
      /**
       * The entries of JSON object ``bron`` as a dictionary without prototype.
       * ``lees(id, waarde)`` returns the clean value, or undefined to leave the entry out
       * (it counts the drop itself when the entry was not empty). ``bron`` absent gives an
       * empty dictionary; a non-object counts as one drop.
       */
      tabel(bron, lees) {
        const uit = woordenboek();
        if (bron === undefined || bron === null) return uit;
        if (!isObject(bron)) { l.weg++; return uit; }
        for (const id of Object.keys(bron)) {
          const w = lees(id, bron[id]);
          if (w !== undefined) uit[id] = w;
        }
        return uit;
      },
      /** Count one dropped value; returns undefined (for use in ``tabel``). */
      laat() { l.weg++; return undefined; },
    };
    return l;
  }

  /**
   * Opens a parsed document (any JSON value) of format ``soort``:
   * ``{versie: int (current), leeg(): staat, migraties: {n: doc -> doc of version n+1},
   * valideer(doc, lezer): staat}``. A document without ``versie`` is version 1 (the shape
   * the tools wrote before versions existed). Returns ``{staat, weg, herschrijf}``: the clean
   * state, the number of values dropped, and whether the stored copy should be written again
   * in the current format (it was migrated or had values dropped). Never throws.
   */
  function openDocument(doc, soort) {
    if (doc === null || doc === undefined) return { staat: soort.leeg(), weg: 0, herschrijf: false };
    if (!isObject(doc)) return { staat: soort.leeg(), weg: 1, herschrijf: true };
    const l = lezer();
    let v = eigen(doc, "versie") ? doc.versie : 1;
    if (!Number.isInteger(v) || v < 1 || v > soort.versie) { l.weg++; v = soort.versie; }
    const oud = v < soort.versie;
    try {
      for (; v < soort.versie; v++) doc = soort.migraties[v](doc);
      const staat = soort.valideer(isObject(doc) ? doc : {}, l);
      return { staat, weg: l.weg, herschrijf: oud || l.weg > 0 };
    } catch (e) {
      return { staat: soort.leeg(), weg: l.weg + 1, herschrijf: true };
    }
  }

  /** ``openDocument`` of JSON text (string, or null for "nothing stored"). Never throws. */
  function openTekst(tekst, soort) {
    if (tekst === null || tekst === undefined) return { staat: soort.leeg(), weg: 0, herschrijf: false };
    let doc;
    try { doc = JSON.parse(tekst); } catch (e) { return { staat: soort.leeg(), weg: 1, herschrijf: true }; }
    return openDocument(doc, soort);
  }

  /** The stored state under localStorage key ``sleutel``: ``{staat, weg}`` as openDocument. */
  function lees(sleutel, soort) {
    let tekst = null;
    try { tekst = localStorage.getItem(sleutel); } catch (e) { /* storage blocked: start empty */ }
    return openTekst(tekst, soort);
  }

  /** Stores ``doc`` (JSON-able) under ``sleutel``, or removes the key when ``doc`` is null.
      Returns false when the browser refuses (storage off or full). */
  function bewaar(sleutel, doc) {
    try {
      if (doc === null) localStorage.removeItem(sleutel);
      else localStorage.setItem(sleutel, JSON.stringify(doc));
      return true;
    } catch (e) {
      return false;
    }
  }

  /** Dutch notice after reading: "" when nothing was dropped. ``bron`` names where from. */
  function melding(weg, bron) {
    if (!weg) return "";
    return bron
      ? `Let op: een deel van ${bron} paste niet bij deze vragen en is weggelaten.`
      : "Let op: een deel van de bewaarde antwoorden paste niet bij deze vragen en is weggelaten.";
  }

  /**
   * Reads an import file (a File) as text and calls ``klaar(tekst)``, or ``fout(melding)``
   * with a Dutch message when it is too large or cannot be read.
   */
  function leesBestand(bestand, klaar, fout) {
    if (bestand.size > MAX_BESTAND) return fout("Dit bestand is te groot voor een export van deze site. Er is niets veranderd.");
    const r = new FileReader();
    r.onload = () => klaar(String(r.result));
    r.onerror = () => fout("Het bestand kon niet worden gelezen. Er is niets veranderd.");
    r.readAsText(bestand);
  }

  /** plan(): ``fn`` once at the next idle moment (at most ``wacht`` ms late), so a tap is
      answered first; plan.nu(): pending work now. Also run when the page is hidden or left. */
  function uitgesteld(fn, wacht = 500) {
    const rust = window.requestIdleCallback && window.cancelIdleCallback;
    let gepland = null;
    function nu() {
      if (gepland === null) return;
      if (rust) window.cancelIdleCallback(gepland); else clearTimeout(gepland);
      gepland = null;
      fn();
    }
    const plan = () => {
      if (gepland === null) gepland = rust ? window.requestIdleCallback(nu, { timeout: wacht }) : setTimeout(nu, 16);
    };
    plan.nu = nu;
    window.addEventListener("pagehide", nu);
    document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") nu(); });
    return plan;
  }

  window.swOpslag = Object.freeze({
    MAX_TEKST, eigen, isObject, woordenboek, verzameling, lezer,
    openDocument, openTekst, lees, bewaar, melding, leesBestand, uitgesteld,
  });
})();
