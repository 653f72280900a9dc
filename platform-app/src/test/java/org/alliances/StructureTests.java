package org.alliances;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The house rules the code can check for itself, read from the repository's sources: no Maven module holds more than
 * a quarter of the main code, a main class stays under 400 lines unless its Javadoc says why one job needs more, and
 * every package is null-marked in its package-info.
 */
class StructureTests {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final int CLASS_LINES_MAX = 400;

    static List<Path> mainSources(Path module) {
        var sources = module.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> mavenModules() {
        try (Stream<Path> entries = Files.list(ROOT)) {
            return entries.filter(entry -> Files.exists(entry.resolve("pom.xml")) && Files.isDirectory(entry.resolve("src"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void noMavenModuleHoldsMoreThanAQuarterOfTheMainCode() {
        var byModule = new TreeMap<String, Long>();
        for (var module : mavenModules()) {
            byModule.put(module.getFileName().toString(), mainSources(module).stream().mapToLong(StructureTests::lines).sum());
        }
        assertThat(byModule).containsKeys("platform-kernel", "module-diagnosis", "module-matching", "module-partnerships",
                "module-resources", "module-observatory", "platform-app");
        long total = byModule.values().stream().mapToLong(Long::longValue).sum();
        for (Map.Entry<String, Long> module : byModule.entrySet()) {
            assertThat(module.getValue() * 4).as("%s: %d of %d lines", module.getKey(), module.getValue(), total).isLessThanOrEqualTo(total);
        }
    }

    @Test
    void aMainClassStaysUnderFourHundredLinesUnlessItsJavadocSaysWhy() {
        var tooLong = mavenModules().stream().flatMap(module -> mainSources(module).stream())
                .filter(file -> lines(file) > CLASS_LINES_MAX)
                .filter(file -> !read(file).contains("one job needs"))
                .map(file -> ROOT.relativize(file) + " (" + lines(file) + " lines)")
                .toList();
        assertThat(tooLong).isEmpty();
    }

    @Test
    void everyPackageIsNullMarked() {
        var packages = mavenModules().stream().flatMap(module -> mainSources(module).stream()).map(Path::getParent).distinct().toList();
        assertThat(packages).isNotEmpty();
        var unmarked = packages.stream()
                .filter(folder -> !Files.exists(folder.resolve("package-info.java")) || !read(folder.resolve("package-info.java")).contains("@NullMarked"))
                .map(folder -> ROOT.relativize(folder).toString())
                .toList();
        assertThat(unmarked).isEmpty();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
