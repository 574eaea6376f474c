/* iframe-worker 1.0.4 (MIT, Martin Donath): the script that shim.js wrote inline into the
 * hidden iframe, as a file, so that the site's Content-Security-Policy (script-src 'self',
 * no inline script) also allows search from file://. Same behaviour: worker-style
 * postMessage and importScripts, and errors reported to the page with the worker's address
 * (data-worker of this script element). See BRON.txt.
 * Material's search worker takes its own address from the first script[src] in the iframe
 * (as the inline original had no src): this element drops its src once it has run. */
"use strict";
(function () {
  var zelf = document.currentScript, worker = zelf.getAttribute("data-worker");
  zelf.removeAttribute("src");
  window.postMessage = function (s, n) { parent.postMessage(s, n || "*"); };
  window.importScripts = function () {
    var urls = Array.prototype.slice.call(arguments);
    return urls.reduce(function (n, e) {
      return n.then(function () {
        return new Promise(function (r) {
          var t = document.createElement("script");
          t.src = e; t.onload = r; document.body.appendChild(t);
        });
      });
    }, Promise.resolve());
  };
  addEventListener("error", function (ev) {
    parent.dispatchEvent(new ErrorEvent("error", { filename: worker, error: ev.error }));
  });
})();
