// Client-side search over /<lang>/search-index.json. No dependencies, no storage, DOM built with textContent only.
const root = document.querySelector('[data-search]');
if (root) init(root);

function init(root) {
  const toggle = root.querySelector('.search-toggle');
  const panel = root.querySelector('#search-panel');
  const input = panel && panel.querySelector('input');
  const status = root.querySelector('[data-search-status]');
  const list = root.querySelector('[data-search-results]');
  if (!toggle || !input || !status || !list) return;
  const d = root.dataset;
  const lang = d.lang || document.documentElement.lang || 'en';
  const plural = new Intl.PluralRules(lang);
  let index = null, loading = null, timer = 0;

  root.hidden = false;

  const norm = (s) => String(s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/ł/g, 'l');

  function load() {
    if (!loading) {
      loading = fetch(d.index, { credentials: 'same-origin' })
        .then((r) => { if (!r.ok) throw new Error(r.status); return r.json(); })
        .then((data) => {
          index = (Array.isArray(data) ? data : []).map((e) => ({
            e, t: norm(e.t), s: norm(e.s),
            h: (e.h || []).map((h) => [norm(h[0]), h[0], h[1]]),
          }));
          run();
        })
        .catch(() => { loading = null; });
    }
    return loading;
  }

  function open() {
    panel.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    input.focus();
    load();
  }

  function close(refocus) {
    panel.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    if (refocus) toggle.focus();
  }

  // Every term must occur somewhere; a term found in the title weighs most, then headings, then summary.
  function search(q) {
    const terms = norm(q).split(/\s+/).filter(Boolean);
    const hits = [];
    index.forEach((x, i) => {
      let score = 0, heading = null;
      for (const term of terms) {
        const h = x.h.find((h) => h[0].includes(term));
        if (x.t.includes(term)) score += 100;
        else if (h) score += 10;
        else if (x.s.includes(term)) score += 1;
        else return;
        if (h && !heading) heading = h;
      }
      hits.push({ x, i, score, heading });
    });
    return hits.sort((a, b) => b.score - a.score || a.i - b.i).slice(0, 8);
  }

  function el(tag, text, href) {
    const n = document.createElement(tag);
    if (text) n.textContent = text;
    if (href) n.href = href;
    return n;
  }

  function say(n) {
    if (!n) return d.noResults || '';
    const cat = plural.select(n);
    const tpl = d['count' + cat[0].toUpperCase() + cat.slice(1)] || d.countOther || '{0}';
    return tpl.replace('{0}', String(n));
  }

  function run() {
    const q = input.value.trim();
    if (norm(q).length < 2) { list.replaceChildren(); status.textContent = ''; return; }
    if (!index) { load(); return; }
    const items = search(q).map(({ x, heading }) => {
      const li = el('li');
      li.append(el('a', x.e.t, x.e.u));
      if (x.e.s) li.append(el('p', x.e.s));
      if (heading) {
        const p = el('p');
        p.className = 'search-heading';
        p.append(el('a', heading[1], x.e.u + '#' + encodeURIComponent(heading[2])));
        li.append(p);
      }
      return li;
    });
    list.replaceChildren(...items);
    status.textContent = say(items.length);
  }

  toggle.addEventListener('click', () => (panel.hidden ? open() : close(true)));
  root.querySelector('[data-search-close]')?.addEventListener('click', () => close(true));
  root.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !panel.hidden) { ev.preventDefault(); close(true); }
  });
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, 100); });
  list.addEventListener('click', (ev) => { if (ev.target.closest('a')) close(false); });
}
