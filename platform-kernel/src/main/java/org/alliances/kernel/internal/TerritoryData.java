package org.alliances.kernel.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.alliances.kernel.Commune;
import org.alliances.kernel.Territory;
import org.alliances.kernel.TerritoryLevel;

/**
 * Reads the territory files shipped in the kernel jar (written by {@code scripts/build-territories.py}).
 */
public record TerritoryData(List<Commune> communes, List<Territory> epcis, Map<String, String> departmentNames,
                            Map<String, String> regionNames) {

    private static final String FOLDER = "/org/alliances/kernel/territory/";

    public static TerritoryData load() {
        var communes = new ArrayList<Commune>(35_100);
        read("communes.tsv.gz", f -> communes.add(new Commune(f[0], f[1], f[3], f[4], f[5], f[6], Long.parseLong(f[7]),
                f[8].isEmpty() ? List.of() : List.of(f[8].split(" ")))));
        var epcis = new ArrayList<Territory>(1_300);
        read("epci.tsv.gz", f -> epcis.add(new Territory(TerritoryLevel.EPCI, f[0], f[1], Long.parseLong(f[3]))));
        var departments = new LinkedHashMap<String, String>();
        read("departments.tsv.gz", f -> departments.put(f[0], f[1]));
        var regions = new LinkedHashMap<String, String>();
        read("regions.tsv.gz", f -> regions.put(f[0], f[1]));
        return new TerritoryData(communes, epcis, departments, regions);
    }

    private static void read(String file, Consumer<String[]> row) {
        var stream = TerritoryData.class.getResourceAsStream(FOLDER + file);
        if (stream == null) {
            throw new IllegalStateException("Territory file missing from the kernel jar: " + file);
        }
        try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(stream), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                var fields = line.split("\t", -1);
                row.accept(Arrays.copyOf(fields, Math.max(fields.length, 9)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
