package kz.iin.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import kz.iin.rules.engine.RuleInfo;

/** {@code GET /v1/rules}: the rule catalog, so a case system can show why a decision came out as it did. */
final class RuleList {
    private RuleList() {
    }

    /** Name, title, citation and effective period [from, until) of each rule; until is null while in force. */
    static String json(List<RuleInfo> rules) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (RuleInfo rule : rules) {
            ObjectNode item = list.addObject();
            item.put("name", rule.name());
            item.put("title", rule.title());
            item.put("citation", rule.citation());
            item.put("effectiveFrom", rule.from().toString());
            item.put("effectiveUntil", rule.until() == null ? null : rule.until().toString());
        }
        return Json.write(list);
    }
}
