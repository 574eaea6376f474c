/* Fit check on an intervention card: ticks and a note, kept in this browser only
   (localStorage, one entry per card); print and wipe with undo.
   Acts only on [data-sw-passend] (macros/templates/passend_kaart.md.j2). ES2017, no eval. */
(() => {
  "use strict";
  const blok = document.querySelector("[data-sw-passend]");
  if (!blok) return;
  const SLEUTEL = "samen-weerbaar:passend:v1";
  const kaart = blok.dataset.swPassend;
  const vakjes = Array.from(blok.querySelectorAll("input[type=checkbox]"));
  const notitie = blok.querySelector("textarea");
  const knop = (a) => blok.querySelector(`[data-actie="${a}"]`);
  const meld = (t) => { blok.querySelector("[role=status]").textContent = t; };
  let vorige = null;

  function alles() {
    try {
      const s = JSON.parse(localStorage.getItem(SLEUTEL));
      if (s && typeof s.kaarten === "object" && s.kaarten) return s;
    } catch (e) { /* no storage or damaged: start empty */ }
    return { kaarten: {} };
  }

  function lees() {
    const a = alles().kaarten[kaart];
    return { punten: a && Array.isArray(a.punten) ? a.punten : [], notitie: a && typeof a.notitie === "string" ? a.notitie : "" };
  }

  function bewaar(a) {
    const s = alles();
    if (a.punten.length || a.notitie) s.kaarten[kaart] = a; else delete s.kaarten[kaart];
    try {
      if (Object.keys(s.kaarten).length) localStorage.setItem(SLEUTEL, JSON.stringify(s));
      else localStorage.removeItem(SLEUTEL);
    } catch (e) {
      meld("Let op: deze browser kan de vinkjes niet bewaren; ze verdwijnen als de pagina sluit.");
    }
  }

  function huidig() {
    return { punten: vakjes.filter((v) => v.checked).map((v) => v.value), notitie: notitie.value };
  }

  function toon(a) {
    vakjes.forEach((v) => { v.checked = a.punten.indexOf(v.value) >= 0; });
    notitie.value = a.notitie;
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
  toon(lees());
  blok.querySelectorAll("[data-sw-js]").forEach((el) => { el.hidden = false; });
})();
