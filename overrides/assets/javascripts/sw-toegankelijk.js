/* Samen Weerbaar: keyboard and screen-reader fixes on top of Material (9.8.2), loaded after
 * its bundle. No dependencies, no network. Tested in tests/browser/test_toegankelijkheid.py.
 *
 * 1. A table that scrolls sideways must be reachable with the keyboard (WCAG 2.1.1, axe
 *    `scrollable-region-focusable`). Material wraps Markdown tables in .md-typeset__scrollwrap
 *    at run time but does not make the wrapper focusable. While a wrapper really overflows it
 *    becomes a labelled region with tabindex="0"; when it fits again it leaves the tab order.
 *    (Tables built by the macros, .sw-tabel, carry these attributes in the HTML; code blocks
 *    wrap, see samen-weerbaar.css.)
 * 2. Menu (drawer) on phone/tablet, now a focusable checkbox (see samen-weerbaar.css): opened
 *    with the keyboard, focus moves into the menu; opening or leaving a sub-menu keeps the
 *    focus on a visible item; Escape closes the menu and returns focus to the menu button;
 *    leaving the menu with Tab closes it.
 * 3. Search on a phone, also a focusable checkbox: while closed, the invisible search field
 *    is out of the tab order; opening puts focus in the search field;
 *    closing it with the keyboard returns focus to the search button instead of losing it.
 *    Escape from the field or a result returns focus to the search control at every width
 *    (the field itself on a wide screen).
 * 4. Enter works on both toggles like on a button (Space works natively), and the skip link
 *    ("Ga naar inhoud") is moved to the very start of the page, so it stays the first Tab stop
 *    now that the toggles (which come before it in Material's HTML) can take focus.
 * 5. Keyboard focus is never left under the sticky header or the back-to-top button (400 %
 *    zoom), and with "reduce motion" no script scrolls smoothly.
 */
(function () {
  "use strict";

  /* 1 --------------------------------------------------------------------- tables */
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
  /* A ResizeObserver reports every wrapper once after the next layout and again whenever
   * its size changes, so the widths are read when they are known anyway (no forced layout
   * while the page loads). */
  function tabellen() {
    var wraps = document.querySelectorAll(".md-typeset__scrollwrap");
    if (!("ResizeObserver" in window)) { wraps.forEach(bijwerken); return; }
    var ro = new ResizeObserver(function (items) { items.forEach(function (i) { bijwerken(i.target); }); });
    wraps.forEach(function (w) { ro.observe(w); });
  }

  /* 2 and 3 ------------------------------------------------------- menu and search */
  var toetsenbord = false;
  document.addEventListener("keydown", function () { toetsenbord = true; }, true);
  document.addEventListener("pointerdown", function () { toetsenbord = false; }, true);

  function zichtbaarFocusbaar(el) {
    var r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility === "visible";
  }

  function menu() {
    var schakel = document.getElementById("__drawer");
    var zijbalk = document.querySelector(".md-sidebar--primary");
    if (!schakel || !zijbalk) return;
    var klein = window.matchMedia("(max-width: 76.234375em)");
    schakel.addEventListener("change", function () {
      if (!schakel.checked || !toetsenbord || !klein.matches) return;
      var doelen = zijbalk.querySelectorAll("a[href], label[tabindex], [tabindex='0']");
      for (var i = 0; i < doelen.length; i++) {
        if (zichtbaarFocusbaar(doelen[i])) { doelen[i].focus(); break; }
      }
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && schakel.checked && klein.matches) {
        schakel.click();
        schakel.focus();
      }
    });
    /* Sub-menus: Enter on a section opens it (Material clicks the focused label); focus moves
     * to its title ("Terug uit …"), and Enter on that title goes back to the section. */
    zijbalk.addEventListener("change", function (e) {
      var t = e.target;
      if (!klein.matches || !toetsenbord || !t.classList.contains("md-nav__toggle") || !t.id) return;
      var doel = t.checked
        ? zijbalk.querySelector('nav[aria-labelledby="' + t.id + '_label"] > label.md-nav__title')
        : zijbalk.querySelector('label.md-nav__link[for="' + t.id + '"]');
      if (doel) doel.focus();
    });
    zijbalk.addEventListener("focusout", function (e) {
      var naar = e.relatedTarget;
      if (schakel.checked && klein.matches && naar && naar !== schakel && !zijbalk.contains(naar)) schakel.click();
    });
  }

  function zoeken() {
    var schakel = document.getElementById("__search");
    var veld = document.querySelector("[data-md-component=search-query]");
    if (!schakel || !veld) return;
    var klein = window.matchMedia("(max-width: 59.984375em)");
    /* Closed search on a phone: its invisible field is out of the tab order; focus() from
     * script, such as Material's "/" shortcut, still works. (The results list is hidden by
     * samen-weerbaar.css while search is closed.) */
    function taborde() {
      if (klein.matches && !schakel.checked) veld.setAttribute("tabindex", "-1");
      else veld.removeAttribute("tabindex");
    }
    taborde();
    if (klein.addEventListener) klein.addEventListener("change", taborde);
    schakel.addEventListener("change", function () {
      taborde();
      if (!klein.matches) return;
      if (schakel.checked) {
        if (document.activeElement !== veld) veld.focus();
      } else if (toetsenbord && (document.activeElement === document.body || document.activeElement === veld)) {
        schakel.focus();
      }
    });
    /* Escape (Material closes search and blurs the field) from the field or from a result,
     * at any width: focus returns to the search control, never to the page start. On a
     * phone that is the search button; on a wide screen the field in the header, focused
     * without reopening search (Material opens search when focus enters the field, seen
     * through focusin/focusout on the body: those events of this one focus() are held back
     * here); typing or clicking in the field opens search again. */
    var dialoog = veld.closest("[data-md-component=search]"), stil = false;
    ["focus", "blur", "focusin", "focusout"].forEach(function (soort) {
      window.addEventListener(soort, function (e) { if (stil) e.stopImmediatePropagation(); }, true);
    });
    function heropen() { if (!schakel.checked) schakel.click(); }
    veld.addEventListener("input", heropen);
    veld.addEventListener("click", heropen);
    /* Material's shortcuts that open search ("/", "s", "f") are ignored while focus is on a form
     * control, and the search button is one (a checkbox): after Escape returned focus there,
     * they open search again as they do from anywhere else on the page. */
    schakel.addEventListener("keydown", function (e) {
      if (schakel.checked || e.ctrlKey || e.metaKey || e.altKey || ["/", "s", "f"].indexOf(e.key) < 0) return;
      e.preventDefault();
      schakel.click();
    });
    /* Every key and pointer press is counted: when the visitor acts again before the
     * deferred focus move below runs (Escape then "/" at once, on a slow phone), that move
     * would take focus away from where the new action put it, so it is dropped. */
    var handelingen = 0;
    ["keydown", "pointerdown"].forEach(function (soort) {
      document.addEventListener(soort, function () { handelingen++; }, true);
    });
    document.addEventListener("keydown", function (e) {
      if (e.key !== "Escape" || !schakel.checked) return;
      var bij = handelingen;
      setTimeout(function () {
        if (handelingen !== bij) return;
        var nu = document.activeElement;
        if (schakel.checked || (nu && nu !== document.body && nu !== veld && !(dialoog && dialoog.contains(nu)))) return;
        if (klein.matches) { schakel.focus(); return; }
        stil = true;
        try { veld.focus(); } finally { stil = false; }
      }, 0);
    });
  }

  /* 4 ----------------------------------------------------- Enter, skip link first */
  document.addEventListener("keydown", function (e) {
    var el = e.target;
    if (e.key === "Enter" && el && el.classList && el.classList.contains("md-toggle") && !e.defaultPrevented) {
      e.preventDefault();
      e.stopPropagation();
      el.click();
    }
  }, true);
  /* One clear name per toggle; otherwise every label of the checkbox counts (the overlay,
   * the menu title "Samen Weerbaar", the icon button). */
  [["__drawer", "Menu"], ["__search", "Zoeken"]].forEach(function (t) {
    var el = document.getElementById(t[0]);
    if (el) el.setAttribute("aria-label", t[1]);
  });
  var skip = document.querySelector("[data-md-component=skip]");
  if (skip && document.body.firstElementChild !== skip) document.body.insertBefore(skip, document.body.firstElementChild);

  /* 5 ------------------------------------- focus not hidden, reduced motion */
  /* Focus not hidden (WCAG 2.4.11): the sticky header and Material's back-to-top button (shown
   * while scrolling up, just below the header) cover the top of the window; at 400 % zoom
   * that is half of it. When keyboard focus lands in that band (Shift+Tab scrolls up), the
   * page scrolls until the element is below it. */
  function band() {
    var onder = 0;
    /* Material never shows the button at the very top of the page */
    (window.scrollY > 0 ? [".md-header", ".md-top"] : [".md-header"]).forEach(function (k) {
      var el = document.querySelector(k);
      if (el && getComputedStyle(el).display !== "none") onder = Math.max(onder, el.getBoundingClientRect().bottom);
    });
    return onder;
  }
  document.addEventListener("focusin", function (e) {
    var el = e.target;
    if (!toetsenbord || !el.getBoundingClientRect || el.closest(".md-header, .md-top, .md-sidebar, .md-search, .md-dialog")) return;
    setTimeout(function () {  /* after the browser's own scroll to the focused element */
      if (document.activeElement !== el) return;
      var r = el.getBoundingClientRect(), grens = band() + 8;
      if (r.height && r.top < grens && r.bottom > 0) window.scrollBy(0, r.top - grens);
    }, 0);
  });
  /* Reduced motion: Material scrolls the table of contents (toc.follow) and tab labels with
   * scrollTo({behavior: "smooth"}), which CSS cannot override; such scrolls are instant. */
  var rustig = window.matchMedia("(prefers-reduced-motion: reduce)");
  function zonderGlijden(oud) {
    return function (a, b) {
      if (rustig.matches && a && typeof a === "object" && a.behavior === "smooth") {
        a = Object.assign({}, a, { behavior: "instant" });
      }
      return arguments.length > 1 ? oud.call(this, a, b) : oud.call(this, a);
    };
  }
  [Element.prototype, window].forEach(function (doel) {
    ["scrollTo", "scrollBy", "scroll"].forEach(function (m) { if (doel[m]) doel[m] = zonderGlijden(doel[m]); });
  });
  if (Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = zonderGlijden(Element.prototype.scrollIntoView);

  menu();
  zoeken();
  /* Material publishes document$ once its components (and the table wrappers) exist. */
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(tabellen);
  } else {
    document.addEventListener("DOMContentLoaded", tabellen);
  }
})();
