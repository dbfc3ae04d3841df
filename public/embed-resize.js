// Pressroom frame resizer for partner pages that embed /embed in an <iframe>.
// Load it with <script src="https://PRESSROOM-HOST/embed-resize.js" defer></script>.
// Every <iframe data-pressroom-frame> on the page grows to the height its frame
// reports. Messages are accepted only from the frame's own window and origin.
(function () {
  'use strict'
  window.addEventListener('message', function (event) {
    var data = event.data
    if (!data || data.type !== 'pressroom:resize' || typeof data.height !== 'number') return
    var frames = document.querySelectorAll('iframe[data-pressroom-frame]')
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i]
      if (frame.contentWindow !== event.source) continue
      if (new URL(frame.src, location.href).origin !== event.origin) return
      frame.style.height = Math.max(120, Math.min(data.height, 20000)) + 'px'
      return
    }
  })
})()
