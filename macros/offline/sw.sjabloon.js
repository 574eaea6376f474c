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

/* Precache (install) and answer from it. A static host serves the same file whatever the query
   string, so every parameter is ignored when matching: ?h= (search highlight), the filter
   state of the overviews (?doelgroep=…, ?niveau=…), a meeting pack's choice, tracking. A
   folder URL is its index.html; "pagina" is "pagina.html". Each entry carries its SHA-256 (integrity): if the
   server already sends other bytes (a newer publication arrived during the install), the
   install fails and is tried again later, so the cache never holds a mix of two builds. */
workbox.precaching.precacheAndRoute(__VOORRAAD__, {
  ignoreURLParametersMatching: [/./],
  directoryIndex: "index.html",
  cleanURLs: true
});
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
