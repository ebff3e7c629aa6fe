// Appended (in a <script>) to a page holding one roofline SVG inline:
// measures every text with the browser's own font metrics and writes, into
// the page, how many labels there are, how many pairs of texts overlap
// (a label with a label, the title or the legend), and how many texts
// stick out of the SVG.
(function () {
  const svg = document.querySelector("svg");
  const width = svg.viewBox.baseVal.width, height = svg.viewBox.baseVal.height;
  const box = (t) => t.getBBox();
  const labels = [...svg.querySelectorAll("text.label")];
  const others = [...svg.querySelectorAll("text.title, g.legend text")];
  const overlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width &&
                            a.y < b.y + b.height && b.y < a.y + a.height;
  let overlaps = 0;
  labels.forEach((l, i) => {
    const a = box(l);
    labels.slice(i + 1).forEach((m) => { if (overlap(a, box(m))) overlaps++; });
    others.forEach((o) => { if (overlap(a, box(o))) overlaps++; });
  });
  let clipped = 0;
  svg.querySelectorAll("text").forEach((t) => {
    const b = box(t);
    if (t.getAttribute("transform")) return; // the rotated axis title
    if (b.x < 0 || b.y < 0 || b.x + b.width > width || b.y + b.height > height)
      clipped++;
  });
  const p = document.createElement("p");
  p.id = "result";
  p.textContent = `labels ${labels.length} overlaps ${overlaps} clipped ${clipped}`;
  document.body.appendChild(p);
})();
