/* Filters for lists that carry their facets as data-* attributes (interventions overview,
   factor explorer). The choice lives in the query string (?niveau=gezin&soort=risico,beschermend)
   so a filtered view can be shared. Acts only on [data-sw-filter]; without JavaScript the
   controls stay hidden and everything shows. Nothing is stored or sent. ES2017, no eval. */
(() => {
  "use strict";
  document.querySelectorAll("[data-sw-filter]").forEach((blok) => {
    const inklap = blok.querySelector("details");
    const form = inklap.querySelector("form");
    const actief = inklap.querySelector(".sw-filter__actief");
    const status = blok.querySelector("[role=status]");
    const items = Array.from(document.querySelectorAll(blok.dataset.items));
    // What follows each item (its column in the comparison table), looked up once.
    const volgers = new Map(items.map((item) => [item, []]));
    const perId = new Map(items.map((item) => [item.dataset.swItem, volgers.get(item)]));
    document.querySelectorAll("[data-sw-volgt]").forEach((el) => {
      const lijst = perId.get(el.dataset.swVolgt);
      if (lijst) lijst.push(el);
    });
    // Only what changes is touched (issue 24).
    const zet = (el, verborgen) => { if (el.hidden !== verborgen) el.hidden = verborgen; };
    const eenheid = blok.dataset.eenheid;
    const velden = Array.from(form.elements).filter((e) => e.name);
    const namen = velden.map((e) => e.name).filter((n, i, a) => a.indexOf(n) === i);

    // The address is read by the shared reader (adres.js): any case, comma lists or repeated
    // names, so a typed or shared ?niveau=GEZIN,Gemeenschap works like ?niveau=gezin,gemeenschap.
    function uitAdres() {
      const gevraagd = window.swAdres.lees();
      for (const v of velden) {
        if (v.type === "checkbox") v.checked = window.swAdres.vraagt(gevraagd, v.name, v.value);
        else if (v.tagName === "SELECT") {
          const w = window.swAdres.waarden(gevraagd, v.name)[0] || "";
          const optie = Array.from(v.options).find((o) => o.value && o.value.toLowerCase() === w);
          v.value = optie ? optie.value : "";
        }
      }
    }

    function keuze() {
      const k = {};
      for (const n of namen) k[n] = [];
      for (const v of velden) {
        if ((v.type === "checkbox" && v.checked) || (v.tagName === "SELECT" && v.value)) k[v.name].push(v.value);
      }
      return k;
    }

    const naarAdres = (k) => window.swAdres.vervang(k);

    function pas(k) {
      let getoond = 0;
      for (const item of items) {
        const past = namen.every((n) => !k[n].length ||
          (item.getAttribute("data-" + n) || "").split(" ").some((w) => k[n].indexOf(w) >= 0));
        zet(item, !past);
        volgers.get(item).forEach((el) => zet(el, !past));
        if (past) getoond++;
      }
      const gekozen = namen.reduce((t, n) => t + k[n].length, 0), gefilterd = gekozen > 0;
      const tekst = (el, t) => { if (el.textContent !== t) el.textContent = t; };
      tekst(actief, gefilterd ? `(${gekozen} gekozen)` : "");
      status.textContent = !gefilterd ? `Alle ${items.length} ${eenheid} getoond.`
        : getoond ? `${getoond} van ${items.length} ${eenheid} getoond.`
        : `Geen ${eenheid} passen bij deze keuze. Kies minder filters of wis ze.`;
    }

    // The address follows at idle time: it costs a phone more than the filtering (issue 24).
    let adres = null;
    const adresNu = () => { if (adres) { const k = adres; adres = null; naarAdres(k); } };
    const adresLater = (k) => {
      if (!adres) {
        if (window.requestIdleCallback) window.requestIdleCallback(adresNu, { timeout: 500 });
        else setTimeout(adresNu, 50);
      }
      adres = k;
    };
    window.addEventListener("pagehide", adresNu);
    form.addEventListener("change", () => { const k = keuze(); pas(k); adresLater(k); });
    form.addEventListener("submit", (e) => e.preventDefault());
    form.querySelector("[data-actie=wis]").addEventListener("click", () => {
      for (const v of velden) { if (v.type === "checkbox") v.checked = false; else v.value = ""; }
      const k = keuze(); pas(k); adresLater(k);
    });
    window.addEventListener("popstate", () => { uitAdres(); pas(keuze()); });
    uitAdres();
    pas(keuze());
    inklap.open = window.matchMedia("(min-width: 60em)").matches;
    inklap.hidden = false;
  });
})();
