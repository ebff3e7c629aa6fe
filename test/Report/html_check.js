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
  const visible = () => [...document.getElementById("layers").tBodies[0].rows]
      .filter((r) => !r.classList.contains("hidden")).length;
  out.push("layer rows shown: " + visible());
  document.querySelector("#layers tr[data-depth='1'] .toggle").click();
  out.push("after opening the first: " + visible());
  document.querySelector("#layers tr[data-depth='1'] .toggle").click();
  out.push("after closing it: " + visible());
  document.getElementById("filter-layer").value = "classifier";
  document.getElementById("filter-layer").dispatchEvent(new Event("input"));
  out.push("ops of classifier: " + [...document.getElementById("ops").tBodies[0].rows]
      .filter((r) => r.style.display !== "none").length);
  document.getElementById("filter-layer").value = "";
  document.getElementById("filter-layer").dispatchEvent(new Event("input"));
  click("ops", "FLOPs");
  out.push("ops by FLOPs: " + column("ops", 0).slice(0, 3).join(" | "));
  const pre = document.createElement("pre");
  pre.id = "result";
  pre.textContent = out.join("\n");
  document.body.appendChild(pre);
})();
