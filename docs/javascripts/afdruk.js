/* Every textarea prints its whole text. A textarea is a box of fixed height with its own
   scrolling: printed, it shows only the lines that fit and cuts off the rest, and it cannot
   break across pages. So every textarea gets a print copy right after it (div.sw-afdruk,
   aria-hidden, hidden on screen; docs/stylesheets/print.css shows the copy and hides the
   textarea in print) whose text is kept equal to the textarea's value: on every input, when
   the page is about to be printed (beforeprint, print media), once the page's scripts have
   run, and whenever a tool sets a value itself (window.swAfdruk.ververs(textarea)).
   Loaded before the tools' scripts on every page with a textarea. ES2017, no eval. */
(() => {
  "use strict";
  function kopie(veld) {
    let k = veld.nextElementSibling;
    if (!k || !k.classList.contains("sw-afdruk")) {
      k = document.createElement("div");
      k.className = "sw-afdruk";
      k.setAttribute("aria-hidden", "true");
      veld.after(k);
    }
    return k;
  }

  /** Brings the print copy of ``veld`` (a textarea), or of every textarea, up to date. */
  function ververs(veld) {
    const velden = veld ? [veld] : document.querySelectorAll("textarea");
    velden.forEach((v) => {
      const k = kopie(v);
      if (k.textContent !== v.value) k.textContent = v.value;
    });
  }

  document.addEventListener("input", (e) => {
    if (e.target instanceof HTMLTextAreaElement) ververs(e.target);
  }, true);
  window.addEventListener("beforeprint", () => ververs());
  const afdrukken = window.matchMedia("print");
  const bijAfdrukken = (e) => { if (e.matches) ververs(); };
  if (afdrukken.addEventListener) afdrukken.addEventListener("change", bijAfdrukken);
  else afdrukken.addListener(bijAfdrukken);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => ververs());
  else ververs();

  window.swAfdruk = Object.freeze({ ververs });
})();
