/* Samen Weerbaar search worker: MiniSearch with a Dutch term pipeline behind Material's
 * search UI. Built into assets/javascripts/workers/zoeken.<hash>.js by macros/zoeken/werker.py
 * (after the vendored Snowball Dutch stemmer, self.swStam, and MiniSearch, self.MiniSearch).
 *
 * Speaks Material's worker protocol: {type: 0 setup, data: {config, docs}} -> {type: 1 ready};
 * {type: 2 query, data: "input value"} -> {type: 3 result, data: {items: [[parent, ...sections]],
 * sw_vraag: "input value"}}. Material renders the items (title/text are HTML: escaped here,
 * matched words in <mark>) and links them to location?h=<words>.
 *
 * CONTRACT (tests/zoeken, make bench): the search input is input.md-search__input; result
 * links are a.md-search-result__link in rank order, relative, page.html#anchor?h=<non-empty>;
 * once the results for the current input value are rendered, .md-search-result carries
 * data-sw-zoekvraag="<exact input value>" (also for zero results): set by
 * sw-zoeken-later.js from sw_vraag.
 *
 * Terms (index and query alike): lower case, diacritics folded (financiële = financiele),
 * Dutch stop words dropped, Snowball Dutch stem (sleutelfiguren = sleutelfiguur, hulpvragen =
 * hulpvraag) with a final double consonant undoubled (gemeenschappen = gemeenschap); a
 * hyphenated compound also as one word and as its parts (behoefte-inventarisatie =
 * behoefteinventarisatie); a compound of two words that occur on the site also as its parts
 * (wijkprofiel also finds "wijk profiel"). Query: all words must match (AND); pages that match
 * only some words follow. Long words match with one typo (two from 9 letters), the last word
 * also as a prefix while it is being typed. */
(function () {
  "use strict";
  var MiniSearch = self.MiniSearch, stam = self.swStam;
  /* Snowball's Dutch stop word list (snowballstem.org, algorithms/dutch/stop.txt). */
  var STOP = new Set(("de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er " +
    "maar om hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar " +
    "naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel " +
    "meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt wezen " +
    "kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere").split(" "));
  var WOORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
  var MAX_PAGINAS = 30, MAX_SECTIES = 6, SNIPPET_WOORDEN = 28;

  var docs = [], zoeker = null, woordenboek = new Set(), termen = new Set(), cache = new Map();

  function vouw(w) {
    return w.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/['’]/g, "");
  }
  function stem(w) {
    if (w.length < 4 || /^\d/.test(w)) return w;
    return stam(w).replace(/([b-df-hj-np-tv-z])\1$/, "$1");
  }
  /* Two parts of a compound that both occur on the site (linking -s- allowed), or null. */
  function splits(w) {
    if (w.length < 8) return null;
    for (var i = w.length - 4; i >= 3; i--) {
      var links = w.slice(0, i), rechts = w.slice(i);
      if (!woordenboek.has(rechts)) continue;
      if (woordenboek.has(links)) return [links, rechts];
      if (links.length > 3 && links.slice(-1) === "s" && woordenboek.has(links.slice(0, -1))) return [links.slice(0, -1), rechts];
    }
    return null;
  }
  /* Index terms of one word as written ("Behoefte-inventarisatie", "financiële"). */
  function indexTermen(woord) {
    var hit = cache.get(woord);
    if (hit) return hit;
    var f = vouw(woord), uit = [];
    var delen = f.split("-").filter(Boolean);
    if (delen.length > 1) {
      uit.push(stem(delen.join("")));
      delen.forEach(function (d) { if (!STOP.has(d)) uit.push(stem(d)); });
    } else if (!STOP.has(f)) {
      uit.push(stem(f));
      var s = splits(f);
      if (s) { uit.push(stem(s[0])); uit.push(stem(s[1])); }
    }
    uit = Array.from(new Set(uit));
    cache.set(woord, uit);
    return uit;
  }
  function woorden(tekst) { return tekst.match(WOORD) || []; }

  function setup(index) {
    docs = index.docs || [];
    woordenboek = new Set();
    docs.forEach(function (d) {
      woorden(d.title + " " + d.text).forEach(function (w) {
        vouw(w).split("-").forEach(function (x) { if (x.length > 2) woordenboek.add(x); });
      });
    });
    cache = new Map();
    termen = new Set();
    zoeker = new MiniSearch({
      idField: "i",
      fields: ["title", "page", "text", "syn"],
      tokenize: woorden,
      processTerm: function (w) {
        var t = indexTermen(w);
        t.forEach(function (x) { termen.add(x); });
        return t;
      },
      searchOptions: {
        tokenize: function (s) { return [s]; },
        processTerm: function (t) { return t; },
        boost: { title: 3, page: 1.2, text: 1, syn: 1 },
        boostDocument: function (id) { return docs[id].boost || 1; }
      }
    });
    zoeker.addAll(docs.map(function (d, i) {
      return { i: i, title: d.title, page: d.page, text: d.text,
        syn: (d.syn || []).map(function (p) { return p[1]; }).join(" ") };
    }));
  }

  /* One query word -> a MiniSearch query (its term, typo and prefix forms, compound parts). */
  function woordQuery(woord, laatste) {
    var t = indexTermen(woord);
    if (!t.length) return null;
    var f = vouw(woord), alternatieven = [];
    t.forEach(function (term) {
      alternatieven.push({
        queries: [term],
        fuzzy: term.length >= 9 ? 2 : term.length >= 5 ? 1 : 0,
        prefix: laatste && term.length >= 3
      });
    });
    if (!termen.has(t[0])) {
      var s = splits(f);
      if (s) alternatieven.push({ combineWith: "AND", queries: [stem(s[0]), stem(s[1])] });
    }
    return { combineWith: "OR", queries: alternatieven };
  }

  function query(vraag) {
    var ws = woorden(vraag), open = !/\s$/.test(vraag);
    var qs = [];
    ws.forEach(function (w, i) {
      var q = woordQuery(w, open && i === ws.length - 1);
      if (q) qs.push(q);
    });
    if (!qs.length) return null;
    /* "wijk profiel": also the two words written as one */
    var samen = [];
    for (var i = 0; i + 1 < ws.length; i++) {
      var een = stem(vouw(ws[i] + ws[i + 1]).replace(/-/g, ""));
      if (termen.has(een)) samen.push(een);
    }
    return { en: { combineWith: "AND", queries: qs }, of: { combineWith: "OR", queries: qs.concat(samen) },
      samen: samen, aantal: qs.length };
  }

  function escape(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  /* Text with the words whose terms are in `gezocht` in <mark>; returns [html, words found]. */
  function markeer(tekst, gezocht, knip) {
    var html = "", gevonden = [], vorige = 0, m, posities = [];
    WOORD.lastIndex = 0;
    while ((m = WOORD.exec(tekst))) {
      var raak = indexTermen(m[0]).some(function (t) { return gezocht.has(t); });
      posities.push([m.index, m.index + m[0].length, raak, m[0]]);
    }
    var van = 0, tot = posities.length;
    if (knip && posities.length > SNIPPET_WOORDEN) {
      var eerste = posities.findIndex(function (p) { return p[2]; });
      van = Math.max(0, (eerste < 0 ? 0 : eerste) - 6);
      tot = Math.min(posities.length, van + SNIPPET_WOORDEN);
    }
    if (van > 0) { html += "… "; vorige = posities[van][0]; }
    for (var i = van; i < tot; i++) {
      var p = posities[i];
      html += escape(tekst.slice(vorige, p[0]));
      html += p[2] ? "<mark>" + escape(p[3]) + "</mark>" : escape(p[3]);
      if (p[2]) gevonden.push(p[3]);
      vorige = p[1];
    }
    if (tot < posities.length) html += " …";
    else html += escape(tekst.slice(vorige));
    return [html, gevonden];
  }

  function item(d, r, gezocht, score, teaser) {
    var woordenGezocht = new Set(gezocht);
    (d.syn || []).forEach(function (p) {
      /* matched through a glossary synonym: highlight the form that is on the page */
      var viaSyn = woorden(p[1]).some(function (w) { return indexTermen(w).some(function (t) { return gezocht.has(t); }); });
      if (viaSyn) woorden(p[0]).forEach(function (w) { indexTermen(w).forEach(function (t) { woordenGezocht.add(t); }); });
    });
    var titel = markeer(d.title, woordenGezocht, false);
    var tekst = teaser ? markeer(d.text, woordenGezocht, true) : ["", []];
    var terms = {};
    titel[1].concat(tekst[1]).forEach(function (w) { terms[w] = true; });
    if (!Object.keys(terms).length && !teaser) {
      markeer(d.text, woordenGezocht, false)[1].forEach(function (w) { terms[w] = true; });
    }
    return {
      location: d.location,
      title: titel[0],
      text: tekst[0] ? "<p class=\"md-search-result__teaser\">" + tekst[0] + "</p>" : "",
      score: score,
      terms: terms
    };
  }

  function zoek(vraag) {
    var q = zoeker && query(vraag);
    if (!q) return [];
    var en = zoeker.search(q.en), of = q.aantal > 1 || q.samen.length ? zoeker.search(q.of) : [];
    var rang = new Map();
    en.forEach(function (r) { rang.set(r.id, { r: r, laag: 0 }); });
    of.forEach(function (r) {
      if (!rang.has(r.id)) rang.set(r.id, { r: r, laag: q.samen.some(function (s) { return r.terms.indexOf(s) >= 0; }) ? 0 : 1 });
    });
    /* group by page; a page's rank: its layer (all words first), then best + 1/4 of the rest */
    var paginas = new Map();
    rang.forEach(function (v) {
      var d = docs[v.r.id], pad = d.location.split("#")[0];
      var p = paginas.get(pad);
      if (!p) paginas.set(pad, p = { laag: v.laag, treffers: [] });
      p.laag = Math.min(p.laag, v.laag);
      p.treffers.push(v);
    });
    var lijst = Array.from(paginas.entries()).map(function (e) {
      var t = e[1].treffers.sort(function (a, b) { return a.laag - b.laag || b.r.score - a.r.score; });
      var rest = t.slice(1).reduce(function (s, v) { return s + v.r.score; }, 0);
      return { pad: e[0], laag: e[1].laag, treffers: t, score: t[0].r.score + Math.min(rest, t[0].r.score) / 4 };
    });
    lijst.sort(function (a, b) { return a.laag - b.laag || b.score - a.score; });
    return lijst.slice(0, MAX_PAGINAS).map(function (p) {
      var treffers = p.treffers.slice(0, MAX_SECTIES);
      var beste = treffers[0].r.score;
      var top = docs.findIndex(function (d) { return d.location === p.pad; });
      var eigen = treffers.find(function (v) { return docs[v.r.id].location === p.pad; });
      var groep = [];
      var gezocht = function (v) { return new Set(v.r.terms); };
      if (eigen && eigen === treffers[0]) {
        groep.push(item(docs[eigen.r.id], eigen.r, gezocht(eigen), beste, true));
      } else {
        /* the page itself as the heading of the group, just below its best section */
        var kop = top >= 0 ? docs[top] : { location: p.pad, title: docs[treffers[0].r.id].page, text: "" };
        groep.push(item(kop, treffers[0].r, gezocht(treffers[0]), beste - 0.01, false));
      }
      treffers.forEach(function (v) {
        if (groep[0].location === docs[v.r.id].location) return;
        groep.push(item(docs[v.r.id], v.r, gezocht(v), v.r.score, true));
      });
      /* never an empty ?h=: the page heading highlights what its best section matched */
      if (!Object.keys(groep[0].terms).length && groep[1]) groep[0].terms = groep[1].terms;
      return groep;
    });
  }

  addEventListener("message", function (ev) {
    var m = ev.data;
    if (m.type === 0) {
      setup(m.data);
      postMessage({ type: 1 });
    } else if (m.type === 2) {
      var vraag = String(m.data);
      postMessage({ type: 3, data: { items: zoek(vraag), sw_vraag: vraag } });
    }
  });
})();
