// The rounds page's self-scheduling links: a new link's URL is copied with one click (the field stays selectable
// where the clipboard is not available), and the notice that shows it takes the focus.
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('button.copy-button'), function (button) {
    var field = document.querySelector(button.getAttribute('data-copy'));
    var state = button.parentNode.querySelector('.copy-state');
    button.addEventListener('click', function () {
      field.select();
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(field.value).then(function () {
          state.textContent = 'Copied.';
        }, function () {
          state.textContent = 'Selected: press Ctrl+C (or Cmd+C) to copy.';
        });
      } else {
        state.textContent = 'Selected: press Ctrl+C (or Cmd+C) to copy.';
      }
    });
  });
  var created = document.getElementById('created-link');
  if (created) {
    created.focus();
  }
})();
