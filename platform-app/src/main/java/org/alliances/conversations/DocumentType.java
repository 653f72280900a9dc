package org.alliances.conversations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file partners may share, told from the file's content (its first bytes, or the entries of an office
 * document's archive), never from its name alone: a name must also end as its content says.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg");

    /** An office document's archive is read up to this many entries to find what it is. */
    private static final int ENTRIES_READ = 200;

    private final String mediaType;
    private final List<String> extensions;

    DocumentType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether the file's name ends as this type's files do. */
    public boolean named(String fileName) {
        var dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** What the content is, when it is one of the kinds accepted. */
    public static Optional<DocumentType> of(byte[] content) {
        if (starts(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (starts(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of(PNG);
        }
        if (starts(content, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of(JPEG);
        }
        if (starts(content, new byte[] {'P', 'K', 3, 4})) {
            return office(content);
        }
        return Optional.empty();
    }

    private static Optional<DocumentType> office(byte[] content) {
        var names = new HashSet<String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (var entry = zip.getNextEntry(); entry != null && names.size() < ENTRIES_READ; entry = zip.getNextEntry()) {
                if (entry.getName().equals("mimetype")) {
                    var declared = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
                    return Arrays.stream(new DocumentType[] {ODT, ODS}).filter(type -> type.mediaType.equals(declared)).findFirst();
                }
                names.add(entry.getName());
            }
        } catch (IOException | IllegalArgumentException notAnArchive) {
            return Optional.empty();
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        return names.contains("xl/workbook.xml") ? Optional.of(XLSX) : Optional.empty();
    }

    private static boolean starts(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
