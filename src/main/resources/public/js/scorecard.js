// The live scoring page: autosave through the scorecard API (ETag / If-Match), a state line that always says where
// the text is, keys 1-4 for the focused topic, a stage timer that survives a reload, and submit that names what is
// missing. Nothing typed is dropped: unsaved text is kept in localStorage until the server has it, and a conflict
// keeps it on screen.
(function () {
  'use strict';
  var SAVE_AFTER_MS = 2000;
  var LONGEST_RETRY_MS = 30000;

  var main = document.getElementById('main');
  var form = document.getElementById('scorecard');
  if (!main || !form || main.getAttribute('data-read-only') === 'true') {
    return;
  }
  var session = window.Panelist.session;
  var interviewId = main.getAttribute('data-interview-id');
  var scorecardId = main.getAttribute('data-scorecard-id');
  var apiUrl = '/api/v1/interviews/' + interviewId + '/scorecard';
  var draftKey = 'panelist.draft.' + scorecardId;
  var keptKey = 'panelist.kept.' + scorecardId;
  var timerKey = 'panelist.timer.' + scorecardId;
  var stateLine = document.getElementById('save-state');

  var state = {
    etag: main.getAttribute('data-etag'),
    version: Number(main.getAttribute('data-version')),
    savedBody: null,
    savedAt: Date.now(),
    saving: null,
    timer: null,
    retryMs: 2000,
    mode: 'saved' // saved | dirty | saving | offline | conflict | signed-out | refused
  };

  // ---- what the form holds, as the API takes it --------------------------------------------------------------

  function collect() {
    var topics = Array.prototype.map.call(form.querySelectorAll('.topic'), function (fieldset) {
      var key = fieldset.getAttribute('data-topic-key');
      var checked = fieldset.querySelector('input[type=radio]:checked');
      var notAssessed = checked && checked.value === 'na';
      var reason = fieldset.querySelector('.topic-reason').value;
      return {
        topicKey: key,
        score: checked && !notAssessed ? Number(checked.value) : null,
        notAssessedReason: notAssessed && reason.trim() ? reason : null,
        notes: fieldset.querySelector('.topic-notes').value
      };
    });
    var questions = Array.prototype.map.call(form.querySelectorAll('.question'), function (article) {
      return {
        questionId: article.getAttribute('data-question-id'),
        asked: article.querySelector('.q-asked').checked,
        notes: article.querySelector('.q-notes').value
      };
    });
    var vote = form.querySelector('input[name=vote]:checked');
    return {
      topicScores: topics,
      questionNotes: questions,
      vote: vote ? vote.value : null,
      summary: document.getElementById('summary').value
    };
  }

  function apply(body) {
    (body.topicScores || []).forEach(function (topic) {
      var fieldset = document.getElementById('topic-' + topic.topicKey);
      if (!fieldset) {
        return;
      }
      var value = topic.score !== null ? String(topic.score) : (topic.notAssessedReason ? 'na' : null);
      fieldset.querySelectorAll('input[type=radio]').forEach(function (radio) {
        radio.checked = radio.value === value;
      });
      fieldset.querySelector('.topic-reason').value = topic.notAssessedReason || '';
      fieldset.querySelector('.topic-notes').value = topic.notes || '';
      showReason(fieldset, false);
    });
    (body.questionNotes || []).forEach(function (question) {
      var article = document.getElementById('q-' + question.questionId);
      if (article) {
        article.querySelector('.q-asked').checked = !!question.asked;
        article.querySelector('.q-notes').value = question.notes || '';
      }
    });
    form.querySelectorAll('input[name=vote]').forEach(function (radio) {
      radio.checked = radio.value === body.vote;
    });
    document.getElementById('summary').value = body.summary || '';
  }

  // The text of a draft as a person reads it, for the "kept" box.
  function readable(body) {
    var lines = [];
    (body.questionNotes || []).forEach(function (question) {
      var article = document.getElementById('q-' + question.questionId);
      if (question.notes && article) {
        lines.push('Question: ' + article.querySelector('h3').textContent.trim(), question.notes, '');
      }
    });
    (body.topicScores || []).forEach(function (topic) {
      var fieldset = document.getElementById('topic-' + topic.topicKey);
      var name = fieldset ? fieldset.querySelector('legend span').textContent : topic.topicKey;
      var score = topic.score !== null ? 'score ' + topic.score : (topic.notAssessedReason ? 'not assessed: ' + topic.notAssessedReason : 'no score');
      lines.push(name + ': ' + score);
      if (topic.notes) {
        lines.push(topic.notes);
      }
      lines.push('');
    });
    lines.push('Vote: ' + (body.vote || 'none'), 'Summary:', body.summary || '');
    return lines.join('\n');
  }

  // ---- the state line -------------------------------------------------------------------------------------------

  function ago(ms) {
    var seconds = Math.max(0, Math.round(ms / 1000));
    if (seconds < 5) {
      return 'just now';
    }
    if (seconds < 60) {
      return seconds + ' s ago';
    }
    return Math.round(seconds / 60) + ' min ago';
  }

  function show(mode, text) {
    state.mode = mode;
    stateLine.className = 'save-state ' + mode;
    stateLine.textContent = text || describe();
  }

  function describe() {
    switch (state.mode) {
      case 'saved': return 'Saved ' + ago(Date.now() - state.savedAt);
      case 'dirty': return 'Unsaved changes';
      case 'saving': return 'Saving…';
      case 'offline': return 'Offline, retrying';
      case 'conflict': return 'Changed elsewhere: reload; your text is kept below';
      case 'signed-out': return 'Signed out: sign in again; your text is kept';
      default: return stateLine.textContent;
    }
  }

  setInterval(function () {
    if (state.mode === 'saved') {
      stateLine.textContent = describe();
    }
  }, 1000);

  // ---- saving ---------------------------------------------------------------------------------------------------

  function stash(body) {
    try {
      localStorage.setItem(draftKey, JSON.stringify({version: state.version, body: body}));
    } catch (e) { /* storage full or off: the page still holds the text */ }
  }

  function unstash() {
    try {
      localStorage.removeItem(draftKey);
    } catch (e) { /* nothing kept */ }
  }

  function changed() {
    if (state.mode === 'conflict') {
      keep(collect());
      return;
    }
    stash(collect());
    if (state.mode !== 'saving' && state.mode !== 'offline' && state.mode !== 'signed-out') {
      show('dirty');
    }
    clearTimeout(state.timer);
    state.timer = setTimeout(save, SAVE_AFTER_MS);
  }

  function save() {
    clearTimeout(state.timer);
    if (state.saving) {
      return state.saving;
    }
    if (state.mode === 'conflict') {
      return Promise.resolve(false);
    }
    var body = collect();
    var text = JSON.stringify(body);
    if (text === state.savedBody && state.mode === 'saved') {
      return Promise.resolve(true);
    }
    show('saving');
    state.saving = session.api('PUT', apiUrl, body, {'If-Match': state.etag}).then(function (response) {
      if (response.ok) {
        return response.json().then(function (card) {
          state.etag = response.headers.get('ETag') || ('"' + card.version + '"');
          state.version = card.version;
          state.savedBody = text;
          state.savedAt = Date.now();
          state.retryMs = 2000;
          if (JSON.stringify(collect()) === text) {
            unstash();
            show('saved');
          } else {
            stash(collect());
            show('dirty');
            state.timer = setTimeout(save, SAVE_AFTER_MS);
          }
          return true;
        });
      }
      return refused(response, body);
    }, function () {
      retryLater();
      return false;
    }).finally(function () {
      state.saving = null;
    });
    return state.saving;
  }

  function retryLater() {
    show('offline');
    clearTimeout(state.timer);
    state.timer = setTimeout(save, state.retryMs);
    state.retryMs = Math.min(state.retryMs * 2, LONGEST_RETRY_MS);
  }

  function refused(response, body) {
    if (response.status === 412 || response.status === 409) {
      keep(body);
      return false;
    }
    if (response.status === 401) {
      stash(body);
      show('signed-out');
      session.signedOut();
      return false;
    }
    if (response.status >= 500 || response.status === 429) {
      retryLater();
      return false;
    }
    return problemOf(response).then(function (problem) {
      show('refused', 'Not saved: ' + problem.detail);
      return false;
    });
  }

  function problemOf(response) {
    return response.json().catch(function () {
      return {};
    }).then(function (problem) {
      return {detail: problem.detail || ('the server answered ' + response.status), errors: problem.errors || []};
    });
  }

  // A conflict: the server holds someone else's newer version. Autosave stops; the text stays on screen and in storage.
  function keep(body) {
    try {
      localStorage.setItem(keptKey, JSON.stringify(body));
    } catch (e) { /* the box below still shows it */ }
    unstash();
    showKept(body, true);
    show('conflict');
  }

  // live: this page just met a newer version; otherwise the text was kept on an earlier visit and waits to be copied
  function showKept(body, live) {
    var panel = document.getElementById('conflict');
    document.getElementById('kept-text').value = readable(body);
    panel.querySelector('h2').textContent = live ? 'Changed elsewhere' : 'Your text from before the reload';
    if (!live) {
      document.getElementById('kept-why').textContent = 'The scorecard below is the saved version. Copy what you '
          + 'still need from your earlier text, then dismiss it.';
    }
    document.getElementById('conflict-reload').hidden = !live;
    panel.hidden = false;
  }

  document.getElementById('conflict-reload').addEventListener('click', function () {
    location.reload();
  });
  document.getElementById('kept-dismiss').addEventListener('click', function () {
    try {
      localStorage.removeItem(keptKey);
    } catch (e) { /* nothing kept */ }
    document.getElementById('conflict').hidden = true;
    if (state.mode === 'conflict') {
      location.reload();
    }
  });

  // leaving for sign-in: what is on screen goes to storage, and comes back on top of the same version afterwards
  window.addEventListener('panelist:signed-out', function () {
    if (state.mode !== 'conflict') {
      stash(collect());
      show('signed-out');
    }
  });

  window.addEventListener('online', function () {
    if (state.mode === 'offline') {
      save();
    }
  });

  window.addEventListener('beforeunload', function (event) {
    if (state.mode === 'dirty' || state.mode === 'saving' || state.mode === 'offline') {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // ---- topics: anchors, keys 1-4, not assessed ------------------------------------------------------------------

  function showReason(fieldset, focus) {
    var checked = fieldset.querySelector('input[type=radio]:checked');
    var box = fieldset.querySelector('.na-reason');
    box.hidden = !(checked && checked.value === 'na');
    if (!box.hidden && focus) {
      box.querySelector('input').focus();
    }
  }

  form.addEventListener('change', function (event) {
    var fieldset = event.target.closest('.topic');
    if (fieldset && event.target.type === 'radio') {
      showReason(fieldset, true);
    }
    clearMissing(event.target);
    changed();
  });
  form.addEventListener('input', function (event) {
    clearMissing(event.target);
    changed();
  });

  form.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || !/^[1-4]$/.test(event.key)) {
      return;
    }
    var target = event.target;
    if (target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && target.type === 'text')) {
      return;
    }
    var fieldset = target.closest('.topic');
    if (!fieldset) {
      return;
    }
    var radio = fieldset.querySelector('input[type=radio][value="' + event.key + '"]');
    if (radio) {
      event.preventDefault();
      radio.checked = true;
      radio.focus();
      radio.dispatchEvent(new Event('change', {bubbles: true}));
    }
  });

  // ---- submit ---------------------------------------------------------------------------------------------------

  var missingBox = document.getElementById('missing');
  var missingList = document.getElementById('missing-list');

  function clearMissing(target) {
    var holder = target.closest && target.closest('.missing');
    if (!holder) {
      return;
    }
    holder.classList.remove('missing');
    holder.removeAttribute('aria-invalid');
    var item = missingList.querySelector('[data-for="' + holder.id + '"]');
    if (item) {
      item.remove();
    }
    if (!missingList.children.length) {
      missingBox.hidden = true;
    }
  }

  function targetOf(field) {
    if (field.indexOf('topicScores/') === 0) {
      return document.getElementById('topic-' + field.substring('topicScores/'.length));
    }
    if (field === 'vote') {
      return document.getElementById('vote');
    }
    if (field === 'summary') {
      return document.getElementById('summary').closest('.card');
    }
    return null;
  }

  function labelOf(field, holder) {
    if (field.indexOf('topicScores/') === 0 && holder) {
      return holder.querySelector('legend span').textContent + ': a score, or the reason it was not assessed';
    }
    return field === 'vote' ? 'The overall vote' : field === 'summary' ? 'The summary' : field;
  }

  function focusInside(holder) {
    var control = holder.querySelector('input:not([type=hidden]), textarea');
    // its top edge just below the pinned header (the holder's scroll-margin-top), so its name is never covered
    holder.scrollIntoView({block: 'start'});
    if (control) {
      control.focus({preventScroll: true});
    }
  }

  function listMissing(problem) {
    missingList.textContent = '';
    var first = null;
    problem.errors.forEach(function (error) {
      var holder = targetOf(error.field);
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.textContent = labelOf(error.field, holder);
      if (holder) {
        holder.classList.add('missing');
        holder.setAttribute('aria-invalid', 'true');
        item.setAttribute('data-for', holder.id || '');
        link.href = '#' + holder.id;
        link.addEventListener('click', function (event) {
          event.preventDefault();
          focusInside(holder);
        });
        first = first || holder;
      }
      item.appendChild(link);
      missingList.appendChild(item);
    });
    missingBox.hidden = false;
    if (first) {
      focusInside(first);
    } else {
      missingBox.focus();
    }
  }

  var submitButton = document.getElementById('submit-scorecard');
  submitButton.addEventListener('click', function () {
    if (state.mode === 'conflict') {
      show('conflict');
      return;
    }
    submitButton.disabled = true;
    var saved = JSON.stringify(collect()) === state.savedBody ? Promise.resolve(true) : save();
    Promise.resolve(saved).then(function (ok) {
      if (!ok) {
        return;
      }
      return session.api('POST', apiUrl + '/submit').then(function (response) {
        if (response.ok) {
          unstash();
          stopTimer();
          // back to the top, where the submitted page shows the panel's scorecards
          window.scrollTo(0, 0);
          location.reload();
          return;
        }
        if (response.status === 422) {
          return problemOf(response).then(listMissing);
        }
        return refused(response, collect());
      });
    }).catch(function () {
      retryLater();
    }).finally(function () {
      submitButton.disabled = false;
    });
  });

  // ---- the stage timer, kept in localStorage so that a reload does not reset it ---------------------------------

  var timerToggle = document.getElementById('timer-toggle');
  var timerTotal = document.getElementById('timer-total');
  var plannedMs = Number(main.getAttribute('data-planned-minutes')) * 60000;

  function loadTimer() {
    try {
      return JSON.parse(localStorage.getItem(timerKey)) || {total: 0, questions: {}, since: null, current: null};
    } catch (e) {
      return {total: 0, questions: {}, since: null, current: null};
    }
  }

  var clock = loadTimer();

  function saveTimer() {
    try {
      localStorage.setItem(timerKey, JSON.stringify(clock));
    } catch (e) { /* the timer still runs in this page */ }
  }

  // moves running time into the totals, so that switching questions or reloading keeps every second
  function settle() {
    if (clock.since) {
      var now = Date.now();
      var spent = now - clock.since;
      clock.total += spent;
      if (clock.current) {
        clock.questions[clock.current] = (clock.questions[clock.current] || 0) + spent;
      }
      clock.since = now;
    }
  }

  function mmss(ms) {
    var seconds = Math.floor(ms / 1000);
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    return (m < 10 ? '0' : '') + m + ':' + (s < 10 ? '0' : '') + s;
  }

  function renderTimer() {
    var running = clock.since ? Date.now() - clock.since : 0;
    var total = clock.total + running;
    timerTotal.textContent = mmss(total);
    timerTotal.parentElement.classList.toggle('over', plannedMs > 0 && total > plannedMs);
    timerToggle.textContent = clock.since ? 'Pause timer' : (clock.total ? 'Resume timer' : 'Start timer');
    document.querySelectorAll('.question').forEach(function (article) {
      var id = article.getAttribute('data-question-id');
      var spent = (clock.questions[id] || 0) + (clock.since && clock.current === id ? running : 0);
      var cell = article.querySelector('.q-elapsed');
      if (cell) {
        cell.textContent = mmss(spent);
        var planned = Number(article.getAttribute('data-minutes')) * 60000;
        cell.parentElement.classList.toggle('over', planned > 0 && spent > planned);
      }
      article.classList.toggle('current', clock.since !== null && clock.current === id);
    });
  }

  function stopTimer() {
    settle();
    clock.since = null;
    saveTimer();
  }

  timerToggle.addEventListener('click', function () {
    if (clock.since) {
      stopTimer();
    } else {
      if (!clock.current) {
        var first = document.querySelector('.question');
        clock.current = first ? first.getAttribute('data-question-id') : null;
      }
      clock.since = Date.now();
      saveTimer();
    }
    renderTimer();
  });

  // the question being worked on is the one last focused; its clock runs while the stage clock does
  form.addEventListener('focusin', function (event) {
    var article = event.target.closest('.question');
    if (article && clock.current !== article.getAttribute('data-question-id')) {
      settle();
      clock.current = article.getAttribute('data-question-id');
      saveTimer();
      renderTimer();
    }
  });

  setInterval(renderTimer, 1000);
  renderTimer();

  // ---- on load: text left from before a reload or a crash -------------------------------------------------------

  state.savedBody = JSON.stringify(collect());
  try {
    var kept = JSON.parse(localStorage.getItem(keptKey));
    if (kept) {
      showKept(kept, false);
    }
    var draft = JSON.parse(localStorage.getItem(draftKey));
    if (draft && JSON.stringify(draft.body) !== state.savedBody) {
      if (draft.version === state.version) {
        // unsaved text from a closed tab or a crash, on top of the version it was typed on: carry on from it
        apply(draft.body);
        changed();
      } else {
        // typed on an older version than the server now holds: never merged, kept to copy from
        localStorage.setItem(keptKey, JSON.stringify(draft.body));
        unstash();
        showKept(draft.body, false);
      }
    } else if (draft) {
      unstash();
    }
  } catch (e) { /* nothing usable was kept */ }
  if (state.mode === 'saved') {
    show('saved');
  }
})();
