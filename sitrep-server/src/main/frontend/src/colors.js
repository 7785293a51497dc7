import { scaleOrdinal, schemeTableau10 } from "d3";

// One colour per PLOVER type, shared by the timeline, the map and the event list, fixed so a type keeps its colour
// whatever the filters: cooperation in greens and blues, verbal conflict in yellows and pinks, material conflict in
// oranges, purples and reds; the four quad classes likewise. A type outside PLOVER's sixteen gets a colour from the spare scheme.
const PLOVER = {
  AGREE: "#1b9e77", CONSULT: "#4e79a7", SUPPORT: "#59a14f", CONCEDE: "#8cd17d", COOPERATE: "#76b7b2",
  AID: "#17becf", RETREAT: "#b6992d", REQUEST: "#9c755f", ACCUSE: "#f1ce63", REJECT: "#ff9da7",
  THREATEN: "#f28e2b", PROTEST: "#b07aa1", MOBILIZE: "#d37295", SANCTION: "#7f3c8d", COERCE: "#e15759",
  ASSAULT: "#a50f15",
  "verbal cooperation": "#4e79a7", "material cooperation": "#59a14f", "verbal conflict": "#f28e2b",
  "material conflict": "#a50f15",
};
const spare = scaleOrdinal(schemeTableau10);

export function typeColor(type) {
  return PLOVER[type] || spare(type);
}
