/* Samen Weerbaar: the one reader (and writer) of a tool's choice in the address, shared by
   the filter pages (filters.js) and the meeting pack (pakket.js); loaded before them
   (macros/weergave/middelen.py). Names and values are matched without regard to case, and a
   value may be a comma list or a repeated name: ?niveau=GEZIN,gemeenschap&niveau=wijk.
   Dictionaries without a prototype: a name such as "constructor" is just an unknown name.
   ES2017, no eval, nothing stored or sent. */
(() => {
  "use strict";
  /** The query string ``zoek`` (default: this page's) as lower-case name -> distinct
      lower-case values, in order. */
  function lees(zoek = location.search) {
    const uit = Object.create(null);
    new URLSearchParams(zoek).forEach((w, n) => {
      const lijst = uit[n.toLowerCase()] || (uit[n.toLowerCase()] = []);
      w.split(",").forEach((x) => {
        x = x.trim().toLowerCase();
        if (x && lijst.indexOf(x) < 0) lijst.push(x);
      });
    });
    return uit;
  }
  /** The values asked for ``naam`` in ``gevraagd`` (from ``lees``), any case. */
  const waarden = (gevraagd, naam) => gevraagd[String(naam).toLowerCase()] || [];
  /** Whether ``gevraagd`` asks for ``waarde`` under ``naam`` (any case). */
  const vraagt = (gevraagd, naam, waarde) => waarden(gevraagd, naam).indexOf(String(waarde).toLowerCase()) >= 0;
  /** Ticks every checkbox of ``vakken`` that the address asks for, unticks the rest. */
  function zetVakken(vakken, gevraagd = lees()) {
    vakken.forEach((v) => { v.checked = vraagt(gevraagd, v.name, v.value); });
  }
  /** The query string (with "?", or "") for a choice {naam: [waarden]}: one comma list per name. */
  function schrijf(keuze) {
    const delen = Object.keys(keuze).filter((n) => keuze[n].length)
      .map((n) => encodeURIComponent(n) + "=" + keuze[n].map(encodeURIComponent).join(","));
    return delen.length ? "?" + delen.join("&") : "";
  }
  /** Puts the choice in the address bar without a new history entry. */
  function vervang(keuze) {
    try { history.replaceState(history.state, "", location.pathname + schrijf(keuze) + location.hash); } catch (e) { /* file:// in some browsers */ }
  }
  window.swAdres = Object.freeze({ lees, waarden, vraagt, zetVakken, schrijf, vervang });
})();
