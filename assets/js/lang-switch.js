// Takes a reader who switches language to the section they are in, when the other page has it. The
// section is the one the address names (#id: set by the contents, a search result or a shared link);
// where the other page lacks it, the section it is part of. Not the scroll position: the switch is in
// the header, which scrolls away, so a reader who reaches it has just scrolled (or tabbed) to the top.
// data-sections lists the ids of the other page's sections (the build reads them from its source);
// for any other address, and without this script, the link goes to the other page's top.
const links = document.querySelectorAll('a[data-lang-switch][data-sections]');
const headings = [...document.querySelectorAll('[data-prose] :is(h2, h3, h4)[id]')];

// The heading the address names, then the headings of the sections it is part of.
function sections() {
  let id = '';
  try { id = decodeURIComponent(location.hash.slice(1)); } catch { /* not an id of this page */ }
  const at = headings.findIndex((h) => h.id === id);
  const found = [];
  for (let i = at, level = 7; i >= 0; i--) {
    const h = headings[i];
    if (+h.tagName[1] < level) {
      found.push(h.id);
      level = +h.tagName[1];
    }
  }
  return found;
}

function point() {
  const ids = sections();
  for (const link of links) {
    const known = link.dataset.sections.split(' ');
    const id = ids.find((s) => known.includes(s));
    link.hash = id ? '#' + id : '';
  }
}

if (links.length) {
  point();
  addEventListener('hashchange', point);
}
