/* Samen Weerbaar: no dead end in search, and search from a link (issue 23).
 *
 * 1. When a search finds nothing, the results panel shows, below Material's "Geen
 *    overeenkomende documenten": "Bedoelde je …?" with the closest words on the site (from
 *    the worker: sw_suggesties, macros/zoeken/suggesties.js) as buttons that search them,
 *    links to the overview pages, and "Niet gevonden wat je zocht? Laat het ons weten"
 *    through the site's feedback route (the footer link a[data-sw-terugmelding], from
 *    mkdocs.yml extra.terugmelding) with the query filled in. Nothing is sent unless the
 *    visitor follows that link. The search's live region ([data-sw-zoekstatus]; else a
 *    role=status line of our own) announces it to screen readers.
 * 2. ?q=words on any page opens search with those words and their results.
 * Everything the visitor typed is put into the page as text (textContent, URL encoding),
 * never as HTML. Listens to "sw-zoekantwoord", dispatched by sw-zoeken-later.js. */
(function () {
  "use strict";
  var OVERZICHTEN = [
    ["factoren/index.html", "Factoren"],
    ["interventies/overzicht.html", "Interventies"],
    ["hulpvragen/index.html", "Hulpvragen"],
    ["begrippen.html", "Begrippen"]
  ];
  var paneel = null, status = null;

  function basis() {
    var cfg = document.getElementById("__config");
    try { return (JSON.parse(cfg.textContent).base || ".").replace(/\/$/, "") + "/"; } catch (e) { return "./"; }
  }
  function el(naam, klasse, tekst) {
    var e = document.createElement(naam);
    if (klasse) e.className = klasse;
    if (tekst) e.textContent = tekst;
    return e;
  }
  function veld() { return document.querySelector("input.md-search__input"); }

  /* The feedback link with the query: a new mailto: to the same address, or the web form. */
  function meldlink(vraag) {
    var voet = document.querySelector("a[data-sw-terugmelding]");
    var href = voet ? voet.getAttribute("href") || "" : "";
    if (/^mailto:/i.test(href)) {
      var adres = href.slice(7).split("?")[0];
      var onderwerp = "Niet gevonden op Samen Weerbaar: " + vraag;
      var tekst = "Ik zocht naar: " + vraag + "\r\nOp pagina: " + location.href.split(/[?#]/)[0] +
        "\r\n\r\nWat zocht je, en in welke woorden?\r\n";
      return "mailto:" + adres + "?subject=" + encodeURIComponent(onderwerp) + "&body=" + encodeURIComponent(tekst);
    }
    if (!href) return "";
    try {
      var u = new URL(href, location.href);
      u.searchParams.set("zoekvraag", vraag);
      return u.href;
    } catch (e) { return href; }
  }

  function zoekOpnieuw(woorden) {
    var invoer = veld();
    if (!invoer) return;
    invoer.value = woorden;
    invoer.focus();
    invoer.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function maakPaneel(uitslag) {
    paneel = el("div", "sw-zoekhulp");
    paneel.hidden = true;
    status = el("p", "sw-zoekhulp__status");
    status.setAttribute("role", "status");
    uitslag.appendChild(status);
    uitslag.appendChild(paneel);
  }

  function toon(vraag, suggesties) {
    paneel.textContent = "";
    var melding = "Geen resultaten voor " + vraag + ".";
    if (suggesties.length) {
      var p = el("p", "sw-zoekhulp__bedoeld", "Bedoelde je ");
      suggesties.forEach(function (s, i) {
        if (i) p.appendChild(document.createTextNode(i === suggesties.length - 1 ? " of " : ", "));
        var knop = el("button", "sw-zoekhulp__suggestie", s);
        knop.type = "button";
        knop.addEventListener("click", function () { zoekOpnieuw(s); });
        p.appendChild(knop);
      });
      p.appendChild(document.createTextNode("?"));
      paneel.appendChild(p);
      melding += " Bedoelde je " + suggesties.join(" of ") + "?";
    }
    paneel.appendChild(el("p", "sw-zoekhulp__kop", "Of zoek verder in een overzicht:"));
    var lijst = el("ul", "sw-zoekhulp__overzichten"), b = basis();
    OVERZICHTEN.forEach(function (o) {
      var li = el("li"), a = el("a", "", o[1]);
      a.href = b + o[0];
      li.appendChild(a);
      lijst.appendChild(li);
    });
    paneel.appendChild(lijst);
    var href = meldlink(vraag);
    if (href) {
      var p2 = el("p", "sw-zoekhulp__melden"), a2 = el("a", "", "Niet gevonden wat je zocht? Laat het ons weten");
      a2.href = href;
      a2.setAttribute("data-sw-zoekmelding", "");
      p2.appendChild(a2);
      paneel.appendChild(p2);
    }
    paneel.hidden = false;
    /* one announcement: the search's own live region (sw-zoeken-later.js), else ours */
    (document.querySelector("[data-sw-zoekstatus]") || status).textContent = melding + " Hieronder staan links naar de overzichten en een link om het ons te laten weten.";
  }

  document.addEventListener("sw-zoekantwoord", function (e) {
    var d = e.detail || {}, uitslag = document.querySelector(".md-search-result");
    if (!uitslag) return;
    if (!paneel || !uitslag.contains(paneel)) maakPaneel(uitslag);
    var invoer = veld(), vraag = String(d.sw_vraag || "");
    var leeg = !(d.items && d.items.length) && /\S/.test(vraag) && invoer && invoer.value === vraag;
    if (leeg) {
      toon(vraag.trim(), Array.isArray(d.sw_suggesties) ? d.sw_suggesties.map(String) : []);
    } else {
      paneel.hidden = true;
      paneel.textContent = "";
      status.textContent = "";
    }
  });

  /* Keyboard: Material closes search on Tab and walks only its own result links with the
   * arrow keys. While the panel is shown, Tab/Shift+Tab and the arrow keys walk from the
   * field through the panel's buttons and links and back (before Material's handler on
   * window); Enter and Space act on them natively. Escape stays Material's; another key
 * (typing) takes focus back to the field, as Material does. */
  document.addEventListener("keydown", function (e) {
    if (!paneel || paneel.hidden || e.altKey || e.ctrlKey || e.metaKey) return;
    var reeks = [veld()].concat(Array.prototype.slice.call(paneel.querySelectorAll("button, a[href]")));
    var i = reeks.indexOf(document.activeElement), naar = null;
    if (i < 0) return;
    if (e.key === "ArrowDown" || (e.key === "Tab" && !e.shiftKey && i < reeks.length - 1)) naar = reeks[Math.min(i + 1, reeks.length - 1)];
    else if (e.key === "ArrowUp" || (e.key === "Tab" && e.shiftKey && i > 0)) naar = reeks[Math.max(i - 1, 0)];
    /* Material moves focus to the field on any other key, Shift of Shift+Tab included */
    else if (i > 0 && (e.key === "Enter" || e.key === " " || e.key === "Shift")) { e.stopPropagation(); return; }
    if (!naar) return;
    e.preventDefault();
    e.stopPropagation();
    naar.focus();
  }, true);

  /* ?q=words: open search with those words (Material's search.share links look the same). */
  document.addEventListener("DOMContentLoaded", function () {
    var q = new URLSearchParams(location.search).get("q");
    var invoer = veld(), schakel = document.getElementById("__search");
    if (!q || !invoer || !schakel) return;
    if (!schakel.checked) schakel.click();
    zoekOpnieuw(q);
  });
})();
