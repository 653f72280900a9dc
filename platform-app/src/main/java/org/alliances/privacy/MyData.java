package org.alliances.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.alliances.accounts.CurrentMember;
import org.alliances.kernel.PersonalData;
import org.alliances.kernel.Retention;
import org.alliances.kernel.runtime.SecurityLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prepares, keeps for {@link Retention#ARCHIVES} and hands back the archive of "Mes données": one JSON file per module
 * (each module's {@link PersonalData}) and a readable summary. A member gets their own data; the responsable of an
 * organisation also gets the organisation's.
 */
@Service
public class MyData {

    private static final Logger log = LoggerFactory.getLogger(MyData.class);

    private final List<PersonalData> modules;
    private final CurrentMember currentMember;
    private final JdbcTemplate jdbc;
    private final SecurityLog securityLog;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    MyData(List<PersonalData> modules, CurrentMember currentMember, JdbcTemplate jdbc, SecurityLog securityLog, Clock clock) {
        this.modules = modules.stream().sorted(Comparator.comparing(PersonalData::section)).toList();
        this.currentMember = currentMember;
        this.jdbc = jdbc;
        this.securityLog = securityLog;
        this.clock = clock;
    }

    /** Every module's part, in the order of the archive. */
    public List<PersonalData> modules() {
        return modules;
    }

    /** Prepares the signed-in member's archive, telling the progress (0–100) as each module gives its part. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Archive prepare(IntConsumer progress) {
        var member = currentMember.require();
        var subject = new PersonalData.Subject(member.accountId(), member.organization().id(), member.isResponsable());
        var content = archive(subject, member.organization().name(), progress);
        var now = clock.instant();
        var archive = new Archive(UUID.randomUUID(), now, now.plus(Retention.ARCHIVES), content.length);
        jdbc.update("insert into privacy_archive (id, account_id, created_at, expires_at, content) values (?, ?, ?, ?, ?)", archive.id(),
                member.accountId(), Timestamp.from(archive.createdAt()), Timestamp.from(archive.expiresAt()), content);
        securityLog.event("data-export", member.accountId());
        return archive;
    }

    /** The signed-in member's archives still downloadable, the newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Archive> archives() {
        return jdbc.query("select id, created_at, expires_at, length(content) from privacy_archive where account_id = ? and expires_at > ? "
                        + "order by created_at desc",
                (row, n) -> new Archive(row.getObject(1, UUID.class), row.getTimestamp(2).toInstant(), row.getTimestamp(3).toInstant(), row.getLong(4)),
                currentMember.require().accountId(), Timestamp.from(clock.instant()));
    }

    /** One of the signed-in member's archives, while it is downloadable; empty for anyone else's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<byte[]> download(UUID id) {
        return jdbc.query("select content from privacy_archive where id = ? and account_id = ? and expires_at > ?", (row, n) -> row.getBytes(1),
                id, currentMember.require().accountId(), Timestamp.from(clock.instant())).stream().findFirst();
    }

    /** Every night, the archives past their week are deleted; returns how many. */
    @Scheduled(cron = Retention.DAILY_CRON)
    @SchedulerLock(name = "my-data-archives-purge", lockAtLeastFor = "PT30S")
    @Transactional
    public int purge() {
        int purged = jdbc.update("delete from privacy_archive where expires_at <= ?", Timestamp.from(clock.instant()));
        if (purged > 0) {
            log.info("Purged {} archives of personal data past their week", purged);
        }
        return purged;
    }

    /** The ZIP: a JSON file per module and a summary in French. */
    byte[] archive(PersonalData.Subject subject, String organizationName, IntConsumer progress) {
        var bytes = new ByteArrayOutputStream();
        var summary = new StringBuilder("Mes données — Alliances\n\nArchive préparée le ").append(clock.instant()).append(" pour le compte ")
                .append(subject.accountId()).append(subject.wholeOrganization() ? " et l'organisation « " + organizationName + " »" : "")
                .append(".\nElle reste téléchargeable ").append(Retention.days(Retention.ARCHIVES)).append(" jours.\n\n")
                .append("Chaque fichier .json rassemble ce qu'un module de la plateforme garde, table par table :\n");
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (int i = 0; i < modules.size(); i++) {
                var module = modules.get(i);
                Map<String, List<Map<String, Object>>> part = module.export(subject);
                zip.putNextEntry(new ZipEntry(module.section() + ".json"));
                zip.write(json.writeValueAsBytes(part));
                zip.closeEntry();
                summary.append("\n").append(module.section()).append(".json\n");
                part.forEach((table, rows) -> summary.append("  ").append(table).append(" : ").append(rows.size()).append(" ligne(s)\n"));
                progress.accept((i + 1) * 100 / modules.size());
            }
            zip.putNextEntry(new ZipEntry("LISEZ-MOI.txt"));
            zip.write(summary.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException unwritable) {
            throw new UncheckedIOException("The archive could not be written", unwritable);
        }
        return bytes.toByteArray();
    }
}
