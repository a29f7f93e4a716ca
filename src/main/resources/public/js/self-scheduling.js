// The candidate's self-scheduling page: every time in the browser's own time zone. The server writes the times in
// UTC (what a page without scripts shows, and says); this regroups the slots by the days of the browser's zone,
// writes each time in it, and tells the form that zone, so the invitation mails use it too.
(function () {
  'use strict';
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  if (!zone) {
    return;
  }
  var day = new Intl.DateTimeFormat(undefined, {
    weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: zone
  });
  var time = new Intl.DateTimeFormat(undefined, {hour: '2-digit', minute: '2-digit', timeZone: zone});

  function span(start, end) {
    return time.format(start) + '\u2013' + time.format(end);
  }

  Array.prototype.forEach.call(document.querySelectorAll('input[name="timeZone"]'), function (input) {
    input.value = zone;
  });
  Array.prototype.forEach.call(document.querySelectorAll('.zone-name'), function (name) {
    name.textContent = zone.replace(/_/g, ' ');
  });
  Array.prototype.forEach.call(document.querySelectorAll('time.local-span'), function (when) {
    var start = new Date(when.getAttribute('data-start'));
    when.textContent = day.format(start) + ', ' + span(start, new Date(when.getAttribute('data-end')));
  });

  var days = document.getElementById('slot-days');
  if (days) {
    var groups = [];
    var byLabel = {};
    Array.prototype.forEach.call(days.querySelectorAll('button.slot'), function (button) {
      var start = new Date(button.getAttribute('data-start'));
      var label = day.format(start);
      button.querySelector('.slot-time').textContent = span(start, new Date(button.getAttribute('data-end')));
      button.querySelector('.slot-day-name').textContent = ', ' + label;
      if (!byLabel[label]) {
        byLabel[label] = [];
        groups.push(label);
      }
      byLabel[label].push(button);
    });
    while (days.firstChild) {
      days.removeChild(days.firstChild);
    }
    groups.forEach(function (label) {
      var section = document.createElement('section');
      section.className = 'slot-day';
      var heading = document.createElement('h3');
      heading.textContent = label;
      var list = document.createElement('ul');
      list.className = 'slot-list';
      byLabel[label].forEach(function (button) {
        var item = document.createElement('li');
        item.appendChild(button);
        list.appendChild(item);
      });
      section.appendChild(heading);
      section.appendChild(list);
      days.appendChild(section);
    });
  }

  // one booking per click: a second click while the first is on its way would only be refused
  var form = document.getElementById('slot-form');
  if (form) {
    form.addEventListener('submit', function () {
      setTimeout(function () {
        Array.prototype.forEach.call(form.querySelectorAll('button.slot'), function (button) {
          button.disabled = true;
        });
      }, 0);
    });
  }

  var message = document.getElementById('confirmation') || document.getElementById('refusal');
  if (message) {
    message.focus();
  }
})();
