// Self-assessment quiz: live score, result, breakdown and share link over a plain printable checklist.
// DOM built with textContent/cloneNode only; the answers live in the URL fragment (#a=id,id), no storage.
import { numberWriter } from './numbers.js';

const form = document.querySelector('form[data-quiz]');
if (form) init(form);

function init(form) {
  const d = form.dataset;
  const q = (s) => form.querySelector(s);
  const BOX = 'input[type=checkbox][name=a]';
  const boxes = [...form.querySelectorAll(BOX)];
  const known = new Set(boxes.map((b) => b.value));
  const signs = [...form.querySelectorAll('.quiz-sign[data-section]')];
  const bands = [...document.querySelectorAll('tr[data-band]')];
  const langLinks = [...document.querySelectorAll('a[data-lang-switch]')]
    .map((a) => [a, (a.getAttribute('href') || '').split('#')[0]]);
  const bar = q('[data-quiz-bar]');
  const status = q('[data-quiz-status]');
  const result = q('[data-quiz-result]');
  const scoreEl = q('[data-quiz-score]');
  const decidedEl = q('[data-quiz-decided]');
  const tickedEl = q('[data-quiz-ticked]');
  const bandEl = q('[data-quiz-band]');
  const list = q('[data-quiz-breakdown]');
  const share = q('[data-quiz-share]');
  const copy = q('[data-quiz-copy]');
  const print = q('[data-quiz-print]');
  const copied = q('[data-quiz-copied]');
  const linkBox = q('[data-quiz-link]');
  const urlField = q('[data-quiz-url]');
  const printUrl = q('[data-quiz-print-url]');
  const howTo = document.querySelector('[data-quiz-howto]');
  const printNote = document.querySelector('[data-quiz-manual-print]');
  /* The printout's address is the published page's (its canonical link, from site.host) with the answers: a preview's
     localhost, or a copy served elsewhere, means nothing to the reader of the paper. The browser's own without one. */
  const canonical = document.querySelector('link[rel="canonical"]');
  const printBase = canonical && canonical.href ? canonical.href.split('#')[0] : null;
  let rules, shown, copiedTimer, url = location.href.split('#')[0];
  // The language's configured locale (pt-PT), as the build's ICU4J uses it, not <html lang>'s bare code (pt: "0 ponto", "1.000").
  const locale = d.locale || document.documentElement.lang || 'en';
  try { rules = new Intl.PluralRules(locale); }
  catch { rules = new Intl.PluralRules('en'); }
  // Every number the quiz writes, as the page's locale writes it ("1,100" in English, "12 345" in Polish); sums stay numbers.
  const number = numberWriter(locale);

  const text = (el, s) => { if (el && el.textContent !== s) el.textContent = s; };
  // The live score and its band in a box: the "·" tied to the score by a no-break space, a narrow bar breaks the line
  // after the "·", never before it, as the date lines do.
  const live = (phrase, title) => {
    const score = title ? phrase + '\u00a0· ' : phrase;
    if (!status || status.textContent === score + (title || '')) return;
    if (!title) { status.textContent = phrase; return; }
    const band = document.createElement('span');
    band.className = 'quiz-live-band';
    band.textContent = title;
    status.replaceChildren(score, band);
  };
  const fill = (t, o) => String(t || '').replace(/\{(\w+)\}/g, (m, k) => (o[k] != null ? String(o[k]) : m));
  const el = (tag, s, cls) => {
    const n = document.createElement(tag);
    if (s) n.textContent = s;
    if (cls) n.className = cls;
    return n;
  };
  // "{0} punkt" / "{0} punkty" / "{0} punktów" by Intl.PluralRules category, falling back to "other".
  const points = (n) => {
    const c = rules.select(n);
    return (d['points' + c[0].toUpperCase() + c.slice(1)] || d.pointsOther || '{0}').replace('{0}', number(n));
  };
  const sum = (list) => list.reduce((s, b) => s + (b.checked ? +b.dataset.points || 0 : 0), 0);

  // #a=id1,id2: only ids of existing checkboxes count; anything else is ignored. Other fragments are left alone.
  // The 1 to 64 characters here must match the build's limit on ids (ChecklistReader.ID and MAX_ID_LENGTH).
  function fromHash() {
    let h = location.hash;
    if (!h.startsWith('#a=')) return false;
    if (h.length > 4000) h = h.slice(0, Math.max(3, h.lastIndexOf(',', 4000)));
    try { h = decodeURIComponent(h); } catch { /* keep it raw: bad ids are dropped below */ }
    const want = new Set(h.slice(3).split(',').map((s) => s.trim())
      .filter((s) => /^[a-z0-9-]{1,64}$/.test(s) && known.has(s)));
    for (const b of boxes) b.checked = want.has(b.value);
    return true;
  }

  // The band of a score: the row whose range holds it. A ticked statement with data-decides puts the
  // result in at least that band (bands rank by their minimum), whatever the sum.
  const rank = (r) => +r.dataset.min;
  const bandOf = (score) => bands.find((r) => +r.dataset.min <= score && score <= +r.dataset.max);
  const labelText = (b) => {
    const t = b.labels && b.labels[0] && b.labels[0].querySelector('.quiz-text');
    return t ? t.textContent.trim() : b.value;
  };

  function update(sync) {
    const on = boxes.filter((b) => b.checked).map((b) => b.value);
    const score = sum(boxes);
    let band = bandOf(score);
    let decider = null;
    for (const b of boxes) {
      if (!b.checked || !b.dataset.decides) continue;
      const r = bands.find((x) => x.dataset.band === b.dataset.decides);
      if (r && (!band || rank(r) > rank(band))) { band = r; decider = b; }
    }
    const titleEl = band && band.querySelector('.quiz-band-title');
    const title = titleEl ? titleEl.textContent.trim() : '';
    const phrase = fill(d.scoreTemplate || '{points}', { points: points(score), max: number(+d.max || 0) });
    live(phrase, title);
    text(scoreEl, phrase);
    if (decidedEl) {
      decidedEl.hidden = !decider;
      text(decidedEl, decider ? fill(d.decidedBy, { statement: labelText(decider).replace(/([^.])\.$/, '$1'), band: title }) : '');
    }
    form.classList.toggle('is-blank', !on.length);
    // Nothing ticked (cleared, or every box unticked): no result, so no link to it shown with a hint to copy it.
    if (!on.length && linkBox) linkBox.hidden = true;
    text(tickedEl, on.length ? fill(d.tickedTemplate, { n: number(on.length), m: number(boxes.length) }) : d.nothing || '');

    if (band !== shown) {
      shown = band;
      for (const r of bands) {
        r.classList.toggle('is-current', r === band);
        if (r === band) r.setAttribute('aria-current', 'true');
        else r.removeAttribute('aria-current');
      }
      if (bandEl) {
        const kids = [];
        const advice = band && band.querySelector('.quiz-advice');
        if (band) kids.push(el('h3', title));
        if (advice) for (const c of advice.childNodes) {
          const k = c.cloneNode(true);
          if (k.nodeType === 1) { k.removeAttribute('id'); for (const x of k.querySelectorAll('[id]')) x.removeAttribute('id'); }
          kids.push(k);
        }
        bandEl.replaceChildren(...kids);
      }
    }

    if (list) {
      list.replaceChildren(...signs
        .map((f, i) => ({ f, i, p: sum([...f.querySelectorAll(BOX)]) }))
        .sort((a, b) => b.p - a.p || a.i - b.i)
        .map(({ f, p }) => {
          const max = +f.dataset.max || 0;
          const lg = f.querySelector('.quiz-sign-title');
          const name = lg ? lg.textContent.trim() : f.dataset.section;
          const s = fill(d.sectionTemplate || '{points}', { points: points(p), max: number(max) });
          const li = el('li', '', p ? '' : 'is-zero');
          const a = el('a', name);
          a.href = '#' + f.id;
          const m = el('meter');
          m.min = 0;
          m.max = max;
          m.value = p;
          m.setAttribute('aria-label', name + ': ' + s);
          li.append(a, ' ', el('span', s, 'quiz-breakdown-score'), m);
          return li;
        }));
    }

    const frag = on.length ? '#a=' + on.join(',') : '';
    url = location.href.split('#')[0] + frag;
    if (share) share.href = url;
    if (urlField) urlField.value = url;
    text(printUrl, (printBase || location.href.split('#')[0]) + frag);
    pointLangLinks(frag);
    if (sync && location.hash !== frag) {
      try { history.replaceState(history.state, '', frag || location.pathname + location.search); } catch { /* sandboxed */ }
    }
  }

  // The language switch carries the answers; without any, the part of the quiz the address names (a sign, a statement,
  // the table of results), whose ids every translation shares, so the reader lands on the same part in the other language.
  function pointLangLinks(frag) {
    const id = location.hash.slice(1);
    const at = !frag && id && document.getElementById(id);
    const shared = at && at.matches('.quiz-sign[data-section], input[name=a], tr[data-band], #bands') ? '#' + id : '';
    for (const [a, base] of langLinks) a.setAttribute('href', base + (frag || shared));
  }

  // The link in a read-only field under the buttons, selected, with a hint to copy it.
  function showLink() {
    if (!linkBox || !urlField) return;
    urlField.value = url;
    linkBox.hidden = false;
    urlField.focus();
    urlField.select();
  }

  // A section link in the breakdown scrolls to its section and focuses it, but leaves the #a=… answers in
  // the address bar (a plain #sign-… link would replace them, and a reload or bookmark would lose them).
  if (list) list.addEventListener('click', (e) => {
    const a = e.target.closest('a[href^="#"]');
    if (!a || e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const target = document.getElementById(a.getAttribute('href').slice(1));
    if (!target) return;
    e.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  });

  // "Link to this result" is the page's own address with the answers, to bookmark or send. Followed, it
  // reloads nothing and seemed to do nothing: a plain click shows the link itself, selected, to copy.
  if (share) share.addEventListener('click', (e) => {
    if (e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || !linkBox) return;
    e.preventDefault();
    showLink();
  });

  form.addEventListener('change', () => update(true));
  // Cleared answers leave no result to link to: "Link copied." goes with them, and update() closes the link box.
  form.addEventListener('reset', () => {
    clearTimeout(copiedTimer);
    text(copied, '');
    setTimeout(update, 0, true);
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  // A link to a place on the page ("skip to content", a footnote) puts its #id in the address in place of the answers, and a
  // reload would then lose them: the browser has already scrolled to the place, so the address gets the answers back.
  addEventListener('hashchange', () => {
    if (fromHash()) update(true);
    else if (!form.querySelector(BOX + ':checked')) pointLangLinks('');
    else try { history.replaceState(history.state, '', url); } catch { /* sandboxed */ }
  });
  if (print) print.addEventListener('click', () => window.print());
  if (copy) copy.addEventListener('click', () => {
    // No clipboard (plain http off localhost, old browsers): show the link itself, selected, to copy by hand.
    const fallback = () => showLink();
    try {
      navigator.clipboard.writeText(url).then(() => {
        // Beside the button, for a few seconds: the live score stays as it is.
        text(copied, d.copied || '');
        clearTimeout(copiedTimer);
        copiedTimer = setTimeout(text, 4000, copied, '');
      }, fallback);
    } catch { fallback(); }
  });

  // Keep a statement reached with the keyboard clear of the sticky bar: the browser scrolls only the small
  // checkbox into view, which leaves the rest of a long statement under the bar.
  if (bar) form.addEventListener('focusin', (e) => {
    const item = e.target.matches(':focus-visible') && e.target.closest('.quiz-item');
    if (item) requestAnimationFrame(() => {
      const r = item.getBoundingClientRect();
      const over = r.bottom + 8 - bar.getBoundingClientRect().top;
      if (over > 0) scrollBy(0, Math.min(over, r.top - 8));
    });
  });

  // Answers in the query (?a=id1&a=id2, or ?a=id1,id2), where a browser puts them that submits the form when Enter is
  // pressed on a statement (Firefox does) if JavaScript was off then, or a hand-edited link: moved to the fragment, where
  // the page keeps them, and out of the query, so that unticking everything leaves none to come back on a reload.
  // A place on the page in the fragment (#bands, a heading's anchor) gives way to them, or they would be lost; answers
  // already in the fragment (#a=…) win over the query's, which are dropped.
  const query = new URLSearchParams(location.search);
  if (query.has('a')) {
    const asked = query.getAll('a').flatMap((v) => v.split(',')).map(encodeURIComponent).join(',');
    query.delete('a');
    const rest = query.toString();
    const hash = location.hash.startsWith('#a=') ? location.hash : '#a=' + asked;
    try {
      history.replaceState(history.state, '', location.pathname + (rest ? '?' + rest : '') + hash);
    } catch { /* sandboxed: the answers stay where they are, unread */ }
  }
  // Sync the address bar only if it carries answers or nothing at all (a fragment like #bands stays).
  update(fromHash() || !location.hash);
  if (bar) bar.hidden = false;
  if (result) result.hidden = false;
  if (howTo) howTo.classList.remove('is-pending');
  if (printNote) printNote.hidden = false;
}
