// The plan pages. The kit's Print button; and the builder: the whole draft is one form that is saved whole (with the
// version it read) a moment after the last change. Each save answers the validation report and the coverage summary,
// which replace the ones beside the form; the state line says "Saved", "Saving…" or what went wrong. Stages,
// topics and questions are added in place through htmx fragments; moving and removing them happens here.
(function () {
  'use strict';
  var SAVE_DELAY_MS = 800;
  var RETRY_MS = 5000;

  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-action="print"]')) {
      window.print();
    }
  });

  var main = document.querySelector('main.plan-builder');
  if (!main) {
    return;
  }
  var form = document.getElementById('plan-form');
  var stagesBox = document.getElementById('stages');
  var stateLine = document.getElementById('save-state');
  var problemBox = document.getElementById('save-problem');
  var announcer = document.getElementById('builder-announce');
  var publishButton = document.getElementById('publish');
  var planId = main.getAttribute('data-plan-id');
  var version = main.getAttribute('data-edit-version');

  var timer = null;       // the save waiting for the typing to pause
  var inFlight = null;    // the save on its way
  var pending = false;    // a change came while a save was on its way
  var stopped = false;    // someone else changed the plan: saving again would overwrite nothing, so it stops
  var lastOk = true;      // whether the last save went through
  var retryLater = false; // the last save met no server, or a failing one: try again after a pause
  var lastSnapshot = null;

  function setState(text, kind) {
    stateLine.textContent = text;
    stateLine.className = 'save-state ' + kind;
  }

  function announce(text) {
    announcer.textContent = '';
    window.setTimeout(function () {
      announcer.textContent = text;
    }, 50);
  }

  function all(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }

  function stages() {
    return all(stagesBox, ':scope > .stage');
  }

  function number(input) {
    var value = input ? input.value.trim() : '';
    if (value === '') {
      return null;
    }
    var parsed = Number(value);
    return isFinite(parsed) ? parsed : null;
  }

  // The form as the service takes it (SavePlanRequest), and which elements each part came from.
  function collect() {
    var snapshot = {stages: []};
    var body = {
      positionId: main.getAttribute('data-position-id'),
      name: document.getElementById('plan-name').value,
      policy: {
        hireThreshold: number(document.getElementById('hire-threshold')),
        strongHireThreshold: number(document.getElementById('strong-hire-threshold'))
      },
      stages: []
    };
    stages().forEach(function (stage) {
      var topics = all(stage, '.topic-row');
      var questions = all(stage, '.question-row');
      var id = stage.getAttribute('data-stage-id');
      snapshot.stages.push({el: stage, topics: topics, questions: questions});
      body.stages.push({
        id: id && id !== 'new' ? id : null,
        name: stage.querySelector('.stage-name').value,
        kind: stage.querySelector('.stage-kind').value,
        minutes: number(stage.querySelector('.stage-minutes')),
        topics: topics.map(function (row) {
          return {
            topicKey: row.getAttribute('data-topic-key'),
            weight: number(row.querySelector('.topic-weight')),
            mustHave: row.querySelector('.topic-must').checked,
            minScore: Number(row.querySelector('.topic-min').value)
          };
        }),
        questions: questions.map(function (row) {
          return {
            questionId: row.getAttribute('data-question-id'),
            minutes: number(row.querySelector('.question-minutes'))
          };
        })
      });
    });
    return {body: body, snapshot: snapshot};
  }

  // ---- saving ----

  function changed() {
    if (stopped) {
      return;
    }
    setState('Saving…', 'saving');
    window.clearTimeout(timer);
    timer = window.setTimeout(save, SAVE_DELAY_MS);
  }

  function save() {
    window.clearTimeout(timer);
    timer = null;
    if (stopped) {
      return;
    }
    if (inFlight) {
      pending = true;
      return;
    }
    pending = false;
    var sent = collect();
    setState('Saving…', 'saving');
    inFlight = window.Panelist.session.api('PUT', '/plans/' + planId, sent.body, {
      'Accept': 'text/html', 'HX-Request': 'true', 'If-Match': '"' + version + '"'
    }).then(function (response) {
      return response.text().then(function (html) {
        answered(response.status, html, sent.snapshot);
      });
    }, function () {
      lastOk = false;
      retryLater = true;
      pending = true;
      setState('Offline: not saved yet, trying again in a few seconds', 'offline');
    }).then(function () {
      inFlight = null;
      if (pending && !stopped) {
        timer = window.setTimeout(save, retryLater ? RETRY_MS : 0);
        retryLater = false;
      }
    });
  }

  function answered(status, html, snapshot) {
    if (status === 200) {
      lastOk = true;
      hideProblem();
      showReport(html, snapshot);
      if (!pending && !timer) {
        setState('Saved', 'saved');
      }
      return;
    }
    lastOk = false;
    showProblem(html);
    if (status === 412 || status === 409) {
      stopped = true;
      setState(status === 412 ? 'Not saved: changed by someone else' : 'Not saved: the plan is published now',
        'conflict');
      var reload = document.createElement('button');
      reload.type = 'button';
      reload.className = 'primary';
      reload.textContent = 'Reload the plan';
      reload.addEventListener('click', function () {
        window.location.reload();
      });
      problemBox.appendChild(reload);
    } else if (status >= 500) {
      pending = true;
      retryLater = true;
      setState('Not saved: Panelist had a problem; trying again in a few seconds', 'offline');
    } else {
      setState('Not saved: see why below the title', 'refused');
    }
  }

  function showProblem(html) {
    problemBox.innerHTML = html;
    problemBox.hidden = false;
  }

  function hideProblem() {
    problemBox.hidden = true;
    problemBox.innerHTML = '';
  }

  // Waits until the form is saved as it is now; resolves whether that worked.
  function flush() {
    if (timer) {
      save();
    }
    return new Promise(function (resolve) {
      (function wait() {
        if (!inFlight && !timer && !pending) {
          resolve(lastOk && !stopped);
        } else {
          window.setTimeout(wait, 50);
        }
      })();
    });
  }

  // ---- the report beside the form ----

  function showReport(html, snapshot) {
    var holder = document.createElement('div');
    holder.innerHTML = html;
    var fresh = holder.querySelector('#plan-report');
    var old = document.getElementById('plan-report');
    if (!fresh || !old) {
      return;
    }
    var hadFocus = old.contains(document.activeElement);
    old.replaceWith(fresh);
    version = fresh.getAttribute('data-edit-version');
    main.setAttribute('data-edit-version', version);
    var ids = (fresh.getAttribute('data-stage-ids') || '').split(',');
    snapshot.stages.forEach(function (stage, i) {
      if (ids[i]) {
        stage.el.setAttribute('data-stage-id', ids[i]);
        var kit = stage.el.querySelector('.kit-link');
        kit.href = '/plans/' + planId + '/stages/' + ids[i] + '/kit';
        kit.hidden = false;
      }
    });
    markProblems(snapshot);
    if (hadFocus) {
      focusReport();
    }
  }

  function focusReport() {
    var heading = document.getElementById('report-heading');
    if (heading) {
      heading.focus();
    }
  }

  // Where a problem's pointer ("/stages/1/topics/0") lands in the form as it was sent.
  function locate(pointer, snapshot) {
    var parts = pointer.split('/').filter(Boolean);
    if (parts[0] === 'policy') {
      return {row: form.querySelector('.basics'), focus: document.getElementById('hire-threshold')};
    }
    if (parts[0] !== 'stages') {
      return null;
    }
    if (parts.length === 1) {
      return {row: null, focus: document.getElementById('add-stage')};
    }
    var stage = snapshot.stages[Number(parts[1])];
    if (!stage || !stage.el.isConnected) {
      return null;
    }
    if (parts.length === 2) {
      return {row: stage.el, focus: stage.el.querySelector('.stage-name')};
    }
    var rows = parts[2] === 'topics' ? stage.topics : stage.questions;
    if (parts.length === 3) {
      return parts[2] === 'topics'
        ? {row: stage.el.querySelector('.stage-topics'), focus: stage.el.querySelector('.topic-picker')}
        : {row: stage.el.querySelector('.stage-questions'), focus: stage.el.querySelector('.bank-q')};
    }
    var row = rows[Number(parts[3])];
    return row && row.isConnected ? {row: row, focus: row.querySelector('input, select')} : null;
  }

  function markProblems(snapshot) {
    lastSnapshot = snapshot;
    all(form, '.has-problem').forEach(function (el) {
      el.classList.remove('has-problem');
    });
    all(document, '#plan-report .problem-link').forEach(function (link) {
      var place = locate(link.getAttribute('data-pointer'), snapshot);
      if (place && place.row) {
        place.row.classList.add('has-problem');
      }
    });
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest('#plan-report .problem-link');
    if (!link) {
      return;
    }
    event.preventDefault();
    var place = locate(link.getAttribute('data-pointer'), lastSnapshot || collect().snapshot);
    if (place && place.focus) {
      place.focus.scrollIntoView({block: 'center'});
      place.focus.focus();
    }
  });

  // ---- what the page shows without asking the server ----

  function renumber() {
    stages().forEach(function (stage, i) {
      stage.querySelector('.stage-number').textContent = 'Stage ' + (i + 1);
    });
    var none = form.querySelector('.when-no-stages');
    if (none) {
      none.hidden = stages().length > 0;
    }
  }

  function updateTimes(stage) {
    var taken = all(stage, '.question-minutes').reduce(function (sum, input) {
      return sum + (number(input) || 0);
    }, 0);
    var planned = number(stage.querySelector('.stage-minutes')) || 0;
    stage.querySelector('.q-total').textContent = String(taken);
    stage.querySelector('.s-total').textContent = String(planned);
    stage.querySelector('.stage-time').classList.toggle('over', taken > planned);
  }

  function stageName(stage) {
    return stage.querySelector('.stage-name').value.trim() || stage.querySelector('.stage-number').textContent;
  }

  // Bank results say which questions the plan already has; those cannot be added twice.
  function markBank() {
    var inPlan = {};
    all(form, '.question-row').forEach(function (row) {
      inPlan[row.getAttribute('data-question-id')] = true;
    });
    all(form, '.bank-item').forEach(function (item) {
      var button = item.querySelector('.bank-add');
      var taken = inPlan[item.getAttribute('data-question-id')] === true;
      button.textContent = taken ? 'In the plan' : 'Add';
      button.setAttribute('aria-disabled', taken ? 'true' : 'false');
    });
  }

  // ---- moving and removing ----

  function move(el, direction) {
    var sibling = direction < 0 ? el.previousElementSibling : el.nextElementSibling;
    if (!sibling) {
      return false;
    }
    if (direction < 0) {
      el.parentNode.insertBefore(el, sibling);
    } else {
      el.parentNode.insertBefore(sibling, el);
    }
    return true;
  }

  function position(el) {
    return all(el.parentNode, ':scope > ' + el.tagName.toLowerCase()).indexOf(el) + 1;
  }

  var actions = {
    'stage-up': function (button, stage) {
      if (!move(stage, -1)) {
        announce('This is already the first stage');
        return false;
      }
      renumber();
      announce('Moved to stage ' + position(stage));
    },
    'stage-down': function (button, stage) {
      if (!move(stage, 1)) {
        announce('This is already the last stage');
        return false;
      }
      renumber();
      announce('Moved to stage ' + position(stage));
    },
    'stage-remove': function (button, stage) {
      var content = stage.querySelectorAll('.topic-row, .question-row').length;
      if (content > 0 && !window.confirm('Remove the stage “' + stageName(stage) + '” with its topics and questions?')) {
        return false;
      }
      var next = stage.nextElementSibling || stage.previousElementSibling;
      var name = stageName(stage);
      stage.remove();
      renumber();
      (next ? next.querySelector('.stage-name') : document.getElementById('add-stage')).focus();
      announce('Removed the stage ' + name);
    },
    'topic-remove': function (button, stage, row) {
      var next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      (next ? next.querySelector('.topic-weight') : stage.querySelector('.topic-picker')).focus();
      announce('Topic removed');
    },
    'question-up': function (button, stage, row) {
      if (!move(row, -1)) {
        announce('This is already the first question');
        return false;
      }
      announce('Moved to question ' + position(row));
    },
    'question-down': function (button, stage, row) {
      if (!move(row, 1)) {
        announce('This is already the last question');
        return false;
      }
      announce('Moved to question ' + position(row));
    },
    'question-remove': function (button, stage, row) {
      var next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      updateTimes(stage);
      markBank();
      (next ? next.querySelector('.question-minutes') : stage.querySelector('.bank-q')).focus();
      announce('Question removed');
    }
  };

  form.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-action]');
    if (!button || !actions[button.getAttribute('data-action')]) {
      return;
    }
    var stage = button.closest('.stage');
    var row = button.closest('.topic-row, .question-row');
    var moved = /-(up|down)$/.test(button.getAttribute('data-action'));
    if (actions[button.getAttribute('data-action')](button, stage, row) === false) {
      return;
    }
    if (moved) {
      // moving a node takes the focus away from the button inside it; give it back so that keys keep working
      button.focus();
    }
    changed();
  });

  // ---- typing ----

  function isPlanField(el) {
    return !el.closest('.bank-search') && !el.closest('.picker');
  }

  form.addEventListener('input', function (event) {
    if (!isPlanField(event.target)) {
      return;
    }
    var stage = event.target.closest('.stage');
    if (stage) {
      if (event.target.classList.contains('stage-name')) {
        stage.querySelector('.stage-legend-name').textContent = event.target.value;
      }
      updateTimes(stage);
    }
    if (event.target.id === 'plan-name') {
      document.getElementById('plan-title').textContent = event.target.value;
    }
    changed();
  });

  form.addEventListener('change', function (event) {
    if (isPlanField(event.target) && (event.target.type === 'checkbox' || event.target.tagName === 'SELECT')) {
      changed();
    }
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    save();
  });

  // ---- adding in place (htmx) ----

  document.body.addEventListener('htmx:confirm', function (event) {
    var elt = event.detail.elt;
    if (elt.getAttribute('aria-disabled') === 'true') {
      event.preventDefault();
      announce('That question is already in the plan');
      return;
    }
    if (elt.classList.contains('add-topic')) {
      var stage = elt.closest('.stage');
      var key = stage.querySelector('.topic-picker').value;
      var existing = stage.querySelector('.topic-row[data-topic-key="' + key + '"]');
      if (existing) {
        event.preventDefault();
        existing.querySelector('.topic-weight').focus();
        announce('That topic is already in this stage');
      }
    }
  });

  // A refusal answered instead of a row (a topic or question gone from the bank, a session that ended) is shown
  // above the form, never left inside a list of rows.
  function keepOnlyRows(list, rowClass) {
    var refused = all(list, ':scope > :not(.' + rowClass + ')');
    if (refused.length === 0) {
      return true;
    }
    showProblem(refused.map(function (el) {
      return el.outerHTML;
    }).join(''));
    refused.forEach(function (el) {
      el.remove();
    });
    return false;
  }

  document.body.addEventListener('htmx:afterSwap', function (event) {
    var target = event.detail.target;
    var stage = target.closest('.stage');
    if (target.classList.contains('topic-list') && !keepOnlyRows(target, 'topic-row')) {
      return;
    }
    if (target.classList.contains('question-list') && !keepOnlyRows(target, 'question-row')) {
      return;
    }
    if (target === stagesBox) {
      var added = stages()[stages().length - 1];
      renumber();
      added.querySelector('.stage-name').select();
      added.querySelector('.stage-name').focus();
      announce('Stage ' + stages().length + ' added');
      changed();
    } else if (target.classList.contains('topic-list')) {
      var topic = target.lastElementChild;
      matchOtherStages(topic);
      topic.querySelector('.topic-weight').focus();
      announce(topic.querySelector('.topic-name strong').textContent + ' added to ' + stageName(stage));
      changed();
    } else if (target.classList.contains('question-list')) {
      updateTimes(stage);
      markBank();
      announce('Question added to ' + stageName(stage));
      changed();
    } else if (target.classList.contains('bank-results')) {
      markBank();
    }
  });

  // A topic in several stages has one must-have flag and minimum score; a new use starts from the first one's.
  function matchOtherStages(topic) {
    var key = topic.getAttribute('data-topic-key');
    var first = all(form, '.topic-row[data-topic-key="' + key + '"]').filter(function (row) {
      return row !== topic;
    })[0];
    if (first) {
      topic.querySelector('.topic-must').checked = first.querySelector('.topic-must').checked;
      topic.querySelector('.topic-min').value = first.querySelector('.topic-min').value;
    }
  }

  // ---- publishing ----

  if (publishButton) {
    publishButton.addEventListener('click', function () {
      publishButton.disabled = true;
      setState('Saving before publishing…', 'saving');
      flush().then(function (saved) {
        if (!saved) {
          publishButton.disabled = false;
          setState('Not published: the plan could not be saved first', 'refused');
          return null;
        }
        setState('Publishing…', 'saving');
        return window.Panelist.session.api('POST', '/plans/' + planId + '/publish', undefined, {
          'Accept': 'text/html', 'HX-Request': 'true', 'If-Match': '"' + version + '"'
        }).then(function (response) {
          return response.text().then(function (html) {
            published(response.status, html);
          });
        });
      }).catch(function () {
        publishButton.disabled = false;
        setState('Offline: not published; try again in a moment', 'offline');
      });
    });
  }

  function published(status, html) {
    if (status === 200) {
      setState('Published', 'saved');
      window.location.assign('/plans/' + planId);
      return;
    }
    publishButton.disabled = false;
    if (status === 422) {
      showReport(html, lastSnapshot || collect().snapshot);
      setState('Not published: fix the problems listed', 'refused');
      focusReport();
      return;
    }
    showProblem(html);
    setState('Not published: see why below the title', status === 412 || status === 409 ? 'conflict' : 'refused');
    if (status === 412 || status === 409) {
      stopped = true;
    }
  }

  window.addEventListener('beforeunload', function (event) {
    if (timer || inFlight || pending) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  stages().forEach(updateTimes);
  renumber();
  markProblems(collect().snapshot);
})();
