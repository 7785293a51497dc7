import * as d3 from "d3";
import { typeColor } from "./colors.js";
import { clear, el } from "./dom.js";

// Events on a time axis, one row per PLOVER type; a dot per event, click for the detail.
export function drawTimeline(container, events, onPick) {
  clear(container);
  const dated = events.filter((e) => e.date && e.date.start);
  if (!dated.length) {
    container.append(el("p", { class: "hint" }, "No dated events match the filters."));
    return;
  }
  const types = [...new Set(dated.map((e) => e.type))].sort();
  const margin = { top: 10, right: 20, bottom: 30, left: 150 };
  const width = 960;
  const height = margin.top + margin.bottom + types.length * 28;
  const parse = d3.utcParse("%Y-%m-%d");
  const extent = d3.extent(dated, (e) => parse(e.date.start));
  // Half a day either side (then rounded to whole days), so a dot on the first or last day sits clear of the axis.
  extent[0] = d3.utcHour.offset(extent[0], -12);
  extent[1] = d3.utcHour.offset(extent[1], 12);
  const x = d3.scaleUtc().domain(extent).nice().range([margin.left, width - margin.right]);
  const y = d3.scaleBand().domain(types).range([margin.top, height - margin.bottom]).padding(0.2);

  // Events of one type on one day are stacked across the row instead of drawn on top of each other.
  const stack = new Map();
  for (const group of d3.group(dated, (e) => `${e.type} ${e.date.start}`).values()) {
    const step = Math.min(9, (y.bandwidth() * 0.8) / group.length);
    group.forEach((e, i) => stack.set(e, (i - (group.length - 1) / 2) * step));
  }

  const svg = d3.select(container).append("svg").attr("viewBox", `0 0 ${width} ${height}`);
  svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`).call(d3.axisBottom(x));
  svg.append("g").attr("transform", `translate(${margin.left},0)`).call(d3.axisLeft(y));
  svg.append("g").selectAll("circle").data(dated).join("circle")
    .attr("class", "dot")
    .attr("cx", (e) => x(parse(e.date.start)))
    .attr("cy", (e) => y(e.type) + y.bandwidth() / 2 + stack.get(e))
    .attr("r", 4)
    .attr("fill", (e) => typeColor(e.type))
    .on("click", (_, e) => onPick(e.id))
    .append("title").text((e) => `${e.type} ${e.date.start} ${e.trigger || ""} (${e.article.title || e.article.id})`);
}
