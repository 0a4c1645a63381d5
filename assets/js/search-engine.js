// The guide's full-text search, over the index the build writes to /<lang>/search/ (see
// guide.search.IndexLayout). The linguistics happened at build time: every form a reader may type
// is listed, folded, with the keys (lemmas, stems) it stands for, in shards by prefix. Here a
// typed word is folded, its shard fetched, its keys looked up, and their postings intersected;
// the pages that rank best are fetched for their section and excerpt. No storage, no dependencies.

// Runs joined by hyphens, or by a negation's apostrophe ("don't", "isn’t"; not "it's"), are one word (as Folding.words).
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[-\u2010\u2011]|(?<=[nN])['\u2019](?=[tT](?![\p{L}\p{M}\p{N}])))[\p{L}\p{M}\p{N}]+)*/gu;
const RUN = /[\p{L}\p{M}\p{N}]+/gu;
const HYPHEN = /[-\u2010\u2011'\u2019]/g;
const MORE_TIERS = 3;
/** Quotation marks that open or close a phrase: straight, English, Polish and French ones (not the apostrophe: "don't"). */
const QUOTE = /["\u201c\u201d\u201e\u00ab\u00bb]/g;
/** What may stand between two words of a phrase: spaces and quotation marks, not a comma, a full stop or the " · " of a list. */
const GAP = /^[\s\u00ad"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019]*$/u;
/** How many pages with every word of a phrase are checked for its order, beyond the results asked for. */
const PHRASE_PAGES = 24;
/** How many keys an unfinished word stands for (as guide.search.BegunWords.KEYS). */
const BEGUN_KEYS = 3;

/** As guide.search.Folding.fold: NFD, marks, hyphens and apostrophes removed (before lowercasing: a Greek Σ before a hyphen ends no word), lowercase, ł as l, Turkish dotless ı as i ("ILIK" lowercases to "ilik"). */
export const fold = (w) => w.normalize('NFD').replace(/\p{M}+/gu, '').replace(HYPHEN, '').toLowerCase().replace(/ł/g, 'l').replace(/ı/g, 'i');

/**
 * Words of a text with their offsets; single characters are not words for search (as in Folding.words; min 1 keeps them,
 * for a phrase's order). A hyphenated word ("e-mailem") is one word, folded joined ("emailem"), with its runs of two
 * characters or more as its parts.
 */
export function wordsOf(text, min = 2) {
  const out = [];
  for (const m of text.matchAll(WORD)) {
    if (m[0].length < min) continue;
    const parts = [];
    if (m[0].search(HYPHEN) >= 0) {
      for (const r of m[0].matchAll(RUN)) if (r[0].length > 1) parts.push({ w: r[0], f: fold(r[0]), at: m.index + r.index });
    }
    out.push({ w: m[0], f: fold(m[0]), at: m.index, parts });
  }
  return out;
}

/** An index object's own entry for a typed string, never one of Object's ("constructor" is a word). */
const own = (o, k) => (o && Object.hasOwn(o, k) ? o[k] : undefined);

/**
 * The keys an unfinished word stands for, from its shard, which holds every form it begins when its
 * prefix was not split: keys of forms that occur on the site, those on more pages first, then those
 * with a shorter form; only where no form it begins occurs, keys of the dictionary's forms, by the
 * same order (a key whose postings are in another shard is counted from the shard's "r"). Where the
 * prefix was split, meta.json's begun says which keys the word stands for, by the same rule
 * (guide.search.BegunWords).
 */
function begunKeys(shard, word) {
  const best = new Map();
  for (const f of Object.keys(shard.f)) {
    if (!f.startsWith(word)) continue;
    for (const k of shard.f[f].split(' ')) {
      const p = own(shard.p, k) ?? own(shard.r, k);
      const c = { k, occurs: p?.o.includes(f) ? 1 : 0, n: p?.n ?? 0, f };
      const b = best.get(k);
      if (!b || byBegun(c, b) < 0) best.set(k, c);
    }
  }
  const ranked = [...best.values()].sort(byBegun);
  return ranked.filter((c) => c.occurs || !ranked[0]?.occurs).slice(0, BEGUN_KEYS).map((c) => c.k);
}

const order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const byBegun = (a, b) => b.occurs - a.occurs || b.n - a.n || a.f.length - b.f.length || order(a.f, b.f) || order(a.k, b.k);

/** As ShardPlan.fileName: a to z and 0 to 9 as they are, any other character as _hex_. */
const fileName = (s) => [...s].map((c) => (/[a-z0-9]/.test(c) ? c : `_${c.codePointAt(0).toString(16)}_`)).join('');

export class SearchIndex {
  constructor(base) {
    this.base = base;
    this.files = new Map();
    this.meta = null;
  }

  get(path) {
    let p = this.files.get(path);
    if (!p) {
      p = fetch(this.base + path, { credentials: 'same-origin' })
        .then((r) => { if (!r.ok) throw new Error(`${path}: ${r.status}`); return r.json(); });
      p.catch(() => this.files.delete(path));
      this.files.set(path, p);
    }
    return p;
  }

  async open() {
    if (!this.meta) {
      const meta = await this.get('meta.json');
      // An index written before meta.json named its depth used ShardPlan's 8.
      // words: what the panel says, in the index's language (guide.i18n.SearchPanelWords).
      // e: the files of forms for a typo in the letters that chose their shard (guide.search.ShardLetterEdits); none in an older index.
      this.meta = { n: meta.n, depth: meta.depth ?? 8, shards: new Set(meta.shards), edits: new Set(meta.e ?? []), begun: meta.begun ?? {},
        words: meta.words ?? {} };
    }
    return this.meta;
  }

  /** The shard holding a folded string: its longest listed prefix (as ShardPlan.shardOf). */
  shard(s) {
    return this.fileOf('s', this.meta.shards, s);
  }

  /** The file of the forms the pages use filed under strings that begin as a folded string does (ShardLetterEdits). */
  edits(s) {
    return this.fileOf('e', this.meta.edits, s);
  }

  /** The file in a folder of the index for a folded string: its longest prefix among those listed; null where none is. */
  fileOf(folder, prefixes, s) {
    const cps = [...s];
    for (let n = Math.min(cps.length, this.meta.depth); n >= 1; n--) {
      const p = cps.slice(0, n).join('');
      if (prefixes.has(p)) return this.get(`${folder}/${fileName(p)}.json`);
    }
    return Promise.resolve(null);
  }

  /** Starts fetching the shards of the words typed so far, so they are there when the query runs. */
  async prefetch(query) {
    await this.open();
    for (const { f } of wordsOf(query)) this.shard(f).catch(() => {});
  }

  /**
   * One typed word: its keys, their first-tier postings and the forms to highlight; 'stop' for a
   * stop word; null when nothing in the index matches. An unfinished last word (complete false) of
   * three letters or more stands for itself and for the words it begins, so that the results do
   * not drop as a reader types on ("fakt" on the way to "faktura", "przy" on the way to "przyjść");
   * a stop word only for the words it begins (begunOnly, which the panel says).
   */
  async term(word, complete) {
    // An unfinished word may have no shard of its own ("roz" where only "rozl", "rozm", … are listed): meta.json's begun says what it stands for.
    const shard = (await this.shard(word)) ?? (complete ? null : { x: [], f: {}, p: {} });
    if (!shard) return null;
    const stop = shard.x.includes(word);
    const begun = complete || [...word].length < 3 ? [] : own(this.meta.begun, word) ?? begunKeys(shard, word);
    if (stop && !begun.length) return 'stop';
    const mine = new Set(!stop && own(shard.f, word) ? shard.f[word].split(' ') : []);
    const keys = [...new Set([...mine, ...begun])];
    if (!keys.length) return null;
    const postings = (await Promise.all(keys.map(async (k) => ({ key: k, p: own((await this.shard(k))?.p, k) }))))
      .filter((x) => x.p);
    if (!postings.length) return null;
    const forms = new Set(stop ? [] : [word]);
    const pages = new Map();
    let n = 0;
    for (const { key, p } of postings) {
      // A key the word only begins is marked where its form begins so ("roz": "rozstania", not "różny"'s "różne").
      p.o.forEach((f) => { if (mine.has(key) || f.startsWith(word)) forms.add(f); });
      n = Math.max(n, p.n);
      addTier(pages, p);
    }
    return { word, forms, pages, n, begunOnly: stop, more: postings.map(({ key, p }) => ({ key, left: p.m || 0, next: 1 })) };
  }

  /**
   * What one typed word stands for: its own term, or, for a hyphenated word the index does not know joined (a compound
   * no page writes so), its parts' terms, each as {t: term | 'stop' | null, f, complete}.
   */
  async termsOf(x, complete) {
    const t = await this.term(x.f, complete);
    if (t !== null || !x.parts.length) return [{ t, f: x.f, complete }];
    const last = x.parts.length - 1;
    return Promise.all(x.parts.map(async (p, j) => ({ t: await this.term(p.f, complete || j < last), f: p.f, complete: complete || j < last })));
  }

  /** The next tier of each of the term's keys that has one; false when none is left. */
  async deepen(term) {
    const due = term.more.filter((m) => m.next <= m.left);
    if (!due.length) return false;
    const tiers = await Promise.all(due.map((m) => this.get(`t/${fileName(m.key)}-${m.next++}.json`)));
    tiers.forEach((t) => addTier(term.pages, t));
    return true;
  }

  page(id) {
    return this.get(`d/${id}.json`);
  }

  /** The ranked pages, the best first and at most max of them, that have every phrase: {kept, checked}. */
  async withPhrases(ranked, phrases, max) {
    const checked = ranked.slice(0, max);
    const docs = await Promise.all(checked.map((c) => this.page(c.id)));
    const kept = checked.filter((c, i) => phrases.every((p) => pageHas(docs[i], p)));
    return { kept, checked: checked.length };
  }

  /**
   * The best pages for a query, each with its best section and an excerpt: [{url, title, anchor,
   * heading, excerpt: [{text, mark}]}], the array's total saying how many pages have every word; null when there is nothing to search for yet (only stop words,
   * or only a word of one or two letters still being typed that the index does not know; after other
   * words, such a word is left out until it stands for something). complete:
   * the query ends with a space (its last word is done). The array's begun is the common word still being typed
   * ("the") where it stood only for the words it begins ("them"), as the reader typed it; otherwise undefined.
   */
  async search(query, complete, limit = 8) {
    const { n: total } = await this.open();
    const words = wordsOf(query);
    // A word is still being typed only where the query ends with it: in "nie z" the word "nie" is done.
    const done = words.map((x) => complete || x.at + x.w.length < query.length);
    const perWord = await Promise.all(words.map((x, i) => this.termsOf(x, done[i])));
    const found = perWord.flat();
    const last = found[found.length - 1];
    // A word of one or two letters being typed stands for nothing yet ("cl" on the way to "client"): the words before it
    // keep their results ("fired cl"), and alone it has nothing to say.
    if (last && last.t === null && !last.complete && [...last.f].length < 3) found.pop();
    if (!found.length) return null;
    // A word no page has, one letter away from a form the pages use ("clinet", "klietna"): that form instead, saying so.
    const corrected = [];
    for (const x of found.filter((y) => y.t === null)) {
      const f = await this.nearest(x.f);
      x.t = f === null ? null : await this.term(f, true);
      if (x.t === null || x.t === 'stop') return [];
      corrected.push({ typed: x.f, used: f });
    }
    const terms = found.map((x) => x.t).filter((t) => t !== 'stop');
    // Only stop words ("in" on the way to "invoice", "the "): nothing to search for, so nothing to say.
    if (!terms.length) return null;
    let ranked = rank(terms, total);
    for (let round = 0; ranked.length < limit && round < MORE_TIERS; round++) {
      const deeper = await Promise.all(terms.map((t) => this.deepen(t)));
      if (!deeper.includes(true)) break;
      ranked = rank(terms, total);
    }
    // A phrase in quotation marks: only the pages that have its words in that order (the index has no positions, so the
    // pages' own files are read, the best first; past PHRASE_PAGES of them the count is of those checked, and says so).
    const phrases = phrasesOf(query, words, perWord, done);
    let phrase = null;
    if (phrases.length) {
      const checked = await this.withPhrases(ranked, phrases, limit + PHRASE_PAGES);
      phrase = { text: phrases[0].text, checked: checked.checked, of: ranked.length, found: checked.kept.length };
      // No page has the phrase: the pages with all its words, which the panel lists as such.
      if (checked.kept.length) ranked = checked.kept;
    }
    const top = ranked.slice(0, limit + 2);
    const docs = await Promise.all(top.map((c) => this.page(c.id)));
    const out = top.map((c, i) => describe(docs[i], c, terms, phrase?.found ? phrases : []))
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, limit);
    out.total = ranked.length;
    if (phrase) out.phrase = phrase;
    const begun = terms.find((t) => t.begunOnly);
    const typed = words.flatMap((x) => [x, ...x.parts]);
    if (begun) out.begun = typed.find((x) => x.f === begun.word)?.w ?? begun.word;
    // The first word searched in place of another, as the reader typed it and as the excerpts write the form used.
    if (corrected.length) {
      const [c] = corrected;
      const mark = out.flatMap((r) => r.excerpt).find((x) => x.mark && fold(x.text) === c.used)?.text;
      out.corrected = { typed: typed.find((x) => x.f === c.typed)?.w ?? c.typed, used: mark ? asWord(mark) : c.used };
    }
    return out;
  }

  /**
   * For a word no page has, the form one edit away (a letter changed, added or left out, or two neighbours swapped:
   * "clinet" for "client") that the pages themselves use, the one whose key is on most pages: never a form only the
   * dictionary or the English inflections list ("applie" of "applies" is no word to name, nor a typo of "apple"). A short
   * word is more often a real word the pages do not use than a typo ("tree" is not "three", "apple" not "apply"): a word of
   * four letters or fewer is not corrected, one of five only for a letter added, left out or swapped ("umwoy"), not changed.
   * The word's own shard is looked in first: it has every form whose typo is after the letters that chose the shard. Only
   * where it has none is the typo looked for in those letters ("kient" looks in "ki", "klient" is in "kl"), in the files
   * that list each form also with one of those letters left out (guide.search.ShardLetterEdits), all at the same time: the
   * file of the word ("kient": "klient" with a letter left out) and those of the word with each of its first letters left
   * out ("kilient", "kkient" and "kilent" without their second or third letter), usually the same one or two files.
   */
  async nearest(word) {
    const cps = [...word];
    if (cps.length < 5) return null;
    const here = nearestIn(await this.shard(word), word);
    if (here !== null) return here.f;
    const strings = [word, ...cps.slice(0, this.meta.depth + 1).map((_, i) => [...cps.slice(0, i), ...cps.slice(i + 1)].join(''))];
    const files = [...new Set(await Promise.all(strings.map((s) => this.edits(s))))];
    return files.map((e) => nearestUsed(e, word)).filter((x) => x !== null).sort(byBegun)[0]?.f ?? null;
  }

  /**
   * For a query of two words or more that no page has all of: the word that, alone, finds the most pages (the first of
   * them on a tie), as {word (as typed, or as searched where it had a typo), total (its pages), results}; null when no word finds any page alone.
   */
  async alone(query, complete, limit = 8) {
    const words = wordsOf(query);
    if (words.length < 2) return null;
    let best = null;
    for (const [i, x] of words.entries()) {
      const done = complete || i < words.length - 1;
      const results = await this.search(done ? x.w + ' ' : x.w, done, limit);
      // A word searched as the form one edit away ("clinet" as "client") is named as searched, not as typed.
      const word = results?.corrected ? results.corrected.used : x.w;
      if (results?.length && (!best || results.total > best.total)) best = { word, total: results.total, results };
    }
    return best;
  }
}

/** The form of a shard one edit from a word no page has that the pages use, the one whose key is on most pages, as {k, occurs, n, f}; or null. */
function nearestIn(shard, word) {
  const change = [...word].length > 5;
  let best = null;
  for (const f of Object.keys(shard?.f ?? {})) {
    if (!oneEditApart(word, f, change)) continue;
    for (const k of shard.f[f].split(' ')) {
      const p = own(shard.p, k) ?? own(shard.r, k);
      if (!p || !p.n || !p.o.includes(f)) continue;
      const c = { k, occurs: 1, n: p.n, f };
      if (!best || byBegun(c, best) < 0) best = c;
    }
  }
  return best;
}

/** The same of a file of forms for a typo in the letters that chose their shard ({f: {form: pages}}): every form in it occurs. */
function nearestUsed(file, word) {
  const change = [...word].length > 5;
  let best = null;
  for (const [f, n] of Object.entries(file?.f ?? {})) {
    const c = { k: f, occurs: 1, n, f };
    if (oneEditApart(word, f, change) && (!best || byBegun(c, best) < 0)) best = c;
  }
  return best;
}

/** Whether two strings are one edit apart: a character added or left out, two neighbours swapped, or (change) one changed. */
export function oneEditApart(a, b, change = true) {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1 || a === b) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const rest = (m, n) => x.slice(m).join('') === y.slice(n).join('');
  if (x.length === y.length) {
    return (change && rest(i + 1, i + 1)) || (x[i] === y[i + 1] && x[i + 1] === y[i] && rest(i + 2, i + 2));
  }
  return x.length > y.length ? rest(i + 1, i) : rest(i, i + 1);
}

/**
 * The phrases of a query, in quotation marks of any kind ("bad client", „zły klient”, “bad client”; an unclosed one runs
 * to the end, as the reader is still typing it), of two words or more: {text, match}, match holding for each of its words
 * a test of a word of a page. A word is matched in any of its forms, as outside quotation marks („zły klient” finds „złego
 * klienta”); a common word or a single letter, which the index leaves out, only as typed; an unfinished last word also
 * as the start of a word.
 */
export function phrasesOf(query, words, perWord, done) {
  const marks = [...query.matchAll(QUOTE)].map((m) => m.index);
  const out = [];
  for (let i = 0; i < marks.length; i += 2) {
    const from = marks[i] + 1;
    const to = i + 1 < marks.length ? marks[i + 1] : query.length;
    const inside = wordsOf(query.slice(from, to), 1);
    if (inside.length < 2) continue;
    const match = inside.map((y) => {
      const k = words.findIndex((x) => x.at === from + y.at);
      const terms = k < 0 ? [] : perWord[k];
      const t = terms.length === 1 && terms[0].t && terms[0].t !== 'stop' ? terms[0].t : null;
      // A single letter the query ends with is a word being typed too ("bad c" on the way to "bad client").
      const begun = k >= 0 ? !done[k] : from + y.at + y.w.length === query.length;
      return (x) => x.f === y.f || (t !== null && has(t, x)) || (begun && x.f.startsWith(y.f));
    });
    out.push({ text: inside.map((y) => y.w).join(' '), match });
  }
  return out;
}

/** Where in a text a phrase's words stand one after another (the offset of its first), or -1. */
function phraseAt(text, phrase) {
  const xs = wordsOf(text, 1);
  const n = phrase.match.length;
  for (let i = 0; i + n <= xs.length; i++) {
    let j = 0;
    while (j < n && phrase.match[j](xs[i + j]) && (j === 0 || GAP.test(text.slice(xs[i + j - 1].at + xs[i + j - 1].w.length, xs[i + j].at)))) j++;
    if (j === n) return xs[i].at;
  }
  return -1;
}

/** Whether a page's title, or a heading or the text of one of its sections, has the phrase. */
const pageHas = (doc, phrase) => phraseAt(doc.t, phrase) >= 0 || doc.s.some(([, h, text]) => phraseAt(h, phrase) >= 0 || phraseAt(text, phrase) >= 0);

/** A word as an excerpt writes it, with a capital only where more than its first letter is one ("KSeF", not "Klienta"). */
const asWord = (w) => (w.slice(1) === w.slice(1).toLowerCase() ? w.toLowerCase() : w);

function addTier(pages, tier) {
  let id = 0;
  tier.i.forEach((d, j) => {
    id += d;
    pages.set(id, Math.max(pages.get(id) || 0, tier.w[j]));
  });
}

/** Pages with every term, by the sum of each term's weight times its rarity (BM25's idf). */
function rank(terms, total) {
  const byRarity = [...terms].sort((a, b) => a.pages.size - b.pages.size);
  const idf = (t) => Math.log(1 + (total - t.n + 0.5) / (t.n + 0.5));
  const out = [];
  for (const [id] of byRarity[0].pages) {
    let score = 0;
    let all = true;
    for (const t of terms) {
      const w = t.pages.get(id);
      if (!w) { all = false; break; }
      score += idf(t) * w;
    }
    if (all) out.push({ id, score });
  }
  return out.sort((a, b) => b.score - a.score || b.id - a.id).map((c, order) => ({ ...c, order }));
}

/**
 * A page's best section for the terms (the one with the phrases, then most terms, then heading, then closest together, then
 * most mentions), its score, its title and an excerpt, the words marked in both.
 */
function describe(doc, candidate, terms, phrases) {
  let best = null;
  doc.s.forEach(([anchor, heading, text], index) => {
    const at = phrases.map((p) => phraseAt(text, p));
    const headingWords = wordsOf(heading);
    const inHeading = terms.map((t, i) => (headingWords.some((x) => has(t, x)) ? i : -1)).filter((i) => i >= 0);
    const tokens = wordsOf(text);
    const hits = tokens.map((x) => terms.findIndex((t) => has(t, x)));
    const covered = new Set([...inHeading, ...hits.filter((h) => h >= 0)]).size;
    const span = closest(hits, terms.length);
    const phrase = terms.length > 1 && span && span.size === terms.length;
    // Mentions count with diminishing returns (as BM25's term frequency), up to 3: a section that discusses the words at
    // length outranks one that names them a few times, where the pages' own weights tie.
    const mentions = hits.filter((h) => h >= 0).length;
    const score = 10 * covered + 4 * inHeading.length + (3 * mentions) / (mentions + 1)
      + (span ? 8 / span.size : 0) + (phrase ? 10 : 0) - index * 0.01
      + 30 * phrases.filter((p, i) => at[i] >= 0 || phraseAt(heading, p) >= 0).length;
    const quoted = at.find((a) => a >= 0);
    const first = quoted === undefined ? hits.findIndex((h) => h >= 0) : tokens.findIndex((x) => x.at >= quoted);
    if (!best || score > best.score) best = { anchor, heading, text, tokens, span: quoted === undefined ? span : null, score, first };
  });
  if (!best) best = { anchor: '', heading: '', text: '', tokens: [], span: null, score: 0, first: -1 };
  const near = best.span ? best.span.from : best.first;
  return {
    url: doc.u,
    title: doc.t,
    titleMarks: markedAll(doc.t, terms),
    anchor: best.anchor,
    heading: best.heading,
    headingMarks: markedAll(best.heading, terms),
    excerpt: excerpt(best.text, best.tokens, near, terms),
    score: candidate.score + best.score * 2,
    order: candidate.order,
  };
}

/** Whether a word of the text is one of the term's forms, or a hyphenated word one of whose parts is ("mail" in "e-mail"). */
const has = (t, x) => t.forms.has(x.f) || x.parts.some((p) => t.forms.has(p.f));

/** The shortest run of words that holds every term (index of its first word and its length in words), or null. */
function closest(hits, count) {
  const last = new Map();
  let best = null;
  hits.forEach((h, i) => {
    if (h < 0) return;
    last.set(h, i);
    if (last.size === count) {
      const from = Math.min(...last.values());
      const size = i - from + 1;
      if (!best || size < best.size) best = { from, size };
    }
  });
  return best;
}

/** About 30 words of the section around the match, in pieces marked where a term's form occurs. */
function excerpt(text, tokens, near, terms) {
  if (!text) return [];
  const startWord = Math.max(0, (near < 0 ? 0 : near) - 8);
  const endWord = Math.min(tokens.length - 1, startWord + 30);
  const from = startWord === 0 ? 0 : tokens[startWord].at;
  const to = endWord === tokens.length - 1 ? text.length : tokens[endWord].at + tokens[endWord].w.length;
  const pieces = marked(text, tokens, startWord, endWord, from, to, terms);
  if (from > 0) pieces.unshift({ text: '… ', mark: false });
  if (to < text.length) pieces.push({ text: ' …', mark: false });
  return pieces;
}

/** A whole text (a title, a heading) in pieces, marked where one of its words is a term's form. */
function markedAll(text, terms) {
  const words = wordsOf(text);
  return marked(text, words, 0, words.length - 1, 0, text.length, terms);
}

/** text[from, to) in pieces, marked where one of its words (tokens[startWord..endWord]) is a term's form. */
function marked(text, tokens, startWord, endWord, from, to, terms) {
  const pieces = [];
  let at = from;
  for (let i = startWord; i <= endWord; i++) {
    const x = tokens[i];
    // A hyphenated word is marked whole where the term is its joined form ("e-mailem" for "email"), else the parts that are.
    const marked = terms.some((t) => t.forms.has(x.f)) ? [x] : x.parts.filter((p) => terms.some((t) => t.forms.has(p.f)));
    for (const m of marked) {
      if (m.at > at) pieces.push({ text: text.slice(at, m.at), mark: false });
      pieces.push({ text: m.w, mark: true });
      at = m.at + m.w.length;
    }
  }
  if (to > at) pieces.push({ text: text.slice(at, to), mark: false });
  return pieces;
}
