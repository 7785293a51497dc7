import { getJson } from "./api.js";
import { clear, el, status } from "./dom.js";
import { plainModality } from "./modality.js";

// One event with every report of it: the article text with the evidence spans marked, and what the reports
// disagree on side by side. The text is cut into segments at span boundaries and each segment goes in as a text
// node, so markup in an article stays text.
export async function showEvent(container, id) {
  clear(container).append(el("p", { class: "hint" }, "Loading event ", String(id), "..."));
  let detail;
  let claims = null;
  try {
    detail = await getJson(`/api/events/${encodeURIComponent(id)}`);
    if (detail.cluster !== null) claims = await getJson(`/api/clusters/${encodeURIComponent(detail.cluster)}/claims`);
  } catch (e) {
    status(e.message);
    return;
  }
  clear(container);
  const e = detail.event;
  container.append(el("p", {},
    el("strong", {}, e.type), e.mode ? ` / ${e.mode}` : "", " ",
    el("span", { class: `modality modality-${e.modality}` }, plainModality(e.modality)),
    ` — CAMEO ${e.cameo || "?"}, Goldstein ${e.goldstein ?? "?"}; `,
    e.actor ? `${e.actor.name || ""} (${e.actor.country || "?"})` : "unknown actor",
    " → ", e.recipient ? `${e.recipient.name || ""} (${e.recipient.country || "?"})` : "—",
    e.place ? `; ${e.place.name}, ${e.place.country || ""}` : "", `; ${e.date.value || e.date.start || "undated"}`));
  container.append(el("p", { class: "meta" },
    `${detail.reportCount} report(s)`, detail.cluster !== null ? ` in cluster ${detail.cluster}` : ""));
  if (claims && claims.disputes.length) container.append(disputeTable(claims));
  for (const report of detail.reports) container.append(reportBlock(report));
}

/** Reports named under each claim; the rest are counted. */
const CLAIMANTS = 2;

/** Conflicting claims side by side: a row per disputed field, a column per claimed value with who claims it. */
function disputeTable(claims) {
  return el("div", { class: "disputes" },
    el("h3", {}, "The reports disagree"),
    claims.disputes.map((d) => el("div", { class: "dispute" },
      el("strong", {}, d.field),
      el("div", { class: "claims" }, d.claims.map((c) => el("div", { class: "claim" },
        el("div", { class: "claim-value" }, d.field === "modality" ? plainModality(c.value) : c.value),
        el("ul", {}, c.by.slice(0, CLAIMANTS).map((b) => el("li", {},
          [b.speaker, b.source, b.published].filter(Boolean).join(", ") || b.article,
          b.inCluster ? "" : " (rival report)"))),
        c.by.length > CLAIMANTS ? el("p", { class: "meta" }, `and ${c.by.length - CLAIMANTS} more`) : null))))));
}

function reportBlock(report) {
  const a = report.article;
  const modality = report.event && report.event.modality;
  return el("article", {},
    el("h3", {}, a.title || a.id),
    el("p", { class: "meta" }, [a.source, a.published, a.id].filter(Boolean).join(" · "), " · ",
      el("span", { class: `modality modality-${modality}` }, plainModality(modality))),
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
