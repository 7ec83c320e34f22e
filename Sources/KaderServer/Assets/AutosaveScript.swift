/// The one script (served as /assets/kader.js). It only improves a page that works without it:
/// each answer is saved when it is given (the status says "opgeslagen" only after the server
/// committed it), questions appear and disappear as the server's relevance says, the progress
/// line and live score follow, and answers another window saved are shown with a notice.
let autosaveScript = #"""
    'use strict';
    (function () {
      var form = document.getElementById('scan-form');
      if (!form || !form.dataset.answerUrl) { return; }
      var status = document.getElementById('save-status');
      var conflict = document.getElementById('conflict-notice');
      var queue = Promise.resolve();
      var domain = form.dataset.domain;

      function since() { return form.dataset.revision || '0'; }
      function say(template, number) { return template.replace('%s', number); }
      function byName(name) { return form.querySelectorAll('[name="' + name.replace(/"/g, '\\"') + '"]'); }

      function fields(id) {
        var body = new URLSearchParams();
        body.append('question', id);
        body.append('since', since());
        byName('csrf').forEach(function (input) { body.append('csrf', input.value); });
        ['answer.', 'note.', 'evidence.', 'rev.'].forEach(function (prefix) {
          byName(prefix + id).forEach(function (input) {
            if ((input.type === 'radio' || input.type === 'checkbox') && !input.checked) { return; }
            body.append(prefix + id, input.value);
          });
        });
        return body;
      }

      function apply(state) {
        if (typeof state.revision === 'number' && state.revision > Number(since())) { form.dataset.revision = String(state.revision); }
        Object.keys(state.relevant || {}).forEach(function (id) {
          var set = document.getElementById('q-' + id);
          if (!set) { return; }
          var show = state.relevant[id] !== false;
          set.hidden = !show;
          set.classList.toggle('not-relevant', !show);
        });
        var progress = document.getElementById('progress');
        if (progress && state.progress) { progress.textContent = state.progress; }
        var live = document.getElementById('live-domain');
        if (live && state.domainScore) { live.textContent = state.domainScore; }
        var overall = document.getElementById('live-overall');
        if (overall && state.overallScore) { overall.textContent = state.overallScore; }
        var told = [];
        (state.changed || []).forEach(function (change) {
          byName('answer.' + change.question).forEach(function (input) {
            if (input.type === 'radio' || input.type === 'checkbox') { input.checked = change.values.indexOf(input.value) >= 0; }
            else { input.value = change.values[0] || ''; }
          });
          byName('note.' + change.question).forEach(function (input) { input.value = change.note; });
          byName('evidence.' + change.question).forEach(function (input) { input.value = change.evidence; });
          byName('rev.' + change.question).forEach(function (input) { input.value = String(change.revision); });
          if (document.getElementById('q-' + change.question)) { told.push(change.number); }
        });
        if (told.length > 0) { conflict.textContent = say(form.dataset.changed, told.join(', ')); }
      }

      // Saves waiting or under way, in all and per question: "opgeslagen" is shown only when the
      // reply is for the last change given, so that nothing typed after it is still unsaved.
      var pending = 0;
      var pendingFor = {};

      function save(id) {
        var state = document.getElementById('state-' + id);
        pending += 1;
        pendingFor[id] = (pendingFor[id] || 0) + 1;
        status.classList.remove('failed');
        status.textContent = form.dataset.saving;
        if (state) { state.textContent = form.dataset.saving; state.classList.remove('failed'); }
        queue = queue.then(function () {
          return fetch(form.dataset.answerUrl, { method: 'POST', body: fields(id), credentials: 'same-origin',
                                                 headers: { 'Accept': 'application/json' } })
            .then(function (response) { return response.json().then(function (body) { return { ok: response.ok, body: body }; }); })
            .then(function (reply) {
              if (!reply.ok || !reply.body.saved) { throw new Error(reply.body.message || form.dataset.failed); }
              byName('rev.' + id).forEach(function (input) { input.value = String(reply.body.revision); });
              apply(reply.body);
              if (reply.body.overwrote) { conflict.textContent = \#
    say(form.dataset.overwrote, (document.querySelector('#q-' + id + ' .question-number') || {}).textContent || id); }
              if (pending === 1) { status.textContent = form.dataset.saved; }
              if (state && pendingFor[id] === 1) { state.textContent = form.dataset.saved; }
            })
            .catch(function (error) {
              var text = form.dataset.failed + \#
    (error && error.message && error.message !== form.dataset.failed ? ': ' + error.message : '');
              status.textContent = text;
              status.classList.add('failed');
              if (state) { state.textContent = form.dataset.failed; state.classList.add('failed'); }
            })
            .then(function () {
              pending -= 1;
              pendingFor[id] -= 1;
            });
        });
      }

      form.addEventListener('change', function (event) {
        var set = event.target.closest('fieldset.question');
        if (set && set.dataset.question) { save(set.dataset.question); }
      });

      // In the same queue as the saves, so that a page never hears of its own save as another window's.
      function refresh() {
        if (document.hidden) { return; }
        queue = queue.then(function () {
          return fetch(form.dataset.stateUrl + '?since=' + encodeURIComponent(since()) + '&domain=' + encodeURIComponent(domain),
                       { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (state) { if (state) { apply(state); } })
            .catch(function () {});
        });
      }
      document.addEventListener('visibilitychange', refresh);
      window.setInterval(refresh, 5000);
    })();
    """#
