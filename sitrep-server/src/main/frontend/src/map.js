import * as d3 from "d3";
import { feature } from "topojson-client";
import world from "world-atlas/countries-110m.json";
import { typeColor } from "./colors.js";
import { clear, el } from "./dom.js";

const countries = feature(world, world.objects.countries);

// Country shapes (Natural Earth via world-atlas) and a dot per located event, coloured by PLOVER type. The view
// frames the events (with a margin), so a week of reports from one region does not shrink to a speck on a world map.
export function drawMap(container, events, onPick) {
  clear(container);
  const width = 640;
  const height = 400;
  const located = events.filter((e) => e.place && e.place.lat != null && e.place.lon != null);
  const projection = d3.geoNaturalEarth1().fitExtent([[8, 8], [width - 8, height - 8]], frame(located));
  const path = d3.geoPath(projection);
  const svg = d3.select(container).append("svg").attr("viewBox", `0 0 ${width} ${height}`);
  svg.append("path").datum({ type: "Sphere" }).attr("class", "sea").attr("d", path);
  svg.append("g").selectAll("path").data(countries.features).join("path").attr("class", "country").attr("d", path)
    .append("title").text((c) => c.properties.name);
  svg.append("g").selectAll("circle").data(located).join("circle")
    .attr("class", "dot")
    .attr("transform", (e) => `translate(${projection([e.place.lon, e.place.lat])})`)
    .attr("r", 5)
    .attr("fill", (e) => typeColor(e.type))
    .on("click", (_, e) => onPick(e.id))
    .append("title").text((e) => `${e.type} in ${e.place.name}`);
  const types = [...new Set(located.map((e) => e.type))].sort();
  container.append(el("div", { class: "legend" },
    types.map((t) => {
      const swatch = el("i");
      swatch.style.background = typeColor(t);
      return el("span", {}, swatch, t);
    })));
}

/** The area to show: the events' bounding box widened by a quarter (at least 8° by 5°), or the whole globe. */
function frame(located) {
  if (!located.length) return { type: "Sphere" };
  const lons = located.map((e) => e.place.lon);
  const lats = located.map((e) => e.place.lat);
  const [west, east] = d3.extent(lons);
  const [south, north] = d3.extent(lats);
  const padLon = Math.max(8, (east - west) / 4);
  const padLat = Math.max(5, (north - south) / 4);
  const w = Math.max(-180, west - padLon);
  const e = Math.min(180, east + padLon);
  const s = Math.max(-85, south - padLat);
  const n = Math.min(85, north + padLat);
  return { type: "MultiPoint", coordinates: [[w, s], [w, n], [e, s], [e, n]] };
}
