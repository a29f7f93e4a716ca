// The admin pages: after a save or a refusal, the message that says what happened takes the focus.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var message = document.querySelector('[data-autofocus]');
    if (message) {
      message.focus();
    }
  });
})();
