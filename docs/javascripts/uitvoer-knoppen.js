/* Samen Weerbaar: the export buttons ([data-sw-uitvoer], macros/weergave/templates/_uitvoer.html).
   Shows them and, on the first click, loads the exporter (uitvoer.js, next to this file)
   with a <script src> (allowed by the site's CSP, also from file://), then runs that click.
   Pages load only this; the exporter comes when someone exports. ES2017. */
(() => {
  "use strict";
  const bakken = document.querySelectorAll("[data-sw-uitvoer]");
  if (!bakken.length) return;
  const bron = new URL("uitvoer.js", document.currentScript.src).href;
  let laden = null;
  function laad() {
    if (window.swUitvoer) return Promise.resolve(window.swUitvoer);
    if (!laden) laden = new Promise((klaar, fout) => {
      const s = document.createElement("script");
      s.src = bron;
      const mis = () => { laden = null; s.remove(); fout(new Error("uitvoer")); };  // a later click tries again
      s.onload = () => (window.swUitvoer ? klaar(window.swUitvoer) : mis());
      s.onerror = mis;
      document.head.append(s);
    });
    return laden;
  }
  bakken.forEach((bak) => {
    const status = bak.querySelector("[role=status]") || bak.parentElement.querySelector("[role=status]");
    bak.hidden = false;
    bak.addEventListener("click", (e) => {
      const b = e.target.closest("button[data-formaat]");
      if (!b) return;
      if (!window.swUitvoer) {
        status.textContent = "Even geduld: de uitvoer wordt geladen…";
        bak.setAttribute("aria-busy", "true");
      }
      // loading the exporter or the export itself failed: one message for both
      laad().then((u) => u.actie(bak, b.dataset.formaat)).catch(() => {
        status.textContent = "Dat lukte niet in deze browser. Probeer ‘Afdrukken of opslaan als PDF’.";
      }).then(() => bak.removeAttribute("aria-busy"));
    });
  });
})();
