/* Fit check on an intervention card: ticks and a note, kept in this browser only
   (localStorage, one entry per card); print and wipe with undo.
   Acts only on [data-sw-passend] (macros/weergave/templates/passend_kaart.md.j2). ES2017, no eval. */
(() => {
  "use strict";
  const blok = document.querySelector("[data-sw-passend]");
  if (!blok) return;
  const SLEUTEL = "samen-weerbaar:passend:v1";
  const opslag = window.swOpslag;
  const kaart = blok.dataset.swPassend;
  const vakjes = Array.from(blok.querySelectorAll("input[type=checkbox]"));
  const notitie = blok.querySelector("textarea");
  const knop = (a) => blok.querySelector(`[data-actie="${a}"]`);
  const meld = (t) => { blok.querySelector("[role=status]").textContent = t; };
  // The answer set of this card: its own points. Entries of other cards (one key holds all
  // cards) are only checked for shape here; their own page checks their points.
  const PUNTEN = opslag.verzameling(vakjes.map((v) => v.value));
  const leeg = () => ({ kaarten: opslag.woordenboek() });
  /* Storage format. Version 1 (before versions were written): {kaarten: {kaart: {punten:
     [id], notitie}}}; version 2 is the same with "versie": 2, so a later change can be migrated. */
  const FORMAAT = {
    versie: 2, leeg, migraties: { 1: (d) => d },
    valideer(d, l) {
      return {
        kaarten: l.tabel(d.kaarten, (id, a) => {
          if (!opslag.isObject(a)) return l.laat();
          const punten = l.lijst(a.punten, id === kaart ? PUNTEN : (p) => typeof p === "string" && p.length <= 40);
          const uit = { punten, notitie: l.tekst(a.notitie) };
          return uit.punten.length || uit.notitie ? uit : undefined;
        }),
      };
    },
  };
  let vorige = null;

  /* Everything stored (all cards), checked; a notice when something of this card's
     answers was dropped. */
  function alles(bijStart) {
    const r = opslag.lees(SLEUTEL, FORMAAT);
    if (bijStart && r.weg) meld(opslag.melding(r.weg));
    if (bijStart && r.herschrijf) schrijf(r.staat);
    return r.staat;
  }

  function lees(bijStart) {
    const a = alles(bijStart).kaarten[kaart];
    return a || { punten: [], notitie: "" };
  }

  function schrijf(s) {
    if (!opslag.bewaar(SLEUTEL, Object.keys(s.kaarten).length ? { versie: FORMAAT.versie, kaarten: s.kaarten } : null)) {
      meld("Let op: deze browser kan de vinkjes niet bewaren; ze verdwijnen als de pagina sluit.");
    }
  }

  function bewaar(a) {
    const s = alles();
    if (a.punten.length || a.notitie) s.kaarten[kaart] = a; else delete s.kaarten[kaart];
    schrijf(s);
  }

  function huidig() {
    return { punten: vakjes.filter((v) => v.checked).map((v) => v.value), notitie: notitie.value };
  }

  function toon(a) {
    vakjes.forEach((v) => { v.checked = a.punten.indexOf(v.value) >= 0; });
    notitie.value = a.notitie;
    window.swAfdruk.ververs(notitie);
  }

  function wijzig() {
    if (vorige) { vorige = null; knop("herstel").hidden = true; meld(""); }
    bewaar(huidig());
  }

  const acties = {
    print: () => window.print(),
    wis() {
      const a = huidig();
      if (!a.punten.length && !a.notitie) return meld("Er is niets om te wissen.");
      vorige = a;
      toon({ punten: [], notitie: "" });
      bewaar(huidig());
      knop("herstel").hidden = false;
      meld("De vinkjes en de notitie zijn gewist. Per ongeluk? Kies ‘Wissen ongedaan maken’.");
    },
    herstel() {
      if (vorige) { toon(vorige); bewaar(vorige); vorige = null; }
      knop("herstel").hidden = true;
      knop("wis").focus();
      meld("De vinkjes en de notitie zijn teruggezet.");
    },
  };

  blok.addEventListener("click", (e) => {
    const b = e.target.closest("button[data-actie]");
    if (b && acties[b.dataset.actie]) acties[b.dataset.actie]();
  });
  blok.addEventListener("change", wijzig);
  notitie.addEventListener("input", wijzig);
  window.addEventListener("storage", (e) => {
    if (e.key === SLEUTEL || e.key === null) toon(lees());
  });
  toon(lees(true));
  blok.querySelectorAll("[data-sw-js]").forEach((el) => { el.hidden = false; });
  blok.dataset.swGereed = "";
})();
