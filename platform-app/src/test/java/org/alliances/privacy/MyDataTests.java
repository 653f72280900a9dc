package org.alliances.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipInputStream;

import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.kernel.PersonalData;
import org.alliances.kernel.Retention;
import org.alliances.kernel.testing.MutableClock;
import org.alliances.kernel.testing.SignIn;
import org.alliances.matching.MatchingService;
import org.alliances.matching.NeedForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Mes données": every table of the platform is in the archive or said why not; a responsable gets the organisation's
 * data and never another's, a member only their own; the archive is the member's alone and is gone after a week.
 */
@SpringBootTest
@Import(TestSupport.class)
class MyDataTests {

    /** Tables no archive holds, and why. */
    static final Map<String, String> LEFT_OUT = Map.ofEntries(
            Map.entry("observatory_applied_event", "the observatory's bookkeeping of events applied: keys, no member's data"),
            Map.entry("observatory_figure", "aggregated figures: they count, they do not name"),
            Map.entry("observatory_organization", "the observatory's read model: ids and codes, copied from the organisation's own data"),
            Map.entry("observatory_need", "the observatory's read model: ids and codes"),
            Map.entry("observatory_interest", "the observatory's read model: ids and codes"),
            Map.entry("observatory_partnership", "the observatory's read model: ids and codes"),
            Map.entry("observatory_contribution", "the observatory's read model: amounts by kind, copied from the partnerships' own"),
            Map.entry("observatory_rebuild", "the state of a rebuild of the figures"),
            Map.entry("observatory_waiting_event", "events waiting for what they follow, for a few seconds"),
            Map.entry("privacy_archive", "the archives themselves"),
            Map.entry("kernel_scheduler_lock", "the scheduled jobs' locks: job names, times and host names"),
            Map.entry("demo_load", "when the demo's load began and was completed"),
            Map.entry("privacy_erasure", "the record of erasures: ids and dates, nothing of what was erased"));

    @Autowired MyData myData;
    @Autowired TestMembers members;
    @Autowired MatchingService matching;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void backToNow() {
        SignIn.out();
        clock.reset();
    }

    @Test
    void everyTableOfThePlatformIsInTheArchiveOrSaidWhyNot() {
        var covered = new HashSet<String>();
        myData.modules().forEach(module -> covered.addAll(module.tables()));
        var tables = jdbc.queryForList("""
                select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'
                and table_name not like 'event_publication%' and table_name <> 'flyway_schema_history'""", String.class);
        var missing = tables.stream().filter(table -> !covered.contains(table) && !LEFT_OUT.containsKey(table)).sorted().toList();
        assertThat(missing).as("tables no module puts in the archive, nor said why").isEmpty();
        assertThat(tables).containsAll(covered).containsAll(LEFT_OUT.keySet());
        assertThat(myData.modules()).extracting(PersonalData::section)
                .containsExactly("besoins-et-interets", "bibliotheque", "compte", "conversations", "diagnostics", "moderation", "notifications", "organisation",
                        "partenariats");
    }

    @Test
    void aResponsableGetsTheOrganisationsDataNeverAnothersAndAMemberOnlyTheirOwn() throws IOException {
        var mine = members.newAssociation("Association des archives", "69123");
        var other = members.newAssociation("Association voisine", "69123");
        draft(other, "Besoin de la voisine");
        draft(mine, "Besoin des archives");

        SignIn.as(mine, "ASSOCIATION");
        var progress = new ArrayList<Integer>();
        var archive = myData.prepare(progress::add);
        assertThat(progress).last().isEqualTo(100);
        var files = unzip(myData.download(archive.id()).orElseThrow());
        assertThat(files.keySet()).containsExactlyInAnyOrder("bibliotheque.json", "besoins-et-interets.json", "compte.json", "conversations.json", "diagnostics.json", "moderation.json",
                "notifications.json", "organisation.json", "partenariats.json", "LISEZ-MOI.txt");
        assertThat(files.get("besoins-et-interets.json")).contains("Besoin des archives").doesNotContain("Besoin de la voisine");
        assertThat(files.get("organisation.json")).contains("Association des archives").doesNotContain("Association voisine");
        assertThat(files.get("compte.json")).contains(mine).doesNotContain(other).doesNotContain("password_hash").doesNotContain("token_hash")
                .doesNotContain("$2a$");
        assertThat(files.get("LISEZ-MOI.txt")).contains("Association des archives", "matching_need : 1 ligne(s)", "7 jours");
        assertThat(myData.archives()).extracting(Archive::id).containsExactly(archive.id());

        jdbc.update("update accounts_user set membership = 'MEMBER' where email = ?", mine);
        var own = unzip(myData.download(myData.prepare(percent -> { }).id()).orElseThrow());
        assertThat(own.get("besoins-et-interets.json")).doesNotContain("Besoin des archives");
        assertThat(own.get("compte.json")).contains(mine);

        SignIn.as(other, "ASSOCIATION");
        assertThat(myData.download(archive.id())).as("another member's archive").isEmpty();
        assertThat(myData.archives()).isEmpty();
    }

    @Test
    void anArchiveIsGoneAfterAWeek() {
        var mine = members.newAssociation("Association pressée", "69123");
        SignIn.as(mine, "ASSOCIATION");
        var archive = myData.prepare(percent -> { });
        clock.advance(Retention.ARCHIVES.minus(Duration.ofMinutes(1)));
        assertThat(myData.download(archive.id())).isPresent();
        clock.advance(Duration.ofMinutes(2));
        assertThat(myData.download(archive.id())).isEmpty();
        assertThat(myData.purge()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from privacy_archive where id = ?", Integer.class, archive.id())).isZero();
    }

    private void draft(String email, String title) {
        SignIn.as(email, "ASSOCIATION");
        matching.saveDraft(null, new NeedForm(title, null, null, null, null, null, null, null, null, null));
        SignIn.out();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        var files = new TreeMap<String, String>();
        try (var entries = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                files.put(entry.getName(), new String(entries.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
