/* docs/javascripts/opslag.js without a browser (issue 27 item 3): reading and writing
   localStorage, the backup of what the tools did not understand ("samen-weerbaar:niet-herkend",
   issue 21 item 3: nothing a person typed is destroyed), the Dutch notices, import-file limits,
   data-hernoemd and the idle-time scheduler. Expected values are literal. */
import test from "node:test";
import assert from "node:assert/strict";
import { laad, gewoon, reserve, checklist, Opslag } from "./omgeving.mjs";

const SLEUTEL = "samen-weerbaar:hulpvragen:v1";
const RESERVE = "samen-weerbaar:niet-herkend";
const DATUM = "2026-07-01";  // the local date of omgeving.NU (UTC+2)
const WEG = "Let op: een deel van de bewaarde antwoorden paste niet bij deze vragen en is weggelaten.";
const APART = "Antwoorden die deze pagina niet (meer) kent, zijn niet gewist: ze staan onder ‘Niet meer herkende antwoorden’.";

const met = (inhoud) => laad({ opslag: new Opslag(inhoud) });

test("lees: niets bewaard, of opslag geblokkeerd: leeg, geen reserve", () => {
  const { O, opslag } = met({});
  const r = O.lees(SLEUTEL, checklist(O, ["v1"]));
  assert.deepEqual(gewoon(r), { staat: { vragen: {} }, weg: 0, bewaard: {}, nieuwer: false, kapot: false, herschrijf: false });
  assert.equal(opslag.length, 0);
  const dicht = new Opslag({ [SLEUTEL]: '{"versie": 2, "vragen": {"v1": {"af": true}}}' });
  dicht.dicht = true;
  const b = laad({ opslag: dicht });
  assert.deepEqual(gewoon(b.O.lees(SLEUTEL, checklist(b.O, ["v1"])).staat), { vragen: {} });
});

test("lees: een schoon document van nu, zonder reserve", () => {
  const { O, opslag } = met({ [SLEUTEL]: '{"versie": 2, "vragen": {"v1": {"af": true, "notitie": "Bel Anja"}}}' });
  const r = O.lees(SLEUTEL, checklist(O, ["v1"]));
  assert.deepEqual(gewoon(r.staat), { vragen: { v1: { af: true, notitie: "Bel Anja" } } });
  assert.equal(r.herschrijf, false);
  assert.equal(opslag.getItem(RESERVE), null);
});

test("lees: een oud document (versie 1) mag herschreven worden, zonder reserve", () => {
  const { O, opslag } = met({ [SLEUTEL]: '{"vragen": {"v1": {"af": true}}}' });
  const r = O.lees(SLEUTEL, checklist(O, ["v1"]));
  assert.deepEqual(gewoon(r.staat), { vragen: { v1: { af: true, notitie: "" } } });
  assert.deepEqual([r.herschrijf, r.weg, r.kapot], [true, 0, false]);
  assert.equal(opslag.getItem(RESERVE), null);
});

test("lees: lege tekst onder de sleutel is niets bewaard: geen reserve, geen melding", () => {
  const { O, opslag } = met({ [SLEUTEL]: "" });
  const r = O.lees(SLEUTEL, checklist(O, ["v1"]));
  assert.deepEqual(gewoon(r), { staat: { vragen: {} }, weg: 0, bewaard: {}, nieuwer: false, kapot: false, herschrijf: false });
  assert.equal(O.melding(r.weg, "", r), "");
  assert.equal(opslag.getItem(RESERVE), null);
});

test("lees: onbekende ids gaan naar de reserve, de bekende blijven", () => {
  const doc = { vragen: { v1: { af: true }, verdwenen: { af: true, notitie: "Mijn notitie" }, constructor: { notitie: "x" } } };
  const { O, opslag } = met({ [SLEUTEL]: JSON.stringify(doc) });
  const r = O.lees(SLEUTEL, checklist(O, ["v1"]));
  assert.deepEqual(gewoon(r.staat), { vragen: { v1: { af: true, notitie: "" } } });
  assert.equal(r.herschrijf, true);
  assert.deepEqual(reserve(opslag), [{ sleutel: SLEUTEL, reden: "onbekend", datum: DATUM,
    inhoud: { verdwenen: { af: true, notitie: "Mijn notitie" }, constructor: { notitie: "x" } } }]);
  assert.equal(opslag.getItem(SLEUTEL), JSON.stringify(doc));  // lees itself never rewrites
  O.lees(SLEUTEL, checklist(O, ["v1"]));
  assert.equal(reserve(opslag).length, 1);  // the same content is kept once
});

test("lees: een document van een nieuwere versie gaat heel naar de reserve", () => {
  const doc = { versie: 7, vragen: { v1: { af: true } }, nieuw: ["iets"] };
  const { O, opslag } = met({ [SLEUTEL]: JSON.stringify(doc) });
  const r = O.lees(SLEUTEL, checklist(O, ["v1"]));
  assert.deepEqual([r.nieuwer, r.herschrijf], [true, false]);
  assert.deepEqual(reserve(opslag), [{ sleutel: SLEUTEL, reden: "nieuwer", datum: DATUM, inhoud: doc }]);
});

test("lees: onleesbare tekst gaat letterlijk naar de reserve", () => {
  for (const tekst of ['{"vragen": {"v1"', "42"]) {
    const { O, opslag } = met({ [SLEUTEL]: tekst });
    const r = O.lees(SLEUTEL, checklist(O, ["v1"]));
    assert.deepEqual([r.kapot, r.herschrijf, r.weg], [true, true, 1]);
    const inhoud = tekst === "42" ? 42 : tekst;
    assert.deepEqual(reserve(opslag), [{ sleutel: SLEUTEL, reden: "onleesbaar", datum: DATUM, inhoud }]);
  }
});

test("lees: lukt de reserve niet, dan mag het hulpmiddel niet herschrijven", () => {
  for (const tekst of ['{"vragen": {"weg": {"af": true}}}', "{kapot"]) {
    const { O, opslag } = met({ [SLEUTEL]: tekst });
    opslag.vol = true;
    const r = O.lees(SLEUTEL, checklist(O, ["v1"]));
    assert.equal(r.herschrijf, false, tekst);
    assert.equal(opslag.getItem(RESERVE), null);
  }
});

test("bewaar: JSON onder de sleutel, null wist, weigering geeft false", () => {
  const { O, opslag } = met({ ander: "blijft" });
  assert.equal(O.bewaar(SLEUTEL, { versie: 2, vragen: { v1: { af: true, notitie: "" } } }), true);
  assert.equal(opslag.getItem(SLEUTEL), '{"versie":2,"vragen":{"v1":{"af":true,"notitie":""}}}');
  assert.equal(O.bewaar(SLEUTEL, null), true);
  assert.equal(opslag.getItem(SLEUTEL), null);
  assert.equal(opslag.getItem("ander"), "blijft");
  opslag.vol = true;
  assert.equal(O.bewaar(SLEUTEL, { a: 1 }), false);
  opslag.dicht = true;
  assert.equal(O.bewaar(SLEUTEL, null), false);
});

test("nietHerkend: afwezig, beschadigd of geen lijst geeft []; alleen objecten tellen", () => {
  for (const tekst of [undefined, "{kapot", '{"sleutel": "x"}', '"tekst"']) {
    const inhoud = tekst === undefined ? {} : { [RESERVE]: tekst };
    assert.deepEqual(gewoon(met(inhoud).O.nietHerkend()), [], String(tekst));
  }
  const { O } = met({ [RESERVE]: '[{"sleutel": "a", "inhoud": 1}, 5, null, [1], "x", {"sleutel": "b"}]' });
  assert.deepEqual(gewoon(O.nietHerkend()), [{ sleutel: "a", inhoud: 1 }, { sleutel: "b" }]);
  const dicht = new Opslag({ [RESERVE]: "[{}]" });
  dicht.dicht = true;
  assert.deepEqual(gewoon(laad({ opslag: dicht }).O.nietHerkend()), []);
});

test("bewaarNietHerkend: een lege lijst haalt de sleutel weg", () => {
  const { O, opslag } = met({ [RESERVE]: '[{"sleutel": "a"}]' });
  assert.equal(O.bewaarNietHerkend([{ sleutel: "b", inhoud: "x" }]), true);
  assert.deepEqual(reserve(opslag), [{ sleutel: "b", inhoud: "x" }]);
  assert.equal(O.bewaarNietHerkend([]), true);
  assert.equal(opslag.getItem(RESERVE), null);
});

test("reserveer: elke inhoud per sleutel één keer, met reden en lokale datum", () => {
  const { O, opslag } = met({});
  assert.equal(O.reserveer("s1", "onbekend", { a: 1 }), true);
  assert.equal(O.reserveer("s1", "onbekend", { a: 1 }), true);
  assert.equal(O.reserveer("s2", "onbekend", { a: 1 }), true);
  assert.equal(O.reserveer("s1", "onleesbaar", "{kapot"), true);
  assert.deepEqual(reserve(opslag), [
    { sleutel: "s1", reden: "onbekend", datum: DATUM, inhoud: { a: 1 } },
    { sleutel: "s2", reden: "onbekend", datum: DATUM, inhoud: { a: 1 } },
    { sleutel: "s1", reden: "onleesbaar", datum: DATUM, inhoud: "{kapot" },
  ]);
  opslag.vol = true;
  assert.equal(O.reserveer("s3", "nieuwer", { versie: 9 }), false);
  assert.equal(O.reserveer("s1", "onbekend", { a: 1 }), true);  // already kept: nothing to write
  assert.equal(reserve(opslag).length, 3);
});

test("melding: de Nederlandse teksten, letterlijk", () => {
  const { O } = met({});
  const f = checklist(O, ["v1"]);
  assert.equal(O.melding(0, ""), "");
  assert.equal(O.melding(0, "", O.openDocument({ versie: 2, vragen: { v1: { af: true } } }, f)), "");
  assert.equal(O.melding(2, ""), WEG);
  assert.equal(O.melding(1, "het bestand"), "Let op: een deel van het bestand paste niet bij deze vragen en is weggelaten.");
  assert.equal(O.melding(0, "", O.openDocument({ versie: 2, vragen: { weg: { af: true } } }, f)), APART);
  assert.equal(O.melding(0, "", O.openDocument({ versie: 5, vragen: {} }, f)), APART);
  const kapot = O.openDocument("tekst", f);
  assert.equal(O.melding(kapot.weg, "", kapot), WEG + " " + APART);
  assert.equal(O.melding(0, "", { nieuwer: false, kapot: false }), "");
  assert.equal(O.melding(0, "", { nieuwer: false, kapot: true, weg: 0, bewaard: {} }), "");
});

/** A FileReader stand-in that answers with ``resultaat`` (or an error when it is undefined). */
const lezerMet = (resultaat) => class {
  readAsText(bestand) {
    this.gelezen = bestand;
    if (resultaat === undefined) this.onerror(); else { this.result = resultaat; this.onload(); }
  }
};

test("leesBestand: tot 2 MiB gelezen als tekst, groter of onleesbaar geeft een melding", () => {
  const uit = [];
  const klaar = (t) => uit.push(["klaar", t]);
  const fout = (m) => uit.push(["fout", m]);
  laad({ venster: { FileReader: lezerMet('{"soort": "x"}') } }).O.leesBestand({ size: 2 * 1024 * 1024 }, klaar, fout);
  laad({ venster: { FileReader: lezerMet(12) } }).O.leesBestand({ size: 10 }, klaar, fout);
  laad({ venster: { FileReader: lezerMet('"te groot"') } }).O.leesBestand({ size: 2 * 1024 * 1024 + 1 }, klaar, fout);
  laad({ venster: { FileReader: lezerMet(undefined) } }).O.leesBestand({ size: 10 }, klaar, fout);
  assert.deepEqual(uit, [
    ["klaar", '{"soort": "x"}'],
    ["klaar", "12"],
    ["fout", "Dit bestand is te groot voor een export van deze site. Er is niets veranderd."],
    ["fout", "Het bestand kon niet worden gelezen. Er is niets veranderd."],
  ]);
});

test("hernoemd: de kaart uit data-hernoemd, {} bij ontbreken of onzin", () => {
  const { O } = met({});
  const el = (h) => ({ dataset: h === undefined ? {} : { hernoemd: h } });
  assert.deepEqual(gewoon(O.hernoemd(el('{"vragen": {"oud": "nieuw"}, "punten": {}}'))), { vragen: { oud: "nieuw" }, punten: {} });
  for (const h of [undefined, "", "{kapot", "[1]", "null", '"tekst"']) assert.deepEqual(gewoon(O.hernoemd(el(h))), {}, String(h));
});

test("uitgesteld zonder requestIdleCallback: één timer van 16 ms, nu() voert uit en stopt hem", () => {
  const { O, tijd, luister, g } = laad({ venster: { requestIdleCallback: () => assert.fail("zonder cancelIdleCallback") } });
  let n = 0;
  const plan = O.uitgesteld(() => n++);
  plan.nu();
  assert.equal(n, 0);  // nothing pending: nothing run
  plan();
  plan();
  assert.deepEqual(tijd.gepland.map((t) => t.ms), [16]);
  plan.nu();
  assert.deepEqual([n, tijd.gestopt], [1, [1]]);
  plan();
  tijd.gepland[1].fn();
  assert.equal(n, 2);
  plan();
  luister.window.pagehide[0]();
  assert.equal(n, 3);
  plan();
  luister.document.visibilitychange[0]();
  assert.equal(n, 3);  // still visible
  g.document.visibilityState = "hidden";
  luister.document.visibilitychange[0]();
  assert.equal(n, 4);
});

test("uitgesteld met requestIdleCallback: wacht hoogstens `wacht` ms, afzeggen bij nu()", () => {
  const gevraagd = [], afgezegd = [];
  const venster = { requestIdleCallback: (fn, o) => { gevraagd.push(gewoon(o)); return 7; }, cancelIdleCallback: (n) => afgezegd.push(n) };
  const { O, tijd } = laad({ venster });
  let n = 0;
  const plan = O.uitgesteld(() => n++, 1000);
  plan();
  plan();
  O.uitgesteld(() => n++)();
  assert.deepEqual(gevraagd, [{ timeout: 1000 }, { timeout: 500 }]);
  plan.nu();
  assert.deepEqual([n, afgezegd, tijd.gepland.length], [1, [7], 0]);
});
