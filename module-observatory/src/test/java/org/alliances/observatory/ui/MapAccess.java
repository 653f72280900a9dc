package org.alliances.observatory.ui;

import java.util.Map;
import java.util.function.Function;

import org.alliances.observatory.Area;

/** Opens the package-private map drawing to tests of other packages. */
public final class MapAccess {

    private MapAccess() {
    }

    public static String departments(Map<Area, Object> values, Function<Area, String> name) {
        return AreaMap.departments(values, name, area -> "observatoire/" + area.key(), "carte");
    }
}
