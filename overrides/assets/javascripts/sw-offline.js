/* Samen Weerbaar: offline after one visit, and a new version only when the visitor chooses it.
 * Registers the site's service worker (sw.js at the site root, made by macros/offline/) with
 * workbox-window (vendored), after the page has loaded, so it never delays the first render.
 * - Does nothing from file:// (the offline zip) or in a browser without service workers.
 * - Looks for a new publication on every page view and every 60 seconds. When one has been
 *   downloaded and waits, a polite notice (role="status") offers "Vernieuwen": the new worker
 *   takes over and the page reloads in the new version. Until then every page and file comes
 *   from the version the page started with, so a page never mixes two publications.
 * - Marks links to downloads that were opened before and so also open offline.
 * Stored answers (localStorage) are never touched. Paths come from the script tag's data-*
 * attributes (overrides/main.html), relative, so the site works under any sub-path. */
(function () {
  "use strict";
  var tag = document.currentScript;
  if (!tag || !("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;
  var werker = new URL(tag.dataset.werker, location.href).href;
  var workboxWindow = new URL(tag.dataset.workbox, location.href).href;
  var downloads = new URL(tag.dataset.downloads, location.href).href;
  var downloadsCache = tag.dataset.downloadsCache;
  var ELKE = 60 * 1000;
  var melding = null, gevraagd = false;

  /* The live region exists (empty) before anything is announced, so screen readers read it. */
  function regio() {
    if (!melding) {
      melding = document.createElement("div");
      melding.className = "sw-nieuwe-versie";
      melding.setAttribute("role", "status");
      document.body.appendChild(melding);
    }
    return melding;
  }

  function toonMelding(wb) {
    var r = regio();
    if (r.firstChild) return;
    var tekst = document.createElement("p");
    tekst.textContent = "Er is een nieuwe versie van de kennisbank.";
    var knop = document.createElement("button");
    knop.type = "button";
    knop.className = "sw-nieuwe-versie__knop";
    knop.textContent = "Vernieuwen";
    knop.addEventListener("click", function () {
      knop.disabled = true;
      gevraagd = true;
      /* A worker that is waiting takes over (then "controlling" reloads); if another tab
         already let it take over, there is nothing waiting: reload now. */
      navigator.serviceWorker.getRegistration(werker).then(function (reg) {
        if (reg && reg.waiting) wb.messageSkipWaiting();
        else location.reload();
      });
    });
    r.appendChild(tekst);
    r.appendChild(knop);
  }

  function markeerDownloads() {
    if (!("caches" in window)) return;
    var links = Array.prototype.filter.call(document.querySelectorAll("a[href]"), function (a) {
      return a.href.indexOf(downloads) === 0 && !a.querySelector(".sw-offline-beschikbaar");
    });
    if (!links.length) return;
    caches.open(downloadsCache).then(function (cache) {
      links.forEach(function (a) {
        cache.match(a.href).then(function (antwoord) {
          if (!antwoord || a.querySelector(".sw-offline-beschikbaar")) return;
          var label = document.createElement("span");
          label.className = "sw-offline-beschikbaar";
          label.textContent = " (ook offline)";
          a.appendChild(label);
        });
      });
    }).catch(function () { /* storage blocked: no marks */ });
  }

  function start() {
    regio();
    var s = document.createElement("script");
    s.src = workboxWindow;
    s.onload = function () {
      var wb = new workbox.Workbox(werker, { scope: new URL("./", werker).href });
      wb.addEventListener("waiting", function () { toonMelding(wb); });
      wb.addEventListener("controlling", function (e) {
        if (!e.isUpdate) return;           /* first install: this page stays as it is */
        if (gevraagd) location.reload();   /* this tab chose the new version */
        else toonMelding(wb);              /* another tab did: offer it here too */
      });
      wb.register().then(function (reg) {
        if (!reg) return;
        document.documentElement.setAttribute("data-sw-offline", "geregistreerd");
        wb.update();
        setInterval(function () { wb.update(); }, ELKE);
        markeerDownloads();
      }).catch(function () { /* no worker: the site still works online */ });
      if (navigator.serviceWorker.controller) markeerDownloads();
    };
    document.head.appendChild(s);
  }

  if (document.readyState === "complete") start();
  else window.addEventListener("load", start);
})();
