/* Samen Weerbaar: the meeting pack (issue 16 item 2). The choice lives in the URL
   (?kaart=a,b&stap=1&wijkscan=ja, read and written by adres.js); this script ticks the boxes from it, shows only the chosen
   parts, keeps the URL in step when boxes change, prints, copies the link, and fills the
   wijkscan summary from this browser's wijkscan answers (read only). ES2017. */
(() => {
  "use strict";
  const keuze = document.querySelector("[data-sw-pakket-keuze]");
  const pakket = document.querySelector("[data-sw-pakket]");
  if (!keuze || !pakket) return;
  const status = keuze.querySelector("[role=status]");
  const vakken = Array.from(keuze.querySelectorAll("input[type=checkbox]"));
  const delen = Array.from(pakket.querySelectorAll("[data-pakket-kaart], [data-pakket-stap], [data-pakket-wijkscan]"));
  const sleutel = (d) => d.dataset.pakketKaart ? ["kaart", d.dataset.pakketKaart]
    : d.dataset.pakketStap ? ["stap", d.dataset.pakketStap] : ["wijkscan", "ja"];

  // the shared address reader (adres.js): any case, comma lists or repeated names
  const uitUrl = () => window.swAdres.zetVakken(vakken);
  function toon() {
    const gekozen = new Set(vakken.filter((v) => v.checked).map((v) => v.name + "=" + v.value));
    let n = 0;
    delen.forEach((d) => {
      const [a, b] = sleutel(d), weg = !gekozen.has(a + "=" + b);
      if (d.hidden !== weg) d.hidden = weg;  // only what changes is restyled
      if (!weg) n++;
    });
    pakket.querySelector("[data-sw-pakket-leeg]").hidden = n > 0;
    return n;
  }
  function naarUrl() {
    const k = {};
    vakken.forEach((v) => { k[v.name] = k[v.name] || []; if (v.checked) k[v.name].push(v.value); });
    window.swAdres.vervang(k);
  }

  // The wijkscan answers of this browser: only known indicators and places, text as text.
  function wijkscan() {
    const tabel = pakket.querySelector(".sw-pakket__scan");
    let plaatsen = {}, staat = null;
    try { plaatsen = JSON.parse(tabel.dataset.plaatsen) || {}; } catch (e) { plaatsen = {}; }
    try { staat = JSON.parse(localStorage.getItem("samen-weerbaar:wijkscan:v1")); } catch (e) { staat = null; }
    const ind = staat && typeof staat === "object" && staat.indicatoren && typeof staat.indicatoren === "object" ? staat.indicatoren : {};
    let gevuld = 0;
    tabel.querySelectorAll("tr[data-ws-rij]").forEach((rij) => {
      const a = Object.prototype.hasOwnProperty.call(ind, rij.dataset.wsRij) ? ind[rij.dataset.wsRij] : null;
      const plaats = a && typeof a.plaats === "string" && Object.prototype.hasOwnProperty.call(plaatsen, a.plaats) ? plaatsen[a.plaats] : "";
      const notitie = a && typeof a.notitie === "string" ? a.notitie.slice(0, 5000) : "";
      rij.cells[1].textContent = plaats || "Nog niet ingevuld";
      rij.cells[2].textContent = notitie;
      rij.hidden = false;
      if (plaats || notitie) gevuld++;
    });
    tabel.hidden = !gevuld;
    pakket.querySelector("[data-pakket-wijkscan-leeg]").hidden = !!gevuld;
  }

  uitUrl();
  wijkscan();
  toon();
  keuze.querySelectorAll("[data-actie]").forEach((b) => { b.hidden = false; });
  // The address follows the choice at the next idle moment (and before it is copied or the
  // page is left): replacing it costs a slow phone more than showing the choice (issue 24).
  let urlGepland = false;
  const urlNu = () => { if (urlGepland) { urlGepland = false; naarUrl(); } };
  const urlLater = () => {
    if (urlGepland) return;
    urlGepland = true;
    if (window.requestIdleCallback) window.requestIdleCallback(urlNu, { timeout: 500 });
    else setTimeout(urlNu, 50);
  };
  window.addEventListener("pagehide", urlNu);
  keuze.addEventListener("change", () => {
    urlLater();
    const n = toon();
    status.textContent = n ? `${n} onderdelen in het pakket.` : "Nog niets gekozen.";
  });
  keuze.addEventListener("submit", (e) => { e.preventDefault(); urlGepland = false; naarUrl(); toon(); pakket.querySelector("h2").focus(); });
  keuze.addEventListener("click", async (e) => {
    const b = e.target.closest("button[data-actie]");
    if (!b) return;
    urlNu();
    if (b.dataset.actie === "print") window.print();
    else {
      try { await navigator.clipboard.writeText(location.href); status.textContent = "Link naar deze keuze gekopieerd."; } catch (x) { status.textContent = "Kopieer het webadres uit de adresbalk."; }
    }
  });
  window.addEventListener("storage", (e) => { if (e.key === "samen-weerbaar:wijkscan:v1" || e.key === null) wijkscan(); });
})();
