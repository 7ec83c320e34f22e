/// The trainer's screen's part of the one script (served in /assets/kader.js after the autosave):
/// it listens to the room's Server-Sent Events and puts each `overview` (HTML the server wrote,
/// every text escaped there) in place of the live part, without a reload; a `closed` event
/// reloads the page once to show the closed room. Without JavaScript the page has a refresh link.
let roomScript = #"""
    'use strict';
    (function () {
      var live = document.getElementById('room-live');
      if (!live || !live.dataset.events || typeof EventSource === 'undefined') { return; }
      var refresh = document.getElementById('room-refresh');
      if (refresh) { refresh.parentNode.hidden = true; }
      var source = new EventSource(live.dataset.events);
      source.addEventListener('overview', function (event) {
        live.innerHTML = event.data;
        live.dataset.updated = String(Date.now());
      });
      source.addEventListener('closed', function () {
        source.close();
        window.location.reload();
      });
    })();
    """#
