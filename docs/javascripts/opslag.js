/* Reading stored and imported answers of the tools (checklist, wijkscan, fit check) safely.
   Shared by docs/javascripts/checklist.js, wijkscan.js and passend.js; loaded before them.
   Whatever sits in localStorage or in an imported file is untrusted: it may be of an older
   shape, of another tool, damaged, or made by hand. On reading, every value is checked
   against the tool's own answer set; a value of the wrong type is dropped and counted, so the
   tool can say so (window.swOpslag.melding). Nothing a person typed is destroyed (issue 21):
   answers under an id the page no longer has, a document of a newer version of the site and
   unreadable text are moved to a backup in this browser ("Niet meer herkende antwoorden",
   nietherkend.js), which the person can see, export and remove; an id that a release renamed
   (data/hernoemd.yml, the tool's data-hernoemd) is read under its new id. Ids are kept in dictionaries without a prototype,
   so names such as "constructor", "__proto__" or "toString" are never taken for data.
   ES2017, no eval, no network. */
(() => {
  "use strict";
  /** Longest note kept, in characters (a typed note is far shorter; a huge value is cut). */
  const MAX_TEKST = 20000;
  /** Largest import file read, in bytes. */
  const MAX_BESTAND = 2 * 1024 * 1024;
  /** The backup of what the tools did not understand (see reserveer). */
  const RESERVE = "samen-weerbaar:niet-herkend";

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
  function lezer(hernoemd) {
    const l = {
      weg: 0,
      hernoemd: 0,
      /** What the page does not understand, by id: kept aside, never dropped (``bewaar``). */
      bewaard: woordenboek(),
      /** The current id of ``id`` of kind ``soort`` ("vragen", "indicatoren", "kaarten",
          "punten"): a renamed id gives its new id (and is counted). */
      id(soort, id) {
        const m = hernoemd && hernoemd[soort];
        if (isObject(m) && eigen(m, id) && typeof m[id] === "string") { l.hernoemd++; return m[id]; }
        return id;
      },
      /** Keep ``waarde`` under ``id`` aside (an id the page does not have); returns undefined
          (for use in ``tabel``). Empty values are not kept. */
      bewaar(id, waarde) {
        if (waarde !== undefined && waarde !== null && waarde !== "") l.bewaard[id] = waarde;
        return undefined;
      },
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
       * (it counts the drop, or keeps the entry aside with ``bewaar``, itself). ``soort``:
       * the kind of the ids, for renamed ids; an entry under an old id is read under the new
       * one, unless the new one has its own entry (then the old one is kept aside).
       * ``bron`` absent gives an empty dictionary; a non-object counts as one drop.
       */
      tabel(bron, lees, soort) {
        const uit = woordenboek();
        if (bron === undefined || bron === null) return uit;
        if (!isObject(bron)) { l.weg++; return uit; }
        for (const oud of Object.keys(bron)) {
          const id = soort ? l.id(soort, oud) : oud;
          if (id !== oud && eigen(bron, id)) { l.bewaar(oud, bron[oud]); continue; }
          const w = lees(id, bron[oud]);
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
   * valideer(doc, lezer): staat, hernoemd?: {kind: {old: new}}}``. A document without
   * ``versie`` is version 1 (the shape the tools wrote before versions existed); one of a
   * newer version is read as well as the current format allows (``nieuwer``), never
   * rewritten. Returns ``{staat, weg, bewaard, nieuwer, kapot, herschrijf}``: the clean state,
   * the number of values dropped, what was kept aside by id, whether the document is of a
   * newer version, whether it could not be read at all, and whether the stored copy should be
   * written again in the current format. Never throws.
   */
  function openDocument(doc, soort) {
    const r = (staat, weg, kapot) => ({ staat, weg, bewaard: woordenboek(), nieuwer: false, kapot, herschrijf: kapot });
    if (doc === null || doc === undefined) return r(soort.leeg(), 0, false);
    if (!isObject(doc)) return r(soort.leeg(), 1, true);
    const l = lezer(soort.hernoemd);
    let v = eigen(doc, "versie") ? doc.versie : 1;
    const nieuwer = Number.isInteger(v) && v > soort.versie;
    if (nieuwer) v = soort.versie;
    else if (!Number.isInteger(v) || v < 1) { l.weg++; v = soort.versie; }
    const oud = v < soort.versie;
    try {
      for (; v < soort.versie; v++) doc = soort.migraties[v](doc);
      const staat = soort.valideer(isObject(doc) ? doc : {}, l);
      const anders = oud || l.weg > 0 || l.hernoemd > 0 || Object.keys(l.bewaard).length > 0;
      return { staat, weg: l.weg, bewaard: l.bewaard, nieuwer, kapot: false, herschrijf: !nieuwer && anders };
    } catch (e) {
      return r(soort.leeg(), l.weg + 1, true);
    }
  }

  /** ``openDocument`` of JSON text (string; null or "" is "nothing stored"). Never throws. */
  function openTekst(tekst, soort) {
    if (tekst === null || tekst === undefined || tekst === "") return openDocument(null, soort);
    let doc;
    try { doc = JSON.parse(tekst); } catch (e) { return openDocument("", soort); }
    return openDocument(doc, soort);
  }

  /** The backup: ``[{sleutel, reden, datum, inhoud}]`` (never throws; [] when absent or damaged). */
  function nietHerkend() {
    let lijst = null;
    try { lijst = JSON.parse(localStorage.getItem(RESERVE)); } catch (e) { lijst = null; }
    return Array.isArray(lijst) ? lijst.filter(isObject) : [];
  }

  /** Writes the backup list (removes the key when empty). False when the browser refuses. */
  const bewaarNietHerkend = (lijst) => bewaar(RESERVE, lijst.length ? lijst : null);

  /**
   * Keeps ``inhoud`` (any JSON value, or the raw text) of tool key ``sleutel`` in the backup,
   * with ``reden`` ("onbekend": ids the page does not have; "nieuwer": a newer version's
   * document; "onleesbaar": text that is no JSON document). The same content is kept once.
   * Returns false when the browser refuses to store it (then the tool must not rewrite).
   */
  function reserveer(sleutel, reden, inhoud) {
    const lijst = nietHerkend(), tekst = JSON.stringify(inhoud);
    if (lijst.some((x) => x.sleutel === sleutel && JSON.stringify(x.inhoud) === tekst)) return true;
    const d = new Date();
    lijst.push({ sleutel, reden, datum: new Date(d - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10), inhoud });
    return bewaarNietHerkend(lijst);
  }

  /**
   * The stored state under localStorage key ``sleutel``, as openDocument. Before the tool may
   * rewrite the key, what it would lose goes to the backup: the whole document when it is of
   * a newer version or unreadable, else the entries kept aside. When the backup cannot be
   * written, ``herschrijf`` is false (the stored copy stays as it is).
   */
  function lees(sleutel, soort) {
    let tekst = null;
    try { tekst = localStorage.getItem(sleutel); } catch (e) { /* storage blocked: start empty */ }
    const r = openTekst(tekst, soort);
    let doc = null;
    try { doc = JSON.parse(tekst); } catch (e) { doc = tekst; }
    let gelukt = true;
    if (r.nieuwer) gelukt = reserveer(sleutel, "nieuwer", doc);
    else if (r.kapot && tekst) gelukt = reserveer(sleutel, "onleesbaar", doc);
    else if (apart(r)) gelukt = reserveer(sleutel, "onbekend", r.bewaard);
    if (!gelukt) r.herschrijf = false;
    return r;
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

  /** Whether reading ``r`` (openDocument's result) put something aside for the backup. */
  const apart = (r) => !!r && (r.nieuwer || (r.kapot && r.weg > 0) || Object.keys(r.bewaard || {}).length > 0);

  /** Dutch notice after reading: "" when nothing was dropped or put aside. ``bron`` names
      where from; ``r`` (optional): the reading's result, for what was put aside. */
  function melding(weg, bron, r) {
    const delen = [];
    if (weg) {
      delen.push(bron
        ? `Let op: een deel van ${bron} paste niet bij deze vragen en is weggelaten.`
        : "Let op: een deel van de bewaarde antwoorden paste niet bij deze vragen en is weggelaten.");
    }
    if (apart(r)) {
      delen.push("Antwoorden die deze pagina niet (meer) kent, zijn niet gewist: ze staan onder ‘Niet meer herkende antwoorden’.");
    }
    return delen.join(" ");
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

  /** The renamed ids a tool's element carries (data-hernoemd, from data/hernoemd.yml). */
  function hernoemd(el) {
    try { const m = JSON.parse(el.dataset.hernoemd || "{}"); return isObject(m) ? m : {}; } catch (e) { return {}; }
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
    MAX_TEKST, RESERVE, eigen, isObject, woordenboek, verzameling, lezer, hernoemd,
    openDocument, openTekst, lees, bewaar, melding, leesBestand, nietHerkend, bewaarNietHerkend, reserveer,
    uitgesteld,
  });
})();
