// The page's side of a session: the CSRF token for scripts, calls to the API with the session cookie, and renewing
// the 15-minute access token from the refresh cookie before it ends, so that a long interview never meets a sign-in
// form. Tabs share one session: a renewal happens once, under a lock, and the others see the new expiry. When the
// session cannot be renewed (signed out elsewhere, revoked), the page goes to sign-in and comes back afterwards.
(function () {
  'use strict';
  var EXPIRES_KEY = 'panelist.session.expires';
  var RENEW_AHEAD_MS = 90 * 1000;

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute('content') : '';
  }

  function storedExpiry() {
    try {
      return Number(localStorage.getItem(EXPIRES_KEY)) || 0;
    } catch (e) {
      return 0;
    }
  }

  function rememberExpiry(expiresAt) {
    try {
      localStorage.setItem(EXPIRES_KEY, String(expiresAt));
    } catch (e) { /* private mode: each tab keeps its own timer */ }
  }

  function withLock(work) {
    if (navigator.locks && navigator.locks.request) {
      return navigator.locks.request('panelist-session-renewal', work);
    }
    return work();
  }

  // The session is over: the page keeps what it holds (it listens for the event), then sign-in brings it back here.
  var leaving = false;

  function signedOut() {
    if (leaving) {
      return;
    }
    leaving = true;
    window.dispatchEvent(new Event('panelist:signed-out'));
    location.assign('/signin?expired=true&next=' + encodeURIComponent(location.pathname + location.search));
  }

  // Renews the session; true when the page may go on. Another tab may have renewed it a moment ago.
  function renew(knownExpiry) {
    return withLock(function () {
      if (storedExpiry() > Math.max(knownExpiry || 0, Date.now() + RENEW_AHEAD_MS)) {
        return true;
      }
      return fetch('/session/refresh', {
        method: 'POST',
        credentials: 'same-origin',
        headers: {'Accept': 'application/json', 'X-CSRF-TOKEN': csrfToken()}
      }).then(function (response) {
        if (!response.ok) {
          signedOut();
          return false;
        }
        return response.json().then(function (body) {
          var expiresAt = Date.now() + body.expiresIn * 1000;
          rememberExpiry(expiresAt);
          schedule(expiresAt);
          return true;
        });
      });
    });
  }

  var timer = null;

  function schedule(expiresAt) {
    if (!expiresAt) {
      return;
    }
    clearTimeout(timer);
    // a little jitter so that two tabs do not reach for the lock at the same instant
    var wait = Math.max(5000, expiresAt - Date.now() - RENEW_AHEAD_MS - Math.random() * 20000);
    timer = setTimeout(function () {
      var latest = storedExpiry();
      if (latest > expiresAt) {
        schedule(latest);
      } else {
        renew(expiresAt);
      }
    }, wait);
  }

  // Calls the API with the session cookie and the CSRF header; a 401 renews the session once and tries again.
  function api(method, url, body, headers) {
    function call() {
      var all = {'Accept': 'application/json, application/problem+json', 'X-CSRF-TOKEN': csrfToken()};
      if (body !== undefined) {
        all['Content-Type'] = 'application/json';
      }
      Object.keys(headers || {}).forEach(function (name) {
        all[name] = headers[name];
      });
      return fetch(url, {
        method: method,
        credentials: 'same-origin',
        headers: all,
        body: body === undefined ? undefined : JSON.stringify(body)
      });
    }
    return call().then(function (response) {
      if (response.status !== 401) {
        return response;
      }
      return renew(0).then(function (renewed) {
        return renewed ? call() : response;
      });
    });
  }

  // htmx requests carry the token like every script call; the server refuses cookie writes without it
  document.addEventListener('htmx:configRequest', function (event) {
    event.detail.headers['X-CSRF-TOKEN'] = csrfToken();
  });

  document.addEventListener('DOMContentLoaded', function () {
    var expires = Number(document.body.getAttribute('data-session-expires')) || 0;
    if (expires > 0) {
      // the page was rendered with this token; a later one from another tab wins
      if (storedExpiry() < expires) {
        rememberExpiry(expires);
      }
      schedule(Math.max(expires, storedExpiry()));
    }
  });

  window.Panelist = window.Panelist || {};
  window.Panelist.session = {api: api, renew: renew, csrfToken: csrfToken, signedOut: signedOut};
})();
