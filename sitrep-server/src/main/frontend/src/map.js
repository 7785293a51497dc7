import * as d3 from "d3";
import { feature } from "topojson-client";
import world from "world-atlas/countries-110m.json";
import { typeColor } from "./colors.js";
import { clear, el } from "./dom.js";

const countries = feature(world, world.objects.countries);

// Country shapes (Natural Earth via world-atlas) and a dot per located event, coloured by PLOVER type.
export function drawMap(container, events, onPick) {
  clear(container);
  const width = 640;
  const height = 340;
  const projection = d3.geoNaturalEarth1().fitSize([width, height], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const svg = d3.select(container).append("svg").attr("viewBox", `0 0 ${width} ${height}`);
  svg.append("g").selectAll("path").data(countries.features).join("path").attr("class", "country").attr("d", path)
    .append("title").text((c) => c.properties.name);
  const located = events.filter((e) => e.place && e.place.lat !== null && e.place.lon !== null);
  svg.append("g").selectAll("circle").data(located).join("circle")
    .attr("class", "dot")
    .attr("transform", (e) => `translate(${projection([e.place.lon, e.place.lat])})`)
    .attr("r", 3.5)
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
