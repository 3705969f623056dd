/*
 * 关怀模式 (care mode): the one script of the reading pages, inlined in <head> by Base.astro
 * (minified, allowed by its CSP hash), so the mode is on before the first paint and no page
 * flashes in the small type.
 *
 * - The reader's choice is kept in localStorage ("on"/"off"): it holds across pages and visits.
 * - Without a choice, the system's `prefers-contrast: more` decides, and changes follow it.
 * - It marks <html> with `data-care-js` (the header switch shows only where it works) and
 *   `data-care` when the mode is on; every style of the mode hangs off that attribute
 *   (src/styles/global.css). The switch's `aria-pressed` follows.
 * - Storage may be refused (privacy settings): the switch then works for the page in view.
 * - Other open tabs follow through the `storage` event.
 * Plain ES2018 (the site's browser floor), no module syntax: it runs as a classic inline script.
 */
(function () {
  var KEY = 'xyhf-care';
  var root = document.documentElement;
  var query = window.matchMedia ? window.matchMedia('(prefers-contrast: more)') : null;
  var unsaved = null;

  function choice() {
    if (unsaved) return unsaved;
    try {
      return localStorage.getItem(KEY);
    } catch (e) {
      return null;
    }
  }

  function apply() {
    var c = choice();
    var on = c === 'on' || (c !== 'off' && !!query && query.matches);
    if (on) root.setAttribute('data-care', '');
    else root.removeAttribute('data-care');
    var switches = document.querySelectorAll('[data-care-switch]');
    for (var i = 0; i < switches.length; i++) switches[i].setAttribute('aria-pressed', on ? 'true' : 'false');
  }

  root.setAttribute('data-care-js', '');
  apply();
  document.addEventListener('DOMContentLoaded', apply);
  document.addEventListener('click', function (e) {
    var t = e.target;
    if (!t || !t.closest || !t.closest('[data-care-switch]')) return;
    var next = root.hasAttribute('data-care') ? 'off' : 'on';
    try {
      localStorage.setItem(KEY, next);
      unsaved = null;
    } catch (err) {
      unsaved = next; // storage refused: the choice holds for this page only
    }
    apply();
  });
  if (query && query.addEventListener) query.addEventListener('change', apply);
  window.addEventListener('storage', function (e) {
    if (e.key === KEY) apply();
  });
})();
