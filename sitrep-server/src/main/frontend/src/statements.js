import * as d3 from "d3";
import { clear, el } from "./dom.js";

const parse = d3.utcParse("%Y-%m-%d");
/** Stances an analyst watches for: a denial or an accusation is drawn large and in colour, the rest small and grey. */
const HIGHLIGHT = { deny: "denial", reject: "denial", accuse: "accusation", criticize: "accusation" };

// Stance over time: a strip per speaker (those with the most statements), a dot per day and stance. Clicking a
// speaker's name filters every view to that name.
export function drawStances(container, speakers, onSpeaker) {
  clear(container);
  if (!speakers.length) {
    container.append(el("p", { class: "hint" }, "No named speakers match the filters."));
    return;
  }
  const margin = { top: 8, right: 20, bottom: 28, left: 210 };
  const width = 960;
  const row = 26;
  const height = margin.top + margin.bottom + speakers.length * row;
  const dates = speakers.flatMap((s) => s.points.map((p) => parse(p.date)));
  const [first, last] = d3.extent(dates);
  const x = d3.scaleUtc().domain([d3.utcDay.offset(first, -1), d3.utcDay.offset(last, 1)]).nice()
    .range([margin.left, width - margin.right]);
  const y = d3.scaleBand().domain(speakers.map((s) => s.speaker)).range([margin.top, height - margin.bottom])
    .padding(0.15);
  const svg = d3.select(container).append("svg").attr("viewBox", `0 0 ${width} ${height}`);
  svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`).call(d3.axisBottom(x));
  const labels = svg.append("g").attr("transform", `translate(${margin.left},0)`).call(d3.axisLeft(y)
    .tickFormat((name) => {
      const s = speakers.find((p) => p.speaker === name);
      const label = name.length > 26 ? `${name.slice(0, 25)}…` : name;
      return `${label} (${s.statements}; ${s.denials} den., ${s.accusations} acc.)`;
    }));
  labels.selectAll(".tick text").attr("class", "speaker-name").on("click", (_, name) => onSpeaker(name));
  // Ordinary stances first, so denials and accusations are drawn on top.
  const points = speakers.flatMap((s) => s.points.map((p) => ({ ...p, speaker: s.speaker })))
    .sort((a, b) => Boolean(HIGHLIGHT[a.stance]) - Boolean(HIGHLIGHT[b.stance]));
  svg.append("g").selectAll("circle").data(points).join("circle")
    .attr("class", (p) => `stance-dot stance-${p.stance}${HIGHLIGHT[p.stance] ? ` ${HIGHLIGHT[p.stance]}` : ""}`)
    .attr("cx", (p) => x(parse(p.date)))
    .attr("cy", (p) => y(p.speaker) + y.bandwidth() / 2)
    .attr("r", (p) => (HIGHLIGHT[p.stance] ? 6 : 3.5))
    .append("title").text((p) => `${p.speaker}, ${p.date}: ${p.stance} × ${p.statements}`);
  container.append(el("p", { class: "meta" },
    el("span", { class: "stance stance-deny" }, "denial"), " deny/reject ",
    el("span", { class: "stance stance-accuse" }, "accusation"), " accuse/criticize; other stances grey. ",
    "Click a speaker to filter every view to that name."));
}

// Statements grouped by speaker, each with its stance, cue and content.
export function drawStatements(container, statements, total) {
  clear(container);
  if (!statements.length) {
    container.append(el("p", { class: "hint" }, "No statements match the filters."));
    return;
  }
  if (total > statements.length) {
    container.append(el("p", { class: "meta" }, `The first ${statements.length} of ${total} statements.`));
  }
  const bySpeaker = new Map();
  for (const s of statements) {
    const name = (s.speaker && s.speaker.name) || "(unnamed speaker)";
    if (!bySpeaker.has(name)) bySpeaker.set(name, []);
    bySpeaker.get(name).push(s);
  }
  for (const [name, items] of bySpeaker) {
    container.append(el("div", { class: "speaker" },
      el("h3", {}, name, " ", el("span", { class: "meta" }, `(${items.length})`)),
      el("ul", {}, items.map((s) => el("li", { class: HIGHLIGHT[s.stance] || null },
        el("span", { class: `stance stance-${s.stance || "none"}` }, s.stance || "?"),
        s.cue ? el("em", {}, s.cue, " ") : null,
        s.content || "",
        el("span", { class: "meta" }, ` (${s.article.published || "undated"}, ${s.article.title || s.article.id})`))))));
  }
}
