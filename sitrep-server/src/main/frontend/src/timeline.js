import * as d3 from "d3";
import { typeColor } from "./colors.js";
import { clear, el } from "./dom.js";

const parse = d3.utcParse("%Y-%m-%d");
const format = d3.utcFormat("%Y-%m-%d");
/** Longer spans are drawn a dot per week and type rather than per day, so dots do not pile up. */
const DAILY_UP_TO_DAYS = 120;

// Counts of events per day (or week) and PLOVER type (or quad class), one row per type, a dot sized by the count; click a dot for one
// of its events. Dragging across the plot (a d3 brush) sets the shared from/to filter, so every view narrows to it.
export function drawTimeline(container, timeline, onPick, onBrush) {
  clear(container);
  // A row per PLOVER type, or per quad class when the timeline was asked for by=quad.
  const days = timeline.items.map((d) => ({ ...d, type: d.type || d.quadClass || "no CAMEO code" }));
  if (!days.length) {
    container.append(el("p", { class: "hint" }, "No dated events match the filters."));
    return;
  }
  const extent = d3.extent(days, (d) => parse(d.date));
  const weekly = d3.utcDay.count(extent[0], extent[1]) > DAILY_UP_TO_DAYS;
  const bins = weekly ? byWeek(days) : days.map((d) => ({ ...d, day: parse(d.date), label: d.date }));
  const types = [...new Set(bins.map((b) => b.type))].sort();
  const margin = { top: 10, right: 20, bottom: 30, left: 150 };
  const width = 960;
  const height = margin.top + margin.bottom + types.length * 28;
  // Half a day either side (then rounded to whole days), so a dot on the first or last day sits clear of the axis.
  const x = d3.scaleUtc().domain([d3.utcHour.offset(extent[0], -12), d3.utcHour.offset(extent[1], 12)]).nice()
    .range([margin.left, width - margin.right]);
  const y = d3.scaleBand().domain(types).range([margin.top, height - margin.bottom]).padding(0.2);
  const r = d3.scaleSqrt().domain([1, Math.max(1, d3.max(bins, (b) => b.events))]).range([3.5, Math.min(12, y.bandwidth() / 2)]);

  const svg = d3.select(container).append("svg").attr("viewBox", `0 0 ${width} ${height}`);
  svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`).call(d3.axisBottom(x));
  svg.append("g").attr("transform", `translate(${margin.left},0)`).call(d3.axisLeft(y));
  const brush = d3.brushX().extent([[margin.left, margin.top], [width - margin.right, height - margin.bottom]])
    .on("end", (event) => {
      if (!event.selection) return;
      // The days whose dots lie inside the selection (a dot sits at its day's midnight).
      const from = d3.utcDay.ceil(x.invert(event.selection[0]));
      const to = d3.utcDay.floor(x.invert(event.selection[1]));
      onBrush(format(from), format(to < from ? from : to));
    });
  svg.append("g").attr("class", "brush").call(brush);
  // Dots above the brush's overlay: a click on a dot opens an event, a drag elsewhere filters.
  svg.append("g").selectAll("circle").data(bins).join("circle")
    .attr("class", "dot")
    .attr("cx", (b) => x(b.day))
    .attr("cy", (b) => y(b.type) + y.bandwidth() / 2)
    .attr("r", (b) => r(b.events))
    .attr("fill", (b) => typeColor(b.type))
    .on("click", (_, b) => onPick(b.event))
    .append("title").text((b) => `${b.type} ${b.label}: ${b.events} event${b.events === 1 ? "" : "s"}`);
  container.append(el("p", { class: "meta" }, weekly ? "A dot per week and type" : "A dot per day and type",
    ", sized by the number of events. Drag across the chart to filter every view to those dates.",
    timeline.coarse ? ` ${timeline.coarse} event(s) dated only to a month or a year are not drawn.` : ""));
}

function byWeek(days) {
  const weeks = new Map();
  for (const d of days) {
    const start = d3.utcMonday.floor(parse(d.date));
    const key = `${d.type} ${format(start)}`;
    const w = weeks.get(key) || { type: d.type, day: start, label: `week of ${format(start)}`, events: 0, event: d.event };
    w.events += d.events;
    w.event = Math.min(w.event, d.event);
    weeks.set(key, w);
  }
  return [...weeks.values()];
}
