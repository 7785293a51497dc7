import * as d3 from "d3";
import { clear, el } from "./dom.js";

const parse = d3.utcParse("%Y-%m-%d");
const dyadColor = d3.scaleOrdinal(d3.schemeSet1);

// The escalation line: per directed dyad (actor -> recipient), the day's Goldstein scores added up (so more hostile
// events that day sink the line further; the mean is in the tooltip). Only the dyads with the most scored events.
export function drawEscalation(container, dyads) {
  clear(container);
  if (!dyads.length) {
    container.append(el("p", { class: "hint" }, "No scored events with both an actor and a recipient match the filters."));
    return;
  }
  const margin = { top: 10, right: 24, bottom: 30, left: 40 };
  const width = 480;
  const height = 220;
  const points = dyads.flatMap((d) => d.days.map((p) => p.sum));
  const x = d3.scaleUtc().domain(d3.extent(dyads.flatMap((d) => d.days.map((p) => parse(p.date))))).nice()
    .range([margin.left, width - margin.right]);
  const y = d3.scaleLinear().domain(d3.extent([0, ...points])).nice().range([height - margin.bottom, margin.top]);
  const svg = d3.select(container).append("svg").attr("viewBox", `0 0 ${width} ${height}`);
  svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`).call(d3.axisBottom(x).ticks(5));
  svg.append("g").attr("transform", `translate(${margin.left},0)`).call(d3.axisLeft(y).ticks(5));
  svg.append("line").attr("class", "zero").attr("x1", margin.left).attr("x2", width - margin.right)
    .attr("y1", y(0)).attr("y2", y(0));
  const line = d3.line().x((p) => x(parse(p.date))).y((p) => y(p.sum));
  const series = svg.append("g").selectAll("g").data(dyads).join("g").attr("class", "dyad");
  series.append("path").attr("class", "line").attr("d", (d) => line(d.days)).attr("stroke", (d) => dyadColor(name(d)));
  series.selectAll("circle").data((d) => d.days.map((p) => ({ ...p, dyad: name(d) }))).join("circle")
    .attr("cx", (p) => x(parse(p.date))).attr("cy", (p) => y(p.sum)).attr("r", 2.5)
    .attr("fill", (p) => dyadColor(p.dyad))
    .append("title").text((p) => `${p.dyad} ${p.date}: sum ${p.sum}, mean ${p.mean} over ${p.events} event(s)`);
  container.append(el("div", { class: "legend" }, dyads.map((d) => {
    const swatch = el("i");
    swatch.style.background = dyadColor(name(d));
    return el("span", {}, swatch, `${name(d)} (${d.events})`);
  })));
}

function name(d) {
  return `${d.actor} → ${d.recipient}`;
}
