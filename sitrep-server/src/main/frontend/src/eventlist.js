import { typeColor } from "./colors.js";
import { clear, el } from "./dom.js";
import { plainModality } from "./modality.js";

// The first page of matching events as a table; click a row for its reports and evidence.
export function drawEventList(container, page, onPick) {
  clear(container);
  if (!page.items.length) {
    container.append(el("p", { class: "hint" }, "No events match the filters."));
    return;
  }
  container.append(el("p", { class: "meta" }, page.total > page.items.length
    ? `The first ${page.items.length} of ${page.total} events, by date.` : `${page.total} event(s), by date.`));
  const party = (p) => (p ? p.name || p.country || "?" : "—");
  container.append(el("table", {},
    el("thead", {}, el("tr", {}, ["date", "type", "modality", "who → whom", "where", "trigger", "source"]
      .map((h) => el("th", {}, h)))),
    el("tbody", {}, page.items.map((e) => {
      const swatch = el("i", { class: "swatch" });
      swatch.style.background = typeColor(e.type);
      return el("tr", { class: "event-row", "data-event": e.id, onclick: () => onPick(e.id) },
        el("td", {}, e.date.start || "undated"),
        el("td", {}, swatch, e.type),
        el("td", { class: `modality modality-${e.modality}` }, plainModality(e.modality)),
        el("td", {}, `${party(e.actor)} → ${party(e.recipient)}`),
        el("td", {}, e.place ? e.place.name : "—"),
        el("td", {}, e.trigger || ""),
        el("td", { class: "meta" }, e.article.title || e.article.id));
    }))));
}
