package org.mizan.registry;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.locationtech.jts.geom.Geometry;
import org.mizan.kernel.Rejection;
import org.mizan.web.StrictJson;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A licence area from outside is either a geometry, whose validity and area can be asked without an
 * exception, or a {@link Rejection}. Any other exception would be a 500 on licence grant, and is a
 * finding.
 */
class GeoJsonFuzzTests {

    @FuzzTest(maxDuration = "5s")
    void read(byte[] input) {
        JsonNode area;
        try {
            area = StrictJson.mapper().readTree(input);
        } catch (JacksonException notJson) {
            return;
        }
        try {
            Geometry geometry = GeoJson.read(area);
            geometry.isValid();
            geometry.getArea();
            GeoJson.write(geometry);
        } catch (Rejection refused) {
            // The documented refusal.
        }
    }
}
