// Shows the search button. The search itself (/js/search-panel.js and its index) loads only when
// the reader first opens it, so a page that nobody searches from costs no more than this file.
const root = document.querySelector('[data-search]');
const toggle = root && root.querySelector('.search-toggle');
if (toggle) {
  root.hidden = false;
  const load = () => {
    toggle.removeEventListener('click', load);
    import('./search-panel.js').then((m) => m.start(root))
      .catch(() => toggle.addEventListener('click', load));
  };
  toggle.addEventListener('click', load);
}
