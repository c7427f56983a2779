// The portal's only script of its own (served from the portal, so the Content-Security-Policy allows it):
// buttons with data-copy put their text on the clipboard.
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-copy]');
  if (!button || !navigator.clipboard) {
    return;
  }
  navigator.clipboard.writeText(button.dataset.copy).then(() => {
    button.textContent = 'Copied';
  });
});
