/* Samen Weerbaar: answers and filtered lists in the formats people file (issue 16 item 4).
   Acts on [data-sw-uitvoer] containers: "checklist", "wijkscan" and "pakket" (the meeting
   pack: ODT, DOCX, plain text)
   and "lijst" (CSV, ODS, shareable link). Reads what the page shows (the tools' own
   scripts keep the answers in localStorage); writes nothing, sends nothing. Loaded on the
   first export click by uitvoer-knoppen.js, which shows the buttons and calls
   window.swUitvoer.actie; the zip library (assets/vendor/fflate) loads only on the first
   ODT/DOCX/ODS click. ES2017. */
(() => {
  "use strict";
  const schoon = (t) => (t || "").replace(/\s+/g, " ").trim();
  const esc = (t) => String(t).replace(/[&<>\x22]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\x22": "&quot;" }[c]))
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
  const datum = () => { const d = new Date(); return new Date(d - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10); };
  const adres = () => location.href.split("#")[0];

  /* ---- what the page shows, as a document: [[niveau, tekst]], niveau 1/2 = heading, 0 = text */
  // the tool's cautions (data/letop.yml, one per line), as the page note shows them
  const letOp = (bak) => (bak.dataset.letOp || "").split("\n").map((t) => t.trim()).filter(Boolean);
  const begin = (bak) => [[1, bak.dataset.titel]].concat(letOp(bak).map((t) => [0, "Let op: " + t]));
  function voet(bak) {
    return [[0, `Ingevuld op ${datum()}. Gemaakt op ${adres()}`], [0, bak.dataset.bron || ""]].filter((r) => r[1]);
  }
  const verzamel = {
    checklist(bak) {
      const d = begin(bak);
      document.querySelectorAll(".sw-stap[data-stap]").forEach((stap) => {
        d.push([2, stap.dataset.titel]);
        stap.querySelectorAll("li[data-vraag]").forEach((li) => {
          const vak = li.querySelector("input[type=checkbox]"), veld = li.querySelector("textarea");
          const tekst = schoon((li.querySelector(".sw-cl-tekst") || li).textContent);
          d.push([0, `[${vak && vak.checked ? "x" : " "}] ${tekst}`]);
          if (veld && veld.value.trim()) d.push([0, "Notitie: " + veld.value.trim()]);
        });
      });
      return d.concat(voet(bak));
    },
    wijkscan(bak) {
      const d = begin(bak);
      document.querySelectorAll("[data-ws-indicator]").forEach((ind) => {
        const gekozen = ind.querySelector("input[type=radio]:checked");
        const veld = ind.querySelector("textarea");
        d.push([2, ind.dataset.naam]);
        d.push([0, "Plaats op de as: " + (gekozen ? schoon(gekozen.closest("label").textContent) : "nog niet ingevuld")]);
        if (veld && veld.value.trim()) d.push([0, "Notitie: " + veld.value.trim()]);
      });
      return d.concat(voet(bak));
    },
    pakket(bak) {
      // what the pack shows (only the chosen parts): headings, texts, fields, questions, scan
      // rows; its caution note is already under the title (begin), from the same data
      const d = begin(bak);
      const pakket = document.querySelector("[data-sw-pakket]");
      pakket.querySelectorAll("h2, h3, p, dt, dd, li, tr").forEach((el) => {
        if (el.closest("[hidden], .sw-let-op") || el.parentElement.closest("dd, li, td, th") || el.id === "pakket") return;
        const t = schoon(el.textContent);
        if (!t) return;
        if (el.matches("h2")) d.push([2, t]);
        else if (el.matches("li") && el.closest(".sw-pakket__vragen")) d.push([0, "[ ] " + t]);
        else if (el.matches("tr")) d.push([0, Array.from(el.cells).map((c) => schoon(c.textContent)).filter(Boolean).join(" – ")]);
        else d.push([0, t]);
      });
      return d.concat(voet(bak));
    },
  };

  /* ---- the filtered list as a table: filters first, then one row per visible item */
  function tabel(bak) {
    const filter = document.querySelector("[data-sw-filter]");
    const form = filter && filter.querySelector("form");
    const groepen = form ? Array.from(form.querySelectorAll("fieldset")) : [];
    const label = (naam, waarde) => {
      const vak = form && form.querySelector(`input[name="${naam}"][value="${CSS.escape(waarde)}"]`);
      return vak ? schoon(vak.closest("label").querySelector("span").firstChild.textContent) : waarde;
    };
    const actief = groepen.map((g) => {
      const gekozen = Array.from(g.querySelectorAll("input:checked")).map((v) => label(v.name, v.value));
      return gekozen.length ? `${schoon(g.querySelector("legend").textContent)}: ${gekozen.join(" of ")}` : "";
    }).filter(Boolean);
    const keuze = form && form.querySelector("select");
    if (keuze && keuze.value) {
      const naam = schoon(form.querySelector('label[for="' + keuze.id + '"]').textContent);
      actief.push(naam + ": " + schoon(keuze.selectedOptions[0].textContent));
    }
    const kop = ["Naam", "Link"].concat(groepen.map((g) => schoon(g.querySelector("legend").textContent)));
    const rijen = Array.from(document.querySelectorAll(filter.dataset.items)).filter((el) => !el.hidden).map((el) => {
      const a = el.querySelector("h3 a");
      return [schoon(a.textContent), a.href].concat(groepen.map((g) => {
        const naam = g.querySelector("input").name;
        return (el.dataset[naam] || "").split(" ").filter(Boolean).map((w) => label(naam, w)).join(", ");
      }));
    });
    return {
      titel: bak.dataset.titel,
      voor: [[bak.dataset.titel], ["Filters", actief.length ? actief.join("; ") : "geen (alles)"],
        ["Link met deze filters", location.href], ["Gemaakt op", datum()], ["Bron", bak.dataset.bron || ""]]
        .concat(letOp(bak).map((t) => ["Let op", t]), [[]]),
      kop, rijen,
    };
  }

  /* ---- file formats */
  const tekst = (d) => d.map(([n, t]) => (n === 1 ? t + "\n" + "=".repeat(t.length) : n === 2 ? "\n" + t : t)).join("\n") + "\n";
  const csvCel = (c) => /[\x22,;\n\r]/.test(c) ? `"${String(c).replace(/\x22/g, '""')}"` : String(c);
  // the site's one CSV convention (macros/weergave/csvvorm.py, also the open data's): the
  // export bar carries it as data-csv, {scheiding, regeleinde, bom}
  function csv(t, bak) {
    const v = JSON.parse(bak.dataset.csv);
    return v.bom + t.voor.concat([t.kop], t.rijen).map((r) => r.map(csvCel).join(v.scheiding)).join(v.regeleinde) + v.regeleinde;
  }
  const regels = (t, br) => esc(t).split("\n").join(br);
  const XML = '<?xml version="1.0" encoding="UTF-8"?>';
  const ODF_NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"';
  const manifest = (type) => XML + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">' +
    `<manifest:file-entry manifest:full-path="/" manifest:media-type="${type}"/>` +
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>';
  const ODT = "application/vnd.oasis.opendocument.text", ODS = "application/vnd.oasis.opendocument.spreadsheet";
  const odt = (d) => ({ mimetype: ODT, manifest: manifest(ODT), inhoud: XML + `<office:document-content ${ODF_NS}><office:body><office:text>` +
    d.map(([n, t]) => n ? `<text:h text:outline-level="${n}">${esc(t)}</text:h>` : `<text:p>${regels(t, "<text:line-break/>")}</text:p>`).join("") +
    "</office:text></office:body></office:document-content>" });
  const ods = (t) => ({ mimetype: ODS, manifest: manifest(ODS), inhoud: XML + `<office:document-content ${ODF_NS}><office:body><office:spreadsheet>` +
    `<table:table table:name="${esc(t.titel.slice(0, 31))}">` + t.voor.concat([t.kop], t.rijen).map((r) => "<table:table-row>" +
      (r.length ? r : [""]).map((c) => `<table:table-cell office:value-type="string"><text:p>${esc(c)}</text:p></table:table-cell>`).join("") +
      "</table:table-row>").join("") + "</table:table></office:spreadsheet></office:body></office:document-content>" });
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  // Real heading styles (as the ODT's text:h): Word's built-in ids Heading1/Heading2 with
  // their outline level, so navigation panes, tables of contents and screen readers see them.
  const kopStijl = (n, pt) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/>` +
    `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${n - 1}"/></w:pPr>` +
    `<w:rPr><w:b/><w:sz w:val="${pt * 2}"/></w:rPr></w:style>`;
  const STIJLEN = XML + `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    kopStijl(1, 18) + kopStijl(2, 14) + "</w:styles>";
  const docxAlinea = ([n, t]) => "<w:p>" + (n ? `<w:pPr><w:pStyle w:val="Heading${n}"/></w:pPr>` : "") + "<w:r>" +
    esc(t).split("\n").map((r) => `<w:t xml:space="preserve">${r}</w:t>`).join("<w:br/>") + "</w:r></w:p>";
  const docx = (d) => ({
    "[Content_Types].xml": XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    "_rels/.rels": XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/_rels/document.xml.rels": XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    "word/styles.xml": STIJLEN,
    "word/document.xml": XML + `<w:document ${W}><w:body>${d.map(docxAlinea).join("")}</w:body></w:document>`,
  });

  /* ---- zip (fflate, loaded on demand from this site) */
  let fflate = null;
  function laadZip(bak) {
    if (window.fflate) return Promise.resolve(window.fflate);
    if (!fflate) fflate = new Promise((klaar, fout) => {
      const s = document.createElement("script");
      s.src = bak.dataset.zip;
      s.onload = () => klaar(window.fflate);
      s.onerror = () => { fflate = null; fout(new Error("zip")); };
      document.head.append(s);
    });
    return fflate;
  }
  async function zip(bak, bestanden) {
    const f = await laadZip(bak), u = (t) => f.strToU8(t), invoer = {};
    if (bestanden.mimetype) {  // ODF: mimetype first and stored, then the rest
      invoer.mimetype = [u(bestanden.mimetype), { level: 0 }];
      invoer["META-INF/manifest.xml"] = u(bestanden.manifest);
      invoer["content.xml"] = u(bestanden.inhoud);
    } else Object.keys(bestanden).forEach((n) => { invoer[n] = u(bestanden[n]); });
    return f.zipSync(invoer);
  }
  const TYPES = { odt: ODT, ods: ODS, docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", csv: "text/csv;charset=utf-8" };
  function bewaar(data, naam, formaat) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([data], { type: TYPES[formaat] }));
    a.download = naam;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 0);
  }
  async function kopieer(t, bak) {
    try {
      await navigator.clipboard.writeText(t);
      return true;
    } catch (e) {  // no clipboard permission (file://, older browser): select the text to copy by hand
      const veld = bak.querySelector("textarea.sw-uitvoer__tekst") || document.createElement("textarea");
      veld.className = "sw-uitvoer__tekst";
      veld.setAttribute("aria-label", "Tekst om te kopiëren");
      veld.readOnly = true;
      veld.value = t;
      bak.append(veld);
      veld.select();
      return false;
    }
  }

  async function actie(bak, formaat) {
    const soort = bak.dataset.swUitvoer, naam = `${bak.dataset.bestand}-${datum()}.${formaat}`;
    const meld = (t) => { (bak.querySelector("[role=status]") || bak.parentElement.querySelector("[role=status]")).textContent = t; };
    // a failure rejects: uitvoer-knoppen.js says so in the status line (one message, one place)
    if (soort === "lijst") {
      if (formaat === "link") return meld(await kopieer(location.href, bak) ? "Link met deze filters gekopieerd." : "Kopieer de link hieronder.");
      const t = tabel(bak);
      bewaar(formaat === "csv" ? csv(t, bak) : await zip(bak, ods(t)), naam, formaat);
      return meld(`${t.rijen.length} rijen gedownload als ${formaat.toUpperCase()}.`);
    }
    const d = verzamel[soort](bak);
    if (formaat === "tekst") return meld(await kopieer(tekst(d), bak) ? "Antwoorden als tekst gekopieerd." : "Kopieer de tekst hieronder.");
    bewaar(await zip(bak, formaat === "odt" ? odt(d) : docx(d)), naam, formaat);
    meld(`${soort === "pakket" ? "Pakket" : "Antwoorden"} gedownload als ${formaat.toUpperCase()}.`);
  }

  // actie: what a button does (uitvoer-knoppen.js); the builders for the tests, no second copy
  window.swUitvoer = { actie, tekst, odt, docx, csv, zip };
})();
