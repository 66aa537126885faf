package org.mizan.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Point;
import org.mizan.kernel.ProvinceCode;
import org.mizan.registry.Licence;
import org.mizan.registry.MineralCapacity;
import org.mizan.registry.Province;
import org.mizan.registry.Registry;
import org.mizan.registry.Site;

/** What the map draws, projected: boundaries, licences as polygons with a marker that stays visible, sites as markers. */
final class MapLayers {

    record Outline(String code, String name, String path, boolean district) {
    }

    record LicenceShape(String number, String holder, String minerals, String status, String path, double x, double y) {
    }

    record SiteMark(String id, String name, String kind, double x, double y) {
    }

    private final MapDrawing drawing;
    private final Registry registry;
    private final LocalDate today;

    MapLayers(MapDrawing drawing, Registry registry, LocalDate today) {
        this.drawing = drawing;
        this.registry = registry;
        this.today = today;
    }

    List<Outline> boundaries(List<Province> provinces, Optional<ProvinceCode> framed) {
        List<Outline> out = new ArrayList<>();
        for (Province p : provinces) {
            if (framed.isEmpty() || framed.get().equals(p.code())) {
                out.add(new Outline(p.code().value(), p.name(), drawing.path(registry.provinces().boundary(p.code())), false));
            }
        }
        framed.ifPresent(code -> registry.provinces().districtBoundaries(code)
                .forEach(d -> out.add(new Outline(code.value(), "", drawing.path(d), true))));
        return out;
    }

    List<LicenceShape> licences(List<Licence> licences) {
        return licences.stream().map(l -> {
            Point centre = l.area().getCentroid();
            String holder = registry.party(l.holder()).map(p -> p.name()).orElse(l.holder().value());
            String minerals = l.minerals().stream().map(MineralCapacity::mineral).collect(Collectors.joining(", "));
            return new LicenceShape(l.number().value(), holder, minerals, l.statusOn(today).code(), drawing.path(l.area()),
                    round(drawing.x(centre.getX())), round(drawing.y(centre.getY())));
        }).toList();
    }

    List<SiteMark> sites(List<Site> sites) {
        return sites.stream().map(s -> new SiteMark(s.id().value(), s.name(), s.kind().code(), round(drawing.x(s.lon())),
                round(drawing.y(s.lat())))).toList();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
