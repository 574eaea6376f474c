/* Hulpvragen as a checklist: tick, note, keep on this device only, print or export.
   Runs only where macros/templates/hulpvragen.md.j2 put [data-sw-checklist].
   No dependencies, no eval, no inline handlers, nothing sent anywhere. ES2017. */
(function () {
  "use strict";
  var balk = document.querySelector("[data-sw-checklist]");
  if (!balk) return;
  var SLEUTEL = "samen-weerbaar:hulpvragen:v1";
  var status = balk.querySelector(".sw-cl-status");
  var knop = function (a) { return balk.querySelector('[data-actie="' + a + '"]'); };
  var staat = lees(), vorige = null, vragen = {};

  function lees() {
    try {
      var s = JSON.parse(localStorage.getItem(SLEUTEL));
      if (s && typeof s.vragen === "object" && s.vragen) return s;
    } catch (e) { /* no storage or damaged: start empty */ }
    return { vragen: {} };
  }

  function bewaar() {
    var schoon = {};
    Object.keys(staat.vragen).forEach(function (id) {
      var a = staat.vragen[id];
      if (a && (a.af || a.notitie)) schoon[id] = { af: !!a.af, notitie: a.notitie || "" };
    });
    staat = { vragen: schoon };
    try {
      if (Object.keys(schoon).length) localStorage.setItem(SLEUTEL, JSON.stringify(staat));
      else localStorage.removeItem(SLEUTEL);
    } catch (e) {
      meld("Let op: deze browser staat bewaren niet toe. De antwoorden verdwijnen als de pagina sluit.");
    }
  }

  function meld(tekst) { status.textContent = tekst; }

  function maak(tag, klasse, tekst) {
    var el = document.createElement(tag);
    if (klasse) el.className = klasse;
    if (tekst) el.textContent = tekst;
    return el;
  }

  var stappen = Array.from(document.querySelectorAll(".sw-stap[data-stap]")).map(function (el) {
    var stap = { el: el, titel: el.dataset.titel, voortgang: el.querySelector(".sw-cl-voortgang"), ids: [] };
    el.querySelectorAll("ul.sw-vragen").forEach(function (ul) { ul.classList.add("sw-cl-lijst"); });
    el.querySelectorAll("li[data-vraag]").forEach(function (li, i) {
      var id = li.dataset.vraag, tekst = li.textContent.trim().replace(/\s+/g, " ");
      var vak = maak("input"), veld = maak("textarea", "sw-cl-notitie");
      var rij = maak("label", "sw-cl-rij"), nlabel = maak("label", "sw-cl-nlabel", "Notitie bij vraag " + el.dataset.nummer + "." + (i + 1));
      vak.type = "checkbox";
      vak.id = "sw-cl-af-" + id;
      veld.id = "sw-cl-notitie-" + id;
      veld.rows = 2;
      veld.setAttribute("autocomplete", "off");
      nlabel.htmlFor = veld.id;
      rij.append(vak, maak("span", "sw-cl-tekst", tekst));
      li.textContent = "";
      li.classList.add("sw-cl-vraag");
      var afdruk = maak("div", "sw-cl-afdruk");
      li.append(rij, nlabel, veld, afdruk);
      vragen[id] = { li: li, vak: vak, veld: veld, afdruk: afdruk, tekst: tekst, stap: stap };
      stap.ids.push(id);
    });
    if (stap.voortgang) stap.voortgang.hidden = false;
    return stap;
  });

  function antwoord(id) { return staat.vragen[id] || { af: false, notitie: "" }; }

  function voortgang(stap) {
    if (!stap.voortgang) return;
    var af = stap.ids.filter(function (id) { return antwoord(id).af; }).length;
    stap.voortgang.textContent = af + " van " + stap.ids.length + " vragen afgevinkt";
  }

  function toon() {
    Object.keys(vragen).forEach(function (id) {
      var v = vragen[id], a = antwoord(id);
      v.vak.checked = !!a.af;
      v.veld.value = a.notitie || "";
      v.li.classList.toggle("sw-cl-af", !!a.af);
      v.afdruk.textContent = a.notitie || "";
    });
    stappen.forEach(voortgang);
  }

  function wijzig(e) {
    var li = e.target.closest("li.sw-cl-vraag");
    var v = li && vragen[li.dataset.vraag];
    if (!v) return;
    var a = staat.vragen[li.dataset.vraag] = antwoord(li.dataset.vraag);
    if (e.target === v.vak && e.type === "change") {
      a.af = v.vak.checked;
      li.classList.toggle("sw-cl-af", a.af);
      voortgang(v.stap);
    } else if (e.target === v.veld && e.type === "input") {
      a.notitie = v.veld.value;
      v.afdruk.textContent = a.notitie;
    } else return;
    if (vorige) { vorige = null; knop("herstel").hidden = true; meld(""); }
    bewaar();
  }

  function datum() {
    var d = new Date();
    return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  function markdown() {
    var r = ["# " + balk.dataset.titel, "", "Ingevuld op " + datum() + ". Bron: " + location.href.split("#")[0]];
    stappen.forEach(function (stap) {
      r.push("", "## " + stap.titel);
      Array.from(stap.el.children).forEach(function (el) {
        if (el === stap.voortgang) return;
        if (el.tagName === "UL" && el.classList.contains("sw-vragen")) {
          r.push("");
          el.querySelectorAll("li[data-vraag]").forEach(function (li) {
            var id = li.dataset.vraag, a = antwoord(id), n = (a.notitie || "").trim();
            r.push("- [" + (a.af ? "x" : " ") + "] " + vragen[id].tekst);
            if (n) r.push("  Notitie: " + n.replace(/\r?\n/g, "\n  "));
          });
        } else {
          var t = el.textContent.trim().replace(/\s+/g, " ");
          if (t) r.push("", (/^H\d$/.test(el.tagName) ? "### " : "") + t);
        }
      });
    });
    return r.join("\n") + "\n";
  }

  function download() {
    var a = maak("a");
    a.href = URL.createObjectURL(new Blob([markdown()], { type: "text/markdown;charset=utf-8" }));
    a.download = "samen-weerbaar-hulpvragen-antwoorden-" + datum() + ".md";
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 30000);
    meld("Het Markdown-bestand is gedownload.");
  }

  function wis() {
    if (!Object.keys(staat.vragen).length) return meld("Er zijn geen antwoorden om te wissen.");
    vorige = staat;
    staat = { vragen: {} };
    bewaar();
    toon();
    knop("herstel").hidden = false;
    meld("Alle antwoorden zijn gewist. Per ongeluk? Kies ‘Wissen ongedaan maken’.");
  }

  function herstel() {
    if (vorige) { staat = vorige; vorige = null; bewaar(); toon(); }
    knop("herstel").hidden = true;
    knop("wis").focus();
    meld("De antwoorden zijn teruggezet.");
  }

  var acties = { print: function () { window.print(); }, markdown: download, wis: wis, herstel: herstel };
  balk.addEventListener("click", function (e) {
    var b = e.target.closest("button[data-actie]");
    if (b && acties[b.dataset.actie]) acties[b.dataset.actie]();
  });
  document.addEventListener("change", wijzig);
  document.addEventListener("input", wijzig);
  window.addEventListener("storage", function (e) {
    if (e.key === SLEUTEL || e.key === null) { staat = lees(); toon(); }
  });

  toon();
  balk.hidden = false;
})();
