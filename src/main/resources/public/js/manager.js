// The candidate page's decision form: counts the rationale against the rule when the choice goes against the
// recommendation, and after the server answers (htmx swaps the section) moves the focus to what needs attention.
(function () {
  'use strict';

  function form() {
    return document.getElementById('decision-form');
  }

  function chosen(decision) {
    var checked = decision.querySelector('input[name="outcome"]:checked');
    return checked ? checked.value : '';
  }

  function count() {
    var decision = form();
    if (!decision) {
      return;
    }
    var text = decision.querySelector('#rationale');
    var out = decision.querySelector('#rationale-count');
    if (!text || !out) {
      return;
    }
    var length = text.value.trim().length;
    var minimum = Number(decision.getAttribute('data-minimum')) || 0;
    if (chosen(decision) === decision.getAttribute('data-against')) {
      out.textContent = length + ' of at least ' + minimum + ' characters, since this goes against the recommendation.';
    } else {
      out.textContent = length === 1 ? '1 character.' : length + ' characters.';
    }
  }

  document.addEventListener('input', function (event) {
    if (event.target && event.target.closest && event.target.closest('#decision-form')) {
      count();
    }
  });
  document.addEventListener('change', function (event) {
    if (event.target && event.target.closest && event.target.closest('#decision-form')) {
      count();
    }
  });

  document.addEventListener('htmx:afterSettle', function () {
    var section = document.getElementById('decision');
    if (!section) {
      return;
    }
    count();
    var invalid = section.querySelector('[aria-invalid="true"]');
    var target = invalid && invalid.tagName === 'FIELDSET' ? invalid.querySelector('input') : invalid;
    target = target || section.querySelector('.problem') || section.querySelector('#decision-heading');
    target.focus();
    if (target.tagName === 'TEXTAREA') {
      // go on writing where the text ends
      target.setSelectionRange(target.value.length, target.value.length);
    }
  });

  document.addEventListener('DOMContentLoaded', count);
})();
