// Shows the search button. The search itself (/js/search-panel.js and its index) loads only when
// the reader first opens it, so a page that nobody searches from costs no more than this file.
// The first click opens the panel at once; the panel's script takes over when it has loaded.
const root = document.querySelector('[data-search]');
const toggle = root && root.querySelector('.search-toggle');
const panel = root && root.querySelector('#search-panel');
if (toggle && panel) {
  root.hidden = false;
  const load = () => {
    toggle.removeEventListener('click', load);
    panel.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    panel.querySelector('input')?.focus();
    // Offline, the panel's script may not come: the link to the list of every article is the way on, and a click tries again.
    import('./search-panel.js').then((m) => m.start(root))
      .catch(() => { panel.querySelector('[data-search-next]')?.removeAttribute('hidden'); toggle.addEventListener('click', load); });
  };
  toggle.addEventListener('click', load);
}
