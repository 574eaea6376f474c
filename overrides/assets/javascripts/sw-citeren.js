/* "Zo citeer je deze pagina" (issue 22; the block is made by macros/weergave/citeren.py).
 * Puts today's date after "Geraadpleegd op" and, when the page is served over http(s) and
 * the build did not know the site's address, the page's own address; then shows the copy
 * button. The button is a real <button> (touch, mouse, Enter and Space); the result is
 * announced in the block's live region ("Gekopieerd"). No inline script, no network. */
(function () {
  "use strict";
  var MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
    "september", "oktober", "november", "december"];

  function selecteer(el) {
    var bereik = document.createRange();
    bereik.selectNodeContents(el);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(bereik);
  }

  function kopieerViaSelectie(el) {
    selecteer(el);
    var gelukt = false;
    try { gelukt = document.execCommand("copy"); } catch (e) { gelukt = false; }
    return gelukt ? Promise.resolve() : Promise.reject(new Error("kopiëren geweigerd"));
  }

  function kopieer(tekst, el) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(tekst).catch(function () { return kopieerViaSelectie(el); });
    }
    return kopieerViaSelectie(el);
  }

  function start() {
    var blok = document.querySelector(".sw-citeren");
    if (!blok) { return; }
    var regel = blok.querySelector(".sw-citeerregel");
    var datum = blok.querySelector("[data-sw-geraadpleegd]");
    var adres = blok.querySelector("[data-sw-adres]");
    var knop = blok.querySelector("[data-sw-kopieer]");
    var status = blok.querySelector(".sw-kopieer-status");
    var nu = new Date();
    if (datum) { datum.textContent = nu.getDate() + " " + MAANDEN[nu.getMonth()] + " " + nu.getFullYear(); }
    if (adres && !adres.textContent && /^https?:$/.test(location.protocol)) {
      adres.textContent = ", van " + location.href.split("#")[0];
    }
    if (!regel || !knop || !status) { return; }
    knop.hidden = false;
    knop.addEventListener("click", function () {
      var tekst = regel.textContent.replace(/\s+/g, " ").trim();
      status.textContent = "";
      kopieer(tekst, regel).then(function () {
        status.textContent = "Gekopieerd";
      }, function () {
        selecteer(regel);
        status.textContent = "Kopiëren lukte niet. De bronvermelding is geselecteerd: kopieer hem zelf.";
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
