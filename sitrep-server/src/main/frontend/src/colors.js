import { scaleOrdinal, schemeTableau10 } from "d3";

// One colour per PLOVER type, shared by the timeline and the map.
export const typeColor = scaleOrdinal(schemeTableau10);
