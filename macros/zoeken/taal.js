/* Samen Weerbaar search worker, part: Dutch words (built into the worker after the Snowball
 * stemmer, self.swStam, and before fragment.js and zoekwerker.js by macros/zoeken/werker.py).
 * self.swTaal = {STOP, WOORD, vouw, stem}, the same for the index and the query:
 * STOP: Snowball's Dutch stop words; WOORD: a word (letters with diacritics, digits, inner
 * hyphens and apostrophes; global RegExp); vouw(w): lower case, diacritics and apostrophes
 * folded ("financiële" -> "financiele"); stem(w): Snowball Dutch with two additions. */
self.swTaal = (function () {
  "use strict";
  var stam = self.swStam;
  /* Snowball's Dutch stop word list (snowballstem.org, algorithms/dutch/stop.txt). */
  var STOP = new Set(("de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er " +
    "maar om hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar " +
    "naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel " +
    "meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt wezen " +
    "kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere").split(" "));
  /* A word: letters (Latin, with diacritics) and digits, with inner hyphens and apostrophes. */
  var L = "0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F";
  var WOORD = new RegExp("[" + L + "]+(?:['\u2019\\-][" + L + "]+)*", "g");

  function vouw(w) {
    return w.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/['\u2019]s$/, "").replace(/['\u2019]/g, "");
  }
  /* Snowball Dutch, plus: plural -ies (relaties = relatie; Snowball keeps an -s after a
   * vowel) and a final double consonant undoubled (gemeenschappen = gemeenschap). */
  function stem(w) {
    if (w.length < 4 || /^\d/.test(w)) return w;
    if (/ies$/.test(w)) w = w.slice(0, -1);
    return stam(w).replace(/([b-df-hj-np-tv-z])\1$/, "$1");
  }
  return { STOP: STOP, WOORD: WOORD, vouw: vouw, stem: stem };
})();
