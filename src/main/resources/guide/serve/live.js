// Preview only (./guide serve): reload when a new build is ready, show a failed build's problems.
const source = new EventSource('/__guide/events');
// The build this page was served from (the preview adds it to this script's address): a build
// that finished before the connection opened is then news, and the page reloads.
const served = new URL(import.meta.url).searchParams.get('build');
let seen = served === null ? null : Number(served);
let panel = null;

function showProblems(problems, hasSite) {
  if (!panel) {
    panel = document.createElement('section');
    panel.setAttribute('role', 'alert');
    panel.id = 'guide-build-problems';
    Object.assign(panel.style, {
      position: 'fixed', inset: 'auto 0 0 0', maxHeight: '50vh', overflow: 'auto', zIndex: '99999',
      background: '#3b0d0d', color: '#fff', font: '14px/1.5 ui-monospace, monospace', padding: '1rem',
      borderTop: '4px solid #ff6b6b'
    });
    document.body.append(panel);
  }
  panel.replaceChildren();
  const title = document.createElement('strong');
  // Not served: the preview's first build failed, and there is no good build to show.
  title.textContent = hasSite ? `Build failed (${problems.length}); showing the last good build:`
    : `Build failed (${problems.length}); nothing to show until it builds:`;
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    item.textContent = problem;
    list.append(item);
  }
  panel.append(title, list);
}

source.addEventListener('state', (event) => {
  const state = JSON.parse(event.data);
  if (state.problems.length > 0) {
    showProblems(state.problems, state.served);
  } else if (seen !== null && state.build !== seen) {
    location.reload();
    return;
  } else if (panel) {
    panel.remove();
    panel = null;
  }
  seen = state.build;
});
