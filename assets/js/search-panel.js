// The search panel: opens, closes (Escape), goes to the first result (Enter), runs the query as the reader types, announces how
// many pages were found and lists the first 8 of them, "Show more" the next 8: title, section (a link to its #anchor) and an
// excerpt, the matched words marked in all three. The arrow keys move between the field and the results. DOM built with textContent
// only, never innerHTML. What it says comes with the index's meta.json, in the page's language, not on every page: a status waits
// for that file (fetched as the panel opens, so it is there by the first keystroke's 60 ms). If the index cannot load, it says
// nothing and shows the link to the list of every article, whose words are on the page.
import { SearchIndex, wordsOf } from './search-engine.js';
import { numberWriter } from './numbers.js';

export function start(root) {
  const toggle = root.querySelector('.search-toggle');
  const panel = root.querySelector('#search-panel');
  const input = panel && panel.querySelector('input');
  const status = root.querySelector('[data-search-status]');
  const list = root.querySelector('[data-search-results]');
  // Where nothing is found, the next step: the archive's list of every article and quiz.
  const next = root.querySelector('[data-search-next]');
  if (!toggle || !input || !status || !list) return;
  const d = root.dataset;
  // The language's configured locale (pt-PT), as the build's ICU4J uses it, not <html lang>'s bare code.
  const locale = d.locale || document.documentElement.lang || 'en';
  const plural = new Intl.PluralRules(locale);
  // The counts as the page's locale writes them: "12,345 results", "12 345 wyników".
  const number = numberWriter(locale);
  const index = new SearchIndex(d.index);
  // The panel's words, from meta.json: each search reads them anew, after the file has loaded.
  let w = {};
  let timer = 0;
  let latest = 0;
  // The search the field's text last started, settled once its results are listed.
  let searched = Promise.resolve();
  // How many results are listed: a page's worth, and another with each "Show more" (reset by a new query).
  const STEP = 8;
  let shown = STEP;
  const more = el('button');
  more.type = 'button';
  more.className = 'search-more';
  more.hidden = true;
  list.after(more);

  function open() {
    panel.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    input.focus();
    index.open().catch(() => {});
    if (input.value.trim()) searched = run();
  }

  function close(refocus) {
    panel.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    if (refocus) toggle.focus();
  }

  /** The plural form of the words' key for n, with n in it. */
  function forms(key, n) {
    const f = w[key] || {};
    return (f[plural.select(n)] || f.other || '{0}').replace('{0}', number(n));
  }

  /**
   * The status line, written only when what it says changes: it is a live region, and each write is read out again, so
   * the keystrokes that leave the count as it was ("4 results" from "inv" to "invoices") would repeat it at every one.
   */
  function tell(text) {
    if (status.textContent !== text) status.textContent = text;
  }

  function say(n) {
    return n ? forms('count', n) : w.noResults || '';
  }

  function el(tag, text, href) {
    const n = document.createElement(tag);
    if (text) n.textContent = text;
    if (href) n.href = href;
    return n;
  }

  /** Text in pieces, the matched words in <mark>, as text nodes only (never innerHTML: the pages' text is not markup). */
  const marked = (pieces) => pieces.map((x) => (x.mark ? el('mark', x.text) : document.createTextNode(x.text)));

  function item(r) {
    const li = el('li');
    const title = el('a', '', r.url);
    title.append(...marked(r.titleMarks));
    li.append(title);
    if (r.anchor && r.heading) {
      const p = el('p');
      p.className = 'search-heading';
      const heading = el('a', '', r.url + '#' + encodeURIComponent(r.anchor));
      heading.append(...marked(r.headingMarks));
      p.append(heading);
      li.append(p);
    }
    if (r.excerpt.length) {
      const p = el('p');
      p.className = 'search-excerpt';
      p.append(...marked(r.excerpt));
      li.append(p);
    }
    return li;
  }

  async function run(limit = STEP) {
    const q = input.value;
    shown = limit;
    const mine = ++latest;
    try {
      w = (await index.open()).words;
    } catch (e) {
      // The index cannot load (offline, a server fault): the way on that needs none, the list of every article.
      if (mine === latest) { tell(''); list.replaceChildren(); more.hidden = true; if (next) next.hidden = false; }
      return;
    }
    if (mine !== latest) return;
    if (more.textContent !== (w.showMore || '')) more.textContent = w.showMore || '';
    // Nothing to search for yet (single letters, common words alone; or no letter at all, only punctuation or emoji): say so,
    // rather than nothing or "no results".
    const say0 = /[\p{L}\p{N}]/u.test(q) ? w.keepTyping : w.noWords || w.keepTyping;
    // A quotation mark alone opens a phrase, the first thing typed of it: nothing to say yet, not "Type a word".
    const hint = () => { list.replaceChildren(); more.hidden = true; if (next) next.hidden = true; tell(/[^\s"\u201c\u201d\u201e\u00ab\u00bb]/u.test(q) ? say0 || '' : ''); };
    if (!wordsOf(q).length) { hint(); return; }
    try {
      const complete = /\s$/.test(q);
      const results = await index.search(q, complete, limit);
      if (mine !== latest) return;
      if (results === null) { hint(); return; }
      // No page has every word: the pages of the word that finds the most alone, saying so.
      const only = results.length ? null : await index.alone(q, complete, limit);
      if (mine !== latest) return;
      const listed = only ? only.results : results;
      list.replaceChildren(...listed.map(item));
      // A phrase in quotation marks: the count is of the pages with its words in that order, where their order was checked.
      const p = only ? null : results.phrase;
      const checked = p && p.checked < p.of && w.phraseChecked ? ' ' + w.phraseChecked.replace('{checked}', number(p.checked)).replace('{of}', number(p.of)) : '';
      const none = p && !p.found && results.length ? forms('phraseNone', results.total).replaceAll('{phrase}', p.text).replace(/:?$/, checked + ':') : '';
      // The count is of every page found, not of those listed so far; "Show more" lists the next ones.
      tell(only ? forms('only', only.total).replace('{word}', only.word) : none || say(results.total ?? results.length)
        + (p && p.found && w.phrase ? ' ' + w.phrase.replaceAll('{phrase}', p.text) + checked : '')
        // A common word being typed ("the") found only the words it begins ("them"): say so, as "the " says it is not searched.
        + (results.length && results.begun && w.begunOnly ? ' ' + w.begunOnly.replaceAll('{word}', results.begun) : '')
        // A word no page has was searched as the form one letter away ("clinet" as "client"): say which.
        + (results.corrected && w.corrected ? ' ' + w.corrected.replaceAll('{word}', results.corrected.used).replaceAll('{typed}', results.corrected.typed) : ''));
      more.hidden = listed.length >= (only ? only.total : results.total ?? 0) && !(p && p.found && p.checked < p.of);
      if (next) next.hidden = listed.length > 0;
    } catch (e) {
      if (mine === latest) { tell(''); list.replaceChildren(); more.hidden = true; if (next) next.hidden = false; }
    }
  }

  toggle.addEventListener('click', () => (panel.hidden ? open() : close(true)));
  root.querySelector('[data-search-close]')?.addEventListener('click', () => close(true));
  root.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !panel.hidden) { ev.preventDefault(); close(true); }
  });
  // Enter goes to the first result's section (its page where it has none), once the query typed so far has run.
  input.addEventListener('keydown', async (ev) => {
    if (ev.key !== 'Enter' || ev.isComposing) return;
    ev.preventDefault();
    clearTimeout(timer);
    await run();
    const first = list.querySelector('li');
    (first?.querySelector('.search-heading a') ?? first?.querySelector('a'))?.click();
  });
  input.addEventListener('input', () => {
    index.prefetch(input.value).catch(() => {});
    clearTimeout(timer);
    timer = setTimeout(() => { timer = 0; searched = run(); }, 60);
  });
  // ArrowDown from the field to the first result, once what was typed has been searched; ArrowDown and ArrowUp from result
  // to result (its title's link; the last stays), ArrowUp from the first back to the field. Every link stays in the Tab
  // order and Enter follows the one with focus: a list of links, not a listbox, so screen readers read it as one.
  panel.addEventListener('keydown', async (ev) => {
    const down = ev.key === 'ArrowDown';
    if ((!down && ev.key !== 'ArrowUp') || ev.altKey || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.isComposing) return;
    const fromField = ev.target === input;
    const at = fromField ? -1 : [...list.children].indexOf(ev.target.closest('[data-search-results] > li'));
    if (fromField ? !down || !input.value.trim() : at < 0) return;
    ev.preventDefault();
    if (fromField && timer) {
      clearTimeout(timer);
      timer = 0;
      searched = run();
    }
    if (fromField) {
      await searched;
      if (document.activeElement !== input) return;
    }
    // From a result's section link, ArrowUp goes to its own title first.
    const inTitle = fromField || ev.target === list.children[at].querySelector('a');
    const next = down ? at + 1 : inTitle ? at - 1 : at;
    if (next < 0) input.focus();
    else list.children[next]?.querySelector('a')?.focus();
  });
  // The next results, with focus on the first of them, so that a keyboard reader goes on from there.
  more.addEventListener('click', async () => {
    const before = list.children.length;
    await run(shown + STEP);
    list.children[before]?.querySelector('a')?.focus();
  });
  list.addEventListener('click', (ev) => { if (ev.target.closest('a')) close(false); });
  open();
}
