// opengauge site: sorting, filtering and search on the leaderboard; the compare page.
// Vanilla JS, no network. Data is read from the DOM or from an application/json block and
// only ever inserted with textContent (never innerHTML).
(function () {
  "use strict";

  function text(el) { return (el.getAttribute("data-sort") || el.textContent || "").trim(); }

  function initBoard(table) {
    var tbody = table.tBodies[0];
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    heads.forEach(function (th, idx) {
      var btn = th.querySelector("button");
      if (!btn) return;
      btn.addEventListener("click", function () {
        var cur = th.getAttribute("aria-sort");
        var firstDesc = th.getAttribute("data-kind") === "num" && th.getAttribute("data-key") !== "rank" &&
          th.getAttribute("data-key") !== "label" && th.getAttribute("data-key") !== "mof";
        var dir = cur ? (cur === "ascending" ? "descending" : "ascending") : (firstDesc ? "descending" : "ascending");
        heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir);
        var num = th.getAttribute("data-kind") === "num";
        var rows = Array.prototype.slice.call(tbody.rows);
        rows.sort(function (a, b) {
          var x = text(a.cells[idx]), y = text(b.cells[idx]), c;
          if (num) { c = (parseFloat(x) || 0) - (parseFloat(y) || 0); }
          else { c = x.localeCompare(y); }
          if (c === 0) c = parseFloat(text(a.cells[0])) - parseFloat(text(b.cells[0]));
          return dir === "ascending" ? c : -c;
        });
        rows.forEach(function (r) { tbody.appendChild(r); });
      });
    });
    var q = document.getElementById("q");
    var sel = { label: "f-label", type: "f-type", org: "f-org", verdict: "f-verdict" };
    var status = document.getElementById("status");
    function apply() {
      var needle = (q && q.value || "").trim().toLowerCase();
      var want = {};
      Object.keys(sel).forEach(function (k) { var s = document.getElementById(sel[k]); want[k] = s ? s.value : ""; });
      var shown = 0, total = tbody.rows.length;
      Array.prototype.forEach.call(tbody.rows, function (r) {
        var ok = (!needle || (r.getAttribute("data-search") || "").indexOf(needle) !== -1);
        Object.keys(want).forEach(function (k) { if (want[k] && r.getAttribute("data-" + k) !== want[k]) ok = false; });
        r.hidden = !ok;
        if (ok) shown++;
      });
      if (status) status.textContent = shown + " of " + total + " models shown.";
    }
    if (q) q.addEventListener("input", apply);
    Object.keys(sel).forEach(function (k) { var s = document.getElementById(sel[k]); if (s) s.addEventListener("change", apply); });
  }

  function pill(cls, value) {
    var span = document.createElement("span");
    var c = ["open", "partial", "closed", "unknown"].indexOf(cls) >= 0 ? cls : "unknown";
    span.className = "pill " + c;
    var sym = document.createElement("span");
    sym.className = "sym"; sym.setAttribute("aria-hidden", "true");
    sym.textContent = { open: "●", partial: "◐", closed: "○", unknown: "?" }[c];
    span.appendChild(sym);
    span.appendChild(document.createTextNode(" " + value));
    return span;
  }

  function initCompare() {
    var holder = document.getElementById("compare-data");
    if (!holder) return;
    var data = JSON.parse(holder.textContent);
    var byId = {};
    data.forEach(function (m) { byId[m.id] = m; });
    var picks = Array.prototype.slice.call(document.querySelectorAll("select.pick"));
    var table = document.getElementById("cmp");
    var params = ["datasources_basemodel", "datasources_endmodel", "weights_basemodel", "weights_endmodel",
      "trainingcode", "code", "hardware_architecture", "preprint", "paper", "modelcard", "datasheet", "licenses"];
    var rows = [
      ["Label", function (m) { return pill(m.label_class, m.label); }],
      ["OSAI score", function (m) { return pill(m.score_class, m.score === null ? "unknown" : m.score.toFixed(1) + " %"); }],
      ["MOF class", function (m) { return pill(m.mof_class, m.mof === "none" ? "none" : "Class " + m.mof); }],
      ["OSAID", function (m) { return pill({ passes: "open", fails: "closed" }[m.osaid] || "unknown", m.osaid); }],
      ["EU AI Act exemption", function (m) { return pill({ likely: "open", unlikely: "closed" }[m.eu] || "unknown", m.eu); }],
      ["License", function (m) { return document.createTextNode(m.license); }],
      ["License verdict", function (m) { return pill(m.verdict_class, m.verdict); }]
    ];
    var namesEl = document.getElementById("param-names");
    var names = namesEl ? JSON.parse(namesEl.textContent) : {};
    params.forEach(function (p) {
      rows.push([names[p] || p, function (m) { var lv = m.params[p] || "unknown"; return pill(lv, lv); }]);
    });
    function chosen() { return picks.map(function (s) { return s.value; }).filter(function (v) { return v && byId[v]; }); }
    function render() {
      var ids = chosen().filter(function (v, i, a) { return a.indexOf(v) === i; });
      var thead = table.tHead, tbody = table.tBodies[0];
      while (thead.firstChild) thead.removeChild(thead.firstChild);
      while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
      var hr = thead.insertRow();
      var corner = document.createElement("th"); corner.textContent = "";
      hr.appendChild(corner);
      ids.forEach(function (id) {
        var th = document.createElement("th"); th.scope = "col";
        var a = document.createElement("a");
        a.href = "models/" + encodeURIComponent(id) + ".html";
        a.textContent = byId[id].name;
        th.appendChild(a); hr.appendChild(th);
      });
      rows.forEach(function (r) {
        var tr = tbody.insertRow();
        var th = document.createElement("th"); th.scope = "row"; th.textContent = r[0]; tr.appendChild(th);
        ids.forEach(function (id) { var td = tr.insertCell(); td.appendChild(r[1](byId[id])); });
      });
      if (window.history && history.replaceState) {
        try { history.replaceState(null, "", "?m=" + ids.map(encodeURIComponent).join(",")); } catch (e) { /* file:// may refuse */ }
      }
    }
    var initial = [];
    var m = /[?&]m=([^&#]*)/.exec(window.location.search);
    if (m) initial = decodeURIComponent(m[1]).split(",").filter(function (v) { return byId[v]; });
    if (initial.length < 2) {
      data.forEach(function (d) { if (initial.length < 2 && initial.indexOf(d.id) < 0) initial.push(d.id); });
    }
    picks.forEach(function (s, i) { s.value = initial[i] || ""; s.addEventListener("change", render); });
    render();
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("form.filters"), function (f) {
      f.addEventListener("submit", function (e) { e.preventDefault(); });
    });
    var board = document.getElementById("board");
    if (board) initBoard(board);
    initCompare();
  });
})();
