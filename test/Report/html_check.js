// Appended (in a <script>) to a copy of an HTML report: clicks column
// headers as a user would and writes, into the page, the rows' order after
// each click, for FileCheck to read from --dump-dom.
(function () {
  const out = [];
  const click = (table, name) => {
    const th = [...document.querySelectorAll(`#${table} th`)]
        .find((h) => h.textContent === name);
    th.click();
  };
  const column = (table, col) =>
      [...document.getElementById(table).tBodies[0].rows]
          .filter((r) => r.dataset.depth === undefined || r.dataset.depth === "1")
          .map((r) => r.cells[col].textContent.replace("\u25b8", "").trim());
  out.push("tables: " + [...document.querySelectorAll("table")].map((t) => t.id).join(" "));
  out.push("layers before: " + column("layers", 0).join(" | "));
  click("layers", "MACs");
  out.push("layers by MACs: " + column("layers", 0).join(" | "));
  click("layers", "MACs");
  out.push("layers by MACs, again: " + column("layers", 0).join(" | "));
  click("ops", "FLOPs");
  out.push("ops by FLOPs: " + column("ops", 0).slice(0, 3).join(" | "));
  const pre = document.createElement("pre");
  pre.id = "result";
  pre.textContent = out.join("\n");
  document.body.appendChild(pre);
})();
