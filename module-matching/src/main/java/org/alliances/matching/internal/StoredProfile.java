package org.alliances.matching.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.alliances.diagnosis.MaturityLevel;
import org.alliances.kernel.Category;
import org.alliances.kernel.Theme;
import org.alliances.matching.Contribution;
import org.alliances.matching.PartnerProfile;

/**
 * A company's partner profile. Its targets and maturity follow its latest diagnosis (an older diagnosis delivered
 * late changes nothing); the company may change its targets afterwards.
 */
@Entity
@Table(name = "matching_profile")
public class StoredProfile {

    @Id
    @Column(name = "organization_id")
    private UUID organizationId;
    @Enumerated(EnumType.STRING)
    private MaturityLevel maturity;
    @Column(name = "diagnosis_completed_at")
    private Instant diagnosisCompletedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "matching_profile_theme", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "theme")
    @Enumerated(EnumType.STRING)
    private Set<Theme> themes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "matching_profile_contribution", joinColumns = @JoinColumn(name = "organization_id"))
    @MapKeyColumn(name = "contribution")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "capacity")
    private Map<Contribution, Integer> contributions = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "matching_profile_commune", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "commune_code")
    private Set<String> communes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "matching_profile_category", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    @OrderColumn(name = "position")
    private List<Category> targets = new ArrayList<>();

    protected StoredProfile() {
    }

    public StoredProfile(UUID organizationId, String headquartersCommune, Instant now) {
        this.organizationId = organizationId;
        this.communes.add(headquartersCommune);
        this.updatedAt = now;
    }

    public void change(Set<Theme> newThemes, Map<Contribution, Integer> newContributions, Set<String> newCommunes,
                       List<Category> newTargets, Instant now) {
        themes.clear();
        themes.addAll(newThemes);
        contributions.clear();
        // a contribution without a capacity is stored with 0: collections of an entity keep no null value
        newContributions.forEach((contribution, capacity) -> contributions.put(contribution, capacity == null ? 0 : capacity));
        communes.clear();
        communes.addAll(newCommunes);
        targets.clear();
        targets.addAll(newTargets);
        updatedAt = now;
    }

    /** Takes the maturity and the two best categories of a diagnosis, unless a later one is already known. */
    public boolean followDiagnosis(MaturityLevel level, List<Category> ranked, Instant completedAt) {
        if (diagnosisCompletedAt != null && !completedAt.isAfter(diagnosisCompletedAt)) {
            return false;
        }
        maturity = level;
        diagnosisCompletedAt = completedAt;
        targets.clear();
        targets.addAll(ranked.subList(0, Math.min(2, ranked.size())));
        updatedAt = completedAt;
        return true;
    }

    public PartnerProfile toProfile() {
        var offered = new java.util.EnumMap<Contribution, Integer>(Contribution.class);
        contributions.forEach((contribution, capacity) -> offered.put(contribution, capacity == 0 ? null : capacity));
        return new PartnerProfile(organizationId, themes, offered, communes, targets, maturity);
    }

    public UUID organizationId() {
        return organizationId;
    }
}
