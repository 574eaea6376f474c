/* Samen Weerbaar search worker, part 3 (issue 23, item 3): a cached site answers at once.
 * Bundled before zoekwerker.js by macros/zoeken/werker.py; exposes self.swBewaar.
 *
 * Building the MiniSearch index on the phone (every word folded, stemmed and split) is most of
 * the time before the first result. The worker keeps what it built (MiniSearch's own
 * serialised form, toJSON(), plus the set of index terms) in IndexedDB under the index's
 * version (config.sw_versie: a hash of the index, macros/koppeling/hooks_zoeken.py); a later
 * visit with the same index loads it with MiniSearch.loadJS instead of indexing again. Only
 * the newest version is kept. Where IndexedDB is missing or refused (private windows,
 * file://), everything still works: the index is then built each time. Nothing leaves the
 * device.
 * Why not serialise at build time (MiniSearch.loadJSON of a file made by the build): the
 * term pipeline (Snowball Dutch stemmer, compound splitting against the site's own words) is
 * JavaScript; the build would need Node (not wanted for `make serve`/`make site`) or a second
 * implementation in Python that must stay equal term for term. And it would not make the first
 * visit faster: measured on this site (Node, December 2026), MiniSearch's serialised index plus
 * the terms is 598 KB, 130 KB gzip, on top of the 133 KB gzip entries the worker still needs
 * for titles and snippets: about 0.65 s more at 1.6 Mbit/s to save 0.35-0.8 s of indexing at
 * 4x CPU. Measured (make bench, machine under load): warm first result 3813 -> 1908 ms; the
 * cold first visit still builds. */
(function () {
  "use strict";
  var DB = "sw-zoeken", WINKEL = "index";

  function open() {
    return new Promise(function (klaar, mis) {
      try {
        var r = self.indexedDB.open(DB, 1);
        r.onupgradeneeded = function () { r.result.createObjectStore(WINKEL); };
        r.onsuccess = function () { klaar(r.result); };
        r.onerror = function () { mis(r.error); };
      } catch (e) { mis(e); }
    });
  }
  /* The stored build for `versie`, or null (also on any error). */
  function lees(versie) {
    if (!versie || !self.indexedDB) return Promise.resolve(null);
    return open().then(function (db) {
      return new Promise(function (klaar) {
        var q = db.transaction(WINKEL).objectStore(WINKEL).get(versie);
        q.onsuccess = function () { db.close(); klaar(q.result || null); };
        q.onerror = function () { db.close(); klaar(null); };
      });
    }).catch(function () { return null; });
  }
  /* Store a build for `versie`, replacing any older one. Never fails. */
  function bewaar(versie, waarde) {
    if (!versie || !self.indexedDB) return Promise.resolve();
    return open().then(function (db) {
      return new Promise(function (klaar) {
        var tx = db.transaction(WINKEL, "readwrite"), winkel = tx.objectStore(WINKEL);
        winkel.clear();
        winkel.put(waarde, versie);
        tx.oncomplete = tx.onerror = tx.onabort = function () { db.close(); klaar(); };
      });
    }).catch(function () {});
  }
  self.swBewaar = { lees: lees, bewaar: bewaar };
})();
