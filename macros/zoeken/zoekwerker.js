/* Samen Weerbaar search worker: MiniSearch with a Dutch term pipeline behind Material's
 * search UI. Built into assets/javascripts/workers/zoeken.<hash>.js by macros/zoeken/werker.py
 * (after the vendored Snowball Dutch stemmer, self.swStam, MiniSearch, self.MiniSearch, and its
 * parts suggesties.js, bewaren.js, taal.js: Dutch words, fragment.js: result snippets).
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
  var MiniSearch = self.MiniSearch;
  /* Dutch words, folding and stemming (taal.js) */
  var taal = self.swTaal, STOP = taal.STOP, WOORD = taal.WOORD, vouw = taal.vouw, stem = taal.stem;
  var MAX_PAGINAS = 30, MAX_SECTIES = 6, SNIPPET_WOORDEN = 28, ZW_GEWICHT = 0.3;
  /* Bounded work per query, whatever is pasted: at most MAX_WOORDEN words; a word (or part
   * of a hyphenated word) longer than MAX_LETTERS (the site's longest word has 28) is looked up
   * as it is, without typos, prefix or compound splitting; compound splitting tries at most
   * MAX_SPLITSEN split points per word (it stems each candidate part). */
  var MAX_WOORDEN = 12, MAX_LETTERS = 40, MAX_SPLITSEN = 120;

  var docs = [], zoeker = null, woordenboek = new Set(), termen = new Set(), cache = new Map();
  /* result snippets with the matched words in <mark> (fragment.js) */
  var markeer = self.swFragment(indexTermen, WOORD, SNIPPET_WOORDEN).markeer;

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
  /* Index terms of one word as written ("Behoefte-inventarisatie", "financiële"): its stem
   * first, then the folded word itself (for typos and prefixes), then compound parts. */
  function indexTermen(woord) {
    var klein = woord.toLowerCase(), hit = cache.get(klein);
    if (hit) return hit;
    var f = vouw(klein), uit = [];
    var delen = f.split("-").filter(Boolean);
    if (delen.length > 1) {
      var heel = delen.join("");
      uit.push(stem(heel), heel);
      delen.forEach(function (d) { if (!STOP.has(d)) uit.push(stem(d)); });
    } else if (!STOP.has(f)) {
      uit.push(stem(f), f);
      var s = splits(f);
      if (s) { uit.push(stem(s[0])); uit.push(stem(s[1])); }
    }
    uit = Array.from(new Set(uit));
    cache.set(klein, uit);
    return uit;
  }
  /* A query word written as one that the site writes apart: parts that are index terms. */
  function queryDelen(f, diepte, budget) {
    for (var i = f.length - 3; i >= 3; i--) {
      if (--budget.n < 0) return null;
      var rechts = stem(f.slice(i)), links = f.slice(0, i);
      if (!termen.has(rechts)) continue;
      if (termen.has(stem(links))) return [stem(links), rechts];
      if (links.slice(-1) === "s" && termen.has(stem(links.slice(0, -1)))) return [stem(links.slice(0, -1)), rechts];
      if (diepte < 2 && links.length >= 6) {
        var meer = queryDelen(links, diepte + 1, budget);
        if (meer) return meer.concat([rechts]);
      }
    }
    return null;
  }
  function woorden(tekst) { return tekst.match(WOORD) || []; }

  function opties() {
    return {
      idField: "i",
      fields: ["title", "page", "text", "syn", "zw"],
      tokenize: woorden,
      processTerm: function (w) {
        var t = indexTermen(w);
        t.forEach(function (x) { termen.add(x); });
        return t;
      },
      searchOptions: {
        tokenize: function (s) { return [s]; },
        processTerm: function (t) { return t; },
        /* zw: the editors' search words (data/zoekwoorden.yml), below the entry's own words */
        boost: { title: 3, page: 1.2, text: 1, syn: 1, zw: ZW_GEWICHT },
        boostDocument: function (id) { return docs[id].boost || 1; }
      }
    };
  }

  /* `bewaard`: an earlier build of this same index (bewaren.js), loaded instead of indexing.
   * Returns true when it was loaded, false when the index was built here. */
  function setup(index, bewaard) {
    docs = index.docs || [];
    cache = new Map();
    if (bewaard) {
      try {
        termen = new Set(bewaard.termen);
        zoeker = MiniSearch.loadJS(bewaard.ms, opties());
        return true;
      } catch (e) { /* a damaged copy: build it again */ }
    }
    woordenboek = new Set();
    docs.forEach(function (d) {
      woorden(d.title + " " + d.text).forEach(function (w) {
        vouw(w).split("-").forEach(function (x) { if (x.length > 2) woordenboek.add(x); });
      });
    });
    termen = new Set();
    zoeker = new MiniSearch(opties());
    zoeker.addAll(docs.map(function (d, i) {
      return { i: i, title: d.title, page: d.page, text: d.text,
        syn: (d.syn || []).map(function (p) { return p[1]; }).join(" "), zw: d.zw || "" };
    }));
    return false;
  }

  /* One query word -> a MiniSearch query: its stem; the word itself with one typo (two from 9
   * letters) and, while it is being typed, as a prefix; a hyphenated word also as its parts;
   * a word the site writes apart also as those parts. */
  function woordQuery(woord, laatste) {
    var f = vouw(woord), delen = f.split("-").filter(Boolean), heel = delen.join("");
    if (!heel || (delen.length === 1 && STOP.has(heel))) return null;
    if (delen.some(function (d) { return d.length > MAX_LETTERS; })) return stem(heel);
    var alternatieven = [stem(heel), {
      queries: [heel],
      fuzzy: heel.length >= 9 ? 2 : heel.length >= 5 ? 1 : 0,
      prefix: laatste && heel.length >= 3
    }];
    if (delen.length > 1) {
      alternatieven.push({ combineWith: "AND", queries: delen.filter(function (d) { return !STOP.has(d); }).map(stem) });
    } else if (!termen.has(stem(heel)) && !termen.has(heel)) {
      var s = queryDelen(heel, 0, { n: MAX_SPLITSEN });
      if (s) alternatieven.push({ combineWith: "AND", queries: s });
    }
    return { combineWith: "OR", queries: alternatieven };
  }

  function query(vraag) {
    var ws = woorden(vraag).slice(0, MAX_WOORDEN), open = !/\s$/.test(vraag);
    var qs = [];
    ws.forEach(function (w, i) {
      var q = woordQuery(w, open && i === ws.length - 1);
      if (q) qs.push(q);
    });
    if (!qs.length) return null;
    /* "wijk profiel": also the two words written as one */
    var samen = [];
    for (var i = 0; i + 1 < ws.length; i++) {
      var een = vouw(ws[i] + ws[i + 1]).replace(/-/g, "");
      if (termen.has(stem(een))) samen.push(stem(een));
    }
    return { woorden: qs, samen: samen };
  }

  function item(d, r, gezocht, score, teaser) {
    var woordenGezocht = new Set(gezocht);
    (d.syn || []).forEach(function (p) {
      /* matched through a glossary synonym: highlight the form that is on the page */
      var viaSyn = woorden(p[1]).some(function (w) { return indexTermen(w).some(function (t) { return gezocht.has(t); }); });
      if (viaSyn) woorden(p[0]).forEach(function (w) { indexTermen(w).forEach(function (t) { woordenGezocht.add(t); }); });
    });
    var titel = markeer(d.title, woordenGezocht, false);
    if (d.page) markeer(d.page, woordenGezocht, false)[1].forEach(function (w) { titel[1].push(w); });
    var tekst = teaser ? markeer(d.text, woordenGezocht, true) : ["", []];
    var terms = {};
    titel[1].concat(tekst[1]).forEach(function (w) { terms[w] = true; });
    if (!Object.keys(terms).length && !teaser) {
      markeer(d.text, woordenGezocht, false)[1].forEach(function (w) { terms[w] = true; });
    }
    /* found through a search word only (never shown): highlight the section's heading */
    if (!Object.keys(terms).length) woorden(d.title).forEach(function (w) { terms[w] = true; });
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
    /* each word once; then: sections with every word (layer 0) before those with some (1) */
    var perWoord = q.woorden.map(function (wq) { return zoeker.search(wq); });
    var samen = q.samen.length ? zoeker.search({ combineWith: "OR", queries: q.samen }) : [];
    var rang = new Map();
    perWoord.concat([samen]).forEach(function (lijst, k) {
      lijst.forEach(function (r) {
        var v = rang.get(r.id);
        if (!v) rang.set(r.id, v = { r: { id: r.id, score: 0, terms: [] }, woorden: 0, samen: false });
        v.r.score += r.score;
        v.r.terms = v.r.terms.concat(r.terms);
        if (k < perWoord.length) v.woorden++; else v.samen = true;
      });
    });
    rang.forEach(function (v) {
      v.laag = v.woorden === perWoord.length || v.samen ? 0 : 1;
      v.r.score *= v.woorden || 1;
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

  /* Only the newest query is answered: while someone types, queries that are already
   * outdated when their turn comes are skipped (Material renders whatever answer comes). */
  var wachtend = null, klaar = true, gevraagd = false;
  function beantwoord() {
    var vraag = wachtend;
    wachtend = null;
    if (vraag === null) return;
    var antwoord = { items: zoek(vraag), sw_vraag: vraag };
    /* nothing found: the closest words on the site (suggesties.js) for "Bedoelde je …?" */
    if (!antwoord.items.length && self.swHulp && /\S/.test(vraag)) antwoord.sw_suggesties = self.swHulp.suggesties(vraag);
    postMessage({ type: 3, data: antwoord });
  }
  addEventListener("message", function (ev) {
    var m = ev.data;
    if (m.type === 0) {
      var versie = m.data && m.data.config && m.data.config.sw_versie;
      var bewaar = versie && self.indexedDB && self.swBewaar;
      var gereed = function (bewaard) {
        var gebouwd = !setup(m.data, bewaard);
        /* the vocabulary for "Bedoelde je …?": counted on the first query without results */
        if (self.swHulp) self.swHulp.woordenlijst(docs);
        klaar = true;
        postMessage({ type: 1 });
        if (wachtend !== null) setTimeout(beantwoord, 0);
        /* no query yet (search started ahead of the visitor; the empty field does not count): one
         * unseen query, so the first real one runs compiled code with a filled term cache */
        setTimeout(function () { if (!gevraagd && docs.length) zoek(docs[0].title); }, 300);
        /* keep the build for the next visit, after the first answers (it takes a moment) */
        if (gebouwd && bewaar) setTimeout(function () { bewaar.bewaar(versie, { ms: zoeker.toJSON(), termen: Array.from(termen) }); }, 1500);
      };
      klaar = false;
      /* without a cache (no IndexedDB: Node tests, some file:// browsers) at once, as before */
      if (bewaar) bewaar.lees(versie).then(gereed); else gereed(null);
    } else if (m.type === 2) {
      var eerst = wachtend === null;
      gevraagd = gevraagd || /\S/.test(m.data);
      wachtend = String(m.data);
      if (eerst && klaar) setTimeout(beantwoord, 0);
    }
  });
})();
