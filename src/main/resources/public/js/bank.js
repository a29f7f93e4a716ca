// The question bank's pages: focus after htmx swaps, the pack import with its progress, the export link.
(function () {
  'use strict';

  // After a save or a refusal, the message that says what happened takes the focus, so it is read out and seen.
  document.addEventListener('htmx:afterSettle', function (event) {
    var target = event.detail.elt;
    var focus = target && target.querySelector ? target.querySelector('[data-autofocus]') : null;
    if (!focus && target && target.hasAttribute && target.hasAttribute('data-autofocus')) {
      focus = target;
    }
    if (focus) {
      focus.focus();
    }
  });

  // Paging through results moves the focus to the top of the new page; typing in the search box keeps it there.
  document.addEventListener('htmx:afterSwap', function (event) {
    var from = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (from && from.closest && from.closest('.pager')) {
      var count = document.querySelector('#results .result-count');
      if (count) {
        count.focus();
      }
    }
  });

  // "Did you mean": the suggestion goes into the search box and searches, so the box says what was searched.
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[data-suggestion]') : null;
    var box = document.getElementById('q');
    var form = document.getElementById('search-form');
    if (!link || !box || !form || typeof form.requestSubmit !== 'function') {
      return;
    }
    event.preventDefault();
    box.value = link.getAttribute('data-suggestion');
    form.requestSubmit();
    box.focus();
  });

  var FIELD_WORDS = {
    format: 'format', key: 'key', name: 'name', description: 'description', anchors: 'anchors',
    score: 'score', label: 'label', descriptor: 'descriptor', topicKey: 'topic', level: 'level', kind: 'kind',
    prompt: 'prompt', guidance: 'guidance', followUps: 'follow-ups', tags: 'tags', minutes: 'minutes'
  };
  var ITEM_WORDS = {anchors: 'anchor', followUps: 'follow-up', tags: 'tag'};

  // "/questions/3/prompt" in words: "Question 4 (“flask-routing”), prompt"
  function where(pointer, pack) {
    var parts = pointer.split('/').slice(1);
    var words = [];
    var node = pack;
    for (var i = 0; i < parts.length; i++) {
      var part = parts[i];
      var index = /^\d+$/.test(part) ? Number(part) : null;
      var parent = i > 0 ? parts[i - 1] : null;
      if (index !== null && (parent === 'topics' || parent === 'questions')) {
        words.pop();
        var item = node && node[index];
        var key = item && typeof item.key === 'string' && item.key ? ' (“' + item.key + '”)' : '';
        words.push((parent === 'topics' ? 'Topic ' : 'Question ') + (index + 1) + key);
      } else if (index !== null) {
        words.pop();
        words.push((ITEM_WORDS[parent] || 'item') + ' ' + (index + 1));
      } else {
        words.push(FIELD_WORDS[part] || part);
      }
      node = node && typeof node === 'object' ? node[index !== null ? index : part] : undefined;
    }
    return words.length ? words.join(', ') : 'The pack';
  }

  function setupImport() {
    var form = document.getElementById('pack-form');
    if (!form) {
      return;
    }
    var file = document.getElementById('pack-file');
    var fileError = document.getElementById('pack-file-error');
    var submit = document.getElementById('pack-submit');
    var progress = document.getElementById('pack-progress');
    var bar = document.getElementById('pack-bar');
    var stage = document.getElementById('pack-stage');
    var result = document.getElementById('pack-result');
    var problems = document.getElementById('pack-problems');

    function reset() {
      fileError.hidden = true;
      file.removeAttribute('aria-invalid');
      result.hidden = true;
      problems.hidden = true;
    }

    function fileProblem(message) {
      fileError.textContent = message;
      fileError.hidden = false;
      file.setAttribute('aria-invalid', 'true');
      file.focus();
    }

    function showProblems(title, detail, list, pack) {
      document.getElementById('pack-problems-title').textContent = title;
      document.getElementById('pack-problems-detail').textContent = detail || '';
      var ul = document.getElementById('pack-problem-list');
      ul.textContent = '';
      (list || []).forEach(function (problem) {
        var li = document.createElement('li');
        var place = document.createElement('strong');
        place.textContent = where(problem.field, pack) + ': ';
        var message = document.createElement('span');
        message.textContent = problem.message;
        var pointer = document.createElement('code');
        pointer.textContent = problem.field;
        li.appendChild(place);
        li.appendChild(message);
        li.appendChild(document.createTextNode(' '));
        li.appendChild(pointer);
        ul.appendChild(li);
      });
      problems.hidden = false;
      problems.focus();
    }

    function showResult(body) {
      ['topics', 'questions'].forEach(function (what) {
        ['created', 'updated', 'unchanged'].forEach(function (count) {
          document.getElementById(what + '-' + count).textContent = String(body[what][count]);
        });
      });
      result.hidden = false;
      result.focus();
    }

    // XMLHttpRequest rather than fetch: only it reports how far the upload has gone
    function send(text, retried) {
      return new Promise(function (resolve) {
        var xhr = new XMLHttpRequest();
        xhr.open('POST', '/api/v1/question-packs');
        xhr.setRequestHeader('Content-Type', 'application/json');
        xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
        xhr.setRequestHeader('X-CSRF-TOKEN', window.Panelist.session.csrfToken());
        xhr.upload.addEventListener('progress', function (event) {
          if (event.lengthComputable) {
            bar.value = Math.round(event.loaded / event.total * 100);
            stage.textContent = 'Uploading… ' + bar.value + ' %';
          }
        });
        xhr.upload.addEventListener('load', function () {
          bar.removeAttribute('value');
          stage.textContent = 'Importing: checking every topic and question…';
        });
        xhr.addEventListener('load', function () {
          if (xhr.status === 401 && !retried) {
            window.Panelist.session.renew(0).then(function (renewed) {
              resolve(renewed ? send(text, true) : {status: 401, body: null});
            });
            return;
          }
          var body = null;
          try {
            body = JSON.parse(xhr.responseText);
          } catch (e) { /* not JSON: said below in words */ }
          resolve({status: xhr.status, body: body});
        });
        xhr.addEventListener('error', function () {
          resolve({status: 0, body: null});
        });
        xhr.send(text);
      });
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      reset();
      var chosen = file.files && file.files[0];
      if (!chosen) {
        fileProblem('Choose a pack file first.');
        return;
      }
      if (chosen.size > 1024 * 1024) {
        fileProblem('This file is larger than 1 MB, the most Panelist takes in one import. Split it by topic.');
        return;
      }
      chosen.text().then(function (text) {
        var pack;
        try {
          pack = JSON.parse(text);
        } catch (e) {
          fileProblem('This file is not valid JSON, so nothing was sent: ' + e.message);
          return;
        }
        submit.disabled = true;
        bar.value = 0;
        stage.textContent = 'Uploading…';
        progress.hidden = false;
        send(text, false).then(function (answer) {
          progress.hidden = true;
          submit.disabled = false;
          if (answer.status === 200 && answer.body) {
            showResult(answer.body);
          } else if (answer.status === 0) {
            showProblems('Not sent', 'Panelist could not be reached. Check the connection and import again; '
              + 'nothing was imported.', [], pack);
          } else {
            var body = answer.body || {};
            showProblems('The pack was refused', body.detail || ('The import was refused (status ' + answer.status + ').'),
              body.errors, pack);
          }
        });
      });
    });
  }

  function setupExport() {
    var select = document.getElementById('export-topic');
    var link = document.getElementById('export-link');
    if (!select || !link) {
      return;
    }
    select.addEventListener('change', function () {
      var topic = select.value;
      link.href = '/api/v1/question-packs/export' + (topic ? '?topic=' + encodeURIComponent(topic) : '');
      link.setAttribute('download', topic ? 'panelist-pack-' + topic + '.json' : 'panelist-pack.json');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var message = document.querySelector('[data-autofocus]');
    if (message) {
      message.focus();
    }
    setupImport();
    setupExport();
  });
})();
