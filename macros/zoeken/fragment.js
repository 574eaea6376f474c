/* Samen Weerbaar search worker, part: result snippets (built into the worker before
 * zoekwerker.js by macros/zoeken/werker.py). self.swFragment(indexTermen, WOORD, SNIPPET_WOORDEN)
 * -> {escape, markeer}: markeer(tekst, gezocht, knip) gives [html, words found], the text
 * escaped with every word whose index terms (indexTermen) are in the set `gezocht` in <mark>;
 * with `knip`, a snippet of SNIPPET_WOORDEN words around the first match. */
self.swFragment = function (indexTermen, WOORD, SNIPPET_WOORDEN) {
  "use strict";
  var posCache = new Map();

  function escape(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  /* Text with the words whose terms are in `gezocht` in <mark>; returns [html, words found]. */
  function markeer(tekst, gezocht, knip) {
    var html = "", gevonden = [], vorige = 0, m, woordenHier = posCache.get(tekst);
    if (!woordenHier) {
      woordenHier = [];
      WOORD.lastIndex = 0;
      while ((m = WOORD.exec(tekst))) woordenHier.push([m.index, m.index + m[0].length, m[0], indexTermen(m[0])]);
      posCache.set(tekst, woordenHier);
    }
    var raak = function (w) { return w[3].some(function (t) { return gezocht.has(t); }); };
    var van = 0, tot = woordenHier.length;
    if (knip && woordenHier.length > SNIPPET_WOORDEN) {
      var eerste = 0;
      while (eerste < woordenHier.length && !raak(woordenHier[eerste])) eerste++;
      if (eerste === woordenHier.length) eerste = 0;
      van = Math.max(0, eerste - 6);
      tot = Math.min(woordenHier.length, van + SNIPPET_WOORDEN);
    }
    if (van > 0) { html += "… "; vorige = woordenHier[van][0]; }
    for (var i = van; i < tot; i++) {
      var p = woordenHier[i];
      if (!raak(p)) continue;
      html += escape(tekst.slice(vorige, p[0])) + "<mark>" + escape(p[2]) + "</mark>";
      gevonden.push(p[2]);
      vorige = p[1];
    }
    var einde = tot < woordenHier.length ? woordenHier[tot - 1][1] : tekst.length;
    html += escape(tekst.slice(vorige, Math.max(vorige, einde)));
    if (tot < woordenHier.length) html += " …";
    return [html, gevonden];
  }
  return { escape: escape, markeer: markeer };
};
