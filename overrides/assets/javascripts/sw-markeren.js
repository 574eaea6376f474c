/* Samen Weerbaar: highlight the searched words on arrival (?h=), instead of Material's
 * `search.highlight` highlighter (9.8.2, maintenance mode), which ran its pattern over escaped
 * HTML: a term could match inside an entity ("39" turned an apostrophe into "&#39;" on
 * screen), a word with an apostrophe was never marked, and a term of separators only wrapped
 * the page in thousands of empty <mark>s.
 *
 * Loaded before Material's bundle: it takes `h` out of the address (history.replaceState),
 * so Material's highlighter finds nothing to do (the feature stays on: it is what puts ?h=
 * on the result links), and search need not load for it. Then it walks the text nodes of the
 * article and wraps each whole word whose form (case and accents aside) is one of the terms in
 * <mark data-md-highlight>. Terms are words as the search worker reads them (letters and digits,
 * inner apostrophes and hyphens); a term without a letter or digit is no term. The text of the
 * page is never changed. Tested in tests/browser/test_zoeken_hardening.py. No dependencies. */
(function () {
  "use strict";
  var L = "0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F";
  var WOORD = new RegExp("[" + L + "]+(?:['\u2019\\-][" + L + "]+)*", "g");
  var MAX_TERMEN = 32, MAX_LENGTE = 80;
  var NIET = "script, style, noscript, template, textarea, svg, mark, [hidden], .headerlink";

  function vorm(w) {
    return w.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\u2019/g, "'");
  }

  var url;
  try { url = new URL(location.href); } catch (e) { return; }
  var h = url.searchParams.get("h");
  if (h === null) return;
  url.searchParams.delete("h");
  try { history.replaceState(history.state, "", url.href); } catch (e) { /* keep the address */ }

  var termen = new Set();
  (h.match(WOORD) || []).slice(0, MAX_TERMEN).forEach(function (t) {
    if (t.length <= MAX_LENGTE) termen.add(vorm(t));
  });
  if (!termen.size) return;

  function markeer(knoop) {
    var tekst = knoop.data, m, vorige = 0, stukken = null;
    WOORD.lastIndex = 0;
    while ((m = WOORD.exec(tekst))) {
      if (!termen.has(vorm(m[0]))) continue;
      stukken = stukken || document.createDocumentFragment();
      if (m.index > vorige) stukken.appendChild(document.createTextNode(tekst.slice(vorige, m.index)));
      var mark = document.createElement("mark");
      mark.setAttribute("data-md-highlight", "");
      mark.textContent = m[0];
      stukken.appendChild(mark);
      vorige = m.index + m[0].length;
    }
    if (!stukken) return;
    if (vorige < tekst.length) stukken.appendChild(document.createTextNode(tekst.slice(vorige)));
    knoop.parentNode.replaceChild(stukken, knoop);
  }

  function alles() {
    var wortel = document.querySelector("article.md-content__inner");
    if (!wortel) return;
    var lijst = [], loper = document.createTreeWalker(wortel, NodeFilter.SHOW_TEXT, {
      acceptNode: function (n) {
        return n.parentElement && !n.parentElement.closest(NIET) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
      }
    });
    for (var n = loper.nextNode(); n; n = loper.nextNode()) lijst.push(n);
    lijst.forEach(markeer);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", alles);
  else alles();
})();
