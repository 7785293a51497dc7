import { clear, el } from "./dom.js";

// Statements grouped by speaker, each with its stance, cue and content.
export function drawStatements(container, statements) {
  clear(container);
  if (!statements.length) {
    container.append(el("p", { class: "hint" }, "No statements match the filters."));
    return;
  }
  const bySpeaker = new Map();
  for (const s of statements) {
    const name = (s.speaker && s.speaker.name) || "(unnamed speaker)";
    if (!bySpeaker.has(name)) bySpeaker.set(name, []);
    bySpeaker.get(name).push(s);
  }
  for (const [name, items] of bySpeaker) {
    container.append(el("div", { class: "speaker" },
      el("h3", {}, name, " ", el("span", { class: "meta" }, `(${items.length})`)),
      el("ul", {}, items.map((s) => el("li", {},
        el("span", { class: `stance stance-${s.stance || "none"}` }, s.stance || "?"),
        s.cue ? el("em", {}, s.cue, " ") : null,
        s.content || "",
        el("span", { class: "meta" }, ` (${s.article.published || "undated"}, ${s.article.title || s.article.id})`))))));
  }
}
