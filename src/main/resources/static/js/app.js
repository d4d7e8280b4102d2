// Asks before anything destructive or final: a form with data-confirm, or sent by a button with
// data-confirm (Gửi beside Lưu nháp), submits only after the user agrees.
document.addEventListener('submit', function (event) {
  var button = event.submitter;
  var message = (button && button.getAttribute('data-confirm')) || event.target.getAttribute('data-confirm');
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
