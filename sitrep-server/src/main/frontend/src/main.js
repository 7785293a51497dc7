import { getJson } from "./api.js";
import { drawEscalation } from "./escalation.js";
import { drawEventList } from "./eventlist.js";
import { drawMap } from "./map.js";
import { showEvent } from "./detail.js";
import { el, status } from "./dom.js";
import { bindFilterForm, filters, onFiltersChange, pick, setFilters } from "./filters.js";
import { drawStances, drawStatements } from "./statements.js";
import { drawTimeline } from "./timeline.js";

const EVENT_FILTERS = ["type", "modality", "country", "actor", "place", "from", "to", "q"];
// Statements have no type, place or modality; the actor filter matches their speaker or target.
const STATEMENT_FILTERS = ["actor", "from", "to", "q"];
const seenTypes = new Set();
let generation = 0;

/** The type filter suggests the PLOVER types the store has shown so far (no list is kept here). */
function suggestTypes(days) {
  const list = document.getElementById("plover-types");
  for (const d of days.filter((day) => day.type)) {
    if (seenTypes.has(d.type)) continue;
    seenTypes.add(d.type);
    list.append(el("option", { value: d.type }));
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

const byId = (id) => document.getElementById(id);

/** Every view asks for its own counts (never the whole store) and draws as soon as its answer comes. */
async function refresh(f) {
  const mine = ++generation;
  status("");
  const events = pick(f, EVENT_FILTERS);
  const statements = pick(f, STATEMENT_FILTERS);
  // A later filter change wins: an answer for an older one is dropped.
  const draw = (promise, render) => promise.then((body) => {
    if (mine === generation) render(body);
  });
  const views = [
    draw(getJson("/api/timeline", { ...events, by: byId("timeline-rows").value }), (t) => {
      suggestTypes(t.items);
      drawTimeline(byId("timeline"), t, pickEvent, (from, to) => setFilters({ from, to }));
      performance.mark("sitrep:timeline");
    }),
    draw(getJson("/api/places", { ...events, limit: 1000 }), (p) => {
      drawMap(byId("map"), p.items, pickEvent);
      performance.mark("sitrep:map");
    }),
    draw(getJson("/api/escalation", { ...events, dyads: 5 }), (e) => drawEscalation(byId("escalation"), e.items)),
    draw(getJson("/api/events", { ...events, limit: 50 }), (page) => drawEventList(byId("events"), page, pickEvent)),
    draw(getJson("/api/stances", { ...statements, speakers: 8 }),
      (s) => drawStances(byId("stances"), s.items, (speaker) => setFilters({ actor: speaker }))),
    draw(getJson("/api/statements", { ...statements, limit: 200 }),
      (s) => drawStatements(byId("statements"), s.items, s.total)),
  ];
  const failed = (await Promise.allSettled(views)).find((r) => r.status === "rejected");
  if (failed && mine === generation) status(failed.reason.message);
  if (mine === generation) {
    // Marks for `./sitrep bench serve`, which reads when the views were drawn from the Performance API.
    performance.mark("sitrep:drawn");
    document.body.dataset.drawn = String(mine);
  }
}

onFiltersChange(refresh);
byId("timeline-rows").addEventListener("change", () => refresh(filters()));
bindFilterForm(document.getElementById("filters"));
window.addEventListener("hashchange", eventInLink);
eventInLink();
