/* Samen Weerbaar: "Niet meer herkende antwoorden" (issue 21 item 3). What a tool found in this
   browser's storage but could not use (answers under an id the page no longer has, a newer
   version's document, unreadable text) is kept by opslag.js in a backup; this shows the part
   of one tool under its bar, with export (JSON file) and remove. Shared by checklist.js,
   wijkscan.js and passend.js, loaded after opslag.js. Nothing is sent. ES2017, no eval. */
(() => {
  "use strict";
  const opslag = window.swOpslag;
  const REDEN = {
    onbekend: "Antwoorden bij vragen, punten of indicatoren die niet meer op deze pagina staan",
    nieuwer: "Antwoorden opgeslagen door een nieuwere versie van deze site",
    onleesbaar: "Opgeslagen tekst die niet als antwoorden te lezen is",
  };
  const datum = () => { const d = new Date(); return new Date(d - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10); };
  const maak = (tag, tekst, klasse) => {
    const el = document.createElement(tag);
    if (tekst) el.textContent = tekst;
    if (klasse) el.className = klasse;
    return el;
  };

  /** Shows (or removes) the backup of tool key ``sleutel`` after element ``plek``. */
  function toon(plek, sleutel) {
    const id = "sw-niet-herkend-" + sleutel.replace(/[^a-z0-9]+/gi, "-");
    const oud = document.getElementById(id);
    const eigen = opslag.nietHerkend().filter((x) => x.sleutel === sleutel);
    if (!eigen.length) { if (oud) oud.remove(); return; }
    const blok = maak("section", "", "sw-niet-herkend");
    blok.id = id;
    blok.setAttribute("aria-labelledby", id + "-kop");
    blok.dataset.searchExclude = "";
    const kop = maak("h2", "Niet meer herkende antwoorden");
    kop.id = id + "-kop";
    blok.append(kop, maak("p", "Deze antwoorden staan in deze browser, maar deze pagina kan ze niet meer tonen: " +
      "de vraag, het punt of de indicator heeft een andere naam gekregen of is weggehaald, of een nieuwere versie van " +
      "de site heeft ze opgeslagen. Ze zijn niet gewist. Exporteer ze om ze te bewaren, of verwijder ze."));
    const lijst = maak("ul");
    eigen.forEach((x) => {
      const li = maak("li");
      li.append(maak("p", `${REDEN[x.reden] || "Niet herkend"} (bewaard op ${x.datum}):`));
      li.append(maak("pre", typeof x.inhoud === "string" ? x.inhoud : JSON.stringify(x.inhoud, null, 2)));
      lijst.append(li);
    });
    const status = maak("p", "", "sw-status");
    status.setAttribute("role", "status");
    const knoppen = maak("div", "", "sw-knoppen");
    const exporteer = maak("button", "Niet herkende antwoorden exporteren (JSON)", "md-button");
    const verwijder = maak("button", "Niet herkende antwoorden verwijderen", "md-button");
    exporteer.type = verwijder.type = "button";
    exporteer.addEventListener("click", () => {
      const a = maak("a");
      a.href = URL.createObjectURL(new Blob([JSON.stringify({ soort: "samen-weerbaar-niet-herkend", datum: datum(), adres: location.href.split("#")[0],
        antwoorden: eigen }, null, 2) + "\n"], { type: "application/json" }));
      a.download = `samen-weerbaar-niet-herkend-${datum()}.json`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 30000);
      status.textContent = "Het bestand is gedownload.";
    });
    verwijder.addEventListener("click", () => {
      if (!window.confirm("De niet herkende antwoorden uit deze browser verwijderen? Dit kan niet ongedaan worden gemaakt.")) return;
      opslag.bewaarNietHerkend(opslag.nietHerkend().filter((x) => x.sleutel !== sleutel));
      const terug = plek.querySelector("button") || document.body;
      toon(plek, sleutel);
      terug.focus();
    });
    knoppen.append(exporteer, verwijder);
    blok.append(lijst, knoppen, status);
    if (oud) oud.replaceWith(blok); else plek.after(blok);
  }

  window.swNietHerkend = Object.freeze({ toon });
})();
