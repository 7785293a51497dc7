import { getJson } from "./api.js";
import { clear, el, status } from "./dom.js";

// One event with every report of it: the article text with the evidence spans marked. The text is cut into
// segments at span boundaries and each segment goes in as a text node, so markup in an article stays text.
export async function showEvent(container, id) {
  clear(container).append(el("p", { class: "hint" }, "Loading event ", String(id), "..."));
  let detail;
  try {
    detail = await getJson(`/api/events/${encodeURIComponent(id)}`);
  } catch (e) {
    status(e.message);
    return;
  }
  clear(container);
  const e = detail.event;
  container.append(el("p", {},
    el("strong", {}, e.type), e.mode ? ` / ${e.mode}` : "", ` — CAMEO ${e.cameo || "?"}, Goldstein ${e.goldstein ?? "?"}, `,
    `${e.modality || "?"}; `, e.actor ? `${e.actor.name || ""} (${e.actor.country || "?"})` : "unknown actor",
    " → ", e.recipient ? `${e.recipient.name || ""} (${e.recipient.country || "?"})` : "—",
    e.place ? `; ${e.place.name}, ${e.place.country || ""}` : "", `; ${e.date.value || e.date.start || "undated"}`));
  container.append(el("p", { class: "meta" },
    `${detail.reportCount} report(s)`, detail.cluster !== null ? ` in cluster ${detail.cluster}` : ""));
  for (const report of detail.reports) container.append(reportBlock(report));
}

function reportBlock(report) {
  const a = report.article;
  return el("article", {},
    el("h3", {}, a.title || a.id),
    el("p", { class: "meta" }, [a.source, a.published, a.id].filter(Boolean).join(" · ")),
    markedText(a.text, report.evidence));
}

function markedText(text, evidence) {
  const cuts = new Set([0, text.length]);
  for (const s of evidence) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((x, y) => x - y);
  const block = el("div", { class: "article-text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const kinds = evidence.filter((s) => s.start <= from && s.end >= to).map((s) => s.kind);
    const piece = text.slice(from, to);
    if (!kinds.length) {
      block.append(document.createTextNode(piece));
    } else {
      const mark = el("mark", { class: [...new Set(kinds)].map((k) => `ev-${k}`).join(" "), title: kinds.join(", ") });
      mark.textContent = piece;
      block.append(mark);
    }
  }
  return block;
}
