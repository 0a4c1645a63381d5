// The browser's own share sheet (Web Share API), where there is one: shows the button and opens it.
const item = document.querySelector('[data-share-native]');
const button = item && item.querySelector('button');
if (button && navigator.share) {
  item.hidden = false;
  button.addEventListener('click', () => {
    navigator.share({ title: button.dataset.title, url: button.dataset.url }).catch(() => {});
  });
}
