/* Every textarea prints its whole text. A textarea is a box of fixed height with its own
   scrolling: printed, it shows only the lines that fit and cuts off the rest, and it cannot
   break across pages. So every textarea gets a print copy right after it (div.sw-afdruk,
   aria-hidden, hidden on screen; docs/stylesheets/print.css shows the copy and hides the
   textarea in print) whose text is kept equal to the textarea's value: on every input, when
   the page is about to be printed (beforeprint, print media), once the page's scripts have
   run, and whenever a tool sets a value itself (window.swAfdruk.ververs(textarea)).
   An empty textarea gets its copy only when the page is printed: at load (issue 24) only the
   textareas that already hold text get one, so a page with many empty notes is not changed
   at all while it loads.
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

  const heeftKopie = (v) => v.nextElementSibling && v.nextElementSibling.classList.contains("sw-afdruk");

  /** Brings the print copy of ``veld`` (a textarea), or of every textarea, up to date;
      ``alleenGevuld``: skip an empty textarea that has no copy yet. */
  function bij(velden, alleenGevuld) {
    velden.forEach((v) => {
      if (alleenGevuld && !v.value && !heeftKopie(v)) return;
      const k = kopie(v);
      if (k.textContent !== v.value) k.textContent = v.value;
    });
  }
  const ververs = (veld) => bij(veld ? [veld] : document.querySelectorAll("textarea"), !!veld);
  const gevuld = () => bij(document.querySelectorAll("textarea"), true);

  document.addEventListener("input", (e) => {
    if (e.target instanceof HTMLTextAreaElement) ververs(e.target);
  }, true);
  window.addEventListener("beforeprint", () => ververs());
  const afdrukken = window.matchMedia("print");
  const bijAfdrukken = (e) => { if (e.matches) ververs(); };
  if (afdrukken.addEventListener) afdrukken.addEventListener("change", bijAfdrukken);
  else afdrukken.addListener(bijAfdrukken);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", gevuld);
  else gevuld();

  window.swAfdruk = Object.freeze({ ververs });
})();
