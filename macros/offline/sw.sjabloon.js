/* Samen Weerbaar: service worker, written by the build (macros/offline/werker.py) from
   macros/offline/sw.sjabloon.js. Do not edit sw.js in the site: it is made again on every build.

   Precaches every page and asset of this build (revisions from content hashes, so a new
   publication changes this file and so installs a new worker), answers same-origin GET
   requests for them from the cache, and keeps a download (PDF, DOCX, ODT, ODS, CSV, zip)
   that was opened once. The new worker waits until the page asks it to take over
   (SKIP_WAITING, after the visitor chose "Vernieuwen"), so no page mixes two builds.
   Paths are relative to this file, so the site works under any sub-path. */
importScripts(
  "__WORKBOX__/workbox-core.prod.js",
  "__WORKBOX__/workbox-routing.prod.js",
  "__WORKBOX__/workbox-strategies.prod.js",
  "__WORKBOX__/workbox-precaching.prod.js",
  "__WORKBOX__/workbox-cacheable-response.prod.js"
);

var BOUW = "__BOUW__";
var DOWNLOADS = new URL("downloads/", self.location.href).href;

workbox.core.setCacheNameDetails({ prefix: "samen-weerbaar" });
/* On the first visit the open page is taken over at once, so search and tools on it work
   offline too. An update never takes over by itself: see SKIP_WAITING below. */
workbox.core.clientsClaim();

/* Precache: every page and asset of this build. Each entry carries its SHA-256 (integrity):
   if the server already sends other bytes (a newer publication arrived during the install),
   the install fails and is tried again later, so the cache never holds a mix of two builds. */
var voorraad = new workbox.precaching.PrecacheController();
voorraad.addToCacheList(__VOORRAAD__);

/* Install. Workbox 7's own PrecacheController.install() fetches the files one after another,
   so on a phone network each of ~100 files pays a full round trip (33 s until offline-ready
   with 150 ms RTT and 1.6 Mbit/s: scripts/bench_offline.py). These are the same steps, six at
   a time (a browser's connections per host): each entry goes through the controller's own
   strategy, which skips a file already cached under the same revision, checks integrity,
   keeps only complete answers and stores it under its revision's cache key. */
var SAMEN_TEGELIJK = 6;
self.addEventListener("install", function (event) {
  var paren = Array.from(voorraad.getURLsToCacheKeys());
  var volgende = 0;
  function volgendeBestand() {
    if (volgende >= paren.length) return Promise.resolve();
    var url = paren[volgende][0], sleutel = paren[volgende][1];
    volgende += 1;
    var verzoek = new Request(url, {
      integrity: voorraad.getIntegrityForCacheKey(sleutel), cache: "reload", credentials: "same-origin"
    });
    return Promise.all(voorraad.strategy.handleAll({ params: { cacheKey: sleutel }, request: verzoek, event: event }))
      .then(volgendeBestand);
  }
  var rijen = [];
  for (var i = 0; i < SAMEN_TEGELIJK; i++) rijen.push(volgendeBestand());
  event.waitUntil(Promise.all(rijen));
});
/* Activate: entries of earlier builds that this one no longer lists are deleted. */
self.addEventListener("activate", function (event) { event.waitUntil(voorraad.activate(event)); });

/* Answer from the precache. A static host serves the same file whatever the query string, so
   every parameter is ignored when matching: ?h= (search highlight), the filter state of the
   overviews (?doelgroep=…, ?niveau=…), tracking. A folder URL is its index.html; "pagina" is
   "pagina.html". */
workbox.routing.registerRoute(new workbox.precaching.PrecacheRoute(voorraad, {
  ignoreURLParametersMatching: [/./],
  directoryIndex: "index.html",
  cleanURLs: true
}));
workbox.precaching.cleanupOutdatedCaches();

/* Downloads: from the network while online (always the newest), else the copy kept when
   it was last opened. Only complete answers (200) are kept, never an error. */
workbox.routing.registerRoute(
  function (opties) {
    return opties.url.origin === self.location.origin && opties.url.href.indexOf(DOWNLOADS) === 0;
  },
  new workbox.strategies.NetworkFirst({
    cacheName: "__DOWNLOADS_CACHE__",
    plugins: [new workbox.cacheableResponse.CacheableResponsePlugin({ statuses: [200] })]
  }),
  "GET"
);

/* The page sends this when the visitor chose to load the new version. */
self.addEventListener("message", function (event) {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
  if (event.data && event.data.type === "BOUW" && event.ports && event.ports[0]) event.ports[0].postMessage(BOUW);
});
