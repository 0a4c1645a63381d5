// The translation dashboard (preview only): copy buttons, and live updates when content changes.
// Without this script the page still works: commands can be selected by hand, filters are links,
// and the import is a plain form.
const announcer = document.getElementById('dash-announce');

function announce(text) {
  if (!announcer) return;
  announcer.textContent = '';
  // A new text in a polite live region that already exists is read out.
  setTimeout(() => { announcer.textContent = text; }, 50);
}

function showCopyButtons(root) {
  for (const button of root.querySelectorAll('button[data-copy]')) button.hidden = false;
}

function selectText(element) {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}

async function copy(button) {
  const code = document.getElementById(button.dataset.copy);
  if (!code) return;
  const text = code.textContent;
  try {
    if (!navigator.clipboard || !window.isSecureContext) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    button.textContent = 'Copied';
    announce(`Copied: ${text}`);
  } catch (error) {
    // No clipboard access (an older browser, or permission refused): select the command instead.
    selectText(code);
    button.textContent = 'Selected: press Ctrl+C';
    announce('The command is selected: press Ctrl+C, or Command+C on a Mac, to copy it.');
  }
  setTimeout(() => { button.textContent = 'Copy command'; }, 4000);
}

document.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-copy]');
  if (button) copy(button);
});
showCopyButtons(document);

// Live updates: the preview's build events (the same stream as live.js). After each new build the
// page's changing parts are fetched again and swapped in place, so focus, the form and the
// reading position stay; a failed build is shown without touching the rest.
let seen = null;
let problemsPanel = null;

function describe(element) {
  if (!element || element === document.body) return null;
  return { id: element.id, href: element.getAttribute('href'), text: element.textContent };
}

function refocus(memory) {
  if (!memory) return;
  let target = memory.id ? document.getElementById(memory.id) : null;
  if (!target && memory.href) {
    target = [...document.querySelectorAll(`a[href="${CSS.escape(memory.href)}"]`)].find((a) => a.textContent === memory.text);
  }
  if (target) target.focus({ preventScroll: true });
}

async function refresh(build) {
  const response = await fetch(location.href, { cache: 'no-store', headers: { Accept: 'text/html' } });
  if (!response.ok) return;
  const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
  const active = document.activeElement;
  let memory = null;
  for (const part of document.querySelectorAll('[data-live-part]')) {
    const replacement = fresh.getElementById(part.id);
    if (!replacement) continue;
    if (part.contains(active)) memory = describe(active);
    part.replaceWith(document.adoptNode(replacement));
  }
  showCopyButtons(document);
  refocus(memory);
  document.documentElement.dataset.build = String(build);
  announce('The dashboard was updated after a change to the content.');
}

// Served: a build succeeded before (or target/site held one); not served: no build has made a site yet.
function showProblems(problems, served) {
  if (!problemsPanel) {
    problemsPanel = document.createElement('section');
    problemsPanel.className = 'dash-problems';
    problemsPanel.setAttribute('role', 'alert');
    document.querySelector('main').prepend(problemsPanel);
  }
  const title = document.createElement('h2');
  const them = problems.length === 1 ? 'it' : 'them';
  title.textContent = served ? `The last build failed (${problems.length}); the preview still shows the one before`
    : `The build failed (${problems.length}); the preview has nothing to show yet: fix ${them} at the file and line below, and save`;
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    item.textContent = problem;
    list.append(item);
  }
  problemsPanel.replaceChildren(title, list);
}

const events = new EventSource('/__guide/events');
events.addEventListener('state', (event) => {
  const state = JSON.parse(event.data);
  if (state.problems.length > 0) {
    showProblems(state.problems, state.served);
    // Known now, so that the next build that succeeds refreshes the lists (the first one, too).
    if (seen === null) seen = state.build;
    return;
  }
  if (problemsPanel) {
    problemsPanel.remove();
    problemsPanel = null;
  }
  if (seen !== null && state.build !== seen) refresh(state.build);
  else document.documentElement.dataset.build = String(state.build);
  seen = state.build;
});
