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
 * {@code items}; keys are sorted, two-space indentation, a final line break.
 *
 * <pre>{@code
 * {
 *   "areas": [
 *     {"applicableWeight": 11, "effectiveWeight": 37.5, "id": "ci-cd", "included": true,
 *      "metWeight": 8, "name": "CI/CD automation", "score": 73, "weight": 30},
 *     {"applicableWeight": 0, "effectiveWeight": 0.0, "id": "deployment-strategy",
 *      "included": false, "metWeight": 0, "name": "Deployment strategy", "score": null, ...}
 *   ],
 *   "band": {"label": "Basic CI/CD, manual deployments to production", "max": 69, "min": 50},
 *   "items": [
 *     {"area": "ci-cd", "evidence": [{"column": 3, "line": 3, "note": "workflow 'ci' runs on
 *      push", "path": ".github/workflows/ci.yml"}], "id": "CI-1", "reason": "CI runs on every
 *      push or pull request", "status": "met", "text": "Automated builds on every commit",
 *      "weight": 3}
 *   ],
 *   "score": 64
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code areas[]}: in the order of the model. {@code weight} is the area's share of the
 *       score in percent; {@code effectiveWeight} its share after areas with no applicable,
 *       visible item are left out and the others scaled up ({@code 0} for those left out);
 *       {@code metWeight} and {@code applicableWeight} the weights of its met and of its
 *       counted (met or not met) items; {@code score} 0-100, {@code null} when not
 *       {@code included}.
 *   <li>{@code items[]}: in checklist order. {@code status} is {@code met}, {@code not-met},
 *       {@code not-applicable} or {@code not-visible}; {@code area} the area's {@code id}.
 *       {@code evidence[]}: the places that show it met, or the findings and facts that
 *       contradict it, sorted by path, line and column; an entry from a finding has
 *       {@code ruleId} and {@code suppressed}.
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
