// The live map of a Docker world (anywidget front-end).
//
// Python owns the state: the `scene` traitlet holds every element to draw
// (boxes, nodes, summaries, arrows, texts) with its geometry and words,
// and `changes` what the last command did (read from the world's journal).
// This module only draws: it joins the new scene's elements to the drawn
// ones by id, moves what moved, grows what is new out of where it comes
// from, fades what is gone, and sends layers travelling for a pull or a
// push. Clicks come back through the `selected` and `expanded` traitlets.

const SVG = "http://www.w3.org/2000/svg";
const MOVE_MS = 700;
const FADE_MS = 600;
const TRAVEL_MS = 1100;

const STYLE = {
  host: ["#f4f6f8", "#4a5560"], group: ["#f7fbfe", "#0072B2"], registry: ["#ffffff", "#0072B2"],
  repository: ["#f0f8fd", "#56B4E9"], stack: ["#fbf5f9", "#CC79A7"], image: ["#fff3dd", "#E69F00"],
  container: ["#fdebe2", "#D55E00"], tag: ["#fffbe0", "#a89400"], volume: ["#e2f4ed", "#009E73"],
  layer: ["#f7e6f0", "#CC79A7"], dockerfile: ["#ffffff", "#555555"], summary: ["#ffffff", "#777777"],
};
const ARROWS = { run: "#D55E00", pull: "#0072B2", push: "#7a3f9d", build: "#555555", mounts: "#009E73", points_to: "#a89400" };
const DOTS = { running: "#009E73", exited: "#8a8a8a", created: "#56B4E9", paused: "#E69F00", restarting: "#E69F00", dead: "#D55E00" };

function colourOf(digest) {
  const hex = (digest || "").split(":").pop();
  const n = parseInt(hex.slice(0, 4), 16);
  return `hsl(${(isNaN(n) ? 0 : n) % 360}, 62%, 52%)`;
}

function make(tag, attrs, parent) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (parent) parent.appendChild(node);
  return node;
}

function place(g, x, y, scale = 1) {
  g.style.transform = `translate(${x}px, ${y}px)` + (scale !== 1 ? ` scale(${scale})` : "");
}

// Draw one element's content inside its group, relative to its own top-left corner.
function fill(g, e) {
  while (g.firstChild) g.removeChild(g.firstChild);
  g.setAttribute("class", `tx-el tx-${e.type} tx-kind-${e.kind}` + (e.mark ? ` tx-mark-${e.mark}` : "") +
    (e.state ? ` tx-state-${e.state}` : "") + (e.expand ? " tx-opens" : ""));
  g.dataset.id = e.id;
  g.dataset.tip = e.tip || "";
  g.dataset.expand = e.expand || "";
  if (e.type === "arrow") {
    const colour = ARROWS[e.kind] || "#555555";
    const pts = e.points.map(([x, y]) => `${x},${y}`).join(" ");
    make("polyline", { points: pts, fill: "none", stroke: colour, "stroke-width": 1.6, class: "tx-line",
                       "marker-end": `url(#tx-head-${e.kind})`, "stroke-dasharray": e.kind === "mounts" ? "4 3" : "" }, g);
    g.style.transform = "";
  } else if (e.type !== "text") {
    const [bg, stroke] = STYLE[e.type === "summary" ? "summary" : e.kind] || ["#ffffff", "#555555"];
    const dashed = e.type === "summary" || e.kind === "dockerfile" || e.mark === "missing";
    const width = e.mark === "traced" || e.mark === "selected" || e.state === "shared" ? 2.6 : 1.2;
    make("rect", { x: 0, y: 0, width: e.w, height: e.h, rx: 5, fill: bg, class: "tx-shape",
                   stroke: e.mark === "missing" ? "#c0392b" : e.mark === "cached" ? "#009E73" : stroke,
                   "stroke-width": e.mark === "cached" ? 2.2 : width,
                   "stroke-dasharray": dashed ? "5 3" : "" }, g);
    if (e.digest && e.type === "node") {
      make("rect", { x: 6, y: 8, width: 9, height: e.h - 16, rx: 2, fill: colourOf(e.digest) }, g);
    }
    if (e.kind === "container" && e.type === "node") {
      make("circle", { cx: e.w - 10, cy: 10, r: 4.5, fill: DOTS[e.state] || "#8a8a8a" }, g);
    }
  }
  const ox = e.type === "arrow" ? 0 : e.x;
  const oy = e.type === "arrow" ? 0 : e.y;
  e.lines.forEach(([x, y, size, weight, text], i) => {
    const colour = e.type === "arrow" ? (ARROWS[e.kind] || "#333") : (i === 0 ? (e.kind === "note" ? "#555555" : "#1a1a1a") : "#3d3d3d");
    const t = make("text", { x: x - ox, y: y - oy, "font-size": size, "font-weight": weight, fill: colour }, g);
    t.textContent = text;
  });
  if (e.type !== "arrow") place(g, e.x, e.y);
}

function defs(svg) {
  const d = make("defs", {}, svg);
  for (const [kind, colour] of Object.entries(ARROWS)) {
    const m = make("marker", { id: `tx-head-${kind}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7,
                               markerHeight: 7, orient: "auto-start-reverse" }, d);
    make("path", { d: "M0,0 L10,5 L0,10 z", fill: colour }, m);
  }
}

function centre(e) { return [e.x + e.w / 2, e.y + e.h / 2]; }

function render({ model, el }) {
  const root = document.createElement("div");
  root.className = "tx-map-root";
  const bar = document.createElement("div");
  bar.className = "tx-map-bar";
  const words = () => model.get("texts") || {};
  const button = (key, text, action) => {
    const b = document.createElement("button");
    b.className = `tx-map-button tx-map-${key}`;
    b.textContent = text;
    b.type = "button";
    b.addEventListener("click", action);
    bar.appendChild(b);
    return b;
  };
  const legend = document.createElement("span");
  legend.className = "tx-map-legend";
  const view = document.createElement("div");
  view.className = "tx-map-view";
  const svg = make("svg", { class: "tx-map", role: "img" });
  defs(svg);
  const layer = make("g", { class: "tx-map-layer" }, svg);
  const arrows = make("g", { class: "tx-map-arrows" }, svg);
  const fx = make("g", { class: "tx-map-fx" }, svg);
  view.appendChild(svg);
  const tip = document.createElement("div");
  tip.className = "tx-map-tip";
  tip.hidden = true;
  const details = document.createElement("div");
  details.className = "tx-map-details";
  details.hidden = true;
  root.append(bar, view, tip, details);
  el.classList.add("jupyter-widgets", "tx-live-map");   // what notebook tools look for in a widget's output
  el.appendChild(root);

  let zoom = 1;
  let drawn = new Map();       // element id -> {g, e}
  let lastSeq = -1;

  const sceneOf = () => { try { return JSON.parse(model.get("scene") || "{}"); } catch (e) { return {}; } };
  const size = () => {
    const s = sceneOf();
    svg.setAttribute("viewBox", `0 0 ${s.width || 100} ${s.height || 100}`);
    svg.style.width = `${(s.width || 100) * zoom}px`;
    svg.style.height = `${(s.height || 100) * zoom}px`;
    view.style.maxHeight = `${model.get("height")}px`;
  };
  const zoomBy = (k) => { zoom = Math.min(3, Math.max(0.3, zoom * k)); size(); };
  const zin = button("in", "+", () => zoomBy(1.25));
  const zout = button("out", "−", () => zoomBy(0.8));
  const zfit = button("fit", "1:1", () => { zoom = 1; size(); });
  bar.appendChild(legend);
  const label = () => {
    const w = words();
    zin.title = w.zoom_in || "Zoom in";
    zout.title = w.zoom_out || "Zoom out";
    zfit.textContent = "1:1";
    zfit.title = w.zoom_reset || "Fit";
    legend.textContent = w.legend || "";
  };

  view.addEventListener("wheel", (ev) => {
    if (!(ev.ctrlKey || ev.metaKey)) return;
    ev.preventDefault();
    zoomBy(ev.deltaY < 0 ? 1.1 : 0.9);
  }, { passive: false });
  let drag = null;
  view.addEventListener("pointerdown", (ev) => {
    if (ev.target.closest && ev.target.closest(".tx-node, .tx-summary")) return;
    drag = { x: ev.clientX, y: ev.clientY, left: view.scrollLeft, top: view.scrollTop };
  });
  window.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    view.scrollLeft = drag.left - (ev.clientX - drag.x);
    view.scrollTop = drag.top - (ev.clientY - drag.y);
  });
  window.addEventListener("pointerup", () => { drag = null; });

  svg.addEventListener("mouseover", (ev) => {
    const g = ev.target.closest && ev.target.closest(".tx-el");
    if (!g || !g.dataset.tip) return;
    tip.textContent = g.dataset.tip;
    tip.hidden = false;
    const r = root.getBoundingClientRect();
    const b = g.getBoundingClientRect();
    tip.style.left = `${Math.max(0, b.left - r.left)}px`;
    tip.style.top = `${b.bottom - r.top + 4}px`;
  });
  svg.addEventListener("mouseout", (ev) => {
    const g = ev.target.closest && ev.target.closest(".tx-el");
    if (g && !(ev.relatedTarget && g.contains(ev.relatedTarget))) tip.hidden = true;
  });
  svg.addEventListener("click", (ev) => {
    const g = ev.target.closest && ev.target.closest(".tx-node, .tx-summary, .tx-box");
    if (!g) return;
    if (g.dataset.expand) {
      const open = new Set(model.get("expanded") || []);
      if (open.has(g.dataset.expand)) open.delete(g.dataset.expand); else open.add(g.dataset.expand);
      model.set("expanded", [...open].sort());
    } else {
      model.set("selected", g.dataset.id);
    }
    model.save_changes();
  });

  const showDetails = () => {
    const d = model.get("details") || {};
    while (details.firstChild) details.removeChild(details.firstChild);
    if (!d.title) { details.hidden = true; return; }
    const close = document.createElement("button");
    close.type = "button";
    close.className = "tx-map-close";
    close.textContent = "×";
    close.title = words().close || "Close";
    close.addEventListener("click", () => { model.set("selected", ""); model.save_changes(); });
    const h = document.createElement("h4");
    h.textContent = d.title;
    const p = document.createElement("p");
    p.textContent = d.text || "";
    const table = document.createElement("table");
    for (const [k, v] of d.rows || []) {
      const tr = document.createElement("tr");
      const th = document.createElement("th");
      th.textContent = k;
      const td = document.createElement("td");
      td.textContent = v;
      tr.append(th, td);
      table.appendChild(tr);
    }
    details.append(close, h, p, table);
    details.hidden = false;
  };

  const travel = (from, to, items, colourFor, delay0) => {
    const [x0, y0] = centre(from);
    const [x1, y1] = centre(to);
    items.forEach((item, i) => {
      const g = make("g", { class: "tx-transient tx-blob" }, fx);
      make("rect", { x: -7, y: -7, width: 14, height: 14, rx: 3, fill: colourFor(item), stroke: "#333", "stroke-width": 0.8 }, g);
      g.style.transition = "none";
      place(g, x0, y0);
      setTimeout(() => {
        g.style.transition = `transform ${TRAVEL_MS}ms ease-in-out, opacity ${FADE_MS}ms`;
        place(g, x1, y1);
      }, delay0 + 30 + i * 140);
      setTimeout(() => { g.style.opacity = 0; }, delay0 + TRAVEL_MS + 60 + i * 140);
      setTimeout(() => g.remove(), delay0 + TRAVEL_MS + FADE_MS + 120 + i * 140);
    });
  };

  const badge = (at, text, delay) => {
    const g = make("g", { class: "tx-transient tx-badge" }, fx);
    const w = text.length * 6.6 + 12;
    make("rect", { x: 0, y: 0, width: w, height: 18, rx: 9, fill: "#ffffff", stroke: "#555", "stroke-width": 0.8 }, g);
    const t = make("text", { x: 6, y: 13, "font-size": 11, fill: "#333" }, g);
    t.textContent = text;
    place(g, at.x + at.w - w, at.y - 20);
    g.style.opacity = 0;
    setTimeout(() => { g.style.opacity = 1; }, delay);
    setTimeout(() => { g.style.opacity = 0; }, delay + 1600);
    setTimeout(() => g.remove(), delay + 1600 + FADE_MS + 50);
  };

  const draw = () => {
    const s = sceneOf();
    s.elements = s.elements || [];
    const ch = model.get("changes") || {};
    const animate = ch.seq !== undefined && ch.seq !== lastSeq && lastSeq !== -1 && drawn.size > 0;
    lastSeq = ch.seq === undefined ? lastSeq : ch.seq;
    root.dataset.seq = String(lastSeq);
    root.dataset.animating = animate ? "1" : "0";
    size();
    label();
    const next = new Map();
    const byId = new Map(s.elements.map((e) => [e.id, e]));
    const old = drawn;
    const grows = ch.grow || {};
    for (const e of s.elements) {
      let entry = old.get(e.id);
      if (entry) {
        fill(entry.g, e);
        if (e.type === "arrow") entry.g.parentNode !== arrows && arrows.appendChild(entry.g);
      } else {
        const g = make("g", {}, e.type === "arrow" ? arrows : layer);
        fill(g, e);
        if (animate) {
          const source = grows[e.id] && (byId.get(grows[e.id]) || (old.get(grows[e.id]) || {}).e);
          g.style.transition = "none";
          g.style.opacity = 0;
          if (source && e.type !== "arrow") place(g, source.x, source.y, 0.3);
          g.getBoundingClientRect();     // the start state is laid out before the transition starts
          const delay = e.type === "arrow" ? MOVE_MS : 30;
          setTimeout(() => {
            g.style.transition = `transform ${MOVE_MS}ms ease-out, opacity ${FADE_MS}ms`;
            g.style.opacity = 1;
            if (e.type !== "arrow") place(g, e.x, e.y);
          }, delay);
        }
        entry = { g, e };
      }
      entry.e = e;
      next.set(e.id, entry);
    }
    for (const [id, entry] of old) {
      if (next.has(id)) continue;
      if (animate) {
        fx.appendChild(entry.g);          // out of the way of the ordering below, then fade
        entry.g.classList.add("tx-leaving", "tx-transient");
        setTimeout(() => { entry.g.style.opacity = 0; }, 20);
        setTimeout(() => entry.g.remove(), FADE_MS + 80);
      } else {
        entry.g.remove();
      }
    }
    // parents before children, so boxes stay behind what they hold; an element already in
    // its place is never re-inserted (that would cancel its move)
    let i = 0;
    for (const e of s.elements) {
      if (e.type === "arrow") continue;
      const g = next.get(e.id).g;
      if (layer.children[i] !== g) layer.insertBefore(g, layer.children[i] || null);
      i += 1;
    }
    drawn = next;
    if (animate) {
      let delay = 0;
      for (const t of ch.transfers || []) {
        const from = byId.get(t.from);
        const to = byId.get(t.to);
        if (!from || !to) continue;
        travel(from, to, t.moved || [], (d) => colourOf(d), delay);
        if ((t.existing || []).length) badge(to, t.existing_text || "already exists", delay + 200);
        delay += 300;
      }
      setTimeout(() => { root.dataset.animating = "0"; }, MOVE_MS + TRAVEL_MS + FADE_MS + 300 + delay);
    }
    const sel = model.get("selected");
    for (const [id, entry] of drawn) entry.g.classList.toggle("tx-selected", id === sel);
  };

  model.on("change:scene", draw);
  model.on("change:selected", () => {
    const sel = model.get("selected");
    for (const [id, entry] of drawn) entry.g.classList.toggle("tx-selected", id === sel);
  });
  model.on("change:details", showDetails);
  model.on("change:texts", label);
  model.on("change:height", size);
  draw();
  showDetails();
  return () => { drag = null; };
}

export default { render };
