/* Samen Weerbaar: a table that scrolls sideways must be reachable with the keyboard
 * (WCAG 2.1.1, axe `scrollable-region-focusable`). Material wraps Markdown tables in
 * .md-typeset__scrollwrap at run time but does not make the wrapper focusable. While a
 * wrapper really overflows it becomes a labelled region with tabindex="0"; when it fits
 * again it leaves the tab order. Tables built by the macros (.sw-tabel) already carry
 * these attributes in the HTML. Code blocks wrap (see samen-weerbaar.css), so they never
 * scroll sideways. No dependencies, no network. */
(function () {
  "use strict";
  function label(wrap) {
    var caption = wrap.querySelector("caption");
    var tekst = caption ? caption.textContent.replace(/\s+/g, " ").trim() : "";
    return tekst ? "Tabel: " + tekst : "Tabel (schuift opzij)";
  }
  function bijwerken(wrap) {
    var schuift = wrap.scrollWidth > wrap.clientWidth + 1;
    if (schuift && !wrap.hasAttribute("tabindex")) {
      wrap.setAttribute("tabindex", "0");
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", label(wrap));
      wrap.setAttribute("data-sw-scroll", "");
    } else if (!schuift && wrap.hasAttribute("data-sw-scroll")) {
      ["tabindex", "role", "aria-label", "data-sw-scroll"].forEach(function (a) { wrap.removeAttribute(a); });
    }
  }
  function start() {
    var wraps = document.querySelectorAll(".md-typeset__scrollwrap");
    if (!wraps.length) return;
    wraps.forEach(bijwerken);
    if ("ResizeObserver" in window) {
      var ro = new ResizeObserver(function (items) { items.forEach(function (i) { bijwerken(i.target); }); });
      wraps.forEach(function (w) { ro.observe(w); });
    }
  }
  /* Material publishes document$ once its components (and the table wrappers) are set up. */
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(start);
  } else {
    document.addEventListener("DOMContentLoaded", start);
  }
})();
