// The recruiter's scheduling form: the stage's planned minutes fill the length until the recruiter types their own,
// and after htmx swaps in an answer (a double booking, a booked interview) the focus moves to what it says, so that a
// keyboard or screen-reader user lands on the news rather than at the top of the page.
(function () {
  'use strict';

  document.addEventListener('change', function (event) {
    var select = event.target;
    if (select.id !== 'slot-stage') {
      return;
    }
    var minutes = document.getElementById('slot-minutes');
    var option = select.options[select.selectedIndex];
    if (minutes && option && option.dataset.minutes && minutes.dataset.edited !== 'true') {
      minutes.value = option.dataset.minutes;
    }
  });

  document.addEventListener('input', function (event) {
    if (event.target && event.target.id === 'slot-minutes') {
      event.target.dataset.edited = 'true';
    }
  });

  document.addEventListener('htmx:afterSwap', function (event) {
    var target = event.detail && event.detail.target;
    var focus = target && target.querySelector('[data-focus-after-swap]');
    if (focus) {
      focus.focus();
      if (focus.scrollIntoView) {
        focus.scrollIntoView({block: 'nearest'});
      }
    }
  });
}());
