// timeline: progressive enhancement only. The page is complete without it.
(function () {
  "use strict";
  var form = document.querySelector("form.filters");
  if (!form) return;
  form.hidden = false;
  var q = form.querySelector("#q");
  var boxes = form.querySelectorAll("input[name=outlet]");
  var status = form.querySelector(".filter-status");
  var events = document.querySelectorAll("article.event");
  var params = new URLSearchParams(location.search);
  if (params.get("q")) q.value = params.get("q");
  function apply() {
    var words = q.value.toLowerCase().split(/\s+/).filter(Boolean);
    var on = {};
    boxes.forEach(function (b) { on[b.value] = b.checked; });
    var shown = 0;
    events.forEach(function (ev) {
      var outlets = (ev.dataset.outlets || "").split(" ");
      var byOutlet = outlets.some(function (o) { return on[o]; });
      var text = ev.dataset.text || "";
      var byText = words.every(function (w) { return text.indexOf(w) >= 0; });
      var show = byOutlet && byText;
      ev.parentElement.hidden = !show;
      if (show) shown++;
    });
    document.querySelectorAll("section.day, section.month").forEach(function (sec) {
      sec.hidden = !sec.querySelector("li:not([hidden]) > article.event");
    });
    status.textContent = shown + " of " + events.length + " events shown";
  }
  q.addEventListener("input", apply);
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  apply();
})();
