/* Hulpvragen checklist: tick, note, print, export; kept on this device only.
   Acts only on [data-sw-checklist] (macros/weergave/templates/hulpvragen.md.j2). ES2017, no eval. */
(() => {
  "use strict";
  const balk = document.querySelector("[data-sw-checklist]");
  if (!balk) return;
  const SLEUTEL = "samen-weerbaar:hulpvragen:v1";
  const opslag = window.swOpslag;
  const knop = (a) => balk.querySelector(`[data-actie="${a}"]`);
  const meld = (t) => { balk.querySelector(".sw-cl-status").textContent = t; };
  const vragen = opslag.woordenboek();
  // The answer set: the questions on this page. Stored answers to other ids (questions
  // removed since, or made up) are dropped on reading.
  const IDS = opslag.verzameling(Array.from(document.querySelectorAll(".sw-stap[data-stap] li[data-vraag]"), (li) => li.dataset.vraag));
  const leeg = () => ({ vragen: opslag.woordenboek() });
  /* Storage format. Version 1 (before versions were written): {vragen: {id: {af, notitie}}};
     version 2 is the same with "versie": 2, so a later change of shape can be migrated. */
  const FORMAAT = {
    versie: 2,
    leeg,
    migraties: { 1: (d) => d },
    valideer(d, l) {
      return {
        vragen: l.tabel(d.vragen, (id, a) => {
          if (!IDS.has(id) || !opslag.isObject(a)) return l.laat();
          const uit = { af: l.waar(a.af), notitie: l.tekst(a.notitie) };
          return uit.af || uit.notitie ? uit : undefined;
        }),
      };
    },
  };
  let staat = lees(true), vorige = null;

  function lees(bijStart) {
    const r = opslag.lees(SLEUTEL, FORMAAT);
    if (r.weg) meld(opslag.melding(r.weg));
    if (bijStart && r.herschrijf) bewaar(r.staat);
    return r.staat;
  }

  function bewaar(s = staat) {
    const v = s.vragen;
    for (const id of Object.keys(v)) if (!v[id] || !(v[id].af || v[id].notitie)) delete v[id];
    if (!opslag.bewaar(SLEUTEL, Object.keys(v).length ? { versie: FORMAAT.versie, vragen: v } : null)) {
      meld("Let op: deze browser kan de antwoorden niet bewaren; ze verdwijnen als de pagina sluit.");
    }
  }

  const maak = (tag, klasse = "", tekst = "") => {
    const el = document.createElement(tag);
    el.className = klasse;
    el.textContent = tekst;
    return el;
  };
  const antwoord = (id) => staat.vragen[id] || { af: false, notitie: "" };

  const stappen = [];
  const maakStap = (el) => {
    const stap = { el, titel: el.dataset.titel, voortgang: el.querySelector(".sw-cl-voortgang"), ids: [] };
    el.querySelectorAll("li[data-vraag]").forEach((li, i) => {
      const id = li.dataset.vraag, tekst = li.textContent.trim().replace(/\s+/g, " ");
      const rij = maak("label", "sw-cl-rij"), vak = maak("input"), veld = maak("textarea", "sw-cl-notitie");
      const nlabel = maak("label", "sw-cl-nlabel", `Notitie bij vraag ${el.dataset.nummer}.${i + 1}`);
      vak.type = "checkbox";
      veld.id = nlabel.htmlFor = "sw-cl-notitie-" + id;
      rij.append(vak, maak("span", "sw-cl-tekst", tekst));
      li.textContent = "";
      li.classList.add("sw-cl-vraag");
      li.parentNode.classList.add("sw-cl-lijst");
      li.append(rij, nlabel, veld);
      vragen[id] = { li, vak, veld, tekst, stap };
      zetVraag(id);
      stap.ids.push(id);
    });
    voortgang(stap);
    stap.voortgang.hidden = false;
    return stap;
  };

  function voortgang(stap) {
    const af = stap.ids.filter((id) => antwoord(id).af).length;
    stap.voortgang.textContent = `${af} van ${stap.ids.length} vragen afgevinkt`;
  }

  // A question shows its saved answer from the moment its row exists.
  function zetVraag(id) {
    const v = vragen[id], a = antwoord(id);
    v.vak.checked = !!a.af;
    v.li.classList.toggle("sw-cl-af", !!a.af);
    v.veld.value = a.notitie || "";
    window.swAfdruk.ververs(v.veld);
  }

  function toon() {
    Object.keys(vragen).forEach(zetVraag);
    stappen.forEach(voortgang);
  }

  function wijzig(e) {
    const li = e.target.closest("li.sw-cl-vraag");
    const v = li && vragen[li.dataset.vraag];
    if (!v) return;
    const a = staat.vragen[li.dataset.vraag] = antwoord(li.dataset.vraag);
    if (e.target === v.vak && e.type === "change") {
      a.af = v.vak.checked;
      li.classList.toggle("sw-cl-af", a.af);
      voortgang(v.stap);
    } else if (e.target === v.veld && e.type === "input") {
      a.notitie = v.veld.value;
    } else return;
    if (vorige) { vorige = null; knop("herstel").hidden = true; meld(""); }
    bewaar();
  }

  function datum() {
    const d = new Date();
    return new Date(d - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  function markdown() {
    const r = ["# " + balk.dataset.titel, "", `Ingevuld op ${datum()}. Bron: ${location.href.split("#")[0]}`];
    for (const stap of stappen) {
      r.push("", "## " + stap.titel);
      for (const el of stap.el.children) {
        if (el.matches("ul.sw-vragen")) {
          r.push("");
          el.querySelectorAll("li[data-vraag]").forEach((li) => {
            const a = antwoord(li.dataset.vraag), n = (a.notitie || "").trim();
            r.push(`- [${a.af ? "x" : " "}] ${vragen[li.dataset.vraag].tekst}`);
            if (n) r.push("  Notitie: " + n.replace(/\r?\n/g, "\n  "));
          });
        } else if (el !== stap.voortgang) {
          const t = el.textContent.trim().replace(/\s+/g, " ");
          if (t) r.push("", (/^H\d$/.test(el.tagName) ? "### " : "") + t);
        }
      }
    }
    return r.join("\n") + "\n";
  }

  const acties = {
    print: () => window.print(),
    markdown() {
      const a = maak("a");
      a.href = URL.createObjectURL(new Blob([markdown()], { type: "text/markdown;charset=utf-8" }));
      a.download = `samen-weerbaar-hulpvragen-antwoorden-${datum()}.md`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 30000);
      meld("Het bestand is gedownload.");
    },
    wis() {
      if (!Object.keys(staat.vragen).length) return meld("Er zijn geen antwoorden om te wissen.");
      vorige = staat;
      staat = leeg();
      bewaar();
      toon();
      knop("herstel").hidden = false;
      meld("Alle antwoorden zijn gewist. Per ongeluk? Kies ‘Wissen ongedaan maken’.");
    },
    herstel() {
      if (vorige) { staat = vorige; vorige = null; bewaar(); toon(); }
      knop("herstel").hidden = true;
      knop("wis").focus();
      meld("De antwoorden zijn teruggezet.");
    },
  };

  function gereed() {
    balk.addEventListener("click", (e) => {
      const b = e.target.closest("button[data-actie]");
      if (b && acties[b.dataset.actie]) acties[b.dataset.actie]();
    });
    document.addEventListener("change", wijzig);
    document.addEventListener("input", wijzig);
    window.addEventListener("storage", (e) => {
      if (e.key === SLEUTEL || e.key === null) { staat = lees(); toon(); }
    });
    toon();
    balk.hidden = false;
    balk.dataset.swGereed = "";
  }

  // One step per task: no single long task holds up a phone while the page loads.
  const nog = Array.from(document.querySelectorAll(".sw-stap[data-stap]"));
  (function bouw() {
    if (!nog.length) return gereed();
    stappen.push(maakStap(nog.shift()));
    setTimeout(bouw, 0);
  })();
})();
