// Preview only (./guide serve): reload when a new build is ready, show a failed build's problems
// and a build's warnings.
const source = new EventSource('/__guide/events');
// The build this page was served from (the preview adds it to this script's address): a build
// that finished before the connection opened is then news, and the page reloads.
const served = new URL(import.meta.url).searchParams.get('build');
let seen = served === null ? null : Number(served);
let panel = null;
// The warnings an editor closed the panel on, kept while the tab is open: each save reloads the page.
const CLOSED = 'guide-preview-warnings-closed';

function count(n, word) {
  return n === 1 ? `1 ${word}` : `${n} ${word}s`;
}

function listOf(lines) {
  const list = document.createElement('ul');
  Object.assign(list.style, { margin: '0.25rem 0 0', paddingInlineStart: '1.5rem' });
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  return list;
}

function newPanel(id, look) {
  if (panel) {
    panel.remove();
  }
  panel = document.createElement('section');
  panel.id = id;
  Object.assign(panel.style, {
    position: 'fixed', inset: 'auto 0 0 0', overflow: 'auto', zIndex: '99999', color: '#fff',
    font: '14px/1.5 ui-monospace, monospace', textAlign: 'start'
  }, look);
  document.body.append(panel);
  return panel;
}

function showProblems(problems, hasSite, warnings) {
  newPanel('guide-build-problems', {
    maxHeight: '50vh', background: '#3b0d0d', padding: '1rem', borderTop: '4px solid #ff6b6b'
  }).setAttribute('role', 'alert');
  const title = document.createElement('strong');
  // Not served: the preview's first build failed, and there is no good build to show.
  title.textContent = hasSite ? `Build failed (${problems.length}); showing the last good build:`
    : `Build failed (${problems.length}); nothing to show yet. Fix ${problems.length === 1 ? 'this' : 'these'} and save:`;
  panel.append(title, listOf(problems));
  if (warnings.length > 0) {
    const also = document.createElement('p');
    also.style.margin = '0.75rem 0 0';
    also.textContent = `Also ${count(warnings.length, 'warning')} (warnings alone do not stop a build):`;
    panel.append(also, listOf(warnings));
  }
}

function remembered() {
  try {
    return sessionStorage.getItem(CLOSED);
  } catch {
    return null;
  }
}

function remember(warnings) {
  try {
    if (warnings === null) {
      sessionStorage.removeItem(CLOSED);
    } else {
      sessionStorage.setItem(CLOSED, warnings);
    }
  } catch {
    // no storage: the panel opens again at the next reload
  }
}

// Quieter than problems: the page is up to date, and the panel closes to one line. Closed, it
// stays closed for the same warnings; a new warning opens it again.
function showWarnings(warnings) {
  const key = warnings.join('\n');
  if (panel && panel.id === 'guide-build-warnings' && panel.dataset.warnings === key) {
    return;
  }
  newPanel('guide-build-warnings', {
    maxHeight: '40vh', background: '#2e2608', padding: '0.5rem 1rem', borderTop: '3px solid #d9a400', fontSize: '13px'
  }).setAttribute('role', 'status');
  panel.dataset.warnings = key;
  const details = document.createElement('details');
  details.open = remembered() !== key;
  const summary = document.createElement('summary');
  summary.textContent = `The build succeeded, with ${count(warnings.length, 'warning')}`;
  Object.assign(summary.style, { cursor: 'pointer', fontWeight: 'bold' });
  details.append(summary, listOf(warnings));
  details.addEventListener('toggle', () => remember(details.open ? null : key));
  panel.append(details);
}

source.addEventListener('state', (event) => {
  const state = JSON.parse(event.data);
  if (state.problems.length > 0) {
    showProblems(state.problems, state.served, state.warnings);
  } else if (seen !== null && state.build !== seen) {
    location.reload();
    return;
  } else if (state.warnings.length > 0) {
    showWarnings(state.warnings);
  } else if (panel) {
    panel.remove();
    panel = null;
  }
  seen = state.build;
});
