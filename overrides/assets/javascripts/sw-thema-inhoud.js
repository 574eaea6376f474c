/* Material for MkDocs 9.8.2, partials/javascripts/content.html (MIT, Martin Donath), moved
 * into a file so that the site's Content-Security-Policy allows no inline script. The tabs
 * part ran only with the content.tabs.link feature: data-md-tabs-link says whether it is on. */
if("True"===document.currentScript.getAttribute("data-md-tabs-link")){var tabs=__md_get("__tabs");if(Array.isArray(tabs))e:for(var set of document.querySelectorAll(".tabbed-set")){var labels=set.querySelector(".tabbed-labels");for(var tab of tabs)for(var label of labels.getElementsByTagName("label"))if(label.innerText.trim()===tab){var input=document.getElementById(label.htmlFor);input.checked=!0;continue e}}}
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"));
