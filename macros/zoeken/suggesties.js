/* Samen Weerbaar search worker, part 2 (issue 23): "Bedoelde je …?" when nothing matches.
 * Bundled before zoekwerker.js by macros/zoeken/werker.py; exposes self.swHulp.
 *
 * The vocabulary is the index's own words (titles and texts of the entries, never the
 * editors' search words), folded like the search folds them (lower case, no diacritics).
 * A query word that is not in it gets the vocabulary words closest to it by edit distance
 * (Damerau: a swap of two neighbouring letters counts as one), up to a third of its length:
 * further than the search's own typo tolerance (one, two from 9 letters), which already
 * found nothing. Ties go to the word that occurs most often on the site. */
(function () {
  "use strict";
  var L = "0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F";
  var WOORD = new RegExp("[" + L + "]+", "g");
  var MAX_SUGGESTIES = 3;
  var telling = new Map(), perLengte = [], wachtend = null;

  function vouw(w) {
    return w.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  /* Optimal string alignment distance; stops early when it exceeds `max`. */
  function afstand(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var vorige2 = null, vorige = [], i, j;
    for (j = 0; j <= b.length; j++) vorige.push(j);
    for (i = 1; i <= a.length; i++) {
      var rij = [i], laagste = i;
      for (j = 1; j <= b.length; j++) {
        var kost = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(vorige[j] + 1, rij[j - 1] + 1, vorige[j - 1] + kost);
        if (vorige2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, vorige2[j - 2] + 1);
        rij.push(v);
        if (v < laagste) laagste = v;
      }
      if (laagste > max) return max + 1;
      vorige2 = vorige;
      vorige = rij;
    }
    return vorige[b.length];
  }

  /* The vocabulary is counted when it is first needed (the first query without results), not
   * during setup: scanning every word of the index is ~0.1 s of CPU in Node (four times that
   * on the bench's slow phone) that the first result does not need. */
  function woordenlijst(docs) {
    wachtend = docs || [];
    telling = new Map();
    perLengte = [];
  }
  function bereid() {
    if (wachtend === null) return;
    var docs = wachtend;
    wachtend = null;
    docs.forEach(function (d) {
      (String(d.title || "") + " " + String(d.text || "")).replace(WOORD, function (w) {
        var f = vouw(w);
        if (f.length >= 4 && !/^\d+$/.test(f)) telling.set(f, (telling.get(f) || 0) + 1);
        return w;
      });
    });
    telling.forEach(function (n, w) { (perLengte[w.length] = perLengte[w.length] || []).push(w); });
  }

  /* The closest vocabulary words to one folded word: [[word, distance, count], …]. */
  function dichtbij(f) {
    var max = Math.max(2, Math.floor(f.length / 3)), uit = [];
    for (var n = Math.max(4, f.length - max); n <= f.length + max; n++) {
      (perLengte[n] || []).forEach(function (w) {
        var d = afstand(f, w, max);
        if (d <= max) uit.push([w, d, telling.get(w)]);
      });
    }
    return uit.sort(function (a, b) { return a[1] - b[1] || b[2] - a[2] || (a[0] < b[0] ? -1 : 1); });
  }

  /* Up to three corrected queries: the query with its unknown words replaced. */
  function suggesties(vraag) {
    bereid();
    var ws = String(vraag).match(WOORD) || [], keuzes = [];
    ws.forEach(function (w, i) {
      var f = vouw(w);
      if (f.length >= 4 && !telling.has(f)) keuzes.push([i, dichtbij(f).slice(0, MAX_SUGGESTIES)]);
    });
    keuzes = keuzes.filter(function (k) { return k[1].length; });
    if (!keuzes.length) return [];
    var uit = [];
    for (var r = 0; r < MAX_SUGGESTIES; r++) {
      var nieuw = ws.map(vouw), veranderd = false;
      keuzes.forEach(function (k) {
        var kandidaat = k[1][Math.min(r, k[1].length - 1)];
        if (kandidaat) { nieuw[k[0]] = kandidaat[0]; veranderd = true; }
      });
      var tekst = nieuw.join(" ");
      if (veranderd && uit.indexOf(tekst) < 0) uit.push(tekst);
    }
    return uit;
  }

  self.swHulp = { woordenlijst: woordenlijst, bereid: bereid, suggesties: suggesties, afstand: afstand };
})();
