/* Wijkscan: a place on each indicator's axis plus a note, kept in this browser only
   (localStorage); summary (its rows made here), print, JSON export and import, wipe with undo.
   Acts only on [data-sw-wijkscan] (macros/weergave/templates/wijkscan_scan.md.j2). ES2017, no eval.
   Issue 24: the summary is made, then updated per changed row, and answers are stored, at
   idle time (swOpslag.uitgesteld); print runs pending work first. */
(() => {
  "use strict";
  const balk = document.querySelector("[data-sw-wijkscan]");
  if (!balk) return;
  const SLEUTEL = "samen-weerbaar:wijkscan:v1";
  const SOORT = "samen-weerbaar-wijkscan";
  const opslag = window.swOpslag;
  const knop = (a) => balk.querySelector(`[data-actie="${a}"]`);
  const meld = (t) => { balk.querySelector("[role=status]").textContent = t; };
  const telling = document.querySelector(".sw-ws-telling");
  const leeg = () => ({ indicatoren: opslag.woordenboek() });
  const ind = opslag.woordenboek();
  const tekst = (el, t) => { if (el.textContent !== t) el.textContent = t; };

  const tbody = document.querySelector(".sw-ws-tabel tbody");
  /* The summary row of an indicator (the table shows only with JavaScript): its name linking
     to its block, place, note, and the links of the block's "Besproken in … Over deze indicator". */
  function samenvattingsrij(i, id) {
    const rij = document.createElement("tr"), kop = document.createElement("th"), a = document.createElement("a");
    const cel = (label, klasse) => { const c = rij.insertCell(); c.dataset.label = label; if (klasse) c.className = klasse; return c; };
    rij.dataset.wsRij = id;
    kop.scope = "row";
    kop.dataset.label = "Indicator";
    a.href = "#" + "scan-" + id;  // the block's heading (wijkscan_scan.md.j2)
    a.textContent = i.naam;
    kop.append(a);
    rij.append(kop);
    i.plaats = cel("Plaats op de as", "sw-ws-plaats");
    i.rijNotitie = cel("Notitie", "sw-ws-notitie");
    const verder = cel("Lees verder", ""), links = i.el.querySelectorAll("[data-ws-verder] a");
    links.forEach((l, n) => {
      const k = l.cloneNode(true);
      if (n === links.length - 1) k.textContent = "indicator";
      verder.append(k, n < links.length - 1 ? ", " : "");
    });
    return rij;
  }

  document.querySelectorAll("[data-ws-indicator]").forEach((el) => {
    const radios = Array.from(el.querySelectorAll("input[type=radio]"));
    const labels = opslag.woordenboek();
    radios.forEach((r) => { labels[r.value] = r.parentNode.textContent.trim(); });
    ind[el.dataset.wsIndicator] = { el, naam: el.dataset.naam, radios, labels,
      plaatsen: opslag.verzameling(Object.keys(labels)), notitie: el.querySelector("textarea"),
      plaats: null, rijNotitie: null };
  });

  /* One indicator's answer from storage or an import file: a place from its own axis and a
     note; undefined when empty or not an answer (counted by the reader). */
  function antwoord(l, id, a) {
    const i = ind[id];
    if (!i) return l.bewaar(id, a);  // an indicator this page does not have: kept aside
    if (!opslag.isObject(a)) return l.laat();
    const uit = { plaats: l.keuze(a.plaats, i.plaatsen), notitie: l.tekst(a.notitie) };
    return uit.plaats || uit.notitie ? uit : undefined;
  }
  /* Storage format. Version 1 (before versions were written): {indicatoren: {id: {plaats,
     notitie}}}; version 2 is the same with "versie": 2, so a later change can be migrated. */
  const OPSLAG = {
    versie: 2, leeg, migraties: { 1: (d) => d }, hernoemd: opslag.hernoemd(balk),
    valideer: (d, l) => ({ indicatoren: l.tabel(d.indicatoren, (id, a) => antwoord(l, id, a), "indicatoren") }),
  };
  /* Export file (see acties.export): {soort, versie: 1, indicatoren: {id: {naam, plaats,
     plaats_tekst, notitie}}}; only plaats and notitie are read back. */
  const BESTAND = {
    versie: 1, leeg, migraties: {}, hernoemd: opslag.hernoemd(balk),
    valideer: (d, l) => ({ indicatoren: l.tabel(d.indicatoren, (id, a) => antwoord(l, id, a), "indicatoren") }),
  };
  let staat = lees(true), vorige = null;

  function lees(bijStart) {
    const r = opslag.lees(SLEUTEL, OPSLAG);
    const m = opslag.melding(r.weg, "", r);
    if (m) meld(m);
    if (bijStart && r.herschrijf) bewaar(r.staat);
    window.swNietHerkend.toon(balk, SLEUTEL);
    return r.staat;
  }

  function bewaar(s = staat) {
    const v = s.indicatoren;
    for (const id of Object.keys(v)) if (!v[id].plaats && !v[id].notitie) delete v[id];
    if (!opslag.bewaar(SLEUTEL, Object.keys(v).length ? { versie: OPSLAG.versie, indicatoren: v } : null)) {
      meld("Let op: deze browser kan de antwoorden niet bewaren; ze verdwijnen als de pagina sluit.");
    }
  }

  /* The summary: rows made the first time, then only the rows in ``gewijzigd``. */
  const gewijzigd = new Set(Object.keys(ind));
  let gemaakt = false;
  function samenvatting() {
    if (!gemaakt) {
      const rijen = document.createDocumentFragment();
      for (const id of Object.keys(ind)) rijen.append(samenvattingsrij(ind[id], id));
      tbody.append(rijen);
    }
    for (const id of gewijzigd) {
      const a = staat.indicatoren[id] || {}, i = ind[id];
      tekst(i.plaats, a.plaats ? i.labels[a.plaats] : "Nog niet ingevuld");
      tekst(i.rijNotitie, a.notitie || "");
    }
    gewijzigd.clear();
    let geplaatst = 0, weetniet = 0;
    for (const id of Object.keys(ind)) {
      const p = (staat.indicatoren[id] || {}).plaats;
      if (p === "weet-niet") weetniet++;
      else if (p) geplaatst++;
    }
    tekst(telling, `${geplaatst} van ${Object.keys(ind).length} indicatoren geplaatst op de as` +
      (weetniet ? `, bij ${weetniet} ‘weet niet’.` : "."));
    if (!gemaakt) {
      gemaakt = true;
      document.querySelectorAll("[data-sw-js]").forEach((el) => { el.hidden = false; });
      balk.dataset.swGereed = "";
    }
  }
  const samenvattingLater = opslag.uitgesteld(samenvatting, 1000);
  const bewaarLater = opslag.uitgesteld(() => bewaar());
  const afdrukken = window.matchMedia("print");
  const voorAfdruk = () => samenvattingLater.nu();
  window.addEventListener("beforeprint", voorAfdruk);
  if (afdrukken.addEventListener) afdrukken.addEventListener("change", voorAfdruk);
  else afdrukken.addListener(voorAfdruk);

  /* Puts the answers in the form, touching only what differs. */
  function toon() {
    for (const id of Object.keys(ind)) {
      const a = staat.indicatoren[id] || {}, i = ind[id], notitie = a.notitie || "";
      i.radios.forEach((r) => { if (r.checked !== (r.value === a.plaats)) r.checked = r.value === a.plaats; });
      if (i.notitie.value !== notitie) { i.notitie.value = notitie; window.swAfdruk.ververs(i.notitie); }
      gewijzigd.add(id);
    }
    samenvattingLater();
  }

  function wijzig(e) {
    const el = e.target.closest("[data-ws-indicator]");
    if (!el) return;
    const id = el.dataset.wsIndicator;
    const a = staat.indicatoren[id] || (staat.indicatoren[id] = { plaats: "", notitie: "" });
    if (e.target.type === "radio") a.plaats = e.target.value;
    else if (e.target.tagName === "TEXTAREA") a.notitie = e.target.value;
    else return;
    if (vorige) { vorige = null; knop("herstel").hidden = true; meld(""); }
    gewijzigd.add(id);
    bewaarLater();
    samenvattingLater();
  }

  function vervang(nieuw, melding) {
    vorige = staat;
    staat = nieuw;
    bewaar();
    toon();
    knop("herstel").hidden = false;
    meld(melding);
  }

  function datum() {
    const d = new Date();
    return new Date(d - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  const acties = {
    print() { samenvattingLater.nu(); window.print(); },
    export() {
      const uit = { soort: SOORT, versie: 1, datum: datum(), titel: balk.dataset.titel, indicatoren: {} };
      for (const id of Object.keys(ind)) {
        const a = staat.indicatoren[id];
        if (a) uit.indicatoren[id] = { naam: ind[id].naam, plaats: a.plaats,
          plaats_tekst: a.plaats ? ind[id].labels[a.plaats] : "", notitie: a.notitie };
      }
      const a = document.createElement("a");
      a.href = URL.createObjectURL(new Blob([JSON.stringify(uit, null, 2) + "\n"], { type: "application/json" }));
      a.download = `samen-weerbaar-wijkscan-${datum()}.json`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 30000);
      meld("Het bestand is gedownload. Importeer het op een ander apparaat om verder te gaan.");
    },
    wis() {
      if (!Object.keys(staat.indicatoren).length) return meld("Er zijn geen antwoorden om te wissen.");
      vervang(leeg(), "Alle antwoorden zijn gewist. Per ongeluk? Kies ‘Ongedaan maken’.");
    },
    herstel() {
      if (vorige) { staat = vorige; vorige = null; bewaar(); toon(); }
      knop("herstel").hidden = true;
      knop("wis").focus();
      meld("De vorige antwoorden zijn teruggezet.");
    },
  };

  function importeer(e) {
    const bestand = e.target.files[0];
    if (!bestand) return;
    opslag.leesBestand(bestand, (tekst) => {
      e.target.value = "";
      let data = null;
      try { data = JSON.parse(tekst); } catch (x) { data = null; }
      if (!opslag.isObject(data) || data.soort !== SOORT) {
        return meld("Dit bestand is geen wijkscan van deze site. Er is niets veranderd.");
      }
      const r = opslag.openDocument(data, BESTAND), n = Object.keys(r.staat.indicatoren).length;
      // indicators of the file this page does not have: to the backup, shown under the bar
      if (Object.keys(r.bewaard).length) opslag.reserveer(SLEUTEL, "onbekend", r.bewaard);
      window.swNietHerkend.toon(balk, SLEUTEL);
      vervang(r.staat, `${n} ${n === 1 ? "indicator" : "indicatoren"} geïmporteerd uit ${bestand.name}.` +
        (opslag.melding(r.weg, "het bestand", r) ? " " + opslag.melding(r.weg, "het bestand", r) : "") + " Per ongeluk? Kies ‘Ongedaan maken’.");
    }, (melding) => { e.target.value = ""; meld(melding); });
  }

  balk.addEventListener("click", (e) => {
    const b = e.target.closest("button[data-actie]");
    if (b && acties[b.dataset.actie]) acties[b.dataset.actie]();
  });
  balk.querySelector("input[type=file]").addEventListener("change", importeer);
  document.addEventListener("change", wijzig);
  document.addEventListener("input", wijzig);
  window.addEventListener("storage", (e) => {
    if (e.key === SLEUTEL || e.key === null) { staat = lees(); toon(); }
  });
  toon();
  document.querySelectorAll("[data-sw-zonder-js]").forEach((el) => { el.hidden = true; });
})();
