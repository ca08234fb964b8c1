/*
 * No Floor host script: sizes No Floor embeds to their content.
 *
 *   <iframe src="https://<site>/embed/floor-value/?price=80000&v=2" …></iframe>
 *   <script async src="https://<site>/embed.js"></script>
 *
 * Each embed posts { type: 'nofloor:resize', figure: '<id>', height: <CSS px> } to its parent
 * when its height changes. This script accepts such a message only when it comes from this
 * script's own origin AND from the window of an iframe on this page whose src is under that
 * origin's /embed/ — a message from another origin, another frame or the host page itself is
 * ignored — and it clamps the height to 120–6000 px (a height that is not a number is ignored).
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var origin;
  try {
    origin = new URL(script && script.src ? script.src : '', location.href).origin;
  } catch (e) {
    return;
  }
  var minHeight = 120;
  var maxHeight = 6000;
  var prefix = origin + '/embed/';

  function embedFrames() {
    var frames = document.getElementsByTagName('iframe');
    var out = [];
    for (var i = 0; i < frames.length; i++) {
      var src = frames[i].src || '';
      if (src.indexOf(prefix) === 0) out.push(frames[i]);
    }
    return out;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'nofloor:resize') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return;
    var frames = embedFrames();
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        var h = Math.round(Math.min(maxHeight, Math.max(minHeight, height)));
        frames[i].style.height = h + 'px';
        frames[i].setAttribute('height', String(h));
        return;
      }
    }
  });
})();
