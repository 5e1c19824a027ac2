// timeline serve: reload the page after a good build, show the error
// after a failed one. Loaded only by pages the preview server builds.
(function () {
  "use strict";
  var banner;
  function show(msg) {
    if (!banner) {
      banner = document.createElement("div");
      banner.setAttribute("role", "alert");
      banner.id = "timeline-build-error";
      banner.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:1000;max-height:50vh;overflow:auto;" +
        "background:#7f1d1d;color:#fff;font:14px/1.45 ui-monospace,monospace;padding:12px 16px;white-space:pre-wrap";
      document.body.appendChild(banner);
    }
    banner.textContent = "Build failed; showing the last good build.\n\n" + msg;
  }
  var es = new EventSource("/_timeline/events");
  es.addEventListener("reload", function () { location.reload(); });
  es.addEventListener("error", function (e) { if (e.data) show(e.data); });
})();
