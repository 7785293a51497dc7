import * as d3 from "d3";
import { feature } from "topojson-client";
import world from "world-atlas/countries-110m.json";
import { typeColor } from "./colors.js";
import { clear, el } from "./dom.js";

const countries = feature(world, world.objects.countries);

// Country shapes (Natural Earth via world-atlas) and a dot per place, sized by its events (reports) and coloured by
// its most frequent PLOVER type; click for one of its events. The view frames the places (with a margin), so a week
// of reports from one region does not shrink to a speck on a world map.
export function drawMap(container, places, onPick) {
  clear(container);
  const width = 640;
  const height = 400;
  const located = places.filter((p) => p.lat != null && p.lon != null);
  const projection = d3.geoNaturalEarth1().fitExtent([[8, 8], [width - 8, height - 8]], frame(located));
  const path = d3.geoPath(projection);
  const r = d3.scaleSqrt().domain([1, Math.max(1, d3.max(located, (p) => p.events) || 1)]).range([4, 16]);
  const svg = d3.select(container).append("svg").attr("viewBox", `0 0 ${width} ${height}`);
  svg.append("path").datum({ type: "Sphere" }).attr("class", "sea").attr("d", path);
  svg.append("g").selectAll("path").data(countries.features).join("path").attr("class", "country").attr("d", path)
    .append("title").text((c) => c.properties.name);
  // Biggest first, so small places stay clickable on top of big ones.
  const sorted = [...located].sort((a, b) => b.events - a.events);
  svg.append("g").selectAll("circle").data(sorted).join("circle")
    .attr("class", "dot")
    .attr("transform", (p) => `translate(${projection([p.lon, p.lat])})`)
    .attr("r", (p) => r(p.events))
    .attr("fill", (p) => typeColor(p.mainType))
    .attr("fill-opacity", 0.8)
    .on("click", (_, p) => onPick(p.event))
    .append("title").text((p) => `${p.name} (${p.country || "?"}): ${p.events} event(s); `
      + Object.entries(p.types).map(([t, n]) => `${t} ${n}`).join(", "));
  const types = [...new Set(located.map((p) => p.mainType))].sort();
  container.append(el("div", { class: "legend" },
    types.map((t) => {
      const swatch = el("i");
      swatch.style.background = typeColor(t);
      return el("span", {}, swatch, t);
    })));
}

/** The area to show: the places' bounding box widened by a quarter (at least 8° by 5°), or the whole globe. */
function frame(located) {
  if (!located.length) return { type: "Sphere" };
  const [west, east] = d3.extent(located, (p) => p.lon);
  const [south, north] = d3.extent(located, (p) => p.lat);
  const padLon = Math.max(8, (east - west) / 4);
  const padLat = Math.max(5, (north - south) / 4);
  const w = Math.max(-180, west - padLon);
  const e = Math.min(180, east + padLon);
  const s = Math.max(-85, south - padLat);
  const n = Math.min(85, north + padLat);
  return { type: "MultiPoint", coordinates: [[w, s], [w, n], [e, s], [e, n]] };
}
