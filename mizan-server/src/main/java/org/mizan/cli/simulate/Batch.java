package org.mizan.cli.simulate;

import java.util.List;
import java.util.Map;

/** Events one party posts together, in the API's JSON form. */
record Batch(String party, List<Map<String, Object>> events) {
}
