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

// Drop zones ([data-upload]): drag files on, or choose them; each is sent on its own with a progress bar (the
// portal streams it to files-service), then the page moves on to data-after. Refusals show in the zone's status.
function uploadOne(zone, file) {
  return new Promise((resolve) => {
    const bar = zone.querySelector('progress');
    const status = zone.querySelector('.upload-status');
    const body = new FormData();
    body.append('file', file, file.name);
    const request = new XMLHttpRequest();
    request.open('POST', zone.dataset.upload);
    request.setRequestHeader('X-CSRF-Token', zone.dataset.csrf);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) {
        bar.value = Math.round((event.loaded * 100) / event.total);
        status.textContent = 'Uploading ' + file.name + ': ' + bar.value + ' %';
      }
    });
    request.addEventListener('load', () => {
      let answer = {};
      try {
        answer = JSON.parse(request.responseText);
      } catch (ignored) {
        answer = {};
      }
      const stored = request.status === 201;
      status.textContent = answer.message || (stored ? file.name + ' uploaded.'
        : 'The upload was refused (HTTP ' + request.status + ').');
      resolve(stored);
    });
    request.addEventListener('error', () => {
      status.textContent = 'The connection broke off while uploading ' + file.name + '; nothing was stored. Try again.';
      resolve(false);
    });
    bar.hidden = false;
    bar.value = 0;
    status.textContent = 'Uploading ' + file.name + '…';
    request.send(body);
  });
}

async function uploadAll(zone, files) {
  zone.classList.remove('failed');
  for (const file of files) {
    if (!(await uploadOne(zone, file))) {
      zone.classList.add('failed');
      return;
    }
  }
  const after = new URL(zone.dataset.after, window.location.href);
  if (after.pathname === window.location.pathname && after.search === window.location.search) {
    window.location.reload();
  } else {
    window.location.assign(after.href);
  }
}

document.querySelectorAll('[data-upload]').forEach((zone) => {
  const input = zone.querySelector('input[type=file]');
  input.addEventListener('change', () => {
    if (input.files.length > 0) {
      uploadAll(zone, Array.from(input.files));
    }
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) {
      uploadAll(zone, input.multiple ? files : files.slice(0, 1));
    }
  });
});

// Countdowns (<time class="countdown" datetime="…">): the time an offer has left, kept current while the page is
// open ("41 h left", "25 min left", "expired"); the server wrote the same words at render time.
function tickCountdowns() {
  document.querySelectorAll('time.countdown').forEach((time) => {
    const left = Date.parse(time.getAttribute('datetime')) - Date.now();
    const minutes = Math.floor(left / 60000);
    time.textContent = left <= 0 ? 'expired' : minutes >= 60 ? Math.floor(minutes / 60) + ' h left'
      : minutes + ' min left';
  });
}
document.addEventListener('DOMContentLoaded', () => {
  tickCountdowns();
  setInterval(tickCountdowns, 30000);
});
