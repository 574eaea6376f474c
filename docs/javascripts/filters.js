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

    // Names and values from the address are matched without regard to case, so a typed or
    // shared ?niveau=GEZIN works like ?niveau=gezin. (A dictionary without prototype: a name
    // such as "constructor" in the address is just an unknown filter.)
    function uitAdres() {
      const gevraagd = Object.create(null);
      new URLSearchParams(location.search).forEach((w, n) => {
        const lijst = gevraagd[n.toLowerCase()] || (gevraagd[n.toLowerCase()] = []);
        w.split(",").forEach((x) => { x = x.trim().toLowerCase(); if (x) lijst.push(x); });
      });
      const waarden = (n) => gevraagd[n.toLowerCase()] || [];
      for (const v of velden) {
        if (v.type === "checkbox") v.checked = waarden(v.name).indexOf(v.value.toLowerCase()) >= 0;
        else if (v.tagName === "SELECT") {
          const w = waarden(v.name)[0] || "";
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

    function naarAdres(k) {
      const delen = namen.filter((n) => k[n].length).map((n) => n + "=" + k[n].map(encodeURIComponent).join(","));
      const adres = location.pathname + (delen.length ? "?" + delen.join("&") : "") + location.hash;
      try { history.replaceState(history.state, "", adres); } catch (e) { /* file:// in some browsers */ }
    }

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
