package dev.plumbline.core.score.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.report.JsonOutput;
import dev.plumbline.core.score.AreaResult;
import dev.plumbline.core.score.Evidence;
import dev.plumbline.core.score.ItemResult;
import dev.plumbline.core.score.ScoreCard;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * The score for scripts and dashboards. The format is stable: fields may be added, none is
 * renamed or removed. The top level has exactly {@code score}, {@code band}, {@code areas} and
 * {@code items}; keys appear in the order shown, two-space indentation, a final line break.
 *
 * <pre>{@code
 * {
 *   "score": 55,
 *   "band": {"label": "Basic CI/CD, manual deployments to production", "min": 50, "max": 69},
 *   "areas": [
 *     {"id": "ci-cd", "name": "CI/CD automation", "weight": 30, "effectiveWeight": 30.00,
 *      "included": true, "metWeight": 9, "applicableWeight": 14, "score": 64},
 *     ...
 *   ],
 *   "items": [
 *     {"id": "CI-1", "area": "ci-cd", "text": "Automated builds on every commit", "weight": 3,
 *      "status": "met", "reason": "CI runs on every push or pull request",
 *      "evidence": [{"path": ".github/workflows/ci.yml", "line": 3, "column": 3,
 *                    "note": "the workflow runs on push"}]},
 *     {"id": "CI-8", ..., "status": "not-met", "evidence": [{"path": ".github/workflows/ci.yml",
 *      "line": 13, "column": 32, "note": "action 'actions/checkout' is pinned to 'v4', ...",
 *      "ruleId": "GHA001", "suppressed": false}]},
 *     ...
 *   ]
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code band}: the band of the score, its label and its range.
 *   <li>{@code areas[]}: the five areas, in the model's order. {@code weight} is the area's share
 *       of the score in percent; {@code effectiveWeight} its share once the areas with no met or
 *       not-met item are left out and the others scaled up ({@code 0.00} for those left out);
 *       {@code metWeight} and {@code applicableWeight} the weights of its met and of its counted
 *       (met or not-met) items; {@code score} 0-100, {@code null} when not {@code included}.
 *   <li>{@code items[]}: in checklist order. {@code status} is {@code met}, {@code not-met},
 *       {@code not-applicable} or {@code not-visible}; {@code area} is the area's {@code id};
 *       {@code reason} says why in one sentence. {@code evidence[]}: the places that show it
 *       met, or the findings and facts that contradict it, sorted by path, line and column; an
 *       entry from a finding has {@code ruleId} and {@code suppressed}.
 * </ul>
 */
public final class JsonScoreReporter implements ScoreReporter {

  @Override
  public void write(ScoreCard card, Writer out) throws IOException {
    JsonOutput.write(toJson(card), out);
  }

  /** The report as a JSON tree. */
  public ObjectNode toJson(ScoreCard card) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode root = json.objectNode();
    root.put("score", card.score());
    root.putObject("band")
        .put("label", card.band().label())
        .put("min", card.band().min())
        .put("max", card.band().max());
    ArrayNode areas = root.putArray("areas");
    for (AreaResult area : card.areas()) {
      ObjectNode node = areas.addObject()
          .put("id", area.area().id())
          .put("name", area.area().displayName())
          .put("weight", area.area().weight())
          .put("effectiveWeight", new BigDecimal(area.effectiveWeight()))
          .put("included", area.included())
          .put("metWeight", area.metWeight())
          .put("applicableWeight", area.applicableWeight());
      if (area.score().isPresent()) {
        node.put("score", area.score().get());
      } else {
        node.putNull("score");
      }
    }
    ArrayNode items = root.putArray("items");
    for (ItemResult item : card.items()) {
      ObjectNode node = items.addObject()
          .put("id", item.item().id())
          .put("area", item.item().area().id())
          .put("text", item.item().text())
          .put("weight", item.item().weight())
          .put("status", item.status().label())
          .put("reason", item.assessment().reason());
      ArrayNode evidence = node.putArray("evidence");
      for (Evidence e : item.assessment().evidence()) {
        ObjectNode entry = evidence.addObject()
            .put("path", e.path())
            .put("line", e.line())
            .put("column", e.column())
            .put("note", e.note());
        if (e.ruleId() != null) {
          entry.put("ruleId", e.ruleId()).put("suppressed", e.suppressed());
        }
      }
    }
    return root;
  }
}
