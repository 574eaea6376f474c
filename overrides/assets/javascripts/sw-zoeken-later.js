/* Samen Weerbaar: load search only when it is used.
 * Material (9.8.2) starts its search worker and downloads search/search_index.json on every
 * page view over http(s) (from file:// it already waits until search is opened). On a phone
 * that is the largest download and the most CPU of a page view, for a feature most page views
 * never use. Loaded before Material's bundle, this script holds back the worker and the index
 * request until the visitor reaches for search: the search toggle opens, focus or a pointer
 * enters the search form, or the address asks for search (?q=). Arrival highlighting (?h=)
 * needs no search: sw-markeren.js does it, and takes h out of the address first.
 * It recognises URLs only; if Material changes how it loads search, search simply loads
 * eagerly again. Tested in tests/browser/test_toegankelijkheid.py. No dependencies. */
(function () {
  "use strict";
  var klaar = false, wachtrij = [];
  function start() {
    if (klaar) return;
    klaar = true;
    wachtrij.splice(0).forEach(function (f) { f(); });
  }
  function straks(f) { if (klaar) f(); else wachtrij.push(f); }
  var INDEX = /\/search\/search_index\.json(?:[?#]|$)/, WERKER = /\/workers\/zoeken\.[\w.]*\.js(?:[?#]|$)/;

  /* CONTRACT (tests, make bench): when the results for the current input value have been
   * rendered, .md-search-result carries data-sw-zoekvraag="<exact input value>", also for
   * zero results. The worker (macros/zoeken/zoekwerker.js) echoes the query it answered as
   * sw_vraag; Material renders a result synchronously in its own message listener, so the
   * mark is set in a task after all listeners of that message have run. */
  var laatsteVraag = null, gestuurd = null;
  function beantwoord(e) {
    var d = e && e.data;
    if (!d || d.type !== 3 || !d.data || typeof d.data.sw_vraag !== "string") return;
    /* An answer to a query that a newer query has already replaced is not rendered: while
     * someone types fast on a slow phone, rendering every outdated list would keep the main
     * thread busy and delay the answer to what is in the field now. The newest query's
     * answer is on its way (the worker answers every query it does not skip). */
    if (gestuurd !== null && d.data.sw_vraag !== gestuurd) {
      e.stopImmediatePropagation();
      return;
    }
    laatsteVraag = d.data.sw_vraag;
    var aantal = Array.isArray(d.data.items) ? d.data.items.length : 0;
    setTimeout(function () {
      var uitslag = document.querySelector(".md-search-result");
      if (uitslag && laatsteVraag !== null) uitslag.setAttribute("data-sw-zoekvraag", laatsteVraag);
      meld(laatsteVraag, aantal);
      /* for sw-zoeken-hulp.js: the zero-result panel (issue 23) */
      document.dispatchEvent(new CustomEvent("sw-zoekantwoord", { detail: d.data }));
    }, 0);
  }
  /* Screen readers hear the number of results (WCAG 4.1.3) from the polite live region in
   * overrides/partials/search.html, once the list is rendered; nothing while the field is empty. */
  function meld(vraag, aantal) {
    var status = document.querySelector("[data-sw-zoekstatus]");
    if (!status) return;
    var tekst = !vraag.trim() ? "" : aantal === 0 ? "Geen resultaten" : aantal === 1 ? "1 resultaat" : aantal + " resultaten";
    if (status.textContent !== tekst) status.textContent = tekst;
  }
  /* Material writes absolute result links (http://host/…, file:///…); the offline copy and
   * the contract want them relative to this page, like every other link of the site. */
  function relatief(href) {
    var u = new URL(href, location.href);
    if (u.protocol !== location.protocol || u.host !== location.host) return href;
    var van = location.pathname.split("/").slice(0, -1), naar = u.pathname.split("/");
    var i = 0;
    while (i < van.length && i < naar.length - 1 && van[i] === naar[i]) i++;
    var pad = new Array(van.length - i + 1).join("../") + naar.slice(i).join("/");
    return pad + u.search + u.hash;
  }
  function maakRelatief(wortel) {
    wortel.querySelectorAll("a.md-search-result__link[href]").forEach(function (a) {
      var oud = a.getAttribute("href");
      if (/^[a-z]+:/i.test(oud)) a.setAttribute("href", relatief(oud));
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var lijst = document.querySelector(".md-search-result__list");
    if (lijst && window.MutationObserver) {
      new MutationObserver(function () { maakRelatief(lijst); }).observe(lijst, { childList: true, subtree: true });
    }
  });

  /* Material reads the field on keyup only: pasting, dictation or autocomplete changes the
   * value without a key. Any input event is handed on as a keyup. */
  document.addEventListener("input", function (e) {
    var t = e.target;
    if (t && t.matches && t.matches("input.md-search__input") && !e.isComposing) {
      t.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
    }
  }, true);

  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (methode, url) {
    this.__swLater = INDEX.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var xhr = this, args = arguments;
    if (!xhr.__swLater || klaar) return send.apply(xhr, args);
    straks(function () { send.apply(xhr, args); });
  };

  var EchteWorker = window.Worker;
  if (typeof EchteWorker === "function") {
    window.Worker = function (url, opties) {
      if (!WERKER.test(String(url))) return new EchteWorker(url, opties);
      var echt = null, berichten = [], luisteraars = [];
      straks(function () {
        echt = new EchteWorker(url, opties);
        echt.addEventListener("message", beantwoord);
        luisteraars.forEach(function (l) { echt.addEventListener(l[0], l[1], l[2]); });
        berichten.splice(0).forEach(function (b) { echt.postMessage(b); });
      });
      return {
        postMessage: function (b) {
          if (b && b.type === 2) gestuurd = String(b.data);
          if (echt) echt.postMessage(b); else berichten.push(b);
        },
        addEventListener: function (t, f, o) { luisteraars.push([t, f, o]); if (echt) echt.addEventListener(t, f, o); },
        removeEventListener: function (t, f, o) {
          luisteraars = luisteraars.filter(function (l) { return !(l[0] === t && l[1] === f); });
          if (echt) echt.removeEventListener(t, f, o);
        },
        terminate: function () { if (echt) echt.terminate(); }
      };
    };
  }

  if (/[?&]q=/.test(location.search)) start();
  /* A visitor who has searched on this device before (the worker's IndexedDB database
   * "sw-zoeken", macros/zoeken/bewaren.js, exists) gets search ready before reaching for it:
   * at an idle moment after the page has loaded, the index (HTTP cache) and the stored build
   * are loaded in the background, so the first result comes at once (issue 23, item 3).
   * indexedDB.databases() only lists: it creates nothing. Where it is missing, search simply
   * waits for the visitor as before. */
  function alsEerderGezocht() {
    try {
      if (!window.indexedDB || typeof indexedDB.databases !== "function") return;
      indexedDB.databases().then(function (lijst) {
        if (lijst.some(function (db) { return db && db.name === "sw-zoeken"; })) start();
      }, function () {});
    } catch (e) { /* storage refused (private window, file://): nothing to do */ }
  }
  window.addEventListener("load", function () {
    if (klaar) return;
    if (window.requestIdleCallback) requestIdleCallback(alsEerderGezocht, { timeout: 3000 });
    else setTimeout(alsEerderGezocht, 1000);
  });
  document.addEventListener("change", function (e) {
    if (e.target && e.target.id === "__search" && e.target.checked) start();
  }, true);
  document.addEventListener("focusin", function (e) {
    if (e.target && e.target.closest && e.target.closest("[data-md-component=search]")) start();
  }, true);
  /* Start on intent (finger or mouse on the search button or field), a little before the click.
   * Not earlier for everyone (no <link rel=prefetch> at idle): the worker and index are ~147 KB
   * gzip, the largest download of a page view, spent on every visitor who never searches. */
  document.addEventListener("pointerdown", function (e) {
    if (e.target && e.target.closest && e.target.closest("label[for=__search], [data-md-component=search]")) start();
  }, true);
})();
