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
  // Each card is searched by all its text (title, quotes, outlets,
  // headlines), read once.
  var texts = new Map();
  events.forEach(function (ev) { texts.set(ev, ev.textContent.toLowerCase()); });
  var params = new URLSearchParams(location.search);
  if (params.get("q")) q.value = params.get("q");
  function apply() {
    var words = q.value.toLowerCase().split(/\s+/).filter(Boolean);
    var on = {};
    boxes.forEach(function (b) { on[b.value] = b.checked; });
    // Background cards are counted apart, as the page's summary counts them.
    var shown = 0, total = 0, bgShown = 0, bgTotal = 0;
    events.forEach(function (ev) {
      var bg = !!ev.closest(".context");
      var outlets = (ev.dataset.outlets || "").split(" ");
      var byOutlet = outlets.some(function (o) { return on[o]; });
      var text = texts.get(ev);
      var byText = words.every(function (w) { return text.indexOf(w) >= 0; });
      var show = byOutlet && byText;
      ev.parentElement.hidden = !show;
      if (bg) { bgTotal++; if (show) bgShown++; } else { total++; if (show) shown++; }
    });
    document.querySelectorAll("section.day, section.month").forEach(function (sec) {
      sec.hidden = !sec.querySelector("li:not([hidden]) > article.event");
    });
    status.textContent = shown + " of " + total + (total === 1 ? " event" : " events") + " shown" +
      (bgTotal ? ", " + bgShown + " of " + bgTotal + " background" : "");
    if (form.dataset.index) searchIndex(words, on);
  }

  // A timeline split into month pages searches all of them through a
  // small index (titles, dates, outlets), loaded on first use.
  var index = null, loading = false;
  var results = document.querySelector(".search-results");
  function searchIndex(words, on) {
    if (!results) return;
    if (!words.length) { results.hidden = true; return; }
    if (!index) {
      if (!loading) {
        loading = true;
        fetch(form.dataset.index).then(function (r) { return r.json(); }).then(function (ix) {
          ix.text = ix.events.map(function (e) {
            return (e[2] + " " + e[1] + " " + e[4].map(function (o) { return ix.outlets[o]; }).join(" ")).toLowerCase();
          });
          index = ix;
          apply();
        }).catch(function () { status.textContent = "The search index could not be loaded."; });
      }
      return;
    }
    var list = results.querySelector("ol");
    list.textContent = "";
    var found = 0, limit = 200;
    index.events.forEach(function (e, i) {
      var text = index.text[i];
      if (!words.every(function (w) { return text.indexOf(w) >= 0; })) return;
      if (!e[4].some(function (o) { return on[index.outlets[o]]; })) return;
      found++;
      if (found > limit) return;
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = index.pages[e[3]] + "#" + e[0];
      a.textContent = e[2];
      li.appendChild(document.createTextNode(e[1] + ": "));
      li.appendChild(a);
      list.appendChild(li);
    });
    results.hidden = false;
    status.textContent = found + (found === 1 ? " event matches" : " events match") +
      (found > limit ? " (the first " + limit + " are listed)" : "") + " across all months";
  }
  q.addEventListener("input", apply);
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  apply();
})();
