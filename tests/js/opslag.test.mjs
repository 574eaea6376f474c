/* docs/javascripts/opslag.js without a browser (issue 27 item 3): the checked reader (lezer)
   and openDocument/openTekst with versions, migrations and renamed ids. Expected values are
   literal, from what the storage format means (the comments in opslag.js, checklist.js,
   wijkscan.js, passend.js and data/hernoemd.yml); storage, backup and notices are in
   opslag-bewaren.test.mjs. Run: node --test tests/js/ */
import test from "node:test";
import assert from "node:assert/strict";
import { laad, gewoon, checklist } from "./omgeving.mjs";

const { O } = laad();
const ZET = O.verzameling(["laag", "midden", "hoog"]);

test("hulpjes: eigen, isObject, woordenboek, verzameling, vaste waarden", () => {
  assert.equal(O.eigen({ a: 1 }, "a"), true);
  assert.equal(O.eigen(Object.create({ a: 1 }), "a"), false);
  for (const x of [null, undefined, [], "x", 3, true]) assert.equal(O.isObject(x), false, String(x));
  assert.equal(O.isObject({}), true);
  assert.equal(Object.getPrototypeOf(O.woordenboek()), null);
  assert.equal(Object.keys(O.woordenboek()).length, 0);
  const v = O.verzameling([1, "a"]);
  assert.equal(v.has("1") && v.has("a") && !v.has(1), true);
  assert.equal(O.MAX_TEKST, 20000);
  assert.equal(O.RESERVE, "samen-weerbaar:niet-herkend");
  assert.equal(Object.isFrozen(O), true);
});

test("tekst: leeg, verkeerd type geteld, afgekapt op MAX_TEKST", () => {
  const l = O.lezer();
  assert.equal(l.tekst(undefined), "");
  assert.equal(l.tekst(""), "");
  assert.equal(l.weg, 0);
  assert.equal(l.tekst("Buurthuis op dinsdag"), "Buurthuis op dinsdag");
  assert.equal(l.tekst("x".repeat(20000)).length, 20000);
  assert.equal(l.weg, 0);
  for (const x of [null, 5, true, ["a"], { a: 1 }]) assert.equal(l.tekst(x), "");
  assert.equal(l.weg, 5);
  const lang = "a".repeat(20000) + "b".repeat(5);
  assert.equal(l.tekst(lang), "a".repeat(20000));
  assert.equal(l.weg, 6);
});

test("waar: alleen true en false", () => {
  const l = O.lezer();
  assert.equal(l.waar(undefined), false);
  assert.equal(l.waar(false), false);
  assert.equal(l.waar(true), true);
  assert.equal(l.weg, 0);
  for (const x of ["true", 1, null, 0]) assert.equal(l.waar(x), false);
  assert.equal(l.weg, 4);
});

test("keuze: alleen een waarde uit de antwoordset", () => {
  const l = O.lezer();
  assert.equal(l.keuze(undefined, ZET), "");
  assert.equal(l.keuze("", ZET), "");
  assert.equal(l.weg, 0);
  assert.equal(l.keuze("midden", ZET), "midden");
  assert.equal(l.keuze("heel hoog", ZET), "");
  assert.equal(l.keuze(2, O.verzameling([2])), "");
  assert.equal(l.keuze(null, ZET), "");
  assert.equal(l.weg, 3);
  assert.equal(l.keuze(2, new Set([2])), "");  // an answer is a string, whatever the set holds
  assert.equal(l.weg, 4);
});

test("lijst: de verschillende bekende leden, de rest geteld", () => {
  const l = O.lezer();
  assert.deepEqual(gewoon(l.lijst(undefined, ZET)), []);
  assert.equal(l.weg, 0);
  assert.deepEqual(gewoon(l.lijst("laag", ZET)), []);
  assert.equal(l.weg, 1);
  assert.deepEqual(gewoon(l.lijst(["laag", "hoog", "laag", 3, "onbekend", "hoog"], ZET)), ["laag", "hoog"]);
  assert.equal(l.weg, 3);
  const kort = (p) => typeof p === "string" && p.length <= 3;
  assert.deepEqual(gewoon(l.lijst(["abc", "abcd", "ab"], kort)), ["abc", "ab"]);
  assert.equal(l.weg, 4);
  assert.deepEqual(gewoon(l.lijst([2, "2"], new Set([2, "2"]))), ["2"]);  // members are strings
  assert.equal(l.weg, 5);
});

test("bewaar en laat: lege waarden worden niet bewaard, laat telt", () => {
  const l = O.lezer();
  assert.equal(l.bewaar("weg-1", undefined), undefined);
  l.bewaar("weg-2", null);
  l.bewaar("weg-3", "");
  assert.deepEqual(Object.keys(l.bewaard), []);
  assert.equal(l.bewaar("oud", { af: true }), undefined);
  l.bewaar("nul", 0);
  l.bewaar("onwaar", false);
  assert.deepEqual(gewoon(l.bewaard), { oud: { af: true }, nul: 0, onwaar: false });
  assert.equal(Object.getPrototypeOf(l.bewaard), null);
  assert.equal(l.weg, 0);
  assert.equal(l.laat(), undefined);
  assert.equal(l.weg, 1);
});

test("id: hernoemde id onder de nieuwe naam, geteld; alleen eigen tekstwaarden", () => {
  const l = O.lezer({ vragen: { "stap-1-oude-vraag": "stap-1-nieuwe-vraag", getal: 5 } });
  assert.equal(l.id("vragen", "stap-1-oude-vraag"), "stap-1-nieuwe-vraag");
  assert.equal(l.hernoemd, 1);
  for (const id of ["getal", "constructor", "toString", "__proto__", "andere"]) assert.equal(l.id("vragen", id), id);
  assert.equal(l.id("kaarten", "stap-1-oude-vraag"), "stap-1-oude-vraag");
  assert.equal(l.hernoemd, 1);
  const geerfd = O.lezer({ vragen: Object.create({ oud: "nieuw" }) });
  assert.equal(geerfd.id("vragen", "oud"), "oud");
  assert.equal(O.lezer({ vragen: ["nieuw"] }).id("vragen", "0"), "0");
  assert.equal(O.lezer().id("vragen", "oud"), "oud");
  assert.equal(O.lezer(null).id("vragen", "oud"), "oud");
});

test("tabel: woordenboek zonder prototype, leeg blijft weg, geen object telt", () => {
  const l = O.lezer();
  const lees = (id, w) => (w === 0 ? l.laat() : w);
  assert.equal(Object.keys(l.tabel(undefined, lees)).length, 0);
  assert.equal(Object.keys(l.tabel(null, lees)).length, 0);
  assert.equal(l.weg, 0);
  assert.equal(Object.keys(l.tabel(["a"], lees)).length, 0);
  assert.equal(Object.keys(l.tabel("a", lees)).length, 0);
  assert.equal(l.weg, 2);
  const t = l.tabel(JSON.parse('{"a": 1, "b": 0, "constructor": 2, "__proto__": 3, "toString": 4}'), lees);
  assert.equal(Object.getPrototypeOf(t), null);
  assert.deepEqual(Object.keys(t), ["a", "constructor", "__proto__", "toString"]);
  assert.deepEqual([t.a, t.constructor, t.__proto__, t.toString], [1, 2, 3, 4]);
  assert.equal(l.weg, 3);
});

test("tabel met soort: oude id onder de nieuwe; staan beide er, dan gaat de oude opzij", () => {
  const l = O.lezer({ vragen: { oud: "nieuw", ander: "ook-nieuw" } });
  const t = l.tabel({ oud: "x", ander: "y", "ook-nieuw": "z", vast: "v" }, (id, w) => w, "vragen");
  assert.deepEqual(gewoon(t), { nieuw: "x", "ook-nieuw": "z", vast: "v" });
  assert.deepEqual(gewoon(l.bewaard), { ander: "y" });
  assert.equal(l.hernoemd, 2);
  const zonder = l.tabel({ oud: "x" }, (id, w) => w);
  assert.deepEqual(gewoon(zonder), { oud: "x" });
});

test("openDocument: niets bewaard is leeg en hoeft niet herschreven", () => {
  const f = checklist(O, ["v1"]);
  for (const doc of [null, undefined]) {
    const r = O.openDocument(doc, f);
    assert.deepEqual(gewoon(r), { staat: { vragen: {} }, weg: 0, bewaard: {}, nieuwer: false, kapot: false, herschrijf: false });
  }
});

test("openDocument: geen JSON-object is kapot, één weggelaten waarde", () => {
  const f = checklist(O, ["v1"]);
  for (const doc of ["", "tekst", 5, [1, 2], true]) {
    const r = O.openDocument(doc, f);
    assert.deepEqual(gewoon(r), { staat: { vragen: {} }, weg: 1, bewaard: {}, nieuwer: false, kapot: true, herschrijf: true });
  }
});

test("openDocument: versie 1 (zonder versie) wordt gemigreerd en herschreven", () => {
  const r = O.openDocument({ vragen: { v1: { af: true, notitie: "" }, v2: { af: false, notitie: "Bel Anja" } } }, checklist(O, ["v1", "v2"]));
  assert.deepEqual(gewoon(r), { staat: { vragen: { v1: { af: true, notitie: "" }, v2: { af: false, notitie: "Bel Anja" } } },
    weg: 0, bewaard: {}, nieuwer: false, kapot: false, herschrijf: true });
  assert.equal(Object.getPrototypeOf(r.staat.vragen), null);
  assert.equal(O.openDocument({ versie: 1, vragen: {} }, checklist(O, [])).herschrijf, true);
});

test("openDocument: de huidige versie, schoon, wordt niet herschreven", () => {
  const r = O.openDocument({ versie: 2, vragen: { v1: { af: true } } }, checklist(O, ["v1"]));
  assert.deepEqual(gewoon(r), { staat: { vragen: { v1: { af: true, notitie: "" } } }, weg: 0, bewaard: {},
    nieuwer: false, kapot: false, herschrijf: false });
});

test("openDocument: herschrijven na weglaten, hernoemen of opzij zetten", () => {
  const f = checklist(O, ["v1", "nieuw"], { vragen: { oud: "nieuw" } });
  const weg = O.openDocument({ versie: 2, vragen: { v1: { af: "ja" } } }, f);
  assert.deepEqual([weg.weg, weg.herschrijf, Object.keys(weg.staat.vragen).length], [1, true, 0]);
  const hernoemd = O.openDocument({ versie: 2, vragen: { oud: { af: true } } }, f);
  assert.deepEqual(gewoon(hernoemd.staat), { vragen: { nieuw: { af: true, notitie: "" } } });
  assert.deepEqual([hernoemd.weg, hernoemd.herschrijf], [0, true]);
  const apart = O.openDocument({ versie: 2, vragen: { weg: { notitie: "Van een oude vraag" } } }, f);
  assert.deepEqual(gewoon(apart.bewaard), { weg: { notitie: "Van een oude vraag" } });
  assert.deepEqual([apart.weg, apart.herschrijf, apart.kapot], [0, true, false]);
});

test("openDocument: een nieuwere versie wordt gelezen, nooit herschreven", () => {
  const r = O.openDocument({ versie: 3, vragen: { v1: { af: true }, v2: { af: "misschien" } } }, checklist(O, ["v1", "v2"]));
  assert.deepEqual(gewoon(r), { staat: { vragen: { v1: { af: true, notitie: "" } } }, weg: 1, bewaard: {},
    nieuwer: true, kapot: false, herschrijf: false });
});

test("openDocument: een onbruikbare versie telt als weggelaten en leest als de huidige", () => {
  const f = checklist(O, ["v1"]);
  for (const versie of ["2", 0, -1, 1.5, null, "3"]) {
    const r = O.openDocument({ versie, vragen: { v1: { af: true } } }, f);
    assert.deepEqual(gewoon(r), { staat: { vragen: { v1: { af: true, notitie: "" } } }, weg: 1, bewaard: {},
      nieuwer: false, kapot: false, herschrijf: true }, JSON.stringify(versie));
  }
});

/** A format of version 3: version 1 {items: [[id, text]]}, 2 {lijst: {id: text}}, 3 {antwoorden}. */
const drie = (O, stappen = []) => ({
  versie: 3,
  leeg: () => ({ antwoorden: O.woordenboek() }),
  migraties: {
    1: (d) => { stappen.push(1); const lijst = {}; for (const [id, t] of d.items) lijst[id] = t; return { lijst }; },
    2: (d) => { stappen.push(2); return { antwoorden: d.lijst }; },
  },
  valideer: (d, l) => ({ antwoorden: l.tabel(d.antwoorden, (id, t) => l.tekst(t) || undefined) }),
});

test("migraties lopen op volgorde van de bewaarde versie naar de huidige", () => {
  const stappen = [];
  const r = O.openDocument({ items: [["a", "eerste"], ["b", "tweede"]] }, drie(O, stappen));
  assert.deepEqual(stappen, [1, 2]);
  assert.deepEqual(gewoon(r), { staat: { antwoorden: { a: "eerste", b: "tweede" } }, weg: 0, bewaard: {},
    nieuwer: false, kapot: false, herschrijf: true });
  stappen.length = 0;
  const twee = O.openDocument({ versie: 2, lijst: { c: "derde" } }, drie(O, stappen));
  assert.deepEqual(stappen, [2]);
  assert.deepEqual(gewoon(twee.staat), { antwoorden: { c: "derde" } });
});

test("een migratie die geen object geeft, leest als leeg; een fout maakt het document kapot", () => {
  const f = drie(O);
  f.migraties[2] = () => null;
  const r = O.openDocument({ versie: 2, lijst: {} }, f);
  assert.deepEqual(gewoon(r), { staat: { antwoorden: {} }, weg: 0, bewaard: {}, nieuwer: false, kapot: false, herschrijf: true });
  const fout = O.openDocument({ items: 5 }, drie(O));
  assert.deepEqual(gewoon(fout), { staat: { antwoorden: {} }, weg: 1, bewaard: {}, nieuwer: false, kapot: true, herschrijf: true });
  const f2 = checklist(O, []);
  f2.valideer = (d, l) => { l.laat(); l.laat(); throw new Error("stuk"); };
  assert.equal(O.openDocument({ versie: 2 }, f2).weg, 3);
});

test("openTekst: null en lege tekst zijn niets, onleesbare tekst is kapot", () => {
  const f = checklist(O, ["v1"]);
  for (const t of [null, undefined, ""]) assert.deepEqual([O.openTekst(t, f).kapot, O.openTekst(t, f).weg], [false, 0]);
  for (const t of ["{kapot", " ", "[1]"]) assert.deepEqual([O.openTekst(t, f).kapot, O.openTekst(t, f).weg], [true, 1]);
  const r = O.openTekst('{"versie": 2, "vragen": {"v1": {"notitie": "ok"}}}', f);
  assert.deepEqual(gewoon(r.staat), { vragen: { v1: { af: false, notitie: "ok" } } });
  assert.equal(r.herschrijf, false);
});
