// Asks before anything destructive or final: a form with data-confirm, or sent by a button with
// data-confirm (Gửi beside Lưu nháp), submits only after the user agrees.
document.addEventListener('submit', function (event) {
  var button = event.submitter;
  var message = (button && button.getAttribute('data-confirm')) || event.target.getAttribute('data-confirm');
  // Removing a row asks only when something was typed in it.
  if (!message && button && button.hasAttribute('data-confirm-if-filled')) {
    var row = button.closest('.part-row') || button.closest('.task-row');
    var filled = row && Array.prototype.some.call(row.querySelectorAll('input[type=text], textarea, select'), function (field) {
      return field.value && field.value.trim() !== '' && !field.closest('details:not([open])');
    });
    if (filled) {
      message = button.getAttribute('data-confirm-if-filled');
    }
  }
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// After a row was added to a form, the cursor goes to the new row, so the keyboard never has to
// find it.
document.addEventListener('DOMContentLoaded', function () {
  var marker = document.querySelector('[data-focus]');
  var target = marker && document.getElementById(marker.getAttribute('data-focus'));
  if (target) {
    target.focus();
    target.scrollIntoView({ block: 'center' });
  }
});

// Long work (an upload, a save with files) shows that it is under way and cannot be sent twice.
document.addEventListener('submit', function (event) {
  if (event.defaultPrevented) {
    return;
  }
  var form = event.target;
  if (form.getAttribute('enctype') === 'multipart/form-data') {
    var indicator = form.querySelector('.submit-progress');
    if (indicator) {
      indicator.classList.remove('d-none');
    }
  }
});

// A partial update that was redirected (an expired session sent to the login page) must not
// paste a whole page into the one it updates.
document.addEventListener('htmx:beforeSwap', function (event) {
  var xhr = event.detail.xhr;
  var asked = event.detail.requestConfig && event.detail.requestConfig.path;
  if (xhr && asked && xhr.responseURL && xhr.responseURL.indexOf(asked) === -1) {
    event.detail.shouldSwap = false;
  }
});

// A print button (the handling slip): inline handlers are forbidden by the Content-Security-Policy.
document.addEventListener('click', function (event) {
  if (event.target.closest && event.target.closest('[data-print]')) {
    window.print();
  }
});

// A refused step of the task page shows its own form again, with the error: the page opens
// there, the cursor in the first field in error (or the form's first field), not at the top.
document.addEventListener('DOMContentLoaded', function () {
  var marker = document.querySelector('[data-failed-form]');
  if (!marker) {
    return;
  }
  var name = marker.getAttribute('data-failed-form');
  var form = document.querySelector('form[data-form="' + name + '"]')
    || document.getElementById(name.replace(/Form$/, '').replace(/([A-Z])/g, '-$1').toLowerCase() + '-form');
  if (!form) {
    return;
  }
  form.scrollIntoView({ block: 'center' });
  var field = form.querySelector('.is-invalid') || form.querySelector('input:not([type=hidden]), textarea, select, button');
  if (field) {
    field.focus({ preventScroll: true });
  }
});

// A field in error says so to screen readers too, and names its message.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.is-invalid').forEach(function (field, index) {
    field.setAttribute('aria-invalid', 'true');
    var feedback = field.parentElement && field.parentElement.querySelector('.invalid-feedback');
    if (feedback) {
      if (!feedback.id) {
        feedback.id = (field.id || 'field-' + index) + '-error';
      }
      field.setAttribute('aria-describedby', feedback.id);
    }
  });
});

// Nothing typed is lost: a form with data-draft keeps what is typed in the tab's session
// storage, offers it back on a fresh form (after an expired session, a refused upload, a
// page closed by mistake), and forgets it once the record is saved.
document.addEventListener('DOMContentLoaded', function () {
  var cleared = document.querySelector('[data-draft-clear]');
  if (cleared) {
    sessionStorage.removeItem('draft:' + cleared.getAttribute('data-draft-clear'));
  }
  var form = document.querySelector('form[data-draft]');
  if (!form) {
    return;
  }
  var key = 'draft:' + form.getAttribute('data-draft');
  var saving = true;
  function save() {
    if (!saving) {
      return;
    }
    var values = [];
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.name === '_csrf' || field.name === 'row' || field.type === 'file' || field.type === 'submit'
          || field.type === 'button' || ((field.type === 'checkbox' || field.type === 'radio') && !field.checked)) {
        return;
      }
      values.push([field.name, field.value]);
    });
    try {
      sessionStorage.setItem(key, JSON.stringify({ at: new Date().toISOString(), values: values }));
    } catch (e) {
      // Storage full or refused: the form still works, only without a draft.
    }
  }
  var stored = sessionStorage.getItem(key);
  var offer = document.getElementById('draft-offer');
  if (stored && form.getAttribute('data-draft-fresh') === 'true' && offer) {
    // Keep the stored draft until the person decides.
    saving = false;
    var draft = JSON.parse(stored);
    var at = new Date(draft.at);
    var text = document.getElementById('draft-offer-text');
    var time = ('0' + at.getHours()).slice(-2) + ':' + ('0' + at.getMinutes()).slice(-2) + ' '
      + ('0' + at.getDate()).slice(-2) + '/' + ('0' + (at.getMonth() + 1)).slice(-2) + '/' + at.getFullYear();
    text.textContent = text.getAttribute('data-text').replace('{0}', time);
    offer.classList.remove('d-none');
    document.getElementById('draft-restore').addEventListener('click', function () {
      // The server lays out as many rows as the draft has: send it back to be shown.
      var restore = document.createElement('form');
      restore.method = 'post';
      restore.action = form.action;
      restore.enctype = 'multipart/form-data';
      restore.hidden = true;
      draft.values.concat([['row', 'restore'], ['_csrf', form.querySelector('[name=_csrf]').value]]).forEach(function (pair) {
        var input = document.createElement('input');
        input.type = 'hidden';
        input.name = pair[0];
        input.value = pair[1];
        restore.appendChild(input);
      });
      document.body.appendChild(restore);
      restore.submit();
    });
    document.getElementById('draft-discard').addEventListener('click', function () {
      sessionStorage.removeItem(key);
      offer.classList.add('d-none');
      saving = true;
    });
  }
  form.addEventListener('input', save);
  form.addEventListener('change', save);
  if (saving && form.getAttribute('data-draft-fresh') !== 'true') {
    save();
  }
});
