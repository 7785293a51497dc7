import { getJson } from "./api.js";
import { drawMap } from "./map.js";
import { showEvent } from "./detail.js";
import { el, status } from "./dom.js";
import { bindFilterForm, onFiltersChange, pick } from "./filters.js";
import { drawStatements } from "./statements.js";
import { drawTimeline } from "./timeline.js";

const EVENT_FILTERS = ["type", "modality", "country", "actor", "place", "from", "to", "q"];
const STATEMENT_FILTERS = ["from", "to"];
const seenTypes = new Set();

/** The type filter suggests the PLOVER types the store has shown so far (no list is kept here). */
function suggestTypes(events) {
  const list = document.getElementById("plover-types");
  for (const e of events) {
    if (seenTypes.has(e.type)) continue;
    seenTypes.add(e.type);
    list.append(el("option", { value: e.type }));
  }
}

function pickEvent(id) {
  history.replaceState(null, "", `#event=${id}`);
  showEvent(document.getElementById("detail"), id);
  document.getElementById("detail-view").scrollIntoView({ block: "nearest" });
}

/** A link ending in #event=ID opens with that event shown (also when only the hash is edited). */
function eventInLink() {
  const m = /^#event=(\d{1,18})$/.exec(location.hash);
  if (m) showEvent(document.getElementById("detail"), m[1]);
}

async function refresh(f) {
  status("");
  try {
    const [events, statements] = await Promise.all([
      getJson("/api/events", { ...pick(f, EVENT_FILTERS), limit: 1000 }),
      // The actor filter doubles as a speaker filter: "who did what" and "who said so" for the same name.
      getJson("/api/statements", { ...pick(f, STATEMENT_FILTERS), speaker: f.actor, limit: 1000 }),
    ]);
    suggestTypes(events.items);
    drawTimeline(document.getElementById("timeline"), events.items, pickEvent);
    drawMap(document.getElementById("map"), events.items, pickEvent);
    drawStatements(document.getElementById("statements"), statements.items);
    if (events.total > events.items.length) status(`Showing ${events.items.length} of ${events.total} events.`);
  } catch (e) {
    status(e.message);
  }
}

onFiltersChange(refresh);
bindFilterForm(document.getElementById("filters"));
window.addEventListener("hashchange", eventInLink);
eventInLink();
